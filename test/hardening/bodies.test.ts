import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { probe } from '../support/probe';
import { bearer, call, tokenFor } from '../support/worker';

/** Bodies each face cannot read, oversized bodies, and the login routes' alternative inputs. */

let admin = '';
beforeAll(async () => {
  admin = await tokenFor('admin');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const ip = { 'cf-connecting-ip': '198.51.100.15' };
const asJson = { 'content-type': 'application/json' };
async function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit }) {
  const res = await call(path, { method: 'POST', ...init, headers: { ...ip, ...init.headers } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body, headers: res.headers };
}

describe('body errors in each face', () => {
  const text = { 'content-type': 'text/plain' };

  it('answers a body of the wrong media type with 415, Liberty with FastAPI’s 422', async () => {
    const auth = bearer(admin);
    expect(await send('/api/v1/models/C_BPartner', { headers: { ...auth, ...text }, body: 'x' })).toMatchObject({
      status: 415,
      body: { title: 'Unsupported media type', status: 415 },
    });
    expect(await send('/rest/objects/', { headers: { ...auth, ...text }, body: 'x' })).toMatchObject({
      status: 415,
      body: { status: 415, response: 'Unsupported Media Type' },
    });
    // Ribbon2's gateway reads a body as JSON whatever its type (issue 25): one that is not JSON is a 400.
    expect(await send('/api/message', { headers: { ...auth, ...text }, body: 'x' })).toMatchObject({
      status: 400,
      body: { code: 'UNREGISTERED' },
    });
    const liberty = await send('/api/logs', { headers: { ...auth, ...text }, body: 'x' });
    expect(liberty.status).toBe(422);
    expect(liberty.body).toEqual({ detail: [expect.objectContaining({ loc: ['body'], type: 'value_error' })] });
    // No Content-Type but a body: the same answer.
    expect((await send('/rest/objects/', { headers: auth, body: new Blob(['{}']) })).status).toBe(415);
  });

  it('answers malformed JSON as a validation failure of the body', async () => {
    const auth = bearer(admin);
    const bad = { ...auth, 'content-type': 'application/json' };
    expect(await send('/api/v1/models/C_BPartner', { headers: bad, body: '{' })).toEqual(
      expect.objectContaining({
        status: 400,
        body: { title: 'Bad request', status: 400, detail: 'json: Malformed JSON in request body' },
      }),
    );
    expect(await send('/api/logs', { headers: bad, body: '{' })).toMatchObject({
      status: 422,
      body: { detail: [{ loc: ['body'], msg: 'Malformed JSON in request body', type: 'value_error' }] },
    });
  });

  it('answers a body over MAX_BODY_BYTES with 413 in the face’s shape', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const headers = { ...bearer(admin), 'content-type': 'application/json' };
    const shapes: [string, unknown][] = [
      ['/api/v1/models/C_BPartner', { title: 'Payload too large', status: 413 }],
      ['/rest/objects/', { status: 413, response: 'Payload Too Large' }],
      ['/api/message', { code: 'UNREGISTERED' }],
      ['/api/logs', { status: 'failed' }],
      ['/auth', { code: 'UNREGISTERED' }],
    ];
    for (const [path, shape] of shapes)
      expect(await send(path, { headers, body: big }), path).toMatchObject({ status: 413, body: shape });
  });

  it('gives Ribbon2 only the seed’s codes: UNREGISTERED with the real status for the rest', async () => {
    expect(await send('/api/io/nope', { method: 'GET', headers: bearer(admin) })).toMatchObject({
      status: 404,
      body: { code: 'UNREGISTERED' },
    });
    expect(await send('/api/message/x', { method: 'GET' })).toMatchObject({
      status: 401,
      body: { code: 'ACCESS_DENIED' },
    });
  });
});

describe('login bodies', () => {
  it('Ribbon2 /auth takes login and password from the query string, JSON or form fields', async () => {
    const query = '/auth?login=admin&password=admin';
    for (const init of [
      {},
      { headers: { 'content-type': 'text/plain' }, body: 'ignored' },
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' },
      { headers: { 'content-type': 'application/json' }, body: '{not json' },
    ]) {
      const res = await send(query, init);
      expect(res.status, JSON.stringify(init)).toBe(200);
      expect(String(res.body).split('.')).toHaveLength(3);
    }
    expect((await send('/auth', { body: new URLSearchParams({ login: 'admin', password: 'admin' }) })).status).toBe(
      200,
    );
    expect(
      (await send('/auth', { headers: asJson, body: JSON.stringify({ login: 'admin', password: 'admin' }) })).status,
    ).toBe(200);
    expect(await send('/auth?login=bodies-nobody&password=x', {})).toMatchObject({ status: 403, body: 'Forbidden' });
    expect(await send('/auth', { headers: { 'content-type': 'text/plain' }, body: 'x' })).toMatchObject({
      status: 400,
      body: { code: 'UNREGISTERED', message: 'login and password are required (query string, JSON or form fields)' },
    });
  });

  it('Liberty /api/auth/token takes JSON or form fields; a missing or other body is FastAPI’s 422', async () => {
    const form = await send('/api/auth/token', { body: new URLSearchParams({ user: 'admin', password: 'admin' }) });
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ token_type: 'bearer', status: 'success' });
    const body = JSON.stringify({ user: 'admin', password: 'admin' });
    expect((await send('/api/auth/token', { headers: asJson, body })).status).toBe(200);
    expect(await send('/api/auth/token', {})).toMatchObject({
      status: 422,
      body: { detail: expect.arrayContaining([expect.objectContaining({ loc: ['body', 'user'] })]) },
    });
    expect(await send('/api/auth/token', { body: new URLSearchParams({ user: 'admin' }) })).toMatchObject({
      status: 422,
      body: { detail: [expect.objectContaining({ loc: ['body', 'password'] })] },
    });
    expect((await send('/api/auth/token', { headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(422);
  });

  it('answers Liberty’s OIDC login with its 501 and message, logged as a client answer, not an error', async () => {
    const errorLog = vi.spyOn(console, 'error');
    const requestLog = vi.spyOn(console, 'log').mockImplementation(() => {});
    const res = await probe(
      '/api/auth/token?type=oidc',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ip },
        body: JSON.stringify({ user: 'a', password: 'b' }),
      },
      // As a deployment logs it (local development leaves the request line to wrangler).
      { LOG_REQUESTS: 'true', LOCAL_DEV: undefined, ADMIN_PASSWORD: undefined, DEMO_DATA: 'false' },
    );
    expect(res.status).toBe(501);
    expect(await res.json()).toEqual({
      status: 'failed',
      message: 'OIDC authentication is not configured on this server',
    });
    expect(errorLog).not.toHaveBeenCalled();
    const line = requestLog.mock.calls.map(([l]) => JSON.parse(String(l))).find((l) => l.status === 501);
    expect(line).toMatchObject({ level: 'info', path: '/api/auth/token' });
  });
});
