import { describe, expect, it } from 'vitest';

/**
 * The layering issue 13 asks for, checked on the source itself: the core decides, so faces reach data only
 * through core services (no import of the store, no SQL of their own), and the store does not depend on the
 * core (AppError lives in src/lib).
 */
const sources = import.meta.glob('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const files = (prefix: string) => Object.entries(sources).filter(([path]) => path.startsWith(`../../src/${prefix}`));
const importsOf = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('layers', () => {
  it('sees the sources', () => {
    expect(files('faces/').length).toBeGreaterThan(15);
  });

  it('faces never import the store or the Durable Object stubs', () => {
    const offending = files('faces/').flatMap(([path, text]) =>
      importsOf(text)
        .filter((i) => /\/db\/|\/durable\/stubs/.test(i))
        .map((i) => `${path}: ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('faces run no SQL of their own', () => {
    const offending = files('faces/')
      .filter(([, text]) => /\.prepare\(|\bsql`|drizzle-orm/.test(text))
      .map(([path]) => path);
    expect(offending).toEqual([]);
  });

  it('the store does not import the core', () => {
    const offending = files('db/').flatMap(([path, text]) =>
      importsOf(text)
        .filter((i) => i.includes('/core/'))
        .map((i) => `${path}: ${i}`),
    );
    expect(offending).toEqual([]);
  });
});
