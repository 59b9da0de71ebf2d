import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { findGroupByName } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import postman from '../../fixtures/idempiere-postman.json';
import { SYSTEM } from '../../support/actors';
import { bearer, call, orm } from '../../support/worker';
import { get, json, login } from './helpers';

/**
 * Conformance with the original as its clients use it (issue 15): the seed's PO json rules and the
 * reference's requests (test/fixtures/idempiere-postman.json, copied from the Postman collection and the
 * OpenAPI document), sent as they are, answered in the original's shapes.
 */

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let admin: string;
let user: string;
/** GardenWorld User with write rights (demo is read-only): writes C_BPartner, reads C_Order. */
let clerk: string;
let clerkId: number;

const count = async (table: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table}`).first<{ n: number }>())?.n ?? 0;
/** Rows of the tables these writes touch, audit rows included: equal before and after a failed write. */
const state = async () => ({
  orders: await count('C_Order'),
  lines: await count('C_OrderLine'),
  partners: await count('C_BPartner'),
  groups: await count('C_BP_Group'),
  audit: await count('audit_log'),
});
const send = (path: string, token: string, method: string, body?: unknown) =>
  call(path, body === undefined ? { method, headers: bearer(token) } : { method, ...json(body, bearer(token)) });

beforeAll(async () => {
  admin = (await login('admin', 'admin', 102)).token;
  user = (await login('demo', 'demo', 103)).token;
  // GardenWorld User may write business partners (its table access); its members get the core write rights.
  const role = await findGroupByName(orm(), 'GardenWorld User');
  await env.DB.prepare(
    "insert or ignore into group_rights (group_id, right_name) values (?, 'base.framework.record.edit'), (?, 'base.framework.record.add')",
  )
    .bind(role!.id, role!.id)
    .run();
  clerkId = (
    await createUser(orm(), { login: 'conformance-clerk', password: 'clerk-pass-1', extraGroupIds: [role!.id] }, SYSTEM)
  ).id;
  clerk = (await login('conformance-clerk', 'clerk-pass-1', 103)).token;
});

describe('PO json as the seed describes it', () => {
  it('id, uid (a UUID), model-name, booleans, ISO dates; foreign keys labelled with their element name', async () => {
    const { body } = await get('/api/v1/models/C_BPartner/114', admin);
    expect(body).toMatchObject({ id: 114, 'model-name': 'c_bpartner', IsActive: true, IsVendor: false });
    expect(body.uid).toMatch(UUID_V4);
    expect(body.Created).toMatch(ISO);
    expect(body.C_BP_Group_ID).toEqual({
      propertyLabel: 'Business Partner Group',
      id: 104,
      identifier: 'Gold Customers',
      'model-name': 'c_bp_group',
    });
    // The tenant column is a foreign key too (the registry's implicit one), labelled as iDempiere does.
    expect(body.AD_Client_ID).toEqual({
      propertyLabel: 'Tenant',
      id: 11,
      identifier: 'GardenWorld',
      'model-name': 'ad_client',
    });
  });

  it('Y/N columns are booleans on views too: AD_User has a uid, IsActive true, and filters on it', async () => {
    const { body } = await get(`/api/v1/models/AD_User?$filter=${encodeURIComponent('IsActive eq true')}`, admin);
    expect(body['row-count']).toBeGreaterThan(0);
    for (const record of body.records) {
      expect(record.IsActive).toBe(true);
      expect(record.uid).toMatch(UUID);
    }
    const one = body.records[0];
    expect((await get(`/api/v1/models/AD_User/${one.uid}`, admin)).body.id).toBe(one.id);
    expect(
      (await get(`/api/v1/models/AD_User?$filter=${encodeURIComponent('IsActive eq false')}`, admin)).res.status,
    ).toBe(200);
  });

  it('new rows get version 4 UUIDs; a UUID written before the dashes still finds its row', async () => {
    const created = await send('/api/v1/models/C_BP_Group', admin, 'POST', { Value: 'UU', Name: 'UUID group' });
    const record = (await created.json()) as Record<string, any>;
    expect(record.uid).toMatch(UUID_V4);
    expect((await get(`/api/v1/models/c_bp_group/${record.uid.replaceAll('-', '')}`, admin)).body.id).toBe(record.id);
    const line = (await get('/api/v1/models/C_OrderLine/2001', admin)).body;
    expect(line.uid).toMatch(UUID_V4);
  });

  it("answers the seed's properties: workflow nodes, models, caches", async () => {
    const nodes = (await get('/api/v1/workflow', admin)).body;
    expect(Object.keys(nodes).sort()).toEqual(['nodes', 'row-count']);
    // The seed's list for GET api/v1/workflow, and the reference's additions.
    for (const key of [
      'id',
      'uid',
      'model-name',
      'node-name',
      'node-description',
      'priority',
      'summary',
      'node-help',
      'history-records',
      'ad_table_id',
      'record_id',
      'table-name',
      'node-approval',
      'node-confirmation',
      'created',
    ])
      expect(nodes.nodes[0], key).toHaveProperty(key);
    expect(nodes.nodes[0]).toMatchObject({ 'model-name': 'ad_wf_activity', ad_table_id: 259, 'table-name': 'C_Order' });
    const models = (await get('/api/v1/models', admin)).body.models;
    for (const m of models)
      expect(Object.keys(m).filter((k) => k !== 'description')).toEqual(['id', 'uid', 'model-name', 'name']);
    const caches = (await get('/api/v1/caches', admin)).body.caches;
    expect(Object.keys(caches[0]).sort()).toEqual([
      'distributed',
      'expireMinutes',
      'maxSize',
      'name',
      'size',
      'table_name',
    ]);
  });

  it('lists models as AD_Table: id, uid, name and description', async () => {
    const { body } = await get('/api/v1/models', admin);
    const partner = body.models.find((m: { 'model-name': string }) => m['model-name'] === 'c_bpartner');
    expect(partner).toEqual({
      id: 291,
      uid: expect.stringMatching(UUID),
      'model-name': 'c_bpartner',
      name: 'Business Partner',
      description: 'Identifies a Business Partner',
    });
    const uids = body.models.map((m: { uid: string }) => m.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const m of body.models) expect(m.uid).toMatch(UUID);
    const named = await get(`/api/v1/models?$filter=${encodeURIComponent("name eq 'Order Line'")}`, admin);
    expect(named.body.models).toMatchObject([{ id: 260, 'model-name': 'c_orderline' }]);
  });
});

describe('login as the reference shows it', () => {
  const firstStep = async (userName: string, password: string) =>
    (
      (await (await call('/api/v1/auth/tokens', { method: 'POST', ...json({ userName, password }) })).json()) as {
        token: string;
      }
    ).token;

  it('organization 0 (`*`) for a role with access to every organization; listed first', async () => {
    const token = await firstStep('admin', 'admin');
    const orgs = await get('/api/v1/auth/organizations?client=11&role=102', token);
    expect(orgs.body.organizations[0]).toEqual({ id: 0, name: '*' });
    const res = await call('/api/v1/auth/tokens', {
      method: 'PUT',
      ...json(postman.loginAllOrganizations.body, bearer(token)),
    });
    expect(res.status).toBe(200);
    const session = (await res.json()) as { token: string };
    expect((await get('/api/v1/models/C_BPartner/114', session.token)).body.Name).toBe('Joe Block');
    // The warehouse belongs to an organization: with `*` it is ignored, as the original leaves it out.
    const withWarehouse = await call('/api/v1/auth/tokens', {
      method: 'PUT',
      ...json({ ...postman.loginAllOrganizations.body, warehouseId: 103 }, bearer(await firstStep('admin', 'admin'))),
    });
    expect(withWarehouse.status).toBe(200);
  });

  it('a role limited to its organizations may not take `*`; names work as ids do', async () => {
    const token = await firstStep('demo', 'demo');
    const orgs = await get('/api/v1/auth/organizations?client=11&role=103', token);
    expect(orgs.body.organizations.map((o: { id: number }) => o.id)).not.toContain(0);
    const refused = await call('/api/v1/auth/tokens', {
      method: 'PUT',
      ...json({ clientId: 11, roleId: 103, organizationId: 0 }, bearer(token)),
    });
    expect(refused.status).toBe(401);
    const byName = await call('/api/v1/auth/tokens', {
      method: 'PUT',
      ...json(postman.loginParametersByName.body, bearer(await firstStep('admin', 'admin'))),
    });
    expect(byName.status).toBe(200);
  });
});

describe('queries of the Postman collection', () => {
  const q = postman.queries;
  const path = (template: string) => {
    const [base, query] = template.split('?');
    const params = new URLSearchParams(query);
    return `${base}?${params.toString()}`;
  };

  it('in (…) with an upper-case AND, $select; $valrule with $context; $top and $skip; one column', async () => {
    const found = await get(path(q.inAndUppercaseAnd), admin);
    expect(found.body.records.map((r: { Name: string }) => r.Name).sort()).toEqual(['Joe Block', 'Seed Farm Inc.']);
    expect(Object.keys(found.body.records[0]).sort()).toEqual(['Name', 'id', 'model-name', 'uid']);
    const rule = await get(path(q.valrule), admin);
    expect(rule.body['row-count']).toBeGreaterThan(0);
    const page = await get(path(q.topSkip), admin);
    expect(page.body).toMatchObject({ 'records-size': 2, 'skip-records': 3, 'array-count': 2 });
    expect((await get(q.column, admin)).body).toEqual({ AD_Language: 'en_US' });
  });

  it('a child $expand with spaced options, and a foreign key expanded with $select', async () => {
    const orders = await get(path(q.expandChildWithOptions), admin);
    expect(orders.res.status).toBe(200);
    for (const order of orders.body.records) expect(order.C_OrderLine.length).toBeLessThanOrEqual(1);
    const partner = await get(path(q.expandMasterWithSelect), admin);
    expect(partner.body.C_BP_Group_ID).toMatchObject({ id: 104, Name: 'Gold Customers', IsDefault: false });
  });

  it('$select and an expanded foreign key combine (the key is read, then expanded)', async () => {
    const { body } = await get('/api/v1/models/C_BPartner/114?$select=Name&$expand=C_BP_Group_ID', admin);
    expect(Object.keys(body).sort()).toEqual(['C_BP_Group_ID', 'Name', 'id', 'model-name', 'uid']);
    expect(body.C_BP_Group_ID).toMatchObject({ id: 104, Name: 'Gold Customers', 'model-name': 'c_bp_group' });
    const page = await get('/api/v1/models/C_BPartner?$top=2&$select=Name&$expand=C_BP_Group_ID($select=Name)', admin);
    for (const r of page.body.records) expect(r.C_BP_Group_ID).toMatchObject({ Name: expect.any(String) });
  });

  it('timestamp literals: equality and ranges compare as timestamps; a literal that is no date is a 400', async () => {
    const created = (await get('/api/v1/models/C_BPartner/114', admin)).body.Created as string;
    const eq = await get(path(q.timestampEq.replace('{{created}}', created.replace('Z', ''))), admin);
    expect(eq.body.records.map((r: { id: number }) => r.id)).toContain(114);
    expect(eq.body.records[0].Created).toMatch(ISO);
    const range = await get(path(q.timestampRange), admin);
    expect(range.body['row-count']).toBe(0);
    for (const bad of ["created eq 'yesterday'", "created ge '2024-02-30'", 'created lt 42']) {
      const res = await get(`/api/v1/models/C_BPartner?$filter=${encodeURIComponent(bad)}`, admin);
      expect(res.res.status, bad).toBe(400);
      expect(res.body.detail).toMatch(/timestamp/);
    }
  });
});

describe('writes as the Postman collection sends them', () => {
  it('column names in bodies are case-insensitive (`name`, `description`, `isActive`)', async () => {
    const res = await send('/api/v1/models/C_BPartner/117', admin, 'PUT', postman.updateCaseInsensitive.body);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 117, Name: 'MyGST', Description: 'My Sales Tax', IsActive: true });
  });

  it('creates an order with only its partner, adds a line, then deletes it and adds another (Postman)', async () => {
    const created = await send('/api/v1/models/c_order', admin, 'POST', postman.createOrder.body);
    expect(created.status).toBe(201);
    const order = (await created.json()) as Record<string, any>;
    expect(order).toMatchObject({ C_BPartner_ID: { id: 118 }, DocStatus: 'DR' });
    expect(order.DocumentNo).toMatch(/^\d+$/);

    const added = await send(`/api/v1/models/c_order/${order.id}`, admin, 'PUT', postman.addOrderLine.body);
    expect(added.status).toBe(200);
    const withLine = (await added.json()) as Record<string, any>;
    expect(withLine.id).toBe(order.id);
    expect(withLine.C_OrderLine).toHaveLength(1);
    const line = withLine.C_OrderLine[0];
    expect(line).toMatchObject({ Line: 10, QtyEntered: 1, QtyOrdered: 1, M_Product_ID: { id: 128 } });
    expect(line.C_Order_ID).toMatchObject({ id: order.id, propertyLabel: 'Order' });

    const body = JSON.parse(
      JSON.stringify(postman.deleteAndAddOrderLine.body).replace('"{{c_orderline_id}}"', line.id),
    );
    const changed = await send(`/api/v1/models/c_order/${order.id}`, admin, 'PUT', body);
    expect(changed.status).toBe(200);
    const after = (await changed.json()) as Record<string, any>;
    // The deleted line goes first, so the new one numbers from the lines left.
    expect(after.C_OrderLine).toMatchObject([{ Line: 10, M_Product_ID: { id: 129 } }]);
    const lines = await get(`/api/v1/models/c_order/${order.id}?$expand=C_OrderLine`, admin);
    expect(lines.body.C_OrderLine.map((l: { id: number }) => l.id)).toEqual([after.C_OrderLine[0].id]);
  });

  it('updates a line given by id; lines of another order, or missing, are 404 and nothing changes', async () => {
    const update = await send('/api/v1/models/C_Order/1003', admin, 'PUT', {
      C_OrderLine: [{ id: 2005, QtyOrdered: 7 }],
    });
    expect(update.status).toBe(200);
    expect((await update.json()) as Record<string, any>).toMatchObject({
      C_OrderLine: [{ id: 2005, QtyOrdered: 7, QtyEntered: 7 }],
    });
    const before = await state();
    for (const entries of [
      [{ id: 2001, QtyOrdered: 2 }],
      [{ id: 2001, '(delete)': true }],
      [{ id: 999999, '(delete)': true }],
      [{ '(delete)': true }],
    ]) {
      const res = await send('/api/v1/models/C_Order/1003', admin, 'PUT', { GrandTotal: 5, C_OrderLine: entries });
      expect(res.status, JSON.stringify(entries)).toBe(404);
    }
    expect(await state()).toEqual(before);
  });

  it('PUT with children is one transaction: a failure while it runs leaves nothing, audit rows included', async () => {
    // A line of its own (the demo's lines are invoiced: C_InvoiceLine keeps them).
    const added = await send('/api/v1/models/C_Order/1004', admin, 'PUT', { C_OrderLine: [{ M_Product_ID: 124 }] });
    const first = ((await added.json()) as { C_OrderLine: { id: number }[] }).C_OrderLine[0];
    const before = await state();
    const order = (await get('/api/v1/models/C_Order/1004', admin)).body;
    // Both deletes are valid when planned; the second finds no row when the batch runs: all of it is undone.
    const res = await send('/api/v1/models/C_Order/1004', admin, 'PUT', {
      GrandTotal: 999,
      C_OrderLine: [
        { M_Product_ID: 125, QtyEntered: 3 },
        { id: first.id, '(delete)': true },
        { id: first.id, '(delete)': true },
      ],
    });
    expect(res.status).toBe(404);
    expect(await state()).toEqual(before);
    expect((await get('/api/v1/models/C_Order/1004', admin)).body.GrandTotal).toBe(order.GrandTotal);
  });

  it('POST with nested children is one transaction: a failing child leaves no parent and no audit row', async () => {
    const before = await state();
    const badProduct = await send('/api/v1/models/C_Order', admin, 'POST', {
      C_BPartner_ID: 114,
      C_OrderLine: [{ M_Product_ID: 122 }, { M_Product_ID: 999999 }],
    });
    expect(badProduct.status).toBe(400);
    // A child that breaks a constraint only when the batch runs: a partner UUID that is already taken.
    const taken = (await get('/api/v1/models/C_BPartner/115', admin)).body.uid;
    const duplicate = await send('/api/v1/models/C_BP_Group', admin, 'POST', {
      Value: 'NEST',
      Name: 'Nested group',
      C_BPartner: [{ Name: 'First child' }, { Name: 'Second child', C_BPartner_UU: taken }],
    });
    expect(duplicate.status).toBe(409);
    expect(await state()).toEqual(before);
    // Three levels at once: a group, its partner, the partner's order and its lines.
    const nested = await send('/api/v1/models/C_BP_Group', admin, 'POST', {
      Value: 'NEST2',
      Name: 'Nested group 2',
      C_BPartner: [
        { Name: 'Nested partner', C_Order: [{ C_OrderLine: [{ M_Product_ID: 122 }, { M_Product_ID: 123 }] }] },
      ],
    });
    expect(nested.status).toBe(201);
    const group = (await nested.json()) as Record<string, any>;
    const partner = group.C_BPartner[0];
    expect(partner.C_BP_Group_ID.id).toBe(group.id);
    expect(partner.C_Order[0].C_OrderLine.map((l: { Line: number }) => l.Line)).toEqual([10, 20]);
    expect((await state()).audit).toBe(before.audit + 5);
  });
});

describe('POST /api/v1/batch', () => {
  it('transaction=true (Postman): every request in one transaction, one entry each', async () => {
    const before = await state();
    const res = await send('/api/v1/batch?transaction=true', admin, 'POST', postman.batchTransaction.body);
    expect(res.status).toBe(200);
    const entries = (await res.json()) as { status: string; statusCode: number; body: Record<string, any> }[];
    expect(entries.map((e) => [e.status, e.statusCode])).toEqual([
      ['Created', 201],
      ['OK', 200],
    ]);
    expect(entries[0].body).toMatchObject({
      Name: postman.batchTransaction.body[0].body.name,
      'model-name': 'c_bpartner',
    });
    expect(entries[0].body.Value).toMatch(/^\d+$/);
    expect(entries[1].body).toMatchObject({ id: 117, Description: expect.stringContaining('Test batch update') });
    expect(await state()).toMatchObject({ partners: before.partners + 1, audit: before.audit + 2 });
  });

  it('transaction=true: any failure leaves nothing behind, and says which request failed', async () => {
    const before = await state();
    const description = (await get('/api/v1/models/C_BPartner/117', admin)).body.Description;
    const planned = await send('/api/v1/batch', admin, 'POST', [
      { method: 'POST', path: 'v1/models/C_BPartner', body: { Name: 'Never written' } },
      { method: 'PUT', path: 'v1/models/C_BPartner/999999', body: { Name: 'Missing' } },
      { method: 'PUT', path: 'v1/models/C_BPartner/117', body: { Description: 'Never either' } },
    ]);
    expect(planned.status).toBe(400);
    const entries = (await planned.json()) as { statusCode: number; body: { detail: string } }[];
    expect(entries.map((e) => e.statusCode)).toEqual([424, 404]);
    // Valid when planned, failing when run: the delete's row is gone by the time the update runs.
    const running = await send('/api/v1/batch?transaction=true', admin, 'POST', [
      { method: 'PUT', path: 'v1/models/C_BPartner/117', body: { Description: 'Never either' } },
      { method: 'DELETE', path: 'v1/models/C_BPartner/143' },
      { method: 'PUT', path: 'v1/models/C_BPartner/143', body: { Name: 'Gone' } },
    ]);
    expect(running.status).toBe(400);
    expect(((await running.json()) as { statusCode: number }[]).map((e) => e.statusCode)).toEqual([424, 424, 404]);
    // A constraint that only the database knows: a partner that still has orders cannot go.
    const constrained = await send('/api/v1/batch', admin, 'POST', [
      { method: 'PUT', path: 'v1/models/C_BPartner/117', body: { Description: 'Never either' } },
      { method: 'DELETE', path: 'v1/models/C_BPartner/114' },
    ]);
    expect(((await constrained.json()) as { statusCode: number }[]).map((e) => e.statusCode)).toEqual([424, 409]);
    expect(await state()).toEqual(before);
    expect((await get('/api/v1/models/C_BPartner/117', admin)).body.Description).toBe(description);
    expect((await get('/api/v1/models/C_BPartner/143', admin)).res.status).toBe(200);
  });

  it('transaction=false (Postman): each request on its own, one result each', async () => {
    const res = await send('/api/v1/batch?transaction=false', admin, 'POST', postman.batchPerRequest.body);
    expect(res.status).toBe(200);
    const entries = (await res.json()) as { status: string; statusCode: number; body: Record<string, any> }[];
    expect(entries.map((e) => e.statusCode)).toEqual([200, 400]);
    expect(entries[1]).toMatchObject({ status: 'Bad Request', body: { title: expect.any(String), status: 400 } });
    expect((await get('/api/v1/models/C_BPartner/117', admin)).body.Description).toContain('Test batch update');
  });

  it('checks every request like its route: rights, security tables, read-only users; only model writes', async () => {
    const readOnly = await send('/api/v1/batch?transaction=false', user, 'POST', [
      { method: 'PUT', path: 'v1/models/C_BPartner/117', body: { Name: 'Hijacked' } },
    ]);
    expect(((await readOnly.json()) as { statusCode: number }[]).map((e) => e.statusCode)).toEqual([403]);
    const escalate = [{ method: 'PUT', path: 'v1/models/AD_Role/103', body: { IsAccessAllTables: true } }];
    for (const transaction of ['true', 'false']) {
      const res = await send(`/api/v1/batch?transaction=${transaction}`, clerk, 'POST', escalate);
      expect(((await res.json()) as { statusCode: number }[]).map((e) => e.statusCode)).toEqual([403]);
    }
    const other = await send('/api/v1/batch?transaction=false', clerk, 'POST', [
      { method: 'PUT', path: 'v1/models/C_BPartner/118', body: { Description: 'by the clerk' } },
      { method: 'PUT', path: 'v1/models/C_Order/1001', body: { GrandTotal: 1 } },
      { method: 'GET', path: 'v1/models/C_BPartner/118' },
      { method: 'POST', path: 'v1/auth/tokens', body: { userName: 'admin', password: 'admin' } },
    ]);
    expect(((await other.json()) as { statusCode: number }[]).map((e) => e.statusCode)).toEqual([200, 403, 400, 400]);
    expect((await get('/api/v1/models/AD_Role/103', admin)).body.IsAccessAllTables).toBe(false);
    expect((await send('/api/v1/batch', clerk, 'POST', {})).status).toBe(400);
    expect((await call('/api/v1/batch', { method: 'POST', ...json(escalate) })).status).toBe(401);
  });
});

describe('GET /api/v1/health', () => {
  it('answers the D1 and Durable Object status, without a token', async () => {
    const res = await call(postman.health.path);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'UP', database: 'connected', durableObjects: 'connected' });
  });
});

describe('workflow as the Postman collection sends it', () => {
  it('nodes carry created; approve with a JSON content type and no body; a node by its uuid', async () => {
    const { body } = await get('/api/v1/workflow', admin);
    const [node] = body.nodes;
    expect(node.created).toMatch(ISO);
    expect(node.uid).toMatch(UUID_V4);
    const res = await call(`/api/v1/workflow/approve/${node.uid}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(admin) },
    });
    expect(res.status).toBe(200);
  });

  it('forward with userTo as a string (Postman), or as the user uuid', async () => {
    const sent = await send('/api/v1/models/C_Order/1005', admin, 'PUT', { 'doc-action': 'PR' });
    expect(sent.status).toBe(200);
    const node = (await get('/api/v1/workflow', admin)).body.nodes[0];
    const forward = await send(`/api/v1/workflow/forward/${node.id}`, admin, 'PUT', {
      ...postman.workflow.forward,
      userTo: String(clerkId),
    });
    expect(forward.status).toBe(200);
    const clerkUser = (await get(`/api/v1/models/AD_User/${clerkId}`, admin)).body;
    expect((await get(`/api/v1/workflow/${clerkUser.uid}`, admin)).body['row-count']).toBe(1);
    const adminUid = (await get(`/api/v1/models/AD_User?$filter=${encodeURIComponent("Name eq 'admin'")}`, admin)).body
      .records[0].uid;
    const back = await send(`/api/v1/workflow/forward/${node.uid}`, clerk, 'PUT', { userTo: adminUid });
    expect(back.status).toBe(200);
    expect((await send(`/api/v1/workflow/forward/${node.id}`, admin, 'PUT', { userTo: 'nobody' })).status).toBe(400);
    const reject = await send(`/api/v1/workflow/reject/${node.id}`, admin, 'PUT', postman.workflow.reject);
    expect(reject.status).toBe(200);
  });
});

