import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../src/core/identity/users';
import { SYSTEM } from '../../support/actors';
import { call, orm, tokenFor } from '../../support/worker';
import { adminToken, demoToken, dg } from './helpers';

let admin: string;
let demo: string;
const bodies: string[] = [];

beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
});

async function track(r: Awaited<ReturnType<typeof dg>>) {
  bodies.push(JSON.stringify(r.body));
  return r;
}

describe('DATAGERRY auth', () => {
  it('logs in and accepts Bearer and Basic', async () => {
    const login = await track(await dg('/rest/auth/login', null, 'POST', { user_name: 'admin', password: 'admin' }));
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      user: { public_id: 1, user_name: 'admin', group_id: 1 },
      token: expect.any(String),
      token_issued_at: expect.any(Number),
      token_expire: expect.any(Number),
    });
    expect((await dg('/rest/users/', login.body.token)).status).toBe(200);
    const basic = await call('/rest/users/1', { headers: { authorization: `Basic ${btoa('admin:admin')}` } });
    expect(basic.status).toBe(200);
    const badBasic = await call('/rest/users/1', { headers: { authorization: `Basic ${btoa('admin:nope')}` } });
    expect(badBasic.status).toBe(401);
    expect(await badBasic.json()).toEqual({ status: 401, response: 'Unauthorized', message: expect.any(String) });
    expect((await dg('/rest/auth/login', null, 'POST', { user_name: 'admin', password: 'x' })).status).toBe(401);
    expect((await dg('/rest/auth/login', null, 'POST', { user_name: 'admin' })).status).toBe(400);
    expect((await dg('/rest/users/', null)).status).toBe(401);
  });
});

