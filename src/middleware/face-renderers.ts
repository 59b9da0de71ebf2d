import type { ErrorRenderer } from './env';

/**
 * Which face's error renderer a request gets, by path: one lookup in the app's `serve` middleware instead of
 * one composed layer per face prefix (each layer is a dispatch and a promise on every request). Patterns
 * are hono's: `/x/*` is `/x` and everything under it, `/x` only itself. The first registered match wins;
 * a face whose prefix middleware does more than choose its renderer keeps its own `app.use`.
 */
interface Entry {
  path: string;
  under: boolean;
  renderer: ErrorRenderer;
}

const tables = new WeakMap<object, Entry[]>();

export function renderErrorsUnder(app: object, patterns: readonly string[], renderer: ErrorRenderer): void {
  let table = tables.get(app);
  if (!table) {
    table = [];
    tables.set(app, table);
  }
  for (const pattern of patterns) {
    const under = pattern.endsWith('/*');
    table.push({ path: under ? pattern.slice(0, -2) : pattern, under, renderer });
  }
}

/** The renderer registered for a path of this app, or undefined (the default shape). */
export function faceRenderer(app: object, path: string): ErrorRenderer | undefined {
  const table = tables.get(app);
  if (!table) return undefined;
  for (const entry of table) {
    if (path === entry.path) return entry.renderer;
    if (entry.under && path.startsWith(entry.path) && path.charCodeAt(entry.path.length) === 47) return entry.renderer;
  }
  return undefined;
}
