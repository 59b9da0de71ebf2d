import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../src/core/identity/groups';
import { createUser } from '../../src/core/identity/users';
import { get, json, login } from '../faces/idempiere/helpers';
import { SYSTEM } from '../support/actors';
import { bearer, call, orm, tokenFor } from '../support/worker';

/**
 * Tenant scoping of the iDempiere face (issue 13): a client-11 session never sees nor writes client-12 rows
 * (list, get, filter, $expand, labels, insert with a foreign AD_Client_ID, update, delete); client 0's
 * shared rows are readable, never writable. The scoping lives in the core's records service. Tables without a
 * client column are system data (validation rules, forms): read by every tenant, written by none; rows owned
 * through a tenant's row (AD_Table_Access → AD_Role) follow that row's client; Liberty's LY_* tables are no
 * iDempiere models at all.
 */
let gw: string;
let other: string;

beforeAll(async () => {
  await env.DB.batch([
    env.DB.prepare("insert into AD_Client (AD_Client_ID, Value, Name) values (12, 'Rival', 'Rival Inc.')"),
    env.DB.prepare("insert into AD_Org (AD_Org_ID, AD_Client_ID, Value, Name) values (21, 12, 'RHQ', 'Rival HQ')"),
    env.DB.prepare(
      "insert into AD_Role (AD_Role_ID, AD_Client_ID, Name, Group_Name, IsAccessAllTables, IsAccessAllOrgs) values (112, 12, 'Rival Admin', 'Rival Admin', 1, 1)",
    ),
    env.DB.prepare(
      "insert into C_BP_Group (C_BP_Group_ID, AD_Client_ID, Value, Name) values (100, 0, 'Shared', 'Shared group'), (190, 12, 'RivalStd', 'Rival standard')",
    ),
    env.DB.prepare(
      `insert into C_BPartner (C_BPartner_ID, AD_Client_ID, Value, Name, C_BP_Group_ID) values
        (900, 12, 'R1', 'Rival Secret One', 190), (901, 12, 'R2', 'Rival Secret Two', 100), (902, 11, 'G1', 'Garden Shared', 100)`,
    ),
    // A client-11 order pointing (by bad data) at a client-12 partner: its label must not leak.
    env.DB.prepare(
      "insert into C_Order (C_Order_ID, AD_Client_ID, DocumentNo, C_BPartner_ID) values (9100, 11, 'X-1', 900), (9200, 12, 'R-1', 900)",
    ),
  ]);
  gw = (await login('admin', 'admin', 102)).token;
  const rival = await createGroup(orm(), { name: 'Rival Admin', rights: ['base.framework.record.*'] }, SYSTEM);
  await createUser(orm(), { login: 'rival-admin', password: 'rival-pass-1', groupId: rival.id }, SYSTEM);
  other = (
    await call('/api/v1/auth/tokens', {
      method: 'POST',
      ...json({
        userName: 'rival-admin',
        password: 'rival-pass-1',
        parameters: { clientId: 12, roleId: 112, organizationId: 21 },
      }),
    }).then((r) => r.json() as Promise<{ token: string }>)
  ).token;
});

const ids = (body: Record<string, any>) => (body.records as { id: number }[]).map((r) => r.id);

