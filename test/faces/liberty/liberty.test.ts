import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/core/ops/migrations.generated';
import { loginLiberty, ly } from './helpers';

let admin: string;
let demo: string;

beforeAll(async () => {
  admin = await loginLiberty('admin', 'admin', 'framework');
  demo = await loginLiberty('demo', 'demo');
});

const dictionaryCount = async () =>
  (await env.DB.prepare("select count(*) as n from LY_DICTIONARY where DD_LANGUAGE = 'en'").first<{ n: number }>())
    ?.n ?? 0;

describe('Liberty auth', () => {
  it('issues tokens, checks modes, refuses OIDC and bad credentials', async () => {
    const ok = await ly('/api/auth/token?pool=default&mode=session&type=database', null, 'POST', {
      user: 'demo',
      password: 'demo',
    });
    expect(ok.body).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      status: 'success',
      message: 'Authentication successful',
    });
    expect((await ly('/api/auth/token?mode=framework', null, 'POST', { user: 'demo', password: 'demo' })).status).toBe(
      403,
    );
    const bad = await ly('/api/auth/token', null, 'POST', { user: 'demo', password: 'nope' });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ status: 'failed', message: 'Authentication failed' });
    expect((await ly('/api/auth/token?type=oidc', null, 'POST', { user: 'admin', password: null })).status).toBe(501);
    expect((await ly('/api/auth/token?pool=nope', null, 'POST', { user: 'demo', password: 'demo' })).body).toEqual({
      status: 'failed',
      message: 'Requested pool `nope` not found',
    });
    const invalid = await ly('/api/auth/token?mode=weird', null, 'POST', { password: 'x' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.detail).toEqual([expect.objectContaining({ loc: ['query', 'mode'], type: 'value_error' })]);
    const noUser = await ly('/api/auth/token', null, 'POST', { password: 'x' });
    expect(noUser.status).toBe(422);
    expect(noUser.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'user'] })]);
  });

  it('returns the user as USR_* columns, only themself for non-admins, never a password', async () => {
    const me = await ly('/api/auth/user', demo);
    expect(me.body).toEqual({
      items: [
        expect.objectContaining({
          ROW_ID: 1,
          USR_ID: 'demo',
          USR_NAME: 'Demo User',
          USR_STATUS: 'Y',
          USR_ADMIN: 'N',
          USR_READONLY: 'Y',
        }),
      ],
      status: 'success',
    });
    expect(JSON.stringify(me.body)).not.toMatch(/PASSWORD|pbkdf2/);
    // Another user's record needs base.user-management.user.view, as on every face (the user group holds it).
    expect((await ly('/api/auth/user?user=admin', demo)).status).toBe(200);
    expect((await ly('/api/auth/user?user=demo', admin)).body.items[0].USR_ID).toBe('demo');
    expect((await ly('/api/auth/user?user=ghost', admin)).status).toBe(404);
    expect((await ly('/api/auth/user', null)).body).toEqual({ status: 'failed', message: 'Authentication required' });
  });
});

describe('Liberty framework', () => {
  it('lists applications, modules and themes with rowCount and meta_data', async () => {
    const apps = await ly('/api/fmw/applications', demo);
    expect(apps.body).toMatchObject({ status: 'success', pool: 'default', rowCount: 2 });
    expect(apps.body.items[0]).toMatchObject({ ROW_ID: 1, APPS_ID: 1, APPS_NAME: 'LIBERTY', APPS_POOL: 'default' });
    expect(apps.body.meta_data).toContainEqual({ name: 'APPS_NAME', type: 'str' });
    const modules = await ly('/api/fmw/modules', demo);
    expect(modules.body.rowCount).toBe(6);
    expect(modules.body.items.find((m: { MODULE_ID: string }) => m.MODULE_ID === 'sentry').MODULE_PARAMS).toEqual({
      url: 'https://sentry.io',
      replay: 'false',
      clientid: 'nomana',
      platform: 'dev',
    });
    const themes = await ly('/api/fmw/themes', demo);
    expect(themes.body.items[0]).toEqual({
      ROW_ID: 1,
      THM_NAME: 'modernBluePurple',
      TCL_KEY: 'primary',
      TCL_LIGHT: '#3f51b5',
      TCL_DARK: '#673ab7',
    });
    expect((await ly('/api/fmw/themes', null)).status).toBe(401);
  });

  it('encrypts with a token, returns encrypted input unchanged', async () => {
    const enc = await ly('/api/fmw/encrypt?plain_text=secret', demo, 'POST');
    expect(enc.body.encrypted).toMatch(/^ENC:/);
    expect(
      (await ly(`/api/fmw/encrypt?plain_text=${encodeURIComponent(enc.body.encrypted)}`, demo, 'POST')).body.encrypted,
    ).toBe(enc.body.encrypted);
    expect((await ly('/api/fmw/encrypt?plain_text=x', null, 'POST')).status).toBe(401);
    expect((await ly('/api/fmw/encrypt', demo, 'POST')).status).toBe(422);
  });
});

