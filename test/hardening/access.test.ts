import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/core/identity/users';
import { SYSTEM } from '../support/actors';
import { bearer, call, orm, tokenFor } from '../support/worker';

/**
 * Object-level access matrix (two non-admin users, one admin) and mass assignment. A hidden resource
 * answers exactly like a missing one.
 */
let admin: string;
let alice: string;
let bob: string;
let aliceId: number;
let bobId: number;

beforeAll(async () => {
  const a = await createUser(orm(), { login: 'alice', password: 'alice-pass-1' }, SYSTEM);
  const b = await createUser(orm(), { login: 'bob', password: 'bob-pass-1' }, SYSTEM);
  aliceId = a.id;
  bobId = b.id;
  admin = await tokenFor('admin');
  alice = await tokenFor('alice');
  bob = await tokenFor('bob');
  // A closed Ribbon2 directory and a message in it; a setting of alice; a workflow node of admin.
  const r2 = { 'x-ribbon2-auth': admin, 'content-type': 'application/json' };
  await call('/api/directory', { method: 'POST', headers: r2, body: JSON.stringify({ fullName: 'Vault' }) });
  await call('/api/directory/access/Vault', {
    method: 'POST',
    headers: r2,
    body: JSON.stringify([{ name: null, type: 'ALL', permissions: { canReadMessage: false } }]),
  });
  await call('/api/message', {
    method: 'POST',
    headers: r2,
    body: JSON.stringify({ directories: ['Vault'], header: 'secret', content: 'x' }),
  });
  await call(`/rest/users/${aliceId}/settings/`, {
    method: 'POST',
    headers: { ...bearer(alice), 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'mine', payload: { a: 1 } }),
  });
});

type Case = [who: string, method: string, path: string, expected: number];

async function status(token: string, method: string, path: string) {
  const headers: Record<string, string> = path.startsWith('/api/message') ? { 'x-ribbon2-auth': token } : bearer(token);
  return (await call(path, { method, headers })).status;
}

