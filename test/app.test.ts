import { env } from 'cloudflare:test';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { failingKv } from './support/faults';
import { probe } from './support/probe';
import { call } from './support/worker';

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