describe('a client-11 session', () => {
  it('lists and filters only its own and shared rows', async () => {
    const all = await get('/api/v1/models/C_BPartner?$top=100', gw);
    expect(ids(all.body)).toContain(902);
    expect(ids(all.body)).not.toContain(900);
    expect(ids(all.body)).not.toContain(901);
    const filtered = await get(`/api/v1/models/C_BPartner?$filter=${encodeURIComponent('AD_Client_ID eq 12')}`, gw);
    expect(filtered.body['row-count']).toBe(0);
    const byName = await get(`/api/v1/models/C_BPartner?$filter=${encodeURIComponent("contains(Name,'Rival')")}`, gw);
    expect(byName.body.records).toEqual([]);
    const groups = await get('/api/v1/models/C_BP_Group', gw);
    expect(ids(groups.body)).toContain(100);
    expect(ids(groups.body)).not.toContain(190);
  });

  it('gets another client’s record as missing, by id or UUID', async () => {
    const uu = (await env.DB.prepare('select C_BPartner_UU as u from C_BPartner where C_BPartner_ID = 900').first<{
      u: string;
    }>())!.u;
    const byId = await get('/api/v1/models/C_BPartner/900', gw);
    const missing = await get('/api/v1/models/C_BPartner/999999', gw);
    expect(byId.res.status).toBe(404);
    expect(missing.res.status).toBe(404);
    expect((await get(`/api/v1/models/C_BPartner/${uu}`, gw)).res.status).toBe(404);
    expect((await get('/api/v1/models/C_BPartner/900/Name', gw)).res.status).toBe(404);
  });

  it('expands children and parents within its tenant; labels never show another client', async () => {
    const shared = await get('/api/v1/models/C_BP_Group/100?$expand=C_BPartner', gw);
    expect(shared.res.status).toBe(200);
    expect((shared.body.C_BPartner as { id: number }[]).map((p) => p.id)).toEqual([902]);
    const order = await get('/api/v1/models/C_Order/9100?$expand=C_BPartner_ID', gw);
    expect(JSON.stringify(order.body)).not.toContain('Rival Secret');
    expect(order.body.C_BPartner_ID).toMatchObject({ id: 900, identifier: '900' });
  });

  it('inserts into its own client whatever the body says, and cannot reference hidden rows', async () => {
    const res = await call('/api/v1/models/C_BPartner', {
      method: 'POST',
      ...json({ Value: 'T1', Name: 'Tenant test', AD_Client_ID: 12 }, bearer(gw)),
    });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: number }).id;
    expect(
      await env.DB.prepare('select AD_Client_ID as c from C_BPartner where C_BPartner_ID = ?').bind(id).first(),
    ).toEqual({
      c: 11,
    });
    const hidden = await call('/api/v1/models/C_Order', {
      method: 'POST',
      ...json({ DocumentNo: 'T-2', C_BPartner_ID: 900 }, bearer(gw)),
    });
    const missing = await call('/api/v1/models/C_Order', {
      method: 'POST',
      ...json({ DocumentNo: 'T-3', C_BPartner_ID: 999999 }, bearer(gw)),
    });
    expect(hidden.status).toBe(missing.status);
    const strip = (b: { detail: string }) => b.detail.replace(/\d+/g, 'N');
    expect(strip((await hidden.json()) as { detail: string })).toBe(
      strip((await missing.json()) as { detail: string }),
    );
  });

  it('cannot update or delete another client’s rows, nor client 0’s shared ones', async () => {
    const put = await call('/api/v1/models/C_BPartner/900', { method: 'PUT', ...json({ Name: 'Owned' }, bearer(gw)) });
    expect(put.status).toBe(404);
    expect((await call('/api/v1/models/C_BPartner/900', { method: 'DELETE', headers: bearer(gw) })).status).toBe(404);
    const shared = await call('/api/v1/models/C_BP_Group/100', {
      method: 'PUT',
      ...json({ Name: 'Mine' }, bearer(gw)),
    });
    expect(shared.status).toBe(404);
    expect((await call('/api/v1/models/C_BP_Group/100', { method: 'DELETE', headers: bearer(gw) })).status).toBe(404);
    expect(
      await env.DB.prepare(
        'select Name from C_BPartner where C_BPartner_ID = 900 union all select Name from C_BP_Group where C_BP_Group_ID = 100',
      ).all(),
    ).toMatchObject({ results: [{ Name: 'Rival Secret One' }, { Name: 'Shared group' }] });
  });
});

describe('a client-12 session', () => {
  it('sees its own rows and the shared ones, none of client 11', async () => {
    const all = await get('/api/v1/models/C_BPartner?$top=100', other);
    expect(ids(all.body).sort()).toEqual([900, 901]);
    expect((await get('/api/v1/models/C_BPartner/114', other)).res.status).toBe(404);
    expect((await get('/api/v1/models/C_Order', other)).body['row-count']).toBe(1);
  });
});