describe('object-level access matrix', () => {
  it('every user x resource x verb answers as expected', async () => {
    const vaultUid = (await env.DB.prepare("select uid from r2_messages where header = 'secret'").first<{
      uid: string;
    }>())!.uid;
    const tokens: Record<string, string> = { admin, alice, bob };
    const cases: Case[] = [
      // DATAGERRY user settings: own only, admin all; another's is forbidden.
      ['alice', 'GET', `/rest/users/${aliceId}/settings/mine`, 200],
      ['bob', 'GET', `/rest/users/${aliceId}/settings/mine`, 403],
      ['admin', 'GET', `/rest/users/${aliceId}/settings/mine`, 200],
      ['bob', 'DELETE', `/rest/users/${aliceId}/settings/mine`, 403],
      // DATAGERRY type ACL: the switch (object 6) is hidden from non-admins, like a missing object.
      ['alice', 'GET', '/rest/objects/6', 404],
      ['alice', 'GET', '/rest/objects/999', 404],
      ['admin', 'GET', '/rest/objects/6', 200],
      ['bob', 'DELETE', '/rest/objects/6', 403],
      // iDempiere: no role claim and no admin → no table access (403 table, 404 record).
      ['alice', 'GET', '/api/v1/models/C_BPartner', 403],
      ['alice', 'GET', '/api/v1/models/C_BPartner/114', 404],
      ['admin', 'GET', '/api/v1/models/C_BPartner/114', 200],
      // iDempiere workflow nodes of another user: not found.
      ['bob', 'PUT', '/api/v1/workflow/approve/1', 404],
      ['admin', 'GET', `/api/v1/workflow/${bobId}`, 200],
      // Ribbon2 messages in a closed directory: missing for others.
      ['alice', 'GET', `/api/message/${vaultUid}`, 404],
      ['bob', 'DELETE', `/api/message/${vaultUid}`, 404],
      ['admin', 'GET', `/api/message/${vaultUid}`, 200],
      // Other users' details.
      // DATAGERRY's user group holds base.user-management.user.view (rights.md): listing users is allowed, editing is not.
      ['alice', 'GET', '/rest/users/1', 200],
      ['alice', 'PUT', '/rest/users/1', 403],
      ['alice', 'GET', '/api/auth/user?user=admin', 200],
      ['alice', 'GET', `/api/user/${bobId}`, 401],
      ['admin', 'GET', `/api/user/${bobId}`, 200],
    ];
    const wrong: string[] = [];
    for (const [who, method, path, expected] of cases) {
      const got = await status(tokens[who], method, path);
      if (got !== expected) wrong.push(`${who} ${method} ${path}: ${got}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('hidden and missing answer with the same body', async () => {
    const hidden = await call('/rest/objects/6', { headers: bearer(alice) });
    const missing = await call('/rest/objects/7777', { headers: bearer(alice) });
    const strip = (b: { message: string }) => ({ ...b, message: b.message.replace(/\d+/g, 'N') });
    expect(strip(await hidden.json())).toEqual(strip(await missing.json()));
  });
});

describe('mass assignment', () => {
  const json = (token: string, body: unknown, method = 'POST') => ({
    method,
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  it('iDempiere ignores ids and audit columns on insert', async () => {
    const res = await call(
      '/api/v1/models/C_BPartner',
      json(admin, { C_BPartner_ID: 1, Value: 'M', Name: 'Mass', Created: '1999-01-01', Updated: '1999-01-01' }),
    );
    const body = (await res.json()) as { id: number; Created: string };
    expect(res.status).toBe(201);
    expect(body.id).not.toBe(1);
    expect(body.Created.startsWith('1999')).toBe(false);
  });

  it('DATAGERRY objects ignore authorship and ids; settings cannot be written for another user', async () => {
    const res = await call(
      '/rest/objects/',
      json(admin, {
        type_id: 1,
        public_id: 1,
        author_id: 999,
        version: '9.9.9',
        fields: [{ name: 'hostname', value: 'mass' }],
      }),
    );
    // The insert answers the new id (as DATAGERRY's backend): the object itself shows what was stored.
    const id = (await res.json()) as number;
    expect(id).not.toBe(1);
    const stored = await call(`/rest/objects/${id}/native`, { headers: { authorization: `Bearer ${admin}` } });
    expect(await stored.json()).toMatchObject({ author_id: 1, version: '1.0.0' });
    const other = await call(`/rest/users/${bobId}/settings/`, json(alice, { identifier: 'x', user_id: bobId }));
    expect(other.status).toBe(403);
    const own = await call(`/rest/users/${aliceId}/settings/`, json(alice, { identifier: 'y', user_id: bobId }));
    expect(((await own.json()) as { raw: { user_id: number } }).raw.user_id).toBe(aliceId);
  });

  it('non-admins cannot create users, join groups or grant rights on any face', async () => {
    const before = await env.DB.prepare('select count(*) as n from user_groups').first<{ n: number }>();
    expect((await call('/rest/users/', json(alice, { user_name: 'evil', group_id: 1 }))).status).toBe(403);
    expect((await call(`/rest/users/${aliceId}`, json(alice, { user_name: 'alice', group_id: 1 }, 'PUT'))).status).toBe(
      403,
    );
    expect((await call('/rest/groups/', json(alice, { name: 'evil', rights: ['base.*'] }))).status).toBe(403);
    const r2 = { 'x-ribbon2-auth': alice, 'content-type': 'application/json' };
    expect(
      (
        await call('/api/user', {
          method: 'PUT',
          headers: r2,
          body: JSON.stringify({ id: String(aliceId), login: 'alice', groups: ['admin', 'Admins'] }),
        })
      ).status,
    ).toBe(401);
    expect((await call('/api/v1/models/AD_User', json(alice, { Name: 'evil2' }))).status).toBe(403);
    expect(await env.DB.prepare('select count(*) as n from user_groups').first<{ n: number }>()).toEqual(before);
    expect(
      await env.DB.prepare("select count(*) as n from users where login like 'evil%'").first<{ n: number }>(),
    ).toEqual({ n: 0 });
  });
});
