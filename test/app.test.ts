import { env } from 'cloudflare:test';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { SECURE_HEADERS } from '../src/middleware/secure-headers';
import { failingKv } from './support/faults';
import { probe } from './support/probe';
import { bearer, call, tokenFor } from './support/worker';

describe('service root and docs', () => {
  it('GET / answers with name, version and doc links', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    const body = await res.json<{ name: string; version: string; docs: Record<string, string> }>();
    expect(body.name).toBe('Atrium');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(body.docs).toEqual({ redoc: '/api', swagger: '/api/test', openapi: '/openapi.json' });
  });

  it('GET /openapi.json is an OpenAPI 3.1 document with the bearer scheme', async () => {
    const res = await call('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json<{
      openapi: string;
      info: { title: string };
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toContain('Atrium');
    expect(doc.paths['/']).toBeDefined();
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('GET /api serves Redoc from local assets, /api/test Swagger UI', async () => {
    const redoc = await call('/api');
    expect(redoc.status).toBe(200);
    expect(redoc.headers.get('content-type')).toContain('text/html');
    const redocHtml = await redoc.text();
    expect(redocHtml).toContain('src="/docs/redoc.standalone.js"');
    expect(redocHtml).toContain('spec-url="/openapi.json"');
    expect(redocHtml).not.toMatch(/https?:\/\//);

    const swagger = await call('/api/test');
    expect(swagger.status).toBe(200);
    const swaggerHtml = await swagger.text();
    expect(swaggerHtml).toContain('/docs/swagger-ui-bundle.js');
    expect(swaggerHtml).toContain("url:'/openapi.json'");
    expect(swaggerHtml).not.toMatch(/https?:\/\//);
  });
});

describe('cross-cutting middleware', () => {
  it('gives every response a request id and secure headers', async () => {
    const res = await call('/');
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toContain('max-age');
  });

  it("sets exactly hono's secure headers (cross-origin resources, no opener policy), over a handler's own", async () => {
    const reference = new Hono();
    reference.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }));
    reference.get('/', (c) => c.text('x', 200, { 'X-Frame-Options': 'ALLOWALL' }));
    const expected = [...(await reference.request('/')).headers].filter(([name]) => name !== 'content-type');
    expect(expected.length).toBe(10);
    const ours = await call('/');
    for (const [name, value] of expected) expect([name, ours.headers.get(name)]).toEqual([name, value]);
    // An error answer carries them too.
    const missing = await call('/no/such/path');
    for (const [name, value] of expected) expect([name, missing.headers.get(name)]).toEqual([name, value]);
  });

  it('gives the answers built in one step (middleware/answer.ts) the same frame headers, and their own', async () => {
    const token = await tokenFor('admin');
    const reference = await call('/', { headers: { 'x-request-id': 'frame-ref' } });
    const framed = SECURE_HEADERS.map(([name]) => [name.toLowerCase(), reference.headers.get(name)]);
    const page = await call('/api/v1/models/C_BPartner?$top=2', { headers: bearer(token) });
    const id = ((await page.json()) as { records: { id: number }[] }).records[0].id;
    const answers: [string, Record<string, string>, string[]][] = [
      ['/api/v1/models/C_BPartner?$top=2', bearer(token), ['x-page-count', 'x-row-count', 'x-array-count']],
      [`/api/v1/models/C_BPartner/${id}`, bearer(token), ['etag']],
      ['/rest/objects/?limit=2', bearer(token), ['x-total-count', 'link']],
      ['/api/db/query?source=framework&type=table&pool=default&query=1&limit=3', bearer(token), []],
      ['/api/message?page=0&size=2', { 'x-ribbon2-auth': token }, []],
    ];
    for (const [path, headers, own] of answers) {
      // From the origin the test bindings allow: hono's CORS headers are kept on such an answer too.
      const res = await call(path, {
        headers: { ...headers, 'x-request-id': `frame-${path.length}`, origin: 'http://localhost:5173' },
      });
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('x-request-id')).toBe(`frame-${path.length}`);
      expect(res.headers.get('content-type')).toBe('application/json');
      for (const [name, value] of framed)
        expect([path, name, res.headers.get(name as string)]).toEqual([path, name, value]);
      for (const name of own) expect([path, name, res.headers.has(name)]).toEqual([path, name, true]);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(res.headers.get('vary')).toContain('Origin');
    }
  });

  it('echoes a client request id', async () => {
    const res = await call('/', { headers: { 'x-request-id': 'client-req-1' } });
    expect(res.headers.get('x-request-id')).toBe('client-req-1');
  });

  it('renders unknown paths as the default {code, message, requestId} 404', async () => {
    const res = await call('/no/such/path', { headers: { 'x-request-id': 'rid-404' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found', requestId: 'rid-404' });
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await probe('/probe/validate?n=1', {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    const body = await res.json<{ code: string }>();
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('GET /health', () => {
  /** A D1 binding whose every session fails (an outage of that pool). */
  const downD1 = (db: D1Database) =>
    new Proxy(db, {
      get: (target, property) =>
        property === 'withSession' || property === 'prepare'
          ? () => {
              throw new Error('D1_ERROR: network connection lost');
            }
          : Reflect.get(target, property),
    });

  it('answers 200 with every dependency up, without a token, naming nothing secret', async () => {
    const res = await call('/health');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      status: 'UP',
      d1: { default: 'up', libnsx1: 'up' },
      kv: 'up',
      durableObjects: 'up',
      configuration: 'up',
    });
    expect(text).not.toMatch(/DB_LIBNSX1|SECRET|KEY/);
  });

  it('answers 503 naming what is down: a pool, KV, the configuration', async () => {
    const pool = await probe('/health', {}, { DB_LIBNSX1: downD1(env.DB_LIBNSX1) });
    expect(pool.status).toBe(503);
    expect(await pool.json()).toMatchObject({ status: 'DOWN', d1: { default: 'up', libnsx1: 'down' }, kv: 'up' });
    const kv = await probe('/health', {}, { CACHE: failingKv(env.CACHE) });
    expect(await kv.json()).toMatchObject({ status: 'DOWN', kv: 'down', d1: { default: 'up' } });
    // A deployment missing a secret refuses every other route; its health says so, not which one.
    const misconfigured = await probe('/health', {}, { JWT_SECRET: undefined, LOCAL_DEV: undefined });
    expect(misconfigured.status).toBe(503);
    const text = await misconfigured.text();
    expect(JSON.parse(text)).toMatchObject({ status: 'DOWN', configuration: 'down', d1: { default: 'up' } });
    expect(text).not.toContain('JWT');
  });
});

describe('the bearer token of a request', () => {
  it('is what /^Bearer[ ]+([^ ]+)[ ]*$/i takes, for any header', async () => {
    const { tokenFromRequest } = await import('../src/middleware/auth');
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom(
      'Bearer',
      'bearer',
      'BEARER',
      'Bearer\t',
      'Basic',
      ' ',
      '  ',
      'tok',
      'a b',
      '\t',
      'x.y-z',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        // As the request carries it (Headers trims the value).
        const headers = new Headers({ authorization: parts.join('') });
        const expected = /^Bearer[ ]+([^ ]+)[ ]*$/i.exec(headers.get('authorization') ?? '')?.[1];
        expect(tokenFromRequest(headers, env)).toBe(expected || undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the quick pass over a request part (middleware/quick-parse.ts)', () => {
  it("answers zod's output, or nothing, for every route's query, params and headers", async () => {
    const { createApp } = await import('../src/app');
    const { quickParse } = await import('../src/middleware/quick-parse');
    const fc = (await import('fast-check')).default;
    type Schema = { safeParse(v: unknown): { success: boolean; data?: unknown }; _zod: { def: { shape?: object } } };
    const schemas = new Set<Schema>();
    for (const definition of createApp().openAPIRegistry.definitions) {
      if (definition.type !== 'route') continue;
      const request = definition.route.request as Record<string, unknown> | undefined;
      for (const part of ['query', 'params', 'headers'])
        if (request?.[part] && typeof request[part] === 'object' && '_zod' in request[part])
          schemas.add(request[part] as Schema);
    }
    const compiled = [...schemas].flatMap((schema) => {
      const quick = quickParse(schema);
      return quick ? [{ schema, quick }] : [];
    });
    // Most routes' parts are plain enough; the rest are zod's alone.
    expect(compiled.length).toBeGreaterThan(0.8 * schemas.size);
    // Values a query or a path carries: words, numbers in every spelling, repeated keys (arrays).
    const word = fc.stringMatching(/^[A-Za-z0-9_ .,:-]{0,12}$/);
    const number = fc.constantFrom(
      '0',
      '1',
      '-1',
      '10',
      '1.5',
      '1e3',
      ' 2 ',
      '',
      'NaN',
      'Infinity',
      '99999999999999999',
    );
    const known = fc.constantFrom('true', 'false', 'asc', 'desc', 'json', 'csv', 'id', 'name', 'DD_ID', 'yes', 'Y');
    const value = fc.oneof(word, number, known, fc.array(word, { minLength: 2, maxLength: 3 }));
    let accepted = 0;
    let zodAccepted = 0;
    for (const { schema, quick } of compiled) {
      const keys = Object.keys(schema._zod.def.shape ?? {});
      const entry = fc.tuple(fc.oneof(fc.constantFrom(...keys, 'other'), fc.constantFrom(...keys)), value);
      fc.assert(
        fc.property(fc.array(entry, { maxLength: Math.min(keys.length + 1, 6) }), (entries) => {
          const input: Record<string, unknown> = Object.create(null);
          for (const [key, v] of entries) input[key] = v;
          const fast = quick(input);
          const slow = schema.safeParse(input);
          if (slow.success) zodAccepted++;
          if (fast === undefined) {
            // Nothing zod would take is missed: the quick pass covers what it compiles.
            expect(slow.success).toBe(false);
            return;
          }
          accepted++;
          expect(slow.success).toBe(true);
          expect(fast).toStrictEqual(slow.data);
          expect(Object.keys(fast)).toEqual(Object.keys(slow.data as object));
        }),
        { numRuns: 60 },
      );
    }
    expect(accepted).toBe(zodAccepted);
    expect(accepted).toBeGreaterThan(compiled.length * 10);
  });
});

describe('the path router (middleware/path-router.ts)', () => {
  it("matches as hono's TrieRouter does: the same routes, in the same order, with the same parameters", async () => {
    const { createApp } = await import('../src/app');
    const { PathRouter } = await import('../src/middleware/path-router');
    const { TrieRouter } = await import('hono/router/trie-router');
    const fc = (await import('fast-check')).default;
    const app = createApp();
    // The app's own router is this one (SmartRouter would fall back to the TrieRouter on a pattern it refuses).
    app.router.match('GET', '/');
    expect(app.router.name).toBe('SmartRouter + PathRouter');
    const routes = app.routes;
    const ours = new PathRouter<number>();
    const trie = new TrieRouter<number>();
    routes.forEach((route, i) => {
      ours.add(route.method, route.path, i);
      trie.add(route.method, route.path, i);
    });
    // The literal segments of the table: a path that swaps one in reaches neighbouring routes.
    const literals = [...new Set(routes.flatMap((r) => r.path.split('/')).filter((s) => s && !/[:*]/.test(s)))];
    const segment = fc.oneof(
      fc.constantFrom('x', '123', 'a%20b', 'C_BPartner', 'history', 'constructor', '__proto__', ''),
      fc.constantFrom(...literals),
    );
    const path = fc
      .tuple(fc.constantFrom(...routes.map((r) => r.path)), fc.array(segment, { maxLength: 8 }), fc.nat(), fc.nat(3))
      .map(([pattern, values, swap, tail]) => {
        const parts = pattern.split('/');
        let v = 0;
        const filled = parts.map((part, i) =>
          part.startsWith(':') || (i > 0 && swap % parts.length === i) ? (values[v++] ?? 'y') : part,
        );
        if (filled.at(-1) === '*') filled.pop();
        return [...filled, ...values.slice(v, v + tail)].join('/') || '/';
      });
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
    fc.assert(
      fc.property(method, path, (m, p) => {
        const expected = trie.match(m, p)[0];
        const actual = ours.match(m, p)[0];
        expect(actual.map(([h]) => h)).toEqual(expected.map(([h]) => h));
        expect(actual.map(([, params]) => params)).toStrictEqual(expected.map(([, params]) => ({ ...params })));
      }),
      { numRuns: 3000 },
    );
  });
});
