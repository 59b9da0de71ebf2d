import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import collection from '../../reference/idempiere-rest.postman_collection.json';
import { SYSTEM } from '../../support/actors';
import { bearer, call, orm } from '../../support/worker';
import { get, json, login } from './helpers';

/**
 * iDempiere REST, part 1: the application dictionary (docs/faces/idempiere.md, "Windows, infos and views"):
 * the reference collection's own requests on windows, infos, references, status lines, charts and the menu
 * tree (test/reference/, the verbatim collection, by position), the reference document's view routes, then
 * what the routes must refuse: no token, a role without access to a window or an info window or without the
 * table, a read-only user's writes, another tenant's rows, another organisation's records.
 */

interface PostmanItem {
  item?: PostmanItem[];
  request?: { method: string; url: { raw: string }; body?: { raw?: string } };
}
const flat: PostmanItem[] = [];
(function walk(items: PostmanItem[]) {
  for (const item of items) item.item ? walk(item.item) : flat.push(item);
})((collection as { item: PostmanItem[] }).item);

const VARS: Record<string, string> = { infoSlug: 'business-partner-info' };

/** Request `n` of the collection (1-based, depth-first), sent as it is with the demo's variables. */
async function send(n: number, token: string, path?: string) {
  const request = flat[n - 1].request!;
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_all, k: string) => VARS[k] ?? `{{${k}}}`);
  const url = path ?? fill(request.url.raw.replace('{{protocol}}://{{host}}:{{port}}', ''));
  const raw = request.body?.raw ? fill(request.body.raw) : undefined;
  const res = await call(
    url,
    raw === undefined
      ? { method: request.method, headers: bearer(token) }
      : { method: request.method, ...json(JSON.parse(raw), bearer(token)) },
  );
  const text = await res.text();
  return { res, text, body: (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {}) as any };
}

