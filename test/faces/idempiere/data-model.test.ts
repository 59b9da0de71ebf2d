import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { createGroup, findGroupByName } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import collection from '../../reference/idempiere-rest.postman_collection.json';
import { SYSTEM } from '../../support/actors';
import { bearer, call, orm } from '../../support/worker';
import { get, json, login } from './helpers';

/**
 * iDempiere REST, part 1 (docs/faces/idempiere.md): the reference collection's own requests on the data model
 * (test/reference/, the verbatim collection, picked by their position in it), the System client, login by
 * e-mail, the query options, iDempiere's unique keys, the standard columns kept on writes through every
 * face, and organisation scoping by role.
 */

interface PostmanItem {
  item?: PostmanItem[];
  request?: { method: string; url: { raw: string }; body?: { raw?: string } };
}
const flat: PostmanItem[] = [];
(function walk(items: PostmanItem[]) {
  for (const item of items) item.item ? walk(item.item) : flat.push(item);
})((collection as { item: PostmanItem[] }).item);

let admin: string;
let adminId: number;
let user: string;
const vars: Record<string, string> = {};

/** Request `n` of the collection (1-based, depth-first), with the demo's variables. */
function reference(n: number, extra: Record<string, string> = {}) {
  const request = flat[n - 1].request!;
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_all, k: string) => extra[k] ?? vars[k] ?? `{{${k}}}`);
  const path = fill(request.url.raw.replace('{{protocol}}://{{host}}:{{port}}', ''));
  // Two bodies carry // comments (the original's Gson reads them): the adaptation strips them too.
  const raw = request.body?.raw ? fill(request.body.raw.replace(/\/\/[^\n"]*$/gm, '')) : undefined;
  return { method: request.method, path, body: raw ? JSON.parse(raw) : undefined };
}

async function send(n: number, token: string, extra: Record<string, string> = {}, path?: string) {
  const r = reference(n, extra);
  const res = await call(
    path ?? r.path,
    r.body === undefined
      ? { method: r.method, headers: bearer(token) }
      : { method: r.method, ...json(r.body, bearer(token)) },
  );
  return { res, body: (await res.json()) as Record<string, any> };
}

const put = (path: string, token: string, body: unknown) => call(path, { method: 'PUT', ...json(body, bearer(token)) });
const post = (path: string, token: string, body: unknown) =>
  call(path, { method: 'POST', ...json(body, bearer(token)) });

beforeAll(async () => {
  const session = await login('admin', 'admin', 102);
  admin = session.token;
  adminId = session.userId;
  user = (await login('demo', 'demo', 103)).token;
  Object.assign(vars, { clientId: '11', userId: String(adminId), tableName: 'c_bpartner', locale: 'en_US' });
});

describe("the reference collection's requests on the data model", () => {
  it('reads: taxes, units by validation rule, orders with taxes and lines, named and generic links, labels', async () => {
    for (const n of [12, 15, 20, 21, 22, 23, 24, 103])
      expect((await send(n, admin)).res.status, `request ${n}`).toBe(200);
    const taxes = await send(13, admin);
    expect(taxes.body.records.map((r: { Name: string }) => r.Name)).toEqual(['PST']);
    expect((await send(14, admin)).body['row-count']).toBeGreaterThan(0);
    const orders = (await send(16, admin)).body.records;
    expect(orders[0]).toMatchObject({ DocumentNo: '80000', Description: 'Order 80000' });
    expect(orders[0].C_OrderTax).toHaveLength(1);
    expect(orders[0].C_OrderLine).toEqual([expect.objectContaining({ Line: 20, LineNetAmt: 25 })]);
    const rep = await send(17, admin, {}, reference(17).path.replace('/ad_user/100', `/ad_user/${adminId}`));
    expect(rep.body.Name).toBe('admin');
    expect(rep.body['C_Order.SalesRep_ID'].map((o: { DocumentNo: string }) => o.DocumentNo)).toContain('80000');
    const invoice = await send(18, admin);
    expect(invoice.body['Fact_Acct.Record_ID']).toHaveLength(3);
    expect(invoice.body.C_InvoiceLine).toHaveLength(2);
    const contacts = await send(
      19,
      admin,
      {},
      '/api/v1/models/c_bpartner/116?$select=Name&$expand=AD_User($select=Name;$expand=R_ContactInterest($select=IsActive))&showsql',
    );
    expect(contacts.body.AD_User[0]).toMatchObject({
      Name: 'admin',
      R_ContactInterest: [expect.objectContaining({ IsActive: true })],
    });
    expect((await send(25, admin)).body).toMatchObject({
      uid: '7df64952-88e0-4ebf-9f56-9cb899b555f8',
      C_Tax_ID: { id: 106 },
    });
    for (const n of [120, 121]) expect((await send(n, admin)).body['row-count'], `request ${n}`).toBe(6);
    const labelled = await send(33, admin);
    expect(
      labelled.body.records.map((r: { Name: string; 'assigned-labels': string[] }) => [r.Name, r['assigned-labels']]),
    ).toEqual([
      ['Joe Block', ['#Customer']],
      ['Patio Fun Inc.', ['#Customer']],
      ['Agri-Tech', ['#Customer', '#VIP']],
    ]);
    expect(labelled.body.records[1].AD_User.map((u: { Name: string }) => u.Name)).toEqual(['admin']);
    expect((await send(34, admin)).body['assigned-labels']).toEqual([
      { Name: '#Customer', Description: 'A customer of ours' },
      { Name: '#VIP', Description: 'Very important partner' },
    ]);
    expect((await send(35, admin)).body['assigned-labels'][0]).toMatchObject({
      'model-name': 'ad_label',
      Name: '#Customer',
    });
  });

  it('writes: a tax by identifiers from 1000000, its update, a location through the converter, a delete', async () => {
    const created = await send(26, admin);
    expect(created.res.status).toBe(201);
    expect(created.body.id).toBeGreaterThanOrEqual(1000000);
    expect(created.body).toMatchObject({
      Parent_Tax_ID: { identifier: 'GST/PST' },
      C_Country_ID: { identifier: 'Canada' },
      SOPOType: 'B',
    });
    const changed = await send(28, admin, {}, `/api/v1/models/c_tax/${created.body.id}`);
    expect(changed.body).toMatchObject({ Rate: 6, Description: 'My Sales Tax', IsSalesTax: true });
    const moved = await send(29, admin);
    expect(moved.res.status).toBe(200);
    expect(moved.body.C_Location_ID).toMatchObject({ id: 125 });
    expect((await get('/api/v1/models/C_Location/125', admin)).body).toMatchObject({
      Address1: 'address 1',
      City: 'Near Village',
      C_Region_ID: { id: 102 },
    });
    expect((await send(31, admin)).body).toEqual({ msg: 'Deleted m_product 144' });
    // AD_User is the user store: not a nested child, nor a record written with a nested one (documented).
    const nested = await send(27, admin);
    expect(nested.res.status).toBe(400);
    expect(nested.body.detail).toContain('AD_User');
    expect((await send(30, admin, {}, `/api/v1/models/ad_user/${adminId}`)).res.status).toBe(400);
  });

  it('GET /models/{t}/yaml answers the model as YAML (not a record), within table access', async () => {
    const res = await call('/api/v1/models/ad_user/yaml', { headers: bearer(admin) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/yaml');
    const text = await res.text();
    expect(text).toContain('title: models/AD_User');
    expect(text).toMatch(/CreatedBy:\n\s+type: object/);
    expect((await call('/api/v1/models/AD_Role/yaml', { headers: bearer(user) })).status).toBe(403);
  });

  it('query options: an unknown one is a 400; label and showlabel need AD_Label access', async () => {
    expect((await get('/api/v1/models/C_BPartner?$fitler=Name', admin)).res.status).toBe(400);
    expect((await get('/api/v1/models/C_BPartner/119?label=x', admin)).res.status).toBe(400);
    expect((await get('/api/v1/models/C_BPartner?label=Name%20eq%20%27%23VIP%27', admin)).body['row-count']).toBe(1);
    expect((await get('/api/v1/models/C_BPartner?label=Name%20eq%20%27%23VIP%27', user)).res.status).toBe(403);
    expect((await get('/api/v1/models/C_BPartner/119?showlabel', user)).res.status).toBe(403);
    const sql = await get('/api/v1/models/C_BPartner/119?showsql=y', admin);
    expect(JSON.stringify(sql.body)).not.toMatch(/select/i);
  });

  it("iDempiere's unique keys answer 409: client and Value", async () => {
    const partner = await post('/api/v1/models/C_BPartner', admin, { Value: 'JoeBlock', Name: 'Joe again' });
    expect(partner.status).toBe(409);
    expect(await partner.json()).toMatchObject({
      status: 409,
      detail: 'A C_BPartner record with this Value already exists',
    });
    expect((await post('/api/v1/models/M_Product', admin, { Value: 'OakTree', Name: 'Oak again' })).status).toBe(409);
  });
});

describe('the System client and login by e-mail', () => {
  it('a holder of base.* logs in to client 0 (System role, organization *); the session reads and writes System data only', async () => {
    const first = await send(83, admin, { sysuserName: 'admin', syspassword: 'admin' });
    const system = await send(84, first.body.token);
    expect(system.res.status).toBe(200);
    const token = system.body.token as string;
    expect((await get('/api/v1/models/C_BPartner', token)).body['row-count']).toBe(0);
    expect((await get('/api/v1/models/C_Country', token)).body['row-count']).toBe(4);
    expect((await put('/api/v1/models/C_Country/109', token, { Description: 'Canada (System)' })).status).toBe(200);
    // A tenant reads System data and never writes it.
    expect((await put('/api/v1/models/C_Country/109', admin, { Description: 'Mine' })).status).toBe(404);
    const demoFirst = await call('/api/v1/auth/tokens', {
      method: 'POST',
      ...json({ userName: 'demo', password: 'demo' }),
    });
    const demo = (await demoFirst.json()) as { clients: { id: number }[]; token: string };
    expect(demo.clients.map((c) => c.id)).toEqual([11]);
    const refused = await put('/api/v1/auth/tokens', demo.token, { clientId: 0, roleId: 0, organizationId: 0 });
    expect(refused.status).toBe(401);
  });

  it('USE_EMAIL_FOR_LOGIN lets a user log in with its e-mail address', async () => {
    const app = createApp();
    const byEmail = (flag: string) =>
      app.fetch(
        new Request('http://atrium.test/api/v1/auth/tokens', {
          method: 'POST',
          ...json({ userName: 'demo@example.com', password: 'demo' }),
        }),
        { ...env, USE_EMAIL_FOR_LOGIN: flag },
      );
    expect((await byEmail('true')).status).toBe(200);
    expect((await byEmail('false')).status).toBe(401);
  });
});

describe('standard columns kept by the core, through every face', () => {
  let editor: string;
  let editorId: number;
  beforeAll(async () => {
    const group = await createGroup(
      orm(),
      {
        name: 'stamp-editors',
        rights: ['base.framework.record.*', 'base.user-management.*', 'base.framework.query.execute'],
      },
      SYSTEM,
    );
    const erp = (await findGroupByName(orm(), 'GardenWorld Admin'))!;
    editorId = (
      await createUser(
        orm(),
        { login: 'stamp-editor', password: 'stamp-pass-1', groupId: group.id, extraGroupIds: [erp.id] },
        SYSTEM,
      )
    ).id;
    editor = (await login('stamp-editor', 'stamp-pass-1', 102)).token;
  });

  it('iDempiere: CreatedBy/UpdatedBy are the callers, Updated moves, a client value is ignored', async () => {
    const created = (await (
      await post('/api/v1/models/C_BPartner', admin, { Name: 'Stamped', CreatedBy: 99, UpdatedBy: 99 })
    ).json()) as Record<string, any>;
    expect(created).toMatchObject({ CreatedBy: { id: adminId, identifier: 'admin' }, UpdatedBy: { id: adminId } });
    const changed = (await (
      await put(`/api/v1/models/C_BPartner/${created.id}`, editor, { Description: 'by the editor' })
    ).json()) as Record<string, any>;
    expect(changed).toMatchObject({
      CreatedBy: { id: adminId },
      UpdatedBy: { id: editorId, identifier: 'stamp-editor' },
    });
    expect(changed.Updated > created.Updated).toBe(true);
    // A workflow transition changes its order: stamped too.
    expect((await call('/api/v1/workflow/approve/1', { method: 'PUT', ...json({}, bearer(admin)) })).status).toBe(200);
    expect((await get('/api/v1/models/C_Order/1001?$select=UpdatedBy', admin)).body.UpdatedBy.id).toBe(adminId);
  });

  it('AD_User edited through DATAGERRY, Ribbon2, Liberty (stored SQL) and iDempiere', async () => {
    const plain = await createGroup(orm(), { name: 'stamp-plain', rights: [] }, SYSTEM);
    const target = await createUser(orm(), { login: 'stamp-target', groupId: plain.id }, SYSTEM);
    const stamp = async () =>
      (await get(`/api/v1/models/AD_User/${target.id}?$select=Updated,UpdatedBy,CreatedBy`, admin)).body;
    const before = await stamp();
    expect(before.CreatedBy.id).toBe(0);
    const edits: [string, () => Promise<Response>][] = [
      ['DATAGERRY', () => put(`/rest/users/${target.id}`, editor, { user_name: 'stamp-target', first_name: 'Dee' })],
      ['Ribbon2', () => put('/api/user', admin, { id: String(target.id), login: 'stamp-target', firstName: 'Ri' })],
      // A stored write on users is an identity write: base.* (admin).
      ['Liberty', () => put('/api/db/query?query=41', admin, { ID: target.id, DESCRIPTION: 'by stored SQL' })],
      ['iDempiere', () => put(`/api/v1/models/AD_User/${target.id}`, editor, { Description: 'by iDempiere' })],
    ];
    await env.DB.prepare(
      "insert into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE, QUERY_DESCRIPTION) values (41, 'PUT', 'SESSION', 'update users set description = :DESCRIPTION where id = :ID', 'Describe a user')",
    ).run();
    let previous = before.Updated as string;
    for (const [face, edit] of edits) {
      const by = face === 'DATAGERRY' || face === 'iDempiere' ? editorId : adminId;
      const res = await edit();
      expect(res.status, face).toBeLessThan(300);
      const now = await stamp();
      expect(now.UpdatedBy.id, face).toBe(by);
      expect(now.Updated > previous, face).toBe(true);
      previous = now.Updated;
    }
  });

  it('every table with UpdatedBy has its stamp triggers and the standard columns', async () => {
    const { results } = await env.DB.prepare(
      `select m.name from sqlite_master m where m.type = 'table' and m.name not like '\\_cf\\_%' escape '\\' and exists (select 1 from pragma_table_info(m.name) p where p.name = 'UpdatedBy')`,
    ).all<{ name: string }>();
    expect(results.length).toBeGreaterThanOrEqual(46);
    const triggers = new Set(
      (
        await env.DB.prepare(
          "select name from sqlite_master where type = 'trigger' and name like 'atrium_stamp_%'",
        ).all<{ name: string }>()
      ).results.map((r) => r.name),
    );
    for (const { name } of results) {
      expect(triggers.has(`atrium_stamp_${name}_update`), name).toBe(true);
      const columns = (
        await env.DB.prepare('select name from pragma_table_info(?)').bind(name).all<{ name: string }>()
      ).results.map((c) => c.name);
      for (const standard of ['IsActive', 'Created', 'CreatedBy', 'Updated', 'UpdatedBy', `${name}_UU`])
        expect(columns, name).toContain(standard);
    }
  });
});

describe('organisation scoping: a role limited to one organisation', () => {
  let store: string;
  beforeAll(async () => {
    await env.DB.batch([
      env.DB.prepare(
        "insert into AD_Role (AD_Role_ID, AD_Client_ID, Name, Group_Name, IsAccessAllTables, IsAccessAllOrgs) values (104, 11, 'Store Clerk', 'GardenWorld Store', 1, 0)",
      ),
      env.DB.prepare('insert into AD_Role_OrgAccess (AD_Client_ID, AD_Role_ID, AD_Org_ID) values (11, 104, 12)'),
    ]);
    const group = await createGroup(
      orm(),
      { name: 'GardenWorld Store', rights: ['base.framework.record.*', 'base.user-management.user.view'] },
      SYSTEM,
    );
    await createUser(orm(), { login: 'store-clerk', password: 'store-pass-1', groupId: group.id }, SYSTEM);
    const first = (await (
      await call('/api/v1/auth/tokens', {
        method: 'POST',
        ...json({ userName: 'store-clerk', password: 'store-pass-1' }),
      })
    ).json()) as { token: string };
    const orgs = await get('/api/v1/auth/organizations?client=11&role=104', first.token);
    expect(orgs.body.organizations).toEqual([{ id: 12, name: 'Store Central' }]);
    const second = await put('/api/v1/auth/tokens', first.token, {
      clientId: 11,
      roleId: 104,
      organizationId: 12,
      warehouseId: 104,
    });
    store = ((await second.json()) as { token: string }).token;
    expect(
      (await put('/api/v1/auth/tokens', first.token, { clientId: 11, roleId: 104, organizationId: 11 })).status,
    ).toBe(401);
  });

  it('lists, gets and expands only its organisation and *', async () => {
    const orders = await get('/api/v1/models/C_Order', store);
    expect(orders.body.records.map((r: { id: number }) => r.id)).toEqual([1005]);
    expect((await get('/api/v1/models/C_Order/1001', store)).res.status).toBe(404);
    expect((await get('/api/v1/models/C_Invoice/100', store)).res.status).toBe(404);
    expect((await get('/api/v1/models/C_Invoice/104?$expand=C_InvoiceLine', store)).body.C_InvoiceLine).toHaveLength(2);
    // Partners are of organisation * (0): visible; their orders of other organisations are not.
    expect((await get('/api/v1/models/C_BPartner/114?$expand=C_Order', store)).body.C_Order).toEqual([]);
    expect((await get('/api/v1/models/C_BPartner/114?$expand=C_Order', admin)).body.C_Order).toHaveLength(1);
    const rep = await get(`/api/v1/models/AD_User/${adminId}?$expand=C_Order.SalesRep_ID`, store);
    expect(rep.body['C_Order.SalesRep_ID'].map((o: { id: number }) => o.id)).toEqual([1005]);
  });

  it('writes only its organisation: new rows take it, another one is refused, other rows are missing', async () => {
    const mine = await post('/api/v1/models/C_BPartner', store, { Name: 'Store customer' });
    expect(mine.status).toBe(201);
    expect(((await mine.json()) as { AD_Org_ID: { id: number } }).AD_Org_ID.id).toBe(12);
    expect((await post('/api/v1/models/C_BPartner', store, { Name: 'HQ customer', AD_Org_ID: 11 })).status).toBe(400);
    expect((await put('/api/v1/models/C_Order/1001', store, { Description: 'not mine' })).status).toBe(404);
    expect((await put('/api/v1/models/C_Order/1005', store, { Description: 'mine' })).status).toBe(200);
    await env.DB.prepare('update AD_Role_OrgAccess set IsReadOnly = 1 where AD_Role_ID = 104').run();
    expect((await put('/api/v1/models/C_Order/1005', store, { Description: 'read only now' })).status).toBe(404);
    expect((await get('/api/v1/models/C_Order/1005', store)).res.status).toBe(200);
  });
});
