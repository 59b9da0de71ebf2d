import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { findGroupByName } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import { SYSTEM } from '../../support/actors';
import { bearer, call, orm } from '../../support/worker';
import { get, json, login } from './helpers';

let admin: string;
let user: string;
/** A user who may process workflow nodes (demo is read-only). */
let clerk: string;
let clerkId: number;

beforeAll(async () => {
  admin = (await login('admin', 'admin', 102)).token;
  user = (await login('demo', 'demo', 103)).token;
  const role = await findGroupByName(orm(), 'GardenWorld User');
  clerkId = (
    await createUser(orm(), { login: 'wf-clerk', password: 'clerk-pass-1', extraGroupIds: [role!.id] }, SYSTEM)
  ).id;
  clerk = (await login('wf-clerk', 'clerk-pass-1', 103)).token;
});

describe('iDempiere forms and caches', () => {
  it('lists forms with $filter', async () => {
    const all = await get('/api/v1/forms', user);
    expect(all.res.status).toBe(200);
    expect(all.body.forms.map((f: { Name: string }) => f.Name)).toEqual(['Material Receipt', 'Payment Allocation']);
    const one = await get(`/api/v1/forms?$filter=${encodeURIComponent("contains(Name, 'Payment')")}`, user);
    expect(one.body.forms).toHaveLength(1);
    expect(one.body.forms[0]).toMatchObject({ id: 102, 'model-name': 'ad_form' });
    expect((await get('/api/v1/forms?$filter=nope eq 1', user)).res.status).toBe(400);
    expect((await get('/api/v1/forms')).res.status).toBe(401);
  });

  it('reports the real caches and resets them so the next read reloads', async () => {
    await get('/api/v1/models/C_BPartner?$top=1', admin);
    const { body } = await get('/api/v1/caches', admin);
    const registry = body.caches.find((c: { name: string }) => c.name === 'schema-registry');
    expect(registry).toMatchObject({ table_name: 'sqlite_master', size: expect.any(Number), distributed: false });
    expect(registry.size).toBeGreaterThan(0);
    const filtered = await get('/api/v1/caches?table_name=sqlite_master', admin);
    expect(filtered.body.caches.every((c: { table_name: string }) => c.table_name === 'sqlite_master')).toBe(true);
    // A table created behind the registry's back appears only after the reset.
    await env.DB.prepare('create table if not exists X_Late (X_Late_ID integer primary key, Name text)').run();
    expect((await get('/api/v1/models/X_Late', admin)).res.status).toBe(404);
    const reset = await call('/api/v1/caches?table_name=sqlite_master', { method: 'DELETE', headers: bearer(admin) });
    expect(await reset.json()).toEqual({ entriesReset: expect.any(Number) });
    expect((await get('/api/v1/models/X_Late', admin)).res.status).toBe(200);
    expect((await call('/api/v1/caches', { method: 'DELETE', headers: bearer(user) })).status).toBe(403);
  });
});

describe('iDempiere workflow', () => {
  it('lists the pending approval of the admin and approves it, changing the order', async () => {
    const { body } = await get('/api/v1/workflow', admin);
    // The order's node, and the demo's nodes on invoices (the ids the reference collection acts on).
    expect(body.nodes.map((n: { id: number }) => n.id).sort((a: number, b: number) => a - b)).toEqual([
      1, 100, 101, 1000000, 1001203, 1001223,
    ]);
    expect(body.nodes.find((n: { id: number }) => n.id === 1)).toMatchObject({
      id: 1,
      'node-name': 'Approve',
      'table-name': 'C_Order',
      record_id: 1001,
      'node-approval': true,
    });
    const approve = await call('/api/v1/workflow/approve/1', {
      method: 'PUT',
      ...json({ message: 'fine' }, bearer(admin)),
    });
    expect(approve.status).toBe(200);
    expect(await approve.json()).toMatchObject({
      msg: expect.any(String),
      'history-records': expect.stringContaining('fine'),
    });
    expect((await get('/api/v1/models/C_Order/1001/IsApproved', admin)).body).toEqual({ IsApproved: true });
    const again = await call('/api/v1/workflow/reject/1', { method: 'PUT', headers: bearer(admin) });
    expect(again.status).toBe(409);
    expect((await get('/api/v1/workflow', admin)).body.nodes.map((n: { id: number }) => n.id)).not.toContain(1);
  });

  it("sends an order to approval, forwards, rejects; validates bodies and hides other users' nodes", async () => {
    const send = await call('/api/v1/models/C_Order/1002', {
      method: 'PUT',
      ...json({ 'doc-action': 'PR' }, bearer(admin)),
    });
    expect(send.status).toBe(200);
    expect(await send.json()).toMatchObject({ DocStatus: 'IP', IsApproved: false });
    const node = (await get('/api/v1/workflow', admin)).body.nodes.find(
      (n: { 'table-name': string; record_id: number }) => n['table-name'] === 'C_Order' && n.record_id === 1002,
    );
    expect(
      (await call(`/api/v1/workflow/forward/${node.id}`, { method: 'PUT', ...json({}, bearer(admin)) })).status,
    ).toBe(400);
    // The clerk cannot act on admin's node: it does not exist for them. demo is read-only: refused outright.
    expect((await call(`/api/v1/workflow/approve/${node.id}`, { method: 'PUT', headers: bearer(clerk) })).status).toBe(
      404,
    );
    expect((await call(`/api/v1/workflow/approve/${node.id}`, { method: 'PUT', headers: bearer(user) })).status).toBe(
      403,
    );
    const forward = await call(`/api/v1/workflow/forward/${node.id}`, {
      method: 'PUT',
      ...json({ userTo: clerkId }, bearer(admin)),
    });
    expect(forward.status).toBe(200);
    expect((await get('/api/v1/workflow', clerk)).body.nodes.map((n: { id: number }) => n.id)).toEqual([node.id]);
    expect((await get(`/api/v1/workflow/${clerkId}`, admin)).body['row-count']).toBe(1);
    expect((await get('/api/v1/workflow/1', clerk)).res.status).toBe(403);
    const reject = await call(`/api/v1/workflow/reject/${node.id}`, { method: 'PUT', headers: bearer(clerk) });
    expect(reject.status).toBe(200);
    expect((await get('/api/v1/models/C_Order/1002', admin)).body).toMatchObject({
      IsApproved: false,
      DocStatus: 'NA',
    });
    expect((await call('/api/v1/workflow/setuserchoice/1', { method: 'PUT', ...json({}, bearer(admin)) })).status).toBe(
      400,
    );
    expect((await call('/api/v1/workflow')).status).toBe(401);
  });
});
