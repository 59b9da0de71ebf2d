import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedPrincipal } from '../../src/core/identity/access-cache';
import type { Principal } from '../../src/core/identity/principal';
import { ensureBootstrapped, resetBootstrap } from '../../src/core/ops/bootstrap';
import { IsolateCache, resetCaches } from '../../src/core/ops/cache';
import { getPoolSchema } from '../../src/core/records/registry';
import { DataAccess } from '../../src/db/data-access';
import { captureErrorLog } from '../support/logs';
import { documentOperations, type Operation, urlOf } from '../support/operations';
import { bearer, leaksIn, tokenFor } from '../support/worker';

/**
 * Errors that escape (security and robustness, third round): a promise, stream or body of one request
 * must never be awaited or read by another. Under a fuzzer such sharing answered raw runtime errors
 * ("Cannot perform I/O on behalf of a different request") as 500s. Here: nothing in flight is handed from
 * one caller to another, and concurrent first requests at a cold isolate, with bodies of the wrong types,
 * truncated or never read, on every write route of the document, get no 5xx and no raw error text.
 */

const RAW_ERROR = /Cannot perform I\/O|different request|ReadableStream|drain|TypeError|ReferenceError|Error:/i;

describe('nothing in flight is shared between requests', () => {
  it('two concurrent callers never get the same promise: bootstrap, principals, schema, caches', async () => {
    resetBootstrap();
    const a = ensureBootstrapped(env);
    const b = ensureBootstrapped(env);
    expect(a).not.toBe(b);
    await Promise.all([a, b]);

    resetCaches();
    const principal = { userId: 1 } as Principal;
    const load = () => new Promise<Principal>((resolve) => setTimeout(() => resolve(principal), 5));
    const p1 = cachedPrincipal('shared-token', 10_000, load);
    const p2 = cachedPrincipal('shared-token', 10_000, load);
    expect(p1).not.toBe(p2);
    expect(await Promise.all([p1, p2])).toEqual([principal, principal]);

    const data = new DataAccess(env);
    const s1 = getPoolSchema(data, 'default');
    const s2 = getPoolSchema(data, 'default');
    expect(s1).not.toBe(s2);
    await Promise.all([s1, s2]);

    // A cache holds settled values only.
    const cache = new IsolateCache<unknown>('test-settled', { tableName: 'x', maxSize: 2, ttlMs: 1000 });
    expect(() => cache.set('k', Promise.resolve(1))).toThrow(/settled values only/);
  });
});

/** A body's top-level values replaced by values of other types (and the body itself of the wrong type). */
function wrongTypes(example: unknown): unknown[] {
  const swap = (v: unknown): unknown =>
    typeof v === 'string'
      ? 12345
      : typeof v === 'number'
        ? 'not a number'
        : typeof v === 'boolean'
          ? 'yes'
          : Array.isArray(v)
            ? { not: 'an array' }
            : v && typeof v === 'object'
              ? ['not', 'an', 'object']
              : { unexpected: true };
  const variants: unknown[] = [[1, 2, 3], 'a string', null];
  if (example && typeof example === 'object' && !Array.isArray(example))
    variants.push(Object.fromEntries(Object.entries(example).map(([k, v]) => [k, swap(v)])));
  return variants;
}

/** Writes with lasting effects on this file's data (logouts, schema changes, closed pools) are left out. */
const LASTING = /logout|\/api\/setup\/|\/api\/db\/close/;

describe('concurrent first requests at a cold isolate, fuzzed bodies on every write route', () => {
  const errorLog = captureErrorLog();
  let writes: Operation[] = [];
  let admin = '';

  beforeAll(async () => {
    writes = (await documentOperations()).filter(
      (op) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(op.method) && !LASTING.test(op.path),
    );
    admin = await tokenFor('admin');
  });

  it('answers every one without a 5xx or raw error text', { timeout: 120_000 }, async () => {
    expect(writes.length).toBeGreaterThan(60);
    const requests: { label: string; request: () => Request }[] = [];
    const asAdmin = { ...bearer(admin), 'x-ribbon2-auth': admin, 'cf-connecting-ip': '198.51.100.31' };
    for (const op of writes) {
      const url = new URL(urlOf(op), 'http://atrium.test');
      const json = { 'content-type': 'application/json' };
      const send = (label: string, body: string, headers: Record<string, string>) =>
        requests.push({
          label: `${op.method} ${op.path} (${label})`,
          request: () => new Request(url, { method: op.method, headers: { ...json, ...headers }, body }),
        });
      for (const [i, body] of wrongTypes(op.example).entries()) send(`wrong types ${i}`, JSON.stringify(body), asAdmin);
      const whole = JSON.stringify(op.example ?? { a: 1, b: [1, 2] });
      send('truncated', whole.slice(0, Math.max(1, Math.floor(whole.length / 2))), asAdmin);
      // Never read: refused before the body is looked at (no token), and a large one.
      send('unread', JSON.stringify({ pad: 'x'.repeat(64 * 1024) }), { 'cf-connecting-ip': '198.51.100.32' });
    }
    const problems: string[] = [];
    const BATCH = 24;
    for (let i = 0; i < requests.length; i += BATCH) {
      // Each batch starts cold: no cached principal, schema or bootstrap, as in a fresh isolate.
      resetCaches();
      resetBootstrap();
      const answers = await Promise.all(
        requests.slice(i, i + BATCH).map(async ({ label, request }) => {
          const res = await exports.default.fetch(request());
          return { label, status: res.status, text: await res.text(), path: new URL(request().url).pathname };
        }),
      );
      for (const a of answers) {
        if (a.status >= 500) problems.push(`${a.label} → ${a.status} ${a.text.slice(0, 160)}`);
        else if (RAW_ERROR.test(a.text)) problems.push(`${a.label} → raw error text ${a.text.slice(0, 160)}`);
        const leaks = leaksIn(a.text, a.path);
        if (leaks.length) problems.push(`${a.label} → leaks ${leaks.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(errorLog.lines).toEqual([]);
    expect(requests.length).toBeGreaterThan(300);
  });

  it('renders an error thrown outside every handler as a generic 500, never its text', async () => {
    const app = await import('../../src/index');
    // A request whose URL cannot be read fails in the router itself, before any handler or onError.
    const broken = new Proxy(new Request('http://atrium.test/'), {
      get: (target, key) => {
        if (key === 'url') throw new TypeError('internal detail at src/x.ts:1:1');
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const res = await app.default.fetch(broken, env, {
      waitUntil: () => undefined,
      passThroughOnException: () => undefined,
    } as unknown as ExecutionContext);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/internal detail|src\/x/);
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL', message: 'Internal server error' });
    expect(errorLog.lines.join('\n')).toContain('internal detail');
  });
});
