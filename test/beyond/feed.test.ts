import { env, runInDurableObject } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../src/core/identity/groups';
import { createUser } from '../../src/core/identity/users';
import type { FeedDO } from '../../src/durable/feed-do';
import { feedStub } from '../../src/lib/do-stubs';
import { objectAs, typeAs, unique, userWith } from '../faces/datagerry/cmdb-helpers';
import { dg } from '../faces/datagerry/helpers';
import { login } from '../faces/idempiere/helpers';
import { r2call, r2Login } from '../faces/ribbon2/helpers';
import { SYSTEM } from '../support/actors';
import { bearer, call, orm, tokenFor } from '../support/worker';

/**
 * Issue 17, the live change feed: WebSockets on the three stream routes, one Durable Object per topic.
 * A subscriber receives rows written after it connected, as it would read them; it cannot follow what it
 * may not read, and stops receiving as soon as a rule takes its access away (checked per event).
 * Durable Objects outlive a test file: every topic here is new (unique names).
 */
interface Event {
  action: string;
  id: string | number;
  at: string;
  by: string | null;
  row: Record<string, any> | null;
}
interface Socket {
  ws: WebSocket;
  received: Event[];
  /** The first event matching `test`, waited for (at most 3 s). */
  next(test: (e: Event) => boolean): Promise<Event>;
}
const sockets: WebSocket[] = [];
afterAll(() => {
  for (const ws of sockets) ws.close(1000, 'done');
});