describe('forms', () => {
  it('have a slug; the Postman filter on entityType works', async () => {
    const { body } = await get('/api/v1/forms', user);
    expect(body.forms.map((f: { slug: string }) => f.slug)).toEqual(['material-receipt', 'payment-allocation']);
    const filtered = await get(`/api/v1/forms?$filter=${encodeURIComponent(postman.forms.filter)}`, user);
    expect(filtered.body.forms).toEqual([]);
  });
});

// Conformance, third pass (issue 25).
describe('third pass: what a client of the original still tripped over', () => {
  it('acknowledge is for window and form nodes: on an approval node it is a 409 and nothing changes', async () => {
    // An order sent to approval: its approval node waits for admin.
    expect((await send('/api/v1/models/C_Order/1002', admin, 'PUT', { 'doc-action': 'PR' })).status).toBe(200);
    const nodes = (await get('/api/v1/workflow', admin)).body.nodes;
    const node = nodes.find((n: { record_id: number }) => n.record_id === 1002);
    const order = (await get('/api/v1/models/C_Order/1002', admin)).body;
    const res = await send(`/api/v1/workflow/acknowledge/${node.id}`, admin, 'PUT', postman.workflow.acknowledge);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ status: 409, title: expect.any(String), detail: expect.any(String) });
    expect((await get('/api/v1/workflow', admin)).body.nodes.map((n: { id: number }) => n.id)).toContain(node.id);
    expect((await get('/api/v1/models/C_Order/1002', admin)).body.DocStatus).toEqual(order.DocStatus);
  });

  it('not binds to one comparison, as in OData (`… and not IsVendor eq true`)', async () => {
    const filter = encodeURIComponent('IsCustomer eq true and not IsVendor eq true');
    const res = await get(`/api/v1/models/C_BPartner?$filter=${filter}&$select=IsCustomer,IsVendor`, admin);
    expect(res.res.status).toBe(200);
    expect(res.body.records.length).toBeGreaterThan(0);
    for (const r of res.body.records) expect(r).toMatchObject({ IsCustomer: true, IsVendor: false });
  });

  it('GET /auth/jwk: 200 and an empty key set (IDEMPIERE_REST_EXPOSE_JWK is N, the default)', async () => {
    const res = await call('/api/v1/auth/jwk');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ keys: [] });
  });

  it('an unknown path under /api/v1 answers in the face’s shape', async () => {
    const res = await call('/api/v1/nothing/here', { headers: bearer(admin) });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404, title: expect.any(String) });
  });
});
