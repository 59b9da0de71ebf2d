import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { captureErrorLog } from './support/logs';
import { probe } from './support/probe';
import { call, tokenFor } from './support/worker';

describe('error mapping', () => {
  const errorLog = captureErrorLog();

  it('turns a missing table into a 503 saying the schema is incomplete, no SQL or binding names', async () => {
    const res = await probe('/probe/boom', { headers: { 'x-request-id': 'rid-503' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/^The database schema is incomplete/),
      requestId: 'rid-503',
    });
    expect(text).not.toMatch(/no_such_table|secret_column|select|D1_ERROR|SQLITE|DB/i);
    // The details stay in the server log, under the same request id.
    const logged = errorLog.lines.map((line) => JSON.parse(line));
    expect(logged).toEqual([expect.objectContaining({ level: 'error', requestId: 'rid-503' })]);
    expect(logged[0].message).toContain('no such table');
  });

  it('answers every face 503 in its own shape while a table is missing, never a 500 with SQL', async () => {
    await env.DB.prepare('alter table r2_directories rename to r2_directories_gone').run();
    try {
      const admin = await tokenFor('admin');
      for (const path of ['/api/directory', '/api/message']) {
        const res = await call(path, { headers: { 'x-ribbon2-auth': admin } });
        expect(res.status, path).toBe(503);
        expect(await res.json()).toMatchObject({ message: expect.stringMatching(/schema is incomplete/) });
      }
    } finally {
      await env.DB.prepare('alter table r2_directories_gone rename to r2_directories').run();
    }
    expect(errorLog.lines.length).toBeGreaterThan(0);
  });

  it('never echoes an unexpected exception message or stack', async () => {
    const res = await probe('/probe/crash');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/internal detail|env\.DB|src\/|TypeError|at /);
  });

  it('renders zod failures of query and body as 400 VALIDATION with the issues, nothing echoed', async () => {
    const badQuery = await probe('/probe/validate?n=0', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ok' }),
    });
    expect(badQuery.status).toBe(400);
    const body = await badQuery.json<{ code: string; details: { target: string; path: string[] }[] }>();
    expect(body.code).toBe('VALIDATION');
    expect(body.details).toEqual([expect.objectContaining({ target: 'query', path: ['n'] })]);

    const badBody = await probe('/probe/validate?n=2', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(badBody.status).toBe(400);
    expect((await badBody.json<{ details: { target: string }[] }>()).details[0].target).toBe('json');

    const ok = await probe('/probe/validate?n=2', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'fine' }),
    });
    expect(ok.status).toBe(200);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await probe('/probe/validate?n=2', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
  });
});
