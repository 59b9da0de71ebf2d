import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call } from '../support/worker';
import { adminKeepsEverything, makeActors, powerState, rightsByUser, type TestActor } from './fixtures';

/**
 * Issue 13's reproductions, each as an attacker would send it: every one must fail in the face's own
 * 401/403/404 shape with nothing written, and nobody may end up with more rights than before.
 */
let actors: Record<string, TestActor>;

beforeAll(async () => {
  actors = await makeActors();
});

const send = (path: string, token: string, method: string, body?: unknown, header: 'bearer' | 'ribbon2' = 'bearer') =>
  call(path, {
    method,
    headers: {
      ...(header === 'bearer' ? bearer(token) : { 'x-ribbon2-auth': token }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function hashOf(login: string): Promise<string | null> {
  return (
    (await env.DB.prepare('select password_hash as h from users where login = ?').bind(login).first<{ h: string }>())
      ?.h ?? null
  );
}

const idempiereShape = (body: unknown) =>
  expect(body).toEqual({ title: expect.any(String), status: 403, detail: expect.any(String) });

describe('iDempiere: an all-tables ERP role carries no core rights', () => {
  it('cannot set the password of an admin-group user through AD_User', async () => {
    const before = await hashOf('admin');
    const res = await send(`/api/v1/models/AD_User/${actors.admin.id}`, actors.erpAdmin.token, 'PUT', {
      Password: 'pwned-password-1',
    });
    expect(res.status).toBe(403);
    idempiereShape(await res.json());
    expect(await hashOf('admin')).toBe(before);
    const stolen = await call('/api/v1/auth/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.77' },
      body: JSON.stringify({ userName: 'admin', password: 'pwned-password-1' }),
    });
    expect(stolen.status).toBe(401);
  });

  it('cannot hand AD_User writes to the read-only role through AD_Table_Access, nor widen a role', async () => {
    const state = await powerState();
    const grant = await send('/api/v1/models/AD_Table_Access', actors.erpAdmin.token, 'POST', {
      AD_Role_ID: 103,
      TableName: 'AD_User',
      IsReadOnly: false,
    });
    expect(grant.status).toBe(403);
    idempiereShape(await grant.json());
    expect(
      (await send('/api/v1/models/AD_Role/103', actors.erpAdmin.token, 'PUT', { IsAccessAllTables: true })).status,
    ).toBe(403);
    expect(
      (
        await send('/api/v1/models/AD_Role', actors.erpAdmin.token, 'POST', {
          Name: 'Backdoor',
          Group_Name: 'user',
          IsAccessAllTables: true,
        })
      ).status,
    ).toBe(403);
    expect(await powerState()).toBe(state);
  });
});

describe('Ribbon2: Admins is a face-level notion, not core admin', () => {
  it('an Admins member cannot add itself to admin, nor reach setup', async () => {
    const before = await rightsByUser();
    const self = actors.ribbonAdmin;
    const res = await send(
      '/api/user',
      self.token,
      'PUT',
      { id: String(self.id), login: self.login, groups: ['Admins', 'admin'] },
      'ribbon2',
    );
    expect([401, 403]).toContain(res.status);
    expect(await res.json()).toMatchObject({ code: 'ACCESS_DENIED' });
    expect(await rightsByUser()).toEqual(before);
    expect((await send('/api/setup/current', self.token, 'GET')).status).toBe(403);
  });

  it('an Admins member cannot set the password of an admin-group user', async () => {
    const before = await hashOf('admin');
    const res = await send(
      '/api/user',
      actors.ribbonAdmin.token,
      'PUT',
      { id: String(actors.admin.id), login: 'admin', password: 'pwned-password-2' },
      'ribbon2',
    );
    expect(await res.json()).toMatchObject({ code: 'ACCESS_DENIED' });
    expect(await hashOf('admin')).toBe(before);
  });
});

describe('DATAGERRY: delegated managers stay within their own rights', () => {
  it('a user.edit holder cannot move itself into group 1', async () => {
    const self = actors.userEditor;
    const res = await send(`/rest/users/${self.id}`, self.token, 'PUT', { user_name: self.login, group_id: 1 });
    expect(res.status).toBe(403);
    expect(Object.keys(await res.json()).sort()).toEqual(['message', 'response', 'status']);
    const group = await env.DB.prepare('select group_id as g from user_groups where user_id = ? and is_primary = 1')
      .bind(self.id)
      .first<{ g: number }>();
    expect(group?.g).not.toBe(1);
  });

  it('a group.edit holder cannot give its group base.* nor empty group 1', async () => {
    const self = actors.groupEditor;
    const own = (await env.DB.prepare('select group_id as g from user_groups where user_id = ?')
      .bind(self.id)
      .first<{ g: number }>())!.g;
    const name = (await env.DB.prepare('select name from groups where id = ?').bind(own).first<{ name: string }>())!
      .name;
    expect((await send(`/rest/groups/${own}`, self.token, 'PUT', { name, rights: ['base.*'] })).status).toBe(403);
    expect((await send('/rest/groups/1', self.token, 'PUT', { name: 'admin', rights: [] })).status).toBe(403);
    expect(await adminKeepsEverything()).toEqual([]);
    expect((await rightsByUser()).get(self.id)).toEqual(['base.user-management.group.edit']);
  });
});

describe('read-only users stay read-only on every face', () => {
  it('demo cannot rename or delete a business partner through iDempiere (as through Liberty)', async () => {
    const before = await env.DB.prepare('select Name from C_BPartner where C_BPartner_ID = 114').first();
    const put = await send('/api/v1/models/C_BPartner/114', actors.demo.token, 'PUT', { Name: 'Hijacked' });
    expect(put.status).toBe(403);
    idempiereShape(await put.json());
    expect((await send('/api/v1/models/C_BPartner/114', actors.demo.token, 'DELETE')).status).toBe(403);
    expect(await env.DB.prepare('select Name from C_BPartner where C_BPartner_ID = 114').first()).toEqual(before);
  });

  it('demo cannot close pools nor write audit snapshots (no oracle on users)', async () => {
    expect((await send('/api/db/close?pool=default', actors.demo.token, 'GET')).status).toBe(403);
    const audits = async () => (await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>())!.n;
    const before = await audits();
    const hit = await send('/api/db/audit/AD_User/x', actors.demo.token, 'POST', { Name: 'admin' });
    const miss = await send('/api/db/audit/AD_User/x', actors.demo.token, 'POST', { Name: 'nobody-at-all' });
    expect(hit.status).toBe(403);
    expect(await hit.json()).toEqual(await miss.json());
    expect(await audits()).toBe(before);
  });
});

describe('access rules and roles never outlive their subject', () => {
  it('a new user with a deleted user’s login inherits none of its rules', async () => {
    const admin = actors.admin.token;
    const login = `ghost-${crypto.randomUUID().slice(0, 6)}`;
    const dir = `Vault${crypto.randomUUID().slice(0, 6)}`;
    const created = await send('/api/user', admin, 'POST', { login, password: 'ghost-pass-1' }, 'ribbon2');
    const id = ((await created.json()) as { id: number }).id;
    expect((await send('/api/directory', admin, 'POST', { fullName: dir }, 'ribbon2')).status).toBe(200);
    const rules = [
      { name: null, type: 'ALL', permissions: { canReadMessage: false } },
      { name: login, type: 'USER', permissions: { canReadMessage: true, canDeleteDir: true } },
    ];
    expect((await send(`/api/directory/access/${dir}`, admin, 'POST', rules, 'ribbon2')).status).toBe(200);
    expect((await send(`/api/user/${id}`, admin, 'DELETE', undefined, 'ribbon2')).status).toBe(200);
    const left = await env.DB.prepare(
      "select count(*) as n from r2_access where subject_type = 'USER' and subject_name = ?",
    )
      .bind(login)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    await send('/api/user', admin, 'POST', { login, password: 'ghost-pass-2' }, 'ribbon2');
    const heir = await call('/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: 'ghost-pass-2' }),
    });
    const perms = await send(
      `/api/directory/access/permission/current/${dir}`,
      await heir.text(),
      'GET',
      undefined,
      'ribbon2',
    );
    expect(await perms.json()).toMatchObject({ canReadMessage: false, canDeleteDir: false });
  });

  it('deleting a group removes its rules and deactivates the roles bound to it, in one batch', async () => {
    const admin = actors.admin.token;
    const name = `crew-${crypto.randomUUID().slice(0, 6)}`;
    const group = (await (await send('/rest/groups/', admin, 'POST', { name, rights: [] })).json()) as {
      result_id: number;
    };
    await env.DB.batch([
      env.DB.prepare(
        "insert into AD_Role (AD_Client_ID, Name, Group_Name, IsAccessAllTables) values (11, 'Crew role', ?, 0)",
      ).bind(name),
      env.DB.prepare(
        "insert into r2_access (directory_id, subject_type, subject_name, permission, allowed) select id, 'GROUP', ?, 'canReadMessage', 1 from r2_directories where full_name = 'System'",
      ).bind(name),
    ]);
    expect((await send(`/rest/groups/${group.result_id}`, admin, 'DELETE')).status).toBe(202);
    expect(
      await env.DB.prepare("select count(*) as n from r2_access where subject_type = 'GROUP' and subject_name = ?")
        .bind(name)
        .first(),
    ).toEqual({ n: 0 });
    expect(await env.DB.prepare('select IsActive from AD_Role where Group_Name = ?').bind(name).first()).toEqual({
      IsActive: 0,
    });
  });
});