describe('DATAGERRY users', () => {
  it('lists with the documented envelope, counts, pages, links and X-Total-Count', async () => {
    const r = await track(await dg('/rest/users/?limit=1&page=2&sort=user_name&order=-1', admin));
    expect(r.status).toBe(200);
    const total = Number(r.res.headers.get('x-total-count'));
    expect(r.body).toMatchObject({
      count: 1,
      total,
      response_type: 'GET',
      model: 'User',
      parameters: { limit: 1, sort: 'user_name', order: -1, page: 2 },
      pager: { page: 2, page_size: 1, total_pages: total },
    });
    expect(r.body.pagination.next).toContain(`page=${Math.min(3, total)}`);
    expect(r.body.pagination.last).toContain(`page=${total}`);
    expect(r.res.headers.get('link')).toContain('rel="last"');
    expect(r.body.results[0]).not.toHaveProperty('password');
    const filtered = await dg(`/rest/users?filter=${encodeURIComponent('{"user_name":"demo"}')}`, admin);
    expect(filtered.body.results.map((u: { user_name: string }) => u.user_name)).toEqual(['demo']);
    expect((await dg(`/rest/users?filter=${encodeURIComponent('{"password":"x"}')}`, admin)).status).toBe(400);
    // Pipelines (issue 25): $match is the filter; a later stage sees the users as answered (no password).
    const piped = await dg(`/rest/users?filter=${encodeURIComponent('[{"$match":{"user_name":"demo"}}]')}`, admin);
    expect(piped.body.results.map((u: { user_name: string }) => u.user_name)).toEqual(['demo']);
    // A later stage reads what the documents lack as missing (MongoDB): the password is not in them.
    const later = encodeURIComponent('[{"$skip":0},{"$match":{"password":{"$exists":true}}}]');
    const none = await dg(`/rest/users?filter=${later}`, admin);
    expect([none.status, none.body.results]).toEqual([200, []]);
    expect((await dg(`/rest/users?filter=${encodeURIComponent('[{"$group":{"_id":1}}]')}`, admin)).status).toBe(400);
    expect((await dg(`/rest/users?filter=${encodeURIComponent('{"user_name":{"$where":"1"}}')}`, admin)).status).toBe(
      400,
    );
    expect((await dg('/rest/users?sort=password_hash', admin)).status).toBe(400);
    const head = await call('/rest/users/', { method: 'HEAD', headers: { authorization: `Bearer ${admin}` } });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-total-count')).toBe(String(total));
    expect(await head.text()).toBe('');
  });

  it('inserts (200, Location, hashed password never returned), updates (202) and deletes (202)', async () => {
    const created = await track(
      await dg('/rest/users/', admin, 'POST', {
        user_name: 'ops',
        password: 'Ops-pass-1',
        group_id: 2,
        email: 'ops@example.com',
      }),
    );
    expect(created.status).toBe(200);
    expect(created.res.headers.get('location')).toMatch(/\/rest\/users\/\d+$/);
    expect(created.body).toMatchObject({
      result_id: expect.any(Number),
      response_type: 'INSERT',
      model: 'User',
      raw: { user_name: 'ops', group_id: 2 },
    });
    const id = created.body.result_id;
    const updated = await track(
      await dg(`/rest/users/${id}`, admin, 'PUT', { user_name: 'ops', active: false, group_id: 1 }),
    );
    expect(updated.status).toBe(202);
    expect(updated.body).toMatchObject({ response_type: 'UPDATE', result: { active: false, group_id: 1 } });
    const row = await env.DB.prepare('select password_hash as h from users where id = ?')
      .bind(id)
      .first<{ h: string }>();
    expect(row?.h).toMatch(/^pbkdf2-sha256\$/);
    const removed = await track(await dg(`/rest/users/${id}`, admin, 'DELETE'));
    expect(removed.status).toBe(202);
    expect(removed.body).toMatchObject({ response_type: 'DELETE', deleted_entry: { user_name: 'ops' } });
    expect((await dg(`/rest/users/${id}`, admin)).status).toBe(404);
  });

  it('refuses bad input (nothing written) and missing rights', async () => {
    const before = await env.DB.prepare('select count(*) as n from users').first<{ n: number }>();
    expect((await dg('/rest/users/', admin, 'POST', { active: true })).status).toBe(400);
    expect((await dg('/rest/users/', admin, 'POST', { user_name: 'x', group_id: 999 })).status).toBe(400);
    expect(await env.DB.prepare('select count(*) as n from users').first<{ n: number }>()).toEqual(before);
    expect((await dg('/rest/users/', demo)).status).toBe(200);
    const denied = await dg('/rest/users/', demo, 'POST', { user_name: 'x' });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ status: 403, response: 'Forbidden', message: expect.any(String) });
  });
});