describe('Liberty database', () => {
  it('opens, closes (administrators only), checks pools; unknown pools are 404', async () => {
    expect((await ly('/api/db/open?target_pool=libnsx1', demo)).status).toBe(403);
    expect((await ly('/api/db/close?pool=libnsx1', demo)).status).toBe(403);
    expect((await ly('/api/db/open?target_pool=libnsx1', admin)).body).toEqual({
      status: 'success',
      message: 'connected',
    });
    expect((await ly('/api/db/close?pool=libnsx1', admin)).body).toEqual({
      status: 'success',
      message: 'disconnected',
    });
    const check = await ly('/api/db/check?target_pool=libnsx1', demo);
    expect(check.body).toMatchObject({
      status: 'success',
      rowCount: 1,
      rows: [{ ROW_ID: 1, CURRENT_DATE: expect.any(String) }],
    });
    expect((await ly('/api/db/open?target_pool=nope', admin)).body).toEqual({
      status: 'failed',
      message: 'Requested pool `nope` not found',
    });
    expect((await ly('/api/db/close?pool=nope', admin)).status).toBe(404);
  });

  it('runs stored query 1 (GET): ROW_ID, q filter, paging, hasMore, columns with dictionary headers', async () => {
    const all = await ly('/api/db/query?source=framework&type=table&pool=default&query=1&limit=3', demo);
    expect(all.body).toMatchObject({ status: 'success', hasMore: true, limit: 3, offset: 0, count: 3 });
    expect(all.body.items[0]).toEqual({ ROW_ID: 1, DD_ID: 'ACT_AUDIT_DATE', DD_LABEL: 'Date (Audit)' });
    expect(all.body.metadata).toEqual([
      { name: 'ROW_ID', type: 'int' },
      { name: 'DD_ID', type: 'str' },
      { name: 'DD_LABEL', type: 'str' },
    ]);
    const q = encodeURIComponent(JSON.stringify([{ DD_ID: { like: 'ACT%' } }]));
    const filtered = await ly(`/api/db/query?query=1&q=${q}`, demo);
    expect(filtered.body.items.map((i: { DD_ID: string }) => i.DD_ID)).toEqual(['ACT_AUDIT_DATE', 'ACT_ID']);
    // ROW_ID is the position in the stored order, with or without q and at any offset.
    const unfiltered = (await ly('/api/db/query?query=1&limit=1000', demo)).body.items;
    const paged = await ly('/api/db/query?query=1&offset=2&limit=2', demo);
    expect(paged.body.items).toEqual(unfiltered.slice(2, 4));
    expect(paged.body.items.map((i: { ROW_ID: number }) => i.ROW_ID)).toEqual([3, 4]);
    const later = encodeURIComponent(JSON.stringify([{ DD_ID: { '=': unfiltered[5].DD_ID } }]));
    expect((await ly(`/api/db/query?query=1&q=${later}`, demo)).body.items).toEqual([unfiltered[5]]);
    const cols = await ly('/api/db/query?query=1&type=columns&language=fr', demo);
    expect(cols.body.items).toContainEqual({
      field: 'DD_LABEL',
      header: 'Libellé',
      type: 'str',
      operator: 'like',
      rules: [],
      default: null,
    });
    const params = encodeURIComponent(JSON.stringify([{ MIN_ID: 2 }]));
    expect((await ly(`/api/db/query?query=2&params=${params}`, demo)).body.items).toEqual([
      { ROW_ID: 1, APPS_ID: 2, APPS_NAME: 'NOMASX1', APPS_POOL: 'default' },
    ]);
    expect((await ly('/api/db/query?query=2', demo)).status).toBe(400);
    expect((await ly('/api/db/query?query=1&q=not-json', demo)).body).toEqual({
      status: 'failed',
      message: 'Invalid JSON format in request query.',
    });
    expect(
      (
        await ly(
          `/api/db/query?query=1&q=${encodeURIComponent(JSON.stringify([{ USR_PASSWORD: { '=': 'x' } }]))}`,
          demo,
        )
      ).status,
    ).toBe(400);
    expect((await ly('/api/db/query?query=99', demo)).status).toBe(404);
    expect((await ly('/api/db/query?query=1&override_pool=nope', demo)).status).toBe(404);
    expect((await ly('/api/db/query?query=abc', demo)).status).toBe(422);
    expect((await ly('/api/db/query?query=1', null)).status).toBe(401);
  });

  it('runs POST, PUT and DELETE statements atomically; empty bodies are 400; read-only users 403', async () => {
    const before = await dictionaryCount();
    const posted = await ly('/api/db/query?query=1', admin, 'POST', [
      { DD_ID: 'NEW_1', DD_LABEL: 'New 1' },
      { DD_ID: 'NEW_2', DD_LABEL: 'New 2' },
    ]);
    expect(posted.body).toEqual({ items: [], status: 'success', count: 2 });
    expect(await dictionaryCount()).toBe(before + 2);
    // A failing row rolls back the whole batch.
    const dup = await ly('/api/db/query?query=1', admin, 'POST', [
      { DD_ID: 'NEW_3', DD_LABEL: 'x' },
      { DD_ID: 'NEW_1', DD_LABEL: 'dup' },
    ]);
    expect(dup.status).toBe(409);
    expect(await dictionaryCount()).toBe(before + 2);
    expect((await ly('/api/db/query?query=1', admin, 'PUT', { DD_ID: 'NEW_1', DD_LABEL: 'Renamed' })).body.count).toBe(
      1,
    );
    expect((await ly('/api/db/query?query=1', admin, 'DELETE', { DD_ID: 'NEW_2' })).body.count).toBe(1);
    const empty = await ly('/api/db/query?query=1', admin, 'POST', '');
    expect(empty.body).toEqual({
      status: 'failed',
      message: 'Request body cannot be empty.',
    });
    expect((await ly('/api/db/query?query=1', admin, 'POST', { DD_LABEL: 'no id' })).status).toBe(400);
    expect((await ly('/api/db/query?query=1', demo, 'POST', { DD_ID: 'X', DD_LABEL: 'x' })).status).toBe(403);
    expect(await dictionaryCount()).toBe(before + 1);
  });

  it('audits a snapshot of the matching rows (administrators only), always in the name of the caller', async () => {
    const audits = async () =>
      (await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>())?.n ?? 0;
    const before = await audits();
    expect((await ly('/api/db/audit/LY_APPLICATIONS/demo', demo, 'POST', { APPS_ID: 1 })).status).toBe(403);
    expect((await ly('/api/db/audit/AD_User/x', demo, 'POST', { Name: 'admin' })).status).toBe(403);
    expect(await audits()).toBe(before);
    // The path names demo; the row names the caller.
    const r = await ly('/api/db/audit/LY_APPLICATIONS/demo', admin, 'POST', { APPS_ID: 1 });
    expect(r.body).toEqual({ items: [], status: 'success', count: 1 });
    const row = await env.DB.prepare(
      "select user_login, action, after from audit_log where table_name = 'LY_APPLICATIONS' order by id desc limit 1",
    ).first<{ user_login: string; action: string; after: string }>();
    expect(row).toMatchObject({ user_login: 'admin', action: 'SNAPSHOT' });
    expect(JSON.parse(row!.after)).toMatchObject({ APPS_ID: 1, APPS_NAME: 'LIBERTY' });
    expect((await ly('/api/db/audit/NO_TABLE/demo', admin, 'POST', { X: 1 })).status).toBe(404);
    expect((await ly('/api/db/audit/LY_APPLICATIONS/demo', admin, 'POST', '')).status).toBe(400);
    expect((await ly('/api/db/audit/users/demo', admin, 'POST', { id: 1 })).status).toBe(404);
  });
});

