import { env } from 'cloudflare:test';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call } from '../../support/worker';
import { get, json, login } from './helpers';

/**
 * REST views (docs/faces/idempiere.md, "Windows, infos and views"): the reference document's view routes
 * (definitions, YAML, records, one record, one column, writes) under the view's column names and where
 * clause, and what they refuse. Rights, tenants and organisations through views: dictionary.test.ts.
 */

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

describe('views as the reference document shows them', () => {
  it('lists views with their table, where clause, columns and related views', async () => {
    const { body } = await get(`/api/v1/views?$filter=${encodeURIComponent("name eq 'tenants'")}`, admin);
    expect(body.views).toEqual([
      expect.objectContaining({
        id: 1000000,
        name: 'tenants',
        tableName: 'ad_client',
        whereClause: expect.any(String),
      }),
    ]);
    expect(body.views[0].columns[0]).toMatchObject({ name: 'value', columnName: 'Value' });
    expect(body.views[0].relatedViews[0]).toMatchObject({ name: 'organizations', autoExpand: true });
  });

  it('reads records under the view names, with its where clause; one record; one column; the yaml', async () => {
    const page = await get('/api/v1/views/business-partners?$top=2&$orderby=name&$filter=customer%20eq%20true', admin);
    expect(page.body).toMatchObject({ 'records-size': 2, 'array-count': 2 });
    expect(page.body.records[0]).toMatchObject({ 'model-name': 'c_bpartner', 'view-name': 'business-partners' });
    expect(Object.keys(page.body.records[0])).toContain('customer');
    expect(Object.keys(page.body.records[0])).not.toContain('IsCustomer');
    const one = await get('/api/v1/views/business-partners/118?$select=name,value', admin);
    expect(one.body).toEqual({
      id: 118,
      uid: expect.any(String),
      'model-name': 'c_bpartner',
      'view-name': 'business-partners',
      name: 'C&W Construction',
      value: 'CWConstruc',
    });
    expect((await get('/api/v1/views/business-partners/118/name', admin)).body).toEqual({ name: 'C&W Construction' });
    const orders = await get('/api/v1/views/orders?$top=1', admin);
    expect(orders.body.records[0]).toMatchObject({
      'model-name': 'rv_c_order',
      businessPartner: { 'view-name': 'business-partners' },
    });
    const tenants = await get('/api/v1/views/tenants', admin);
    expect(tenants.body.records).toEqual([expect.objectContaining({ id: 11, name: 'GardenWorld' })]);
    const yaml = await call('/api/v1/views/users/yaml', { headers: bearer(admin) });
    expect(yaml.headers.get('content-type')).toContain('application/yaml');
    expect(await yaml.text()).toContain('businessPartner:');
  });

  it('refuses what a view does not have: a column (400), a view (404), a record outside its where clause (404)', async () => {
    const bad = await get('/api/v1/views/users?$filter=Password%20eq%201', admin);
    expect(bad.res.status).toBe(400);
    expect(bad.body).toMatchObject({ status: 400, title: expect.any(String) });
    expect((await get('/api/v1/views/users?$select=Password', admin)).res.status).toBe(400);
    expect((await get('/api/v1/views/nope', admin)).res.status).toBe(404);
    expect((await get('/api/v1/views/users/1/nope', admin)).res.status).toBe(400);
    await env.DB.prepare('update C_BPartner set IsActive = 0 where C_BPartner_ID = 138').run();
    expect((await get('/api/v1/views/business-partners/138', admin)).res.status).toBe(404);
    expect((await get('/api/v1/models/C_BPartner/138', admin)).res.status).toBe(200);
  });
});

describe('$expand of a view', () => {
  it('a related view as an array, an auto-expanded one always, a foreign key by its reference view', async () => {
    const partner = await get('/api/v1/views/business-partners/114?$select=name&$expand=orders,users', admin);
    expect(partner.body.orders.map((o: { id: number }) => o.id)).toContain(1001);
    expect(partner.body.orders[0]).toMatchObject({ 'view-name': 'orders', documentNo: expect.any(String) });
    expect(partner.body.users).toEqual([]);
    const tenants = await get('/api/v1/views/tenants', admin);
    expect(tenants.body.records[0].organizations.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['HQ', 'Store Central']),
    );
    const users = await get(
      '/api/v1/views/users?$select=name&$expand=businessPartner&$filter=name%20eq%20%27admin%27',
      admin,
    );
    expect(users.body.records[0].businessPartner).toMatchObject({
      id: 116,
      name: 'Patio Fun Inc.',
      'view-name': 'business-partners',
    });
    expect((await get('/api/v1/views/users?$expand=email', admin)).res.status).toBe(400);
    expect((await get('/api/v1/views/users?$expand=nope', admin)).res.status).toBe(400);
  });
});