async function open(
  path: string,
  headers: Record<string, string> = {},
): Promise<Socket | { status: number; body: any }> {
  const res = await exports.default.fetch(
    new Request(new URL(path, 'http://atrium.test'), { headers: { upgrade: 'websocket', ...headers } }),
  );
  if (res.status !== 101 || !res.webSocket) return { status: res.status, body: await res.json() };
  const ws = res.webSocket;
  ws.accept();
  sockets.push(ws);
  const received: Event[] = [];
  ws.addEventListener('message', (e) => {
    received.push(JSON.parse(e.data as string));
  });
  return {
    ws,
    received,
    async next(test) {
      for (let waited = 0; waited < 3000; waited += 20) {
        const found = received.find(test);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no matching event; got ${JSON.stringify(received)}`);
    },
  };
}
async function socket(path: string, headers: Record<string, string> = {}): Promise<Socket> {
  const opened = await open(path, headers);
  if (!('ws' in opened)) throw new Error(`${path}: ${opened.status} ${JSON.stringify(opened.body)}`);
  return opened;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('Ribbon2 message feed', () => {
  let admin: string;
  let reader: string;
  let readerLogin: string;
  const open_ = `Feed${crypto.randomUUID().slice(0, 8)}`;
  const closed = `Feed${crypto.randomUUID().slice(0, 8)}`;
  const post = async (directories: string[], header: string) => {
    const res = await r2call('/api/message', admin, 'POST', { directories, header });
    expect(res.status).toBe(200);
    return res.body.uid as string;
  };
  const deny = async (directory: string) =>
    expect(
      (
        await r2call(`/api/directory/access/${directory}`, admin, 'POST', [
          { type: 'USER', name: readerLogin, permissions: { canReadMessage: false } },
        ])
      ).status,
    ).toBe(200);

  beforeAll(async () => {
    admin = await r2Login('admin', 'admin');
    readerLogin = unique('feed-reader');
    await createUser(orm(), { login: readerLogin, password: `${readerLogin}-pw` }, SYSTEM);
    reader = await tokenFor(readerLogin);
    for (const fullName of [open_, closed])
      expect((await r2call('/api/directory', admin, 'POST', { fullName })).status).toBe(200);
    await deny(closed);
  });

  it('needs a WebSocket upgrade and a readable directory', async () => {
    const plain = await call(`/api/message/stream?directory=${open_}`, { headers: bearer(reader) });
    expect(plain.status).toBe(400);
    expect(await open(`/api/message/stream?directory=${closed}&token=${reader}`)).toMatchObject({
      status: 401,
      body: { code: 'ACCESS_DENIED' },
    });
    expect(await open('/api/message/stream?directory=NoSuchFeedDirectory', bearer(reader))).toMatchObject({
      status: 404,
      body: { code: 'DIRECTORY_NOT_FOUND' },
    });
    expect((await open(`/api/message/stream?directory=${open_}`)) as { status: number }).toMatchObject({ status: 401 });
  });

  it('delivers messages written after connecting, as the subscriber reads them; never another directory’s', async () => {
    const mine = await socket(`/api/message/stream?directory=${open_}&token=${reader}`);
    const watcher = await socket(`/api/message/stream?directory=${closed}`, { 'x-ribbon2-auth': admin });
    const hidden = await post([closed], 'not for the reader');
    const uid = await post([open_], 'hello subscribers');
    const event = await mine.next((e) => e.id === uid);
    expect(event).toMatchObject({
      action: 'INSERT',
      by: 'admin',
      row: { uid, header: 'hello subscribers', directories: [open_] },
    });
    expect(Date.parse(event.at)).not.toBeNaN();
    await watcher.next((e) => e.id === hidden);
    await settle();
    expect(mine.received.map((e) => e.id)).toEqual([uid]);
    // An update and a delete reach the same subscriber.
    expect((await r2call('/api/message', admin, 'PUT', { uid, directories: [open_], header: 'edited' })).status).toBe(
      200,
    );
    expect((await mine.next((e) => e.action === 'UPDATE')).row).toMatchObject({ uid, header: 'edited' });
    expect((await r2call(`/api/message/${uid}`, admin, 'DELETE')).status).toBe(200);
    expect(await mine.next((e) => e.action === 'DELETE')).toMatchObject({ id: uid, row: null });
  });

  it('stops delivering as soon as a rule takes the subscriber’s access away (checked per event)', async () => {
    const directory = `Feed${crypto.randomUUID().slice(0, 8)}`;
    expect((await r2call('/api/directory', admin, 'POST', { fullName: directory })).status).toBe(200);
    const mine = await socket(`/api/message/stream?directory=${directory}&token=${reader}`);
    const control = await socket(`/api/message/stream?directory=${directory}`, bearer(admin));
    const before = await post([directory], 'still allowed');
    await mine.next((e) => e.id === before);
    await deny(directory);
    const after = await post([directory], 'no longer allowed');
    await control.next((e) => e.id === after);
    await settle();
    expect(mine.received.map((e) => e.id)).toEqual([before]);
  });

  it('a write to a directory nobody follows earns a quiet lease: the next writes call no Durable Object; a subscriber waits for it, then gets every write', async () => {
    const directory = `Feed${crypto.randomUUID().slice(0, 8)}`;
    expect((await r2call('/api/directory', admin, 'POST', { fullName: directory })).status).toBe(200);
    const stub = feedStub(env, `message:${directory}`);
    const publishes = () =>
      runInDurableObject(stub, (instance: FeedDO) => (instance as unknown as { nextTicket: number }).nextTicket);
    await post([directory], 'nobody listens');
    await settle();
    expect(await publishes()).toBe(1);
    await post([directory], 'under the lease');
    await settle();
    expect(await publishes()).toBe(1);
    // The subscriber comes in once the lease has run out (about a second): every later write reaches it.
    const mine = await socket(`/api/message/stream?directory=${directory}`, bearer(admin));
    const uid = await post([directory], 'heard');
    expect(await mine.next((e) => e.id === uid)).toMatchObject({ action: 'INSERT', row: { header: 'heard' } });
    expect(await publishes()).toBe(2);
  });
});

describe('DATAGERRY object feed', () => {
  it('delivers a new object natively, passwords masked, to a subscriber of its type; a hidden type is 404', async () => {
    const admin = await tokenFor('admin');
    const type = await typeAs(admin, {
      name: unique('feed'),
      fields: [
        { type: 'text', name: 'host' },
        { type: 'password', name: 'secret' },
      ],
    });
    const subscriber = await socket(`/rest/objects/stream?type_id=${type}`, bearer(admin));
    const id = await objectAs(admin, type, [
      { name: 'host', value: 'feed-01' },
      { name: 'secret', value: 'feed-secret-value' },
    ]);
    const event = await subscriber.next((e) => e.id === id);
    expect(event).toMatchObject({
      action: 'INSERT',
      row: { public_id: id, type_id: type, creation_time: { $date: expect.any(Number) } },
    });
    expect(event.row?.fields).toEqual([
      { name: 'host', value: 'feed-01' },
      { name: 'secret', value: '********' },
    ]);
    expect((await dg(`/rest/objects/${id}/state`, admin, 'PUT', false)).status).toBe(202);
    expect((await subscriber.next((e) => e.action === 'UPDATE')).row).toMatchObject({ public_id: id, active: false });

    const { token } = await userWith(['base.framework.object.view']);
    const hidden = await typeAs(admin, {
      name: unique('feed-hidden'),
      fields: [{ type: 'text', name: 'host' }],
      acl: { activated: true, groups: { includes: { '1': ['READ'] } } },
    });
    expect(await open(`/rest/objects/stream?type_id=${hidden}&token=${token}`)).toMatchObject({
      status: 404,
      body: { status: 404, response: 'Not Found' },
    });
    await objectAs(admin, hidden, [{ name: 'host', value: 'x' }]);
  });
});

describe('iDempiere record feed', () => {
  it("delivers a model's new records as PO json to a subscriber of its table", async () => {
    const { token } = await login('admin', 'admin', 102);
    const value = unique('FEED');
    const subscriber = await socket(`/api/v1/models/c_bpartner/stream?token=${token}`);
    const created = await call('/api/v1/models/C_BPartner', {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ Name: 'Feed Co', Value: value }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const event = await subscriber.next((e) => e.id === id);
    expect(event).toMatchObject({
      action: 'INSERT',
      by: 'admin',
      row: { id, Name: 'Feed Co', Value: value, 'model-name': 'c_bpartner' },
    });
    expect(await open(`/api/v1/models/NoSuchTable/stream?token=${token}`)).toMatchObject({ status: 404 });
  });

  it('delivers a deletion only to subscribers whose tenant held the row', async () => {
    await env.DB.batch([
      env.DB.prepare("insert into AD_Client (AD_Client_ID, Value, Name) values (12, 'Rival', 'Rival Inc.')"),
      env.DB.prepare("insert into AD_Org (AD_Org_ID, AD_Client_ID, Value, Name) values (21, 12, 'RHQ', 'Rival HQ')"),
      env.DB.prepare(
        "insert into AD_Role (AD_Role_ID, AD_Client_ID, Name, Group_Name, IsAccessAllTables, IsAccessAllOrgs) values (112, 12, 'Rival Admin', 'Rival Admin', 1, 1)",
      ),
    ]);
    const group = await createGroup(orm(), { name: 'Rival Admin', rights: ['base.framework.record.*'] }, SYSTEM);
    await createUser(orm(), { login: 'c12', password: 'rival-pass-1', groupId: group.id }, SYSTEM);
    const rival = (
      (await (
        await call('/api/v1/auth/tokens', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            userName: 'c12',
            password: 'rival-pass-1',
            parameters: { clientId: 12, roleId: 112, organizationId: 21 },
          }),
        })
      ).json()) as { token: string }
    ).token;
    const { token: garden } = await login('admin', 'admin', 102);
    const theirs = await socket(`/api/v1/models/C_BPartner/stream?token=${rival}`);
    const ours = await socket(`/api/v1/models/C_BPartner/stream?token=${garden}`);
    const created = await call('/api/v1/models/C_BPartner', {
      method: 'POST',
      headers: { ...bearer(rival), 'content-type': 'application/json' },
      body: JSON.stringify({ Name: 'Rival Secret', Value: unique('RIV') }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const removed = await call(`/api/v1/models/C_BPartner/${id}`, { method: 'DELETE', headers: bearer(rival) });
    expect(removed.status).toBe(200);
    expect(await theirs.next((e) => e.id === id && e.action === 'DELETE')).toMatchObject({ by: 'c12', row: null });
    expect(Object.keys(theirs.received.find((e) => e.action === 'DELETE') ?? {}).sort()).toEqual([
      'action',
      'at',
      'by',
      'id',
      'row',
    ]);
    await settle();
    expect(ours.received.filter((e) => e.id === id)).toEqual([]);
  });
});
