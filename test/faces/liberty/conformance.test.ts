import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../src/core/identity/users';
import { aiPrompt, aiWelcome, DEFAULT_AI_MODEL } from '../../../src/core/ops/ai';
// The seed's examples, copied into the repo (see its $comment for the origin).
import seed from '../../fixtures/liberty-examples.json';
import { adminActor, SYSTEM } from '../../support/actors';
import { at, shapeErrors } from '../../support/example-shape';
import { bearer, call, orm, tokenFor } from '../../support/worker';
import { ly } from './helpers';

interface Case {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  as?: string;
  status: number;
  example?: unknown;
  same?: string[];
  deviations?: string[];
}

/** Python's `datetime.isoformat()` of a UTC time, as the seed's CURRENT_DATE. */
const PYTHON_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/;

// What a client of the original sends, as the seed documents it: status and body shape as documented.
describe('Liberty answers the seed’s examples', () => {
  it('for every documented request', async () => {
    const tokens: Record<string, string> = { admin: await tokenFor('admin'), demo: await tokenFor('demo') };
    for (const c of seed.cases as Case[]) {
      const r = await ly(c.path, tokens[c.as ?? 'admin'], c.method, c.body);
      expect(r.status, `${c.name}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(c.status);
      if (c.example === undefined) continue;
      expect(shapeErrors(c.example, r.body, c.deviations), c.name).toEqual([]);
      for (const path of c.same ?? []) expect(at(r.body, path), `${c.name}: ${path}`).toEqual(at(c.example, path));
    }
  });

  it('GET /api/logs/details without parameters (as documented) is a 200; by id or list position, the entry', async () => {
    const demo = await tokenFor('demo');
    const none = await ly('/api/logs/details', demo);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ items: [], status: 'success', count: 0 });
    const posted = await ly('/api/logs', demo, 'POST', { level: 'info', message: 'conformance details' });
    const list = await ly('/api/logs', demo);
    const position = list.body.items.findIndex((e: { id: string }) => e.id === posted.body.id);
    expect(position).toBeGreaterThanOrEqual(0);
    for (const id of [posted.body.id, String(position)]) {
      const one = await ly(`/api/logs/details?id=${id}`, demo);
      expect(one.body).toMatchObject({ status: 'success', count: 1, items: [{ message: 'conformance details' }] });
      expect(one.body.items[0].timestamp).toMatch(PYTHON_UTC);
    }
    expect((await ly('/api/logs/details?id=99999', demo)).status).toBe(404);
  });

  it('GET /api/auth/user: USR_MODE is the colour mode, USR_THEME the theme name (the seed’s light / liberty)', async () => {
    const admin = await ly('/api/auth/user', await tokenFor('admin'));
    expect(admin.body.items[0]).toMatchObject({ USR_ID: 'admin', USR_MODE: 'light', USR_THEME: 'liberty' });
    expect(admin.body.items[0]).not.toHaveProperty('USR_PASSWORD');
  });

  it('GET /api/export/repository: the seed’s envelope, the tables under items', async () => {
    const r = await ly('/api/export/repository', await tokenFor('admin'));
    expect(r.body).toMatchObject({ status: 'success', count: r.body.items.length });
    expect(r.body).not.toHaveProperty('tables');
    expect(r.body.items.find((t: { name: string }) => t.name === 'LY_MODULES')).toMatchObject({
      definition: expect.stringContaining('CREATE TABLE'),
      rows: expect.arrayContaining([expect.objectContaining({ MODULE_ID: 'menus' })]),
    });
    expect(r.body.exported_at).toMatch(PYTHON_UTC);
  });

  it('writes times as the seed does (Python isoformat, +00:00)', async () => {
    const check = await ly('/api/db/check', await tokenFor('admin'));
    expect(check.body.rows[0].CURRENT_DATE).toMatch(PYTHON_UTC);
  });
});

// Conformance, third pass (issue 25): the seed's and the reference document's operations as clients call them.
describe('Liberty as its clients call it (third pass)', () => {
  it('POST /api/logs as documented (no body, no parameters) is a 200', async () => {
    const demo = await tokenFor('demo');
    const pushed = await call('/api/logs', { method: 'POST', headers: bearer(demo) });
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toMatchObject({ status: 'success', message: expect.any(String) });
    // A JSON entry is still stored; a malformed one is FastAPI's 422.
    expect((await ly('/api/logs', demo, 'POST', { level: 'info', message: 'kept' })).body).toMatchObject({
      id: expect.any(String),
    });
    expect((await ly('/api/logs', demo, 'POST', { level: 'nope' })).status).toBe(422);
    expect((await call('/api/logs', { method: 'POST' })).status).toBe(401);
  });

  it("a failed write answers the seed's body: message.items[0] names the failing row; nothing is written", async () => {
    const admin = await tokenFor('admin');
    const example = (seed.cases as Case[]).find((c) => c.name === 'QUERY - Insert (duplicate)')?.example;
    const rows = [
      { DD_ID: 'THIRD_1', DD_LABEL: 'first' },
      { DD_ID: 'ACT_ID', DD_LABEL: 'a duplicate of the demo entry' },
    ];
    const dup = await ly('/api/db/query?query=1', admin, 'POST', rows);
    expect(dup.status).toBe(409);
    expect(shapeErrors(example, dup.body, ['message.items.0.line'])).toEqual([]);
    expect(dup.body.message.items[0].message).toMatch(/^Error: Query execution failed/);
    expect(dup.body.message.items[0].line).toEqual(rows[1]);
    expect((await ly(`/api/db/query?query=1&q=${encodeURIComponent('{"DD_ID":"THIRD_1"}')}`, admin)).body.count).toBe(
      0,
    );
  });

  it('GET /api/auth/user: USR_NAME and USR_EMAIL are strings, as the reference declares them', async () => {
    const user = await createUser(orm(), { login: 'no-email-user', password: 'no-email-pass-1' }, SYSTEM);
    expect(user.id).toBeGreaterThan(0);
    const r = await ly('/api/auth/user', await tokenFor('no-email-user'));
    expect(r.body.items[0]).toMatchObject({ USR_ID: 'no-email-user', USR_NAME: '', USR_EMAIL: '' });
  });

  it('setup prepare and update (as the reference): rights of the setup routes, the body validated', async () => {
    const admin = await tokenFor('admin');
    const prepared = await ly('/api/setup/prepare?pool=default', admin, 'POST', seed.setup);
    expect(prepared.status).toBe(200);
    expect(prepared.body).toEqual({ items: [], status: 'success', message: 'Up to date', count: 0 });
    const updated = await ly('/api/setup/update', admin, 'POST', seed.setup);
    expect(updated.body).toMatchObject({ items: [], status: 'success', count: 0 });
    for (const path of ['/api/setup/prepare', '/api/setup/update', '/api/setup/restore']) {
      expect((await ly(path, await tokenFor('demo'), 'POST', seed.setup)).status, path).toBe(403);
      expect((await ly(path, null, 'POST', seed.setup)).status, path).toBe(401);
    }
    expect((await ly('/api/setup/prepare', admin, 'POST', { host: 'x' })).status).toBe(422);
    expect((await ly('/api/setup/prepare?pool=nowhere', admin, 'POST', seed.setup)).status).toBe(404);
  });

  it("setup restore takes the repository export's document back, in one audited batch, or nothing", async () => {
    const admin = await tokenFor('admin');
    const exported = (await ly('/api/export/repository', admin)).body;
    const pick = (...names: string[]) => ({
      ...exported,
      items: exported.items.filter((t: { name: string }) => names.includes(t.name)),
    });
    const apps = () => env.DB.prepare('select APPS_ID, APPS_NAME from LY_APPLICATIONS order by APPS_ID').all();
    const before = (await apps()).results;
    await env.DB.prepare("update LY_APPLICATIONS set APPS_NAME = 'CHANGED' where APPS_ID = 2").run();
    await env.DB.prepare('delete from LY_MODULES where MODULE_ID = ?').bind('dev').run();
    const restored = await ly('/api/setup/restore', admin, 'POST', pick('LY_APPLICATIONS', 'LY_MODULES'));
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ status: 'success', count: 2, items: [{ name: 'LY_APPLICATIONS' }, {}] });
    expect((await apps()).results).toEqual(before);
    expect(await env.DB.prepare("select 1 from LY_MODULES where MODULE_ID = 'dev'").first()).not.toBeNull();
    const audit = await env.DB.prepare(
      "select count(*) as n from audit_log where action = 'RESTORE' and table_name in ('LY_APPLICATIONS', 'LY_MODULES')",
    ).first<{ n: number }>();
    expect(audit?.n).toBe(2);

    // A document that does not fit (a duplicate key in its rows) writes nothing, audit rows included.
    const audits = async () => (await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>())?.n;
    const count = await audits();
    const broken = pick('LY_APPLICATIONS');
    broken.items[0].rows = [...broken.items[0].rows, broken.items[0].rows[0]];
    expect((await ly('/api/setup/restore', admin, 'POST', broken)).status).toBe(409);
    expect((await apps()).results).toEqual(before);
    expect(await audits()).toBe(count);
    // Unknown tables and columns, internal tables, and a parent without the table referencing it: 400.
    const bad = async (items: unknown) => (await ly('/api/setup/restore', admin, 'POST', { items })).status;
    expect(await bad([{ name: 'nope', rows: [] }])).toBe(400);
    expect(await bad([{ name: 'users', rows: [] }])).toBe(400);
    expect(await bad([{ name: 'LY_APPLICATIONS', rows: [{ NOPE: 1 }] }])).toBe(400);
    expect(await bad([{ name: 'LY_THEMES', rows: [] }])).toBe(400);
    expect(await bad([])).toBe(400);
    expect((await apps()).results).toEqual(before);
  });

  it('AI routes: 501 in Liberty’s shape naming the binding to add, never a 404', async () => {
    const demo = await tokenFor('demo');
    for (const path of ['/api/ai/prompt', '/api/ai/welcome']) {
      const r = await ly(path, demo, 'POST', { prompt: 'Hello' });
      expect(r.status, path).toBe(501);
      expect(r.body).toEqual({ status: 'failed', message: expect.stringContaining('[ai] binding = "AI"') });
      expect((await ly(path, null, 'POST', { prompt: 'Hello' })).status).toBe(401);
    }
    expect((await ly('/api/ai/prompt', demo, 'POST')).body).toEqual({
      status: 'failed',
      message: 'Request body cannot be empty. JSON object is required.',
    });
  });

  it('AI through a configured binding (the core function, with a fake binding passed as env)', async () => {
    const asked: unknown[] = [];
    const ai = {
      run: async (model: string, input: unknown) => {
        asked.push({ model, input });
        return { response: 'Hi!' };
      },
    };
    const answer = await aiPrompt({ AI: ai }, adminActor(), [{ role: 'user', content: 'Hello' }]);
    expect(answer).toEqual({ message: 'Hi!', is_truncated: false });
    expect(asked[0]).toMatchObject({
      model: DEFAULT_AI_MODEL,
      input: { messages: [{ role: 'user', content: 'Hello' }] },
    });
    const long = { run: async () => ({ response: 'x'.repeat(20_000) }) };
    expect((await aiWelcome({ AI: long, AI_MODEL: '@cf/other' }, adminActor())).is_truncated).toBe(true);
    const failing = { run: async () => Promise.reject(new Error('network')) };
    await expect(aiPrompt({ AI: failing }, adminActor(), [{ role: 'user', content: 'x' }])).rejects.toMatchObject({
      status: 503,
    });
  });

  it('an unknown path under /api answers in Liberty’s shape', async () => {
    for (const path of ['/api/nothing', '/api/setup/nothing', '/api/ai/nothing']) {
      const r = await ly(path, await tokenFor('admin'));
      expect(r.status, path).toBe(404);
      expect(r.body).toEqual({ status: 'failed', message: expect.any(String) });
    }
  });
});