describe('DATAGERRY groups and rights', () => {
  it('groups: CRUD with rights by name, base groups protected, MOVE and DELETE actions', async () => {
    const g = await track(
      await dg('/rest/groups/', admin, 'POST', {
        name: 'auditors',
        label: 'Auditors',
        rights: ['base.framework.object.view', 'base.framework.type.*'],
      }),
    );
    expect(g.status).toBe(200);
    expect(g.body.raw.rights).toContainEqual({
      level: 50,
      name: 'base.framework.type.*',
      label: 'type.*',
      description: 'Manage types from framework',
      is_master: true,
    });
    expect((await dg('/rest/groups/', admin, 'POST', { name: 'bad', rights: ['no.such'] })).status).toBe(400);
    const id = g.body.result_id;
    expect(
      (await dg(`/rest/groups/${id}`, admin, 'PUT', { name: 'auditors', label: 'Audit', rights: [] })).body.result,
    ).toMatchObject({ label: 'Audit', rights: [] });
    const member = await dg('/rest/users/', admin, 'POST', { user_name: 'auditor1', group_id: id });
    expect((await dg(`/rest/groups/${id}`, admin, 'DELETE')).status).toBe(409);
    expect((await dg(`/rest/groups/${id}?action=MOVE&group_id=2`, admin, 'DELETE')).status).toBe(202);
    expect((await dg(`/rest/users/${member.body.result_id}`, admin)).body.result.group_id).toBe(2);
    expect((await dg('/rest/groups/1', admin, 'DELETE')).status).toBe(403);
    expect((await dg('/rest/groups/2?action=DELETE', admin, 'DELETE')).status).toBe(403);
    expect((await dg('/rest/groups/1', admin)).body.result.rights[0]).toMatchObject({
      name: 'base.*',
      is_master: true,
      level: 0,
    });
  });

  it('rights: paged list, tree, one, levels', async () => {
    const list = await dg('/rest/rights/?limit=5', admin);
    expect(list.body.results).toHaveLength(5);
    expect(list.body.total).toBeGreaterThanOrEqual(60);
    const tree = await dg('/rest/rights/?view=tree&limit=0', admin);
    expect(tree.body.results).toHaveLength(1);
    expect(tree.body.results[0].name).toBe('base.*');
    expect(tree.body.results[0].children.length).toBeGreaterThan(3);
    expect((await dg('/rest/rights/base.framework.object.view', admin)).body.result).toMatchObject({
      level: 10,
      is_master: false,
    });
    expect((await dg('/rest/rights/levels', admin)).body.result).toEqual({
      CRITICAL: 100,
      DANGER: 80,
      SECURE: 50,
      PROTECTED: 30,
      PERMISSION: 10,
      NOTSET: 0,
    });
    expect((await dg('/rest/rights/nope', admin)).status).toBe(404);
  });
});

describe('DATAGERRY settings', () => {
  it("CRUD on own settings; another user's are forbidden unless admin", async () => {
    // demo is read-only: it writes its own settings (preferences, not data: issue 25), no one else's.
    const demoId = (await env.DB.prepare("select id from users where login = 'demo'").first<{ id: number }>())!.id;
    expect((await dg(`/rest/users/${demoId}/settings/`, demo, 'POST', { identifier: 'table' })).status).toBe(201);
    expect((await dg(`/rest/users/${demoId}/settings/`, demo)).status).toBe(200);
    expect((await dg('/rest/users/1/settings/', demo, 'POST', { identifier: 'table' })).status).toBe(403);
    const member = await createUser(orm(), { login: 'settings-member', password: 'member-pass-1' }, SYSTEM);
    const memberToken = await tokenFor('settings-member');
    const created = await dg(`/rest/users/${member.id}/settings/`, memberToken, 'POST', {
      identifier: 'table',
      payload: { cols: 3 },
      setting_type: 'APPLICATION',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      result_id: 'table',
      raw: { identifier: 'table', user_id: member.id, payload: { cols: 3 } },
    });
    expect((await dg(`/rest/users/${member.id}/settings/`, memberToken)).body.results).toHaveLength(1);
    expect((await dg(`/rest/users/${member.id}/settings/table`, memberToken)).body.results[0].payload).toEqual({
      cols: 3,
    });
    expect(
      (
        await dg(`/rest/users/${member.id}/settings/table`, memberToken, 'PUT', {
          identifier: 'table',
          payload: { cols: 4 },
        })
      ).body.result.payload,
    ).toEqual({ cols: 4 });
    expect((await dg(`/rest/users/${member.id}/settings/`, memberToken, 'POST', { identifier: 'table' })).status).toBe(
      409,
    );
    expect((await dg('/rest/users/1/settings/', memberToken)).status).toBe(403);
    expect((await dg(`/rest/users/${member.id}/settings/`, admin)).status).toBe(200);
    expect(
      (await dg(`/rest/users/${member.id}/settings/table`, memberToken, 'DELETE')).body.deleted_entry.identifier,
    ).toBe('table');
    expect((await dg(`/rest/users/${member.id}/settings/table`, memberToken)).status).toBe(404);
  });

  it('no response carried password material', () => {
    for (const body of bodies) expect(body).not.toMatch(/password|pbkdf2/i);
  });
});