const count = async (table: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table}`).first<{ n: number }>())?.n ?? 0;
const write = (method: string, path: string, token: string, body?: unknown) =>
  call(path, body === undefined ? { method, headers: bearer(token) } : { method, ...json(body, bearer(token)) });

let admin: string;
let demo: string;
beforeAll(async () => {
  admin = (await login('admin', 'admin', 102)).token;
  demo = (await login('demo', 'demo', 103)).token;
});

describe("the reference collection's requests on the dictionary", () => {
  it('windows: the list, a filter by name, tabs with slugs, fields, records and child tabs (36–43)', async () => {
    const all = await send(36, admin);
    expect(all.res.status).toBe(200);
    expect(all.body.map((w: { slug: string }) => w.slug)).toEqual(expect.arrayContaining(['bank-cash', 'sales-order']));
    const bank = await send(37, admin);
    expect(bank.body).toEqual([
      expect.objectContaining({ id: 158, Name: 'Bank/Cash', slug: 'bank-cash', 'model-name': 'ad_window' }),
    ]);
    expect(bank.body[0].WindowType).toMatchObject({ id: 'M', identifier: 'Maintain', 'model-name': 'ad_ref_list' });
    const tabs = await send(38, admin);
    expect(tabs.body.tabs.map((t: { slug: string; TabLevel: number }) => [t.slug, t.TabLevel])).toEqual([
      ['bank-cash', 0],
      ['account', 1],
      ['bank-account-document', 2],
    ]);
    const fields = await send(39, admin);
    expect(fields.body.fields[0]).toMatchObject({
      'model-name': 'ad_field',
      AD_Column_ID: { 'model-name': 'ad_column' },
    });
    const records = await send(40, admin);
    expect(records.body).toMatchObject({ 'page-size': 100, 'page-number': 0, 'row-count': 1 });
    expect(records.body['window-records'][0]).toMatchObject({ id: 100, 'model-name': 'c_bank', slug: 'bank-cash' });
    expect(records.res.headers.get('X-Row-Count')).toBe('1');
    const expanded = await send(41, admin);
    expect(expanded.res.headers.get('ETag')).toBeTruthy();
    expect(expanded.body.account.map((a: { id: number }) => a.id)).toContain(100);
    const documents = await send(42, admin);
    expect(documents.body['childtab-records'].length).toBe(documents.body['row-count']);
    expect((await send(43, admin)).body).toMatchObject({ id: 100, 'model-name': 'c_bankaccountdoc' });
  });

  it('windows: a tab record updated, a child record created and deleted, a sales order completed (44–48)', async () => {
    const audit = await count('audit_log');
    expect((await send(44, admin)).body).toMatchObject({ id: 100, Name: 'My Check Book' });
    const created = await send(45, admin);
    expect(created.res.status).toBe(201);
    expect(created.body).toMatchObject({
      Name: 'My Check Book 2',
      C_BankAccount_ID: { id: 100 },
      AD_Org_ID: { id: 11 },
    });
    // 46 deletes the record 45 created (the collection names the author's id).
    const path = `/api/v1/windows/bank-cash/tabs/bank-account-document/${created.body.id}`;
    const deleted = await send(46, admin, path);
    expect(deleted.body).toEqual({ msg: `Deleted c_bankaccountdoc ${created.body.id}` });
    expect((await get(path, admin)).res.status).toBe(404);
    expect(await count('audit_log')).toBe(audit + 3);
    const order = await send(47, admin);
    expect(order.res.status).toBe(201);
    expect(order.body).toMatchObject({
      IsSOTrx: true,
      DocStatus: 'CO',
      C_BPartner_ID: { identifier: 'C&W Construction' },
    });
    expect(order.body['order-line']).toEqual([expect.objectContaining({ QtyEntered: 1 })]);
    const plain = await send(48, admin);
    expect(plain.body).toMatchObject({ DocStatus: 'DR', C_DocTypeTarget_ID: { identifier: 'Standard Order' } });
    // `$save=false` plans and writes nothing.
    const orders = await count('C_Order');
    const dry = await write('POST', '/api/v1/windows/sales-order?$save=false', admin, { C_BPartner_ID: 118 });
    expect(dry.status).toBe(200);
    expect(await count('C_Order')).toBe(orders);
  });

  it("a window's record printed by the table's print process; a record outside the window, or no print process: 404 (64)", async () => {
    const printed = await send(64, admin, '/api/v1/windows/sales-order/1002/print');
    expect(printed.res.status).toBe(200);
    expect(printed.body).toMatchObject({ process: 'rpt-c_order', isError: false });
    expect(printed.body.reportFile.length).toBeGreaterThan(100);
    expect((await get('/api/v1/windows/purchase-order/1002/print', admin)).res.status).toBe(404);
    expect((await get('/api/v1/windows/bank-cash/100/print', admin)).res.status).toBe(404);
    expect((await call('/api/v1/windows/sales-order/1002/print')).status).toBe(401);
  });

  it('a reference by UUID, id or name with its list (65)', async () => {
    const byUuid = await send(65, admin);
    expect(byUuid.body).toMatchObject({ id: 131, Name: '_Document Status' });
    expect(byUuid.body.reflist).toEqual(expect.arrayContaining([{ value: 'CO', name: 'Completed' }]));
    expect((await get('/api/v1/reference/131', admin)).body.uid).toBe(byUuid.body.uid);
    expect((await get('/api/v1/reference/_Document%20Status', admin)).body.id).toBe(131);
    expect((await get('/api/v1/reference/999999', admin)).res.status).toBe(404);
  });

  it('infos: the list, a query with its where clause, columns, processes, relateds (85–89)', async () => {
    const infos = await send(85, admin);
    expect(infos.body.infowindows.map((i: { slug: string }) => i.slug)).toEqual(
      expect.arrayContaining(['business-partner-info', 'support-users-vs-roles']),
    );
    const partners = await send(86, admin);
    expect(partners.body['row-count']).toBeGreaterThan(0);
    expect(partners.body['infowindow-records'][0]).toMatchObject({ 'model-name': 'c_bpartner' });
    const named = await get(
      `/api/v1/infos/business-partner-info?$parameters=${encodeURIComponent('{"Name":"Joe%"}')}`,
      admin,
    );
    expect(named.body['infowindow-records'].map((r: { Name: string }) => r.Name)).toEqual(['Joe Block']);
    expect((await send(87, admin)).body.infowindowcolumns.length).toBeGreaterThan(1);
    expect((await send(88, admin)).res.status).toBe(200);
    expect((await send(89, admin)).body.infowindowrelateds.length).toBeGreaterThan(0);
  });

  it("status lines rendered with the session's context, charts as data and PNG, the menu tree (97–102)", async () => {
    expect((await send(97, admin)).body).toEqual({ statusLines: [] });
    const line = await send(98, admin);
    expect(line.body.message).toContain('Sales orders, this year against 2002');
    const png = await send(99, admin);
    expect(png.res.headers.get('content-type')).toBe('image/png');
    expect(png.text.slice(1, 4)).toBe('PNG');
    const data = await send(100, admin);
    expect(data.body).toMatchObject({ name: 'Orders per Month', chartType: 'LC' });
    const charts = await send(101, admin);
    expect(charts.body.charts.map((c: { id: number }) => c.id).sort()).toEqual([50000, 50001]);
    const menu = await send(102, admin);
    expect(menu.body.entries.length).toBeGreaterThan(0);
    expect(menu.body.entries[0].entries.length).toBeGreaterThan(0);
  });
});

describe('rights, access and tenants', () => {
  it('no token: 401 on every route family', async () => {
    for (const path of [
      '/api/v1/windows',
      '/api/v1/windows/bank-cash/100',
      '/api/v1/infos',
      '/api/v1/reference/131',
      '/api/v1/menutree/10',
      '/api/v1/statuslines/200024',
      '/api/v1/charts/50002/data',
      '/api/v1/views',
      '/api/v1/views/users',
    ])
      expect((await call(path)).status, path).toBe(401);
    expect((await call('/api/v1/windows/bank-cash/tabs/bank-account-document/100', { method: 'DELETE' })).status).toBe(
      401,
    );
  });

  it('a read-only user reads through windows and views but writes nothing through a window or its tabs', async () => {
    expect((await get('/api/v1/windows/sales-order/1001', demo)).res.status).toBe(200);
    expect((await get('/api/v1/views/business-partners/118', demo)).res.status).toBe(200);
    const lines = await get('/api/v1/windows/sales-order/tabs/order/1001/order-line', demo);
    const line = lines.body['childtab-records'][0].id as number;
    const before = {
      orders: await count('C_Order'),
      lines: await count('C_OrderLine'),
      audit: await count('audit_log'),
    };
    const tabs = '/api/v1/windows/sales-order/tabs';
    for (const [method, path, body] of [
      ['PUT', `${tabs}/order-line/${line}`, { Description: 'not mine' }],
      ['POST', `${tabs}/order/1001/order-line`, { M_Product_ID: 133, QtyEntered: 1 }],
      ['DELETE', `${tabs}/order-line/${line}`, undefined],
      ['PUT', '/api/v1/windows/sales-order/1001', { Description: 'not mine' }],
      ['POST', '/api/v1/windows/sales-order', { C_BPartner_ID: 118 }],
      ['PUT', '/api/v1/windows/bank-cash/tabs/bank-account-document/100', { Name: 'not mine' }],
    ] as const) {
      const res = await write(method, path, demo, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(((await res.json()) as { status: number }).status).toBe(403);
    }
    expect({
      orders: await count('C_Order'),
      lines: await count('C_OrderLine'),
      audit: await count('audit_log'),
    }).toEqual(before);
  });

  it("a tab's read-only flag refuses writes through it, even for an administrator", async () => {
    const tax = '/api/v1/windows/sales-order/tabs/order-tax/101';
    expect((await get(tax, admin)).res.status).toBe(200);
    expect((await write('PUT', tax, admin, { TaxAmt: 1 })).status).toBe(403);
    expect((await write('DELETE', tax, admin)).status).toBe(403);
    expect((await get(tax, admin)).body.TaxAmt).toBe(0);
  });

  it('window and info window access decide: no access is a 403; read-only access refuses writes', async () => {
    await env.DB.prepare('delete from AD_Window_Access where AD_Role_ID = 102 and AD_Window_ID = 158').run();
    const session = (await login('admin', 'admin', 102)).token;
    // Core admins hold every role: a core admin keeps every window; a clerk of the role does not.
    expect((await get('/api/v1/windows/bank-cash', session)).res.status).toBe(200);
    const group = await createGroup(
      orm(),
      { name: 'GardenWorld Clerks', rights: ['base.framework.record.*', 'base.user-management.user.view'] },
      SYSTEM,
    );
    await env.DB.prepare(
      "insert into AD_Role (AD_Role_ID, AD_Client_ID, Name, Group_Name, IsAccessAllTables, IsAccessAllOrgs) values (105, 11, 'Clerk', 'GardenWorld Clerks', 1, 1)",
    ).run();
    await createUser(orm(), { login: 'dict-clerk', password: 'clerk-pass-1', groupId: group.id }, SYSTEM);
    const clerk = (await login('dict-clerk', 'clerk-pass-1', 105)).token;
    expect((await get('/api/v1/windows/bank-cash/100', clerk)).res.status).toBe(200);
    await env.DB.batch([
      env.DB.prepare('delete from AD_Window_Access where AD_Role_ID = 105 and AD_Window_ID = 158'),
      env.DB.prepare('update AD_Window_Access set IsReadWrite = 0 where AD_Role_ID = 105 and AD_Window_ID = 143'),
      env.DB.prepare('delete from AD_InfoWindow_Access where AD_Role_ID = 105 and AD_InfoWindow_ID = 1000000'),
    ]);
    const windows = await get('/api/v1/windows', clerk);
    expect(windows.body.map((w: { slug: string }) => w.slug)).not.toContain('bank-cash');
    expect((await get('/api/v1/windows/bank-cash/100', clerk)).res.status).toBe(403);
    expect((await get('/api/v1/windows/bank-cash/tabs', clerk)).res.status).toBe(403);
    expect((await get('/api/v1/windows/sales-order', clerk)).res.status).toBe(200);
    const orders = await count('C_Order');
    expect((await write('POST', '/api/v1/windows/sales-order', clerk, { C_BPartner_ID: 118 })).status).toBe(403);
    expect(await count('C_Order')).toBe(orders);
    expect((await get('/api/v1/infos/business-partner-info', clerk)).res.status).toBe(403);
    expect((await get('/api/v1/infos/order-info', clerk)).res.status).toBe(200);
  });

  it("the role's table access narrows windows, infos and views: a table it may not read is refused", async () => {
    await env.DB.prepare("delete from AD_Table_Access where AD_Role_ID = 103 and TableName = 'C_BPartner'").run();
    const narrowed = (await login('demo', 'demo', 103)).token;
    expect((await get('/api/v1/windows/business-partner', narrowed)).res.status).toBe(403);
    expect((await get('/api/v1/infos/business-partner-info', narrowed)).res.status).toBe(403);
    expect((await get('/api/v1/views/business-partners', narrowed)).res.status).toBe(403);
    await env.DB.prepare(
      "insert into AD_Table_Access (AD_Client_ID, AD_Role_ID, TableName, IsReadOnly) values (11, 103, 'C_BPartner', 0)",
    ).run();
  });

  it("another tenant's session sees System definitions but none of GardenWorld's records", async () => {
    const system = await call('/api/v1/auth/tokens', {
      method: 'PUT',
      ...json(
        { clientId: 0, roleId: 0, organizationId: 0 },
        bearer(
          (
            (await (
              await call('/api/v1/auth/tokens', { method: 'POST', ...json({ userName: 'admin', password: 'admin' }) })
            ).json()) as { token: string }
          ).token,
        ),
      ),
    });
    const token = ((await system.json()) as { token: string }).token;
    expect((await get('/api/v1/windows', token)).body.length).toBeGreaterThan(0);
    expect((await get('/api/v1/windows/bank-cash', token)).body['row-count']).toBe(0);
    expect((await get('/api/v1/windows/bank-cash/100', token)).res.status).toBe(404);
    expect((await get('/api/v1/views/business-partners', token)).body['row-count']).toBe(0);
    expect((await get('/api/v1/infos/business-partner-info', token)).body['row-count']).toBe(0);
    const chart = await get('/api/v1/charts/50002/data', token);
    expect(chart.body.data).toEqual([]);
    expect(
      (await write('PUT', '/api/v1/windows/bank-cash/tabs/bank-account-document/100', token, { Name: 'x' })).status,
    ).toBe(404);
  });
});

describe('organisation scoping through windows, infos, views and charts', () => {
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
    const second = await write('PUT', '/api/v1/auth/tokens', first.token, {
      clientId: 11,
      roleId: 104,
      organizationId: 12,
    });
    store = ((await second.json()) as { token: string }).token;
  });

  it("windows list, get and write only the organisation's records and *'s", async () => {
    const orders = await get('/api/v1/windows/sales-order', store);
    expect(orders.body['window-records'].map((r: { id: number }) => r.id)).toEqual([1005]);
    expect((await get('/api/v1/windows/sales-order/1001', store)).res.status).toBe(404);
    expect((await get('/api/v1/windows/sales-order/1005', store)).res.status).toBe(200);
    expect((await get('/api/v1/windows/sales-order/1001/print', store)).res.status).toBe(404);
    expect((await write('PUT', '/api/v1/windows/sales-order/1001', store, { Description: 'not mine' })).status).toBe(
      404,
    );
    expect((await write('PUT', '/api/v1/windows/sales-order/1005', store, { Description: 'mine' })).status).toBe(200);
    // Bank 100 is of organisation * (0): readable.
    expect((await get('/api/v1/windows/bank-cash/100', store)).res.status).toBe(200);
  });

  it('infos, views and charts count only its organisation', async () => {
    const infos = await get('/api/v1/infos/order-info', store);
    expect(infos.body['infowindow-records'].map((r: { id: number }) => r.id)).toEqual([1005]);
    const view = await get('/api/v1/views/orders', store);
    expect(view.body.records.map((r: { id: number }) => r.id)).toEqual([1005]);
    const invoiced = await get('/api/v1/charts/50001/data', store);
    expect(invoiced.body.data.map((d: { key: string }) => d.key)).toEqual(['Store Central']);
    const all = await get('/api/v1/charts/50001/data', admin);
    expect(all.body.data.map((d: { key: string }) => d.key)).toEqual(['HQ', 'Store Central']);
  });
});