describe('Liberty logs, setup and export', () => {
  it('stores, lists and reads log entries', async () => {
    const posted = await ly('/api/logs', demo, 'POST', {
      level: 'error',
      transactionName: 't1',
      message: 'Boom',
      method: 'GET',
      url: '/x',
      category: 'ui',
      feature: 'grid',
      isException: true,
    });
    expect(posted.body).toEqual({ status: 'success', id: expect.any(String) });
    await ly('/api/logs', demo, 'POST', { level: 'info', message: 'Fine', category: 'api' });
    const list = await ly('/api/logs?filter_key=category&filter_value=ui', demo);
    expect(list.body.items.map((e: { message: string }) => e.message)).toEqual(['Boom']);
    expect((await ly('/api/logs?format=text', demo)).body).toContain('[ERROR] ui Boom');
    expect((await ly(`/api/logs/details?id=${posted.body.id}`, demo)).body.items[0]).toMatchObject({
      message: 'Boom',
      user: 'demo',
    });
    expect((await ly('/api/logs/details?id=nope', demo)).status).toBe(404);
    expect((await ly('/api/logs', demo, 'POST', { level: 'loud' })).status).toBe(422);
  });

  it('reports, upgrades and records revisions; refuses a downgrade the running code needs (409); admin only', async () => {
    const current = await ly('/api/setup/current', admin);
    const latest = MIGRATIONS[MIGRATIONS.length - 1].name;
    expect(current.body.items).toContainEqual({ pool: 'default', version: latest, applied: MIGRATIONS.length });
    expect((await ly('/api/setup/upgrade', admin, 'POST')).body).toEqual({
      items: [],
      status: 'success',
      message: 'Setup complete',
      count: 0,
    });
    expect(
      (
        await ly('/api/setup/install?pool=libnsx1', admin, 'POST', {
          host: 'h',
          port: 5432,
          database: 'd',
          user: 'u',
          password: 'p',
        })
      ).body.count,
    ).toBe(0);
    expect((await ly('/api/setup/install', admin, 'POST', { host: 'h' })).status).toBe(422);
    expect((await ly('/api/setup/revision', admin, 'POST')).body.count).toBe(2);
    // A downgrade never drops what the running code needs: the document's own example included.
    const tables = async () =>
      (await env.DB.prepare("select count(*) as n from sqlite_master where type = 'table'").first<{ n: number }>())?.n;
    const before = await tables();
    for (const version of ['0000', '0001', '0004', MIGRATIONS[MIGRATIONS.length - 2].name]) {
      const refused = await ly(`/api/setup/downgrade/${version}`, admin, 'POST');
      expect(refused.status, version).toBe(409);
      expect(refused.body).toEqual({ status: 'failed', message: expect.stringMatching(/needed by the running code/) });
    }
    expect(await tables()).toBe(before);
    expect((await ly('/api/fmw/applications', admin)).status).toBe(200);
    // To the current version: nothing to undo.
    expect((await ly(`/api/setup/downgrade/${latest}`, admin, 'POST')).body.count).toBe(0);
    expect((await ly('/api/setup/upgrade', admin, 'POST')).body.items).toEqual([]);
    expect((await ly('/api/setup/current', demo)).status).toBe(403);
    expect((await ly('/api/setup/upgrade', demo, 'POST')).status).toBe(403);
  });

  it('exports the framework pool without hidden columns or internal tables (admin only)', async () => {
    const r = await ly('/api/export/repository', admin);
    expect(r.status).toBe(200);
    const names = r.body.items.map((t: { name: string }) => t.name);
    expect(r.body.count).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['LY_APPLICATIONS', 'C_BPartner']));
    expect(names).not.toContain('users');
    expect(r.body.items.find((t: { name: string }) => t.name === 'LY_APPLICATIONS').rows).toHaveLength(2);
    expect((await ly('/api/export/repository', demo)).status).toBe(403);
  });
});
