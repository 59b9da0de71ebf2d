import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { CORS_EXPOSED_HEADERS, parseCorsOrigins } from '../src/middleware/cors';
import { bearer, call, tokenFor } from './support/worker';

// The test bindings allow what .dev.vars.example allows: Vite's dev server.
const ALLOWED = 'http://localhost:5173';
const FOREIGN = 'https://evil.example';
const PATHS = ['/', '/api/v1/models/C_BPartner', '/rest/objects/', '/api/db/query', '/api/message/1', '/no/such/path'];

const preflight = (path: string, origin: string, headers = 'authorization, content-type') =>
  call(path, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
const list = (value: string | null) => (value ?? '').split(',').map((h) => h.trim().toLowerCase());
const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));

describe('CORS (CORS_ORIGINS)', () => {
  it('answers an allowed origin’s preflight on every path, before authentication', async () => {
    for (const path of PATHS) {
      const res = await preflight(path, ALLOWED);
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), path).toBe(ALLOWED);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(list(res.headers.get('access-control-allow-methods'))).toEqual(
        expect.arrayContaining(['get', 'post', 'put', 'patch', 'delete']),
      );
      expect(list(res.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining([
          'authorization',
          'content-type',
          'x-ribbon2-auth',
          'x-d1-bookmark',
          'if-match',
          'if-none-match',
          'idempotency-key',
        ]),
      );
      expect(res.headers.get('access-control-max-age')).toBe('600');
      expect(res.headers.get('vary')).toContain('Origin');
      expect(res.headers.get('x-request-id')).toMatch(/.+/);
      expect(await res.text()).toBe('');
    }
    expect((await preflight('/', 'http://127.0.0.1:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://127.0.0.1:5173',
    );
  });

  it('gives an allowed origin’s real responses the CORS headers, errors included', async () => {
    const token = await tokenFor('admin');
    const ok = await call('/api/v1/models/C_BPartner?$top=2', { headers: { origin: ALLOWED, ...bearer(token) } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(list(ok.headers.get('access-control-expose-headers'))).toEqual(
      CORS_EXPOSED_HEADERS.map((h) => h.toLowerCase()),
    );
    // The paging headers a client reads are among them.
    expect(ok.headers.get('x-page-count')).not.toBeNull();
    expect(ok.headers.get('vary')).toContain('Origin');

    const denied = await call('/api/v1/models/C_BPartner', { headers: { origin: ALLOWED } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives a foreign origin no CORS header, on preflights and on real responses', async () => {
    for (const path of PATHS) {
      const res = await preflight(path, FOREIGN);
      expect(res.status, path).toBe(204);
      expect(corsHeaders(res), path).toEqual([]);
    }
    const res = await call('/', { headers: { origin: FOREIGN } });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual([]);
    expect(res.headers.get('vary')).toContain('Origin');
    // Same-origin and non-browser requests (no Origin) are untouched.
    expect(corsHeaders(await call('/'))).toEqual([]);
  });

  it('allows nobody when CORS_ORIGINS is empty (the wrangler.toml default), and never `*` with credentials', async () => {
    const app = createApp();
    const fetchWith = (origins: string, headers: Record<string, string>, method = 'GET') =>
      Promise.resolve(
        app.fetch(new Request('http://atrium.test/', { method, headers }), { ...env, CORS_ORIGINS: origins }),
      );
    const none = await fetchWith('', { origin: ALLOWED });
    expect(corsHeaders(none)).toEqual([]);
    expect(none.headers.get('vary')).toBeNull();

    const anyOrigin = await fetchWith('*', { origin: FOREIGN });
    expect(anyOrigin.headers.get('access-control-allow-origin')).toBe('*');
    expect(anyOrigin.headers.get('access-control-allow-credentials')).toBeNull();
    const anyPreflight = await fetchWith('*', { origin: FOREIGN, 'access-control-request-method': 'PUT' }, 'OPTIONS');
    expect(anyPreflight.status).toBe(204);
    expect(anyPreflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(anyPreflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('parses the allowlist: trimmed, trailing slashes dropped, `*` apart', () => {
    expect(parseCorsOrigins(' http://a.test/ , https://b.test:8443,,')).toEqual({
      any: false,
      origins: new Set(['http://a.test', 'https://b.test:8443']),
    });
    expect(parseCorsOrigins('*, http://a.test').any).toBe(true);
    expect(parseCorsOrigins(undefined)).toEqual({ any: false, origins: new Set() });
  });
});