describe('writes through a view', () => {
  it('inserts, updates and deletes by the view column names; answers as the view shows the record', async () => {
    const audit = await count('audit_log');
    const created = await write('POST', '/api/v1/views/business-partners', admin, {
      value: 'ViewPartner',
      name: 'A partner through a view',
      customer: true,
    });
    expect(created.status).toBe(201);
    const record = (await created.json()) as Record<string, any>;
    expect(record).toMatchObject({ 'view-name': 'business-partners', value: 'ViewPartner', customer: true });
    expect(record.Name).toBeUndefined();
    const path = `/api/v1/views/business-partners/${record.id}`;
    const changed = await write('PUT', path, admin, { creditLimit: 5000 });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).toBeTruthy();
    expect(((await changed.json()) as Record<string, any>).creditLimit).toBe(5000);
    expect((await get(`/api/v1/models/C_BPartner/${record.id}`, admin)).body.SO_CreditLimit).toBe(5000);
    expect(((await (await write('DELETE', path, admin)).json()) as { msg: string }).msg).toContain('Deleted');
    expect((await get(path, admin)).res.status).toBe(404);
    expect(await count('audit_log')).toBe(audit + 3);
  });

  it('refuses a column the view lacks (400), a record outside it (404), a database view (400), a read-only user (403)', async () => {
    const before = { partners: await count('C_BPartner'), audit: await count('audit_log') };
    const unknown = await write('POST', '/api/v1/views/business-partners', admin, { name: 'x', Password: 'x' });
    expect(unknown.status).toBe(400);
    await env.DB.prepare('update C_BPartner set IsActive = 0 where C_BPartner_ID = 137').run();
    expect((await write('PUT', '/api/v1/views/business-partners/137', admin, { name: 'hidden' })).status).toBe(404);
    expect((await write('DELETE', '/api/v1/views/business-partners/137', admin)).status).toBe(404);
    expect((await write('PUT', '/api/v1/views/orders/1001', admin, { documentNo: 'x' })).status).toBe(400);
    expect((await write('PUT', '/api/v1/views/business-partners/118', demo, { name: 'not mine' })).status).toBe(403);
    expect((await write('POST', '/api/v1/views/business-partners', demo, { name: 'not mine' })).status).toBe(403);
    expect((await write('DELETE', '/api/v1/views/business-partners/118', admin.slice(0, 10))).status).toBe(401);
    expect({ partners: await count('C_BPartner'), audit: await count('audit_log') }).toEqual(before);
    expect((await get('/api/v1/views/business-partners/118', admin)).body.name).toBe('C&W Construction');
  });
});