describe('shared rows: system data, role-owned rows, non-iDempiere tables', () => {
  const rule = async () =>
    env.DB.prepare('select Code as code, Name as name from AD_Val_Rule where AD_Val_Rule_ID = 1').first();

  it('lets a tenant session read system tables and never write them, admin’s included', async () => {
    const before = await rule();
    expect((await get('/api/v1/models/AD_Val_Rule/1', other)).res.status).toBe(200);
    // 403 while the table has no client column (system table); 404 once it has one (a client 0 row is
    // outside every tenant's write scope). Either way nothing changes.
    for (const token of [other, gw]) {
      const put = await call('/api/v1/models/AD_Val_Rule/1', {
        method: 'PUT',
        ...json({ Code: '1=1' }, bearer(token)),
      });
      expect([403, 404]).toContain(put.status);
      const del = await call('/api/v1/models/AD_Val_Rule/1', { method: 'DELETE', headers: bearer(token) });
      expect([403, 404]).toContain(del.status);
      const form = await call('/api/v1/models/AD_Form/101', {
        method: 'PUT',
        ...json({ Name: 'Mine' }, bearer(token)),
      });
      expect([403, 404]).toContain(form.status);
    }
    // A new rule is refused, or (once the table is per-tenant) the writer's own: never one client 11 reads.
    const post = await call('/api/v1/models/AD_Val_Rule', {
      method: 'POST',
      ...json({ Name: 'Mine', Code: '1=1' }, bearer(other)),
    });
    if (post.status === 201) {
      const { id } = (await post.json()) as { id: number };
      expect((await get(`/api/v1/models/AD_Val_Rule/${id}`, gw)).res.status).toBe(404);
    } else expect(post.status).toBe(403);
    expect(await rule()).toEqual(before);
    // Outside any tenant, a holder of base.* (a token of another face) maintains system data.
    const system = await call('/api/v1/models/AD_Val_Rule/1', {
      method: 'PUT',
      ...json({ Name: 'Maintained by the system administrator' }, bearer(await tokenFor('admin'))),
    });
    expect(system.status).toBe(200);
  });

  it('scopes role-owned rows (AD_Table_Access) through their role’s client', async () => {
    await env.DB.prepare(
      "insert into AD_Table_Access (AD_Role_ID, TableName, IsReadOnly) values (112, 'C_Order', 1)",
    ).run();
    const rival = await get('/api/v1/models/AD_Table_Access?$top=100', other);
    expect(rival.res.status).toBe(200);
    const roles = (rival.body.records as { AD_Role_ID: { id: number } | number }[]).map((r) =>
      typeof r.AD_Role_ID === 'object' ? r.AD_Role_ID.id : r.AD_Role_ID,
    );
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r === 112)).toBe(true);
    const garden = await get('/api/v1/models/AD_Table_Access?$top=100', gw);
    const gardenRoles = (garden.body.records as { AD_Role_ID: { id: number } | number }[]).map((r) =>
      typeof r.AD_Role_ID === 'object' ? r.AD_Role_ID.id : r.AD_Role_ID,
    );
    expect(gardenRoles).not.toContain(112);
    expect(gardenRoles).toContain(103);
    const theirs = await env.DB.prepare(
      'select AD_Table_Access_ID as id from AD_Table_Access where AD_Role_ID = 103 limit 1',
    ).first<{ id: number }>();
    expect((await get(`/api/v1/models/AD_Table_Access/${theirs?.id}`, other)).res.status).toBe(404);
  });

  it('answers Liberty’s tables as unknown models, to anyone, and never lists them', async () => {
    for (const token of [gw, other, await tokenFor('admin')]) {
      expect((await get('/api/v1/models/LY_APPLICATIONS', token)).res.status).toBe(404);
      const write = await call('/api/v1/models/LY_APPLICATIONS', {
        method: 'POST',
        ...json({ APPS_NAME: 'planted' }, bearer(token)),
      });
      expect(write.status).toBe(404);
      const models = await get('/api/v1/models', token);
      expect(JSON.stringify(models.body)).not.toMatch(/LY_/);
    }
    expect(
      await env.DB.prepare("select count(*) as n from LY_APPLICATIONS where APPS_NAME = 'planted'").first(),
    ).toEqual({ n: 0 });
  });
});