describe('attachments and print through a view', () => {
  const PARTNER = '/api/v1/views/business-partners/118/attachments';
  const files = async () => (await env.DB.prepare('select count(*) as n from atrium_files').first<{ n: number }>())?.n;
  const add = (token: string, path: string, name: string, text: string) =>
    write('POST', path, token, { name, data: btoa(text) });

  it("adds, lists, reads, zips and deletes the view's table record's attachments, the same as /models", async () => {
    const audit = await count('audit_log');
    expect((await add(admin, PARTNER, 'card.txt', 'Partner card')).status).toBe(201);
    expect((await add(admin, PARTNER, 'note.txt', 'A note')).status).toBe(201);
    expect((await add(admin, PARTNER, 'note.txt', 'again')).status).toBe(409);
    const listed = await get(PARTNER, admin);
    expect(listed.body).toEqual({
      attachments: [
        { name: 'card.txt', contentType: 'text/plain' },
        { name: 'note.txt', contentType: 'text/plain' },
        { name: 'partner-card.txt', contentType: 'text/plain' },
      ],
    });
    expect((await get('/api/v1/models/C_BPartner/118/attachments', admin)).body).toEqual(listed.body);
    const uu = await env.DB.prepare('select C_BPartner_UU as u from C_BPartner where C_BPartner_ID = 118').first<{
      u: string;
    }>();
    expect((await get(`/api/v1/views/business-partners/${uu?.u}/attachments`, admin)).body).toEqual(listed.body);
    const one = await call(`${PARTNER}/card.txt`, { headers: bearer(admin) });
    expect(one.status).toBe(200);
    expect(await one.text()).toBe('Partner card');
    expect((await get(`${PARTNER}/card.txt?json=true`, admin)).body).toEqual({ data: btoa('Partner card') });
    const zip = await call(`${PARTNER}/zip`, { headers: bearer(admin) });
    expect(zip.status).toBe(200);
    expect(unzipSync(new Uint8Array(await zip.arrayBuffer()))['card.txt']).toEqual(
      new TextEncoder().encode('Partner card'),
    );
    expect((await write('DELETE', `${PARTNER}/note.txt`, admin)).status).toBe(200);
    expect((await write('DELETE', PARTNER, admin)).status).toBe(200);
    expect((await get(PARTNER, admin)).body).toEqual({ attachments: [] });
    expect((await get(`${PARTNER}/zip`, admin)).res.status).toBe(404);
    expect((await write('DELETE', PARTNER, admin)).status).toBe(404);
    expect(await count('audit_log')).toBe(audit + 5);
  });

  it("prints a view's document: `orders` (RV_C_Order) prints its order", async () => {
    const printed = await get('/api/v1/views/orders/1001/print', admin);
    expect(printed.res.status).toBe(200);
    expect(printed.body).toMatchObject({ process: 'rpt-c_order', isError: false });
    expect(printed.body.reportFile.length).toBeGreaterThan(100);
    expect((await get('/api/v1/views/business-partners/118/print', admin)).res.status).toBe(404);
    expect((await get('/api/v1/views/orders/999999/print', admin)).res.status).toBe(404);
  });

  it('refuses: no token, bad input, outside the view, a database view, the read-only user, another tenant', async () => {
    const before = { files: await files(), audit: await count('audit_log') };
    for (const [method, path] of [
      ['GET', PARTNER],
      ['POST', PARTNER],
      ['DELETE', PARTNER],
      ['GET', `${PARTNER}/zip`],
      ['GET', `${PARTNER}/x.txt`],
      ['DELETE', `${PARTNER}/x.txt`],
      ['GET', '/api/v1/views/orders/1001/print'],
    ])
      expect(
        (await call(path, { method, ...(method === 'POST' ? json({ name: 'x', data: 'eA==' }) : {}) })).status,
      ).toBe(401);
    const bad = await write('POST', PARTNER, admin, { name: 'x.txt' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ status: 400, title: expect.any(String) });
    expect((await write('POST', PARTNER, admin, { name: 'x.txt', data: '***' })).status).toBe(400);
    expect((await get('/api/v1/views/nope/118/attachments', admin)).res.status).toBe(404);
    // Outside the view's where clause (an inactive partner): missing through the view, not through /models.
    await env.DB.prepare('update C_BPartner set IsActive = 0 where C_BPartner_ID = 136').run();
    const hidden = '/api/v1/views/business-partners/136/attachments';
    expect((await get(hidden, admin)).res.status).toBe(404);
    expect((await add(admin, hidden, 'x.txt', 'x')).status).toBe(404);
    expect((await get('/api/v1/models/C_BPartner/136/attachments', admin)).res.status).toBe(200);
    // A view over a database view reads (nothing there), writes nothing.
    expect((await get('/api/v1/views/orders/1001/attachments', admin)).body).toEqual({ attachments: [] });
    const readOnly = await add(admin, '/api/v1/views/orders/1001/attachments', 'x.txt', 'x');
    expect(readOnly.status).toBe(400);
    expect((await write('DELETE', '/api/v1/views/orders/1001/attachments', admin)).status).toBe(400);
    // The read-only demo user reads, writes nothing.
    expect((await get(PARTNER, demo)).res.status).toBe(200);
    expect((await add(demo, PARTNER, 'x.txt', 'x')).status).toBe(403);
    expect((await write('DELETE', PARTNER, demo)).status).toBe(403);
    expect((await write('DELETE', `${PARTNER}/x.txt`, demo)).status).toBe(403);
    // Another tenant's partner and order are missing.
    await env.DB.batch([
      env.DB.prepare("insert into AD_Client (AD_Client_ID, Value, Name) values (12, 'Rival', 'Rival Inc.')"),
      env.DB.prepare(
        "insert into C_BPartner (C_BPartner_ID, AD_Client_ID, Value, Name) values (9300, 12, 'R-BP', 'Rival partner')",
      ),
      env.DB.prepare(
        "insert into C_Order (C_Order_ID, AD_Client_ID, DocumentNo, C_BPartner_ID) values (9300, 12, 'R-1', 9300)",
      ),
    ]);
    const theirs = '/api/v1/views/business-partners/9300/attachments';
    expect((await get(theirs, admin)).res.status).toBe(404);
    expect((await get(`${theirs}/zip`, admin)).res.status).toBe(404);
    expect((await add(admin, theirs, 'x.txt', 'x')).status).toBe(404);
    expect((await write('DELETE', theirs, admin)).status).toBe(404);
    expect((await get('/api/v1/views/orders/9300/print', admin)).res.status).toBe(404);
    expect({ files: await files(), audit: await count('audit_log') }).toEqual(before);
  });
});
