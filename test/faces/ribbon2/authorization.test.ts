import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../support/worker';
import { dg } from '../datagerry/helpers';
import { r2call, r2Login } from './helpers';

/**
 * Issue 13 on Ribbon2: the core decides (core rights per verb, read-only users never write), the
 * directory rules only narrow; a subtree delete is all or nothing.
 */

let admin: string;
let carol: string;
let dave: string;
let demo: string;

const ALL_PERMISSIONS = {
  canCreateDir: true,
  canUpdateDir: true,
  canDeleteDir: true,
  canEditAccessDir: true,
  canReadMessage: true,
  canCreateMessage: true,
  canUpdateMessage: true,
  canDeleteMessage: true,
};

async function rules(path: string, entries: unknown) {
  expect((await r2call(`/api/directory/access/${path}`, admin, 'POST', entries)).status).toBe(200);
}
async function mkdir(fullName: string) {
  expect((await r2call('/api/directory', admin, 'POST', { fullName })).status).toBe(200);
}
async function post(directories: string[], header: string): Promise<string> {
  const res = await r2call('/api/message', admin, 'POST', { directories, header });
  expect(res.status).toBe(200);
  return res.body.uid;
}
const exists = async (path: string) => (await r2call(`/api/directory/${path}`, admin)).status === 200;
const messageExists = async (uid: string) => (await r2call(`/api/message/${uid}`, admin)).status === 200;
const count = async (table: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table}`).first<{ n: number }>())?.n;

/** A DATAGERRY group with exactly these rights, and a user whose only group it is. */
async function userInGroup(login: string, group: string, rights: string[]): Promise<number> {
  const token = await tokenFor('admin');
  const g = await dg('/rest/groups/', token, 'POST', { name: group, rights });
  expect(g.status).toBe(200);
  const u = await dg('/rest/users/', token, 'POST', {
    user_name: login,
    password: `${login}-pw`,
    group_id: g.body.result_id,
  });
  expect(u.status).toBe(200);
  return u.body.result_id;
}

beforeAll(async () => {
  admin = await r2Login('admin', 'admin');
  expect((await r2call('/api/user', admin, 'POST', { login: 'az-carol', password: 'az-carol-pw' })).status).toBe(200);
  carol = await tokenFor('az-carol');
  await userInGroup('az-dave', 'az-viewers', ['base.framework.message.view', 'base.framework.directory.view']);
  dave = await tokenFor('az-dave');
  demo = await tokenFor('demo');
  for (const name of ['AzA.Child1', 'AzA.Child2', 'AzB.Sub', 'AzC', 'AzD', 'AzE', 'AzKeep']) await mkdir(name);
});

describe('Ribbon2 subtree delete: all or nothing', () => {
  it('refuses when one child directory denies canDeleteDir; nothing is deleted', async () => {
    await rules('AzA', [
      { name: 'az-carol', type: 'USER', permissions: { canDeleteDir: true, canDeleteMessage: true } },
    ]);
    await rules('AzA.Child2', [{ name: 'az-carol', type: 'USER', permissions: { canDeleteDir: false } }]);
    const uid = await post(['AzA.Child1'], 'In child 1');
    const before = [await count('r2_directories'), await count('r2_messages')];
    const refused = await r2call('/api/directory/AzA', carol, 'DELETE');
    expect(refused).toMatchObject({ status: 401, body: { code: 'ACCESS_DENIED' } });
    expect(refused.body.message).toContain('AzA.Child2');
    expect([await count('r2_directories'), await count('r2_messages')]).toEqual(before);
    for (const path of ['AzA', 'AzA.Child1', 'AzA.Child2']) expect(await exists(path)).toBe(true);
    expect(await messageExists(uid)).toBe(true);
    // Allowed everywhere: the subtree and its now directory-less message go together.
    await rules('AzA.Child2', [{ name: 'az-carol', type: 'USER', permissions: { canDeleteDir: true } }]);
    expect((await r2call('/api/directory/AzA', carol, 'DELETE')).status).toBe(200);
    for (const path of ['AzA', 'AzA.Child1', 'AzA.Child2']) expect(await exists(path)).toBe(false);
    expect(await messageExists(uid)).toBe(false);
  });

  it('refuses when a message left without a directory is not deletable by the caller; shared messages stay', async () => {
    await rules('AzB', [{ name: 'az-carol', type: 'USER', permissions: { canDeleteDir: true } }]);
    const orphan = await post(['AzB.Sub'], 'Only in AzB.Sub');
    const shared = await post(['AzB', 'AzKeep'], 'Also in AzKeep');
    const refused = await r2call('/api/directory/AzB', carol, 'DELETE');
    expect(refused).toMatchObject({ status: 401, body: { code: 'ACCESS_DENIED' } });
    expect(refused.body.message).toContain('messages you may not delete');
    expect(await exists('AzB.Sub')).toBe(true);
    expect(await messageExists(orphan)).toBe(true);
    expect((await r2call(`/api/message/${shared}`, admin)).body.directories).toEqual(['AzB', 'AzKeep']);
    // Without the orphan the delete goes through; the shared message only loses its link.
    expect((await r2call(`/api/message/${orphan}`, admin, 'DELETE')).status).toBe(200);
    expect((await r2call('/api/directory/AzB', carol, 'DELETE')).status).toBe(200);
    expect(await exists('AzB.Sub')).toBe(false);
    expect((await r2call(`/api/message/${shared}`, admin)).body.directories).toEqual(['AzKeep']);
  });

  it('refuses when a message to delete is not readable, or when the caller lacks the core message.delete', async () => {
    await rules('AzC', [
      {
        name: 'az-carol',
        type: 'USER',
        permissions: { canDeleteDir: true, canDeleteMessage: true, canReadMessage: false },
      },
    ]);
    const hidden = await post(['AzC'], 'Hidden');
    expect((await r2call('/api/directory/AzC', carol, 'DELETE')).status).toBe(401);
    expect(await messageExists(hidden)).toBe(true);
    // A group holding directory.delete but not message.delete, rules allowing everything.
    await userInGroup('az-frank', 'az-dir-deleters', ['base.framework.directory.*', 'base.framework.message.view']);
    await rules('AzC', [{ name: 'az-frank', type: 'USER', permissions: ALL_PERMISSIONS }]);
    const frank = await tokenFor('az-frank');
    expect((await r2call('/api/directory/AzC', frank, 'DELETE')).status).toBe(401);
    expect(await messageExists(hidden)).toBe(true);
    await mkdir('AzC.Empty');
    expect((await r2call('/api/directory/AzC.Empty', frank, 'DELETE')).status).toBe(200);
  });
});

describe('Ribbon2 core rights', () => {
  it('refuses a user whose groups lack the core right, even where the directory rules allow', async () => {
    await rules('AzD', [{ name: 'az-dave', type: 'USER', permissions: ALL_PERMISSIONS }]);
    const uid = await post(['AzD'], 'Existing');
    // The face's rule says yes...
    expect((await r2call('/api/directory/access/permission/current/AzD', dave)).body).toEqual(ALL_PERMISSIONS);
    // ...the core says no for every write verb dave's group lacks.
    const messages = await count('r2_messages');
    const writes: [string, string, unknown?][] = [
      ['/api/message', 'POST', { directories: ['AzD'], header: 'No add right' }],
      ['/api/message', 'PUT', { uid, directories: ['AzD'], header: 'No edit right' }],
      [`/api/message/property/${uid}`, 'POST', { type: 'MARK' }],
      [`/api/message/${uid}`, 'DELETE'],
      ['/api/directory', 'POST', { fullName: 'AzD.New' }],
      ['/api/directory', 'PUT', { fullName: 'AzD', description: 'x' }],
      ['/api/directory/access/AzD', 'POST', []],
      ['/api/directory/AzD', 'DELETE'],
    ];
    for (const [path, method, body] of writes)
      expect((await r2call(path, dave, method, body)).body, `${method} ${path}`).toMatchObject({
        code: 'ACCESS_DENIED',
      });
    expect(await count('r2_messages')).toBe(messages);
    expect((await r2call(`/api/message/${uid}`, admin)).body).toMatchObject({ header: 'Existing', properties: [] });
    expect(await exists('AzD.New')).toBe(false);
    // Reads need their view rights, which dave holds.
    expect((await r2call(`/api/message/${uid}`, dave)).status).toBe(200);
    expect((await r2call('/api/directory/AzD', dave)).status).toBe(200);
    // A user without any right reads nothing either.
    await userInGroup('az-nobody', 'az-empty', []);
    const nobody = await tokenFor('az-nobody');
    for (const path of [
      '/api/message',
      `/api/message/${uid}`,
      '/api/directory',
      '/api/directory/AzD',
      '/api/directory/access/AzD',
    ])
      expect((await r2call(path, nobody)).status, path).toBe(401);
  });

  it('keeps the read-only demo user read-only where the rules allow everything', async () => {
    await rules('AzE', [{ name: 'demo', type: 'USER', permissions: ALL_PERMISSIONS }]);
    const uid = await post(['AzE'], 'Readable');
    const writes: [string, string, unknown?][] = [
      ['/api/message', 'POST', { directories: ['AzE'], header: 'Read-only' }],
      ['/api/message', 'PUT', { uid, directories: ['AzE'], header: 'Read-only' }],
      [`/api/message/property/${uid}`, 'POST', { type: 'MARK' }],
      [`/api/message/${uid}`, 'DELETE'],
      ['/api/directory', 'POST', { fullName: 'AzE.New' }],
      ['/api/directory', 'PUT', { fullName: 'AzE', description: 'x' }],
      ['/api/directory/access/AzE', 'POST', []],
      ['/api/directory/AzE', 'DELETE'],
    ];
    for (const [path, method, body] of writes)
      expect((await r2call(path, demo, method, body)).status, `${method} ${path}`).toBe(401);
    expect((await r2call(`/api/message/${uid}`, demo)).body).toMatchObject({ header: 'Readable', properties: [] });
    expect(await exists('AzE')).toBe(true);
    expect((await r2call('/api/directory/access/AzE', admin)).body).toHaveLength(1);
  });

  // Last: it strips the core rights of the shared `Admins` group.
  it('refuses an Admins member without the core rights (every directory permission, no core right)', async () => {
    const erin = await userInGroup('az-erin', 'az-erin-viewers', [
      'base.framework.message.view',
      'base.framework.directory.view',
    ]);
    const groups = (await r2call('/api/group?size=100', admin)).body.content as { id: number; name: string }[];
    const admins = groups.find((g) => g.name === 'Admins');
    expect((await r2call('/api/user', admin, 'PUT', { id: erin, login: 'az-erin', groups: ['Admins'] })).status).toBe(
      200,
    );
    const token = await tokenFor('az-erin');
    // With the demo Admins rights (message.*, directory.*, io.*): writes go through.
    expect((await r2call('/api/directory', token, 'POST', { fullName: 'AzAdm' })).status).toBe(200);
    const scheme = { id: 'export:plain', scheme: 'az-out', config: { format: 'json', charset: 'utf-8' } };
    expect((await r2call('/api/io/scheme', token, 'POST', scheme)).status).toBe(200);
    // Without them: Ribbon2 still grants every directory permission, the core refuses every write.
    const stripped = await dg(`/rest/groups/${admins?.id}`, await tokenFor('admin'), 'PUT', {
      name: 'Admins',
      rights: [],
    });
    expect(stripped.status).toBe(202);
    expect((await r2call('/api/directory/access/permission/current/AzAdm', token)).body).toEqual(ALL_PERMISSIONS);
    const writes: [string, string, unknown?][] = [
      ['/api/directory', 'POST', { fullName: 'AzAdm.Child' }],
      ['/api/directory', 'PUT', { fullName: 'AzAdm', description: 'x' }],
      ['/api/directory/access/AzAdm', 'POST', []],
      ['/api/directory/AzAdm', 'DELETE'],
      ['/api/message', 'POST', { directories: ['AzAdm'], header: 'No add right' }],
      ['/api/io/scheme', 'POST', scheme],
      ['/api/io/scheme/export/plain/az-out', 'DELETE'],
      ['/api/io/export/scheme/plain/az-out/assign/AzAdm', 'POST'],
      ['/api/io/scheme', 'GET'],
      ['/api/io/export/outbox/plain/az-out', 'GET'],
    ];
    for (const [path, method, body] of writes)
      expect((await r2call(path, token, method, body)).body, `${method} ${path}`).toMatchObject({
        code: 'ACCESS_DENIED',
      });
    expect(await exists('AzAdm')).toBe(true);
    expect(await exists('AzAdm.Child')).toBe(false);
    expect((await r2call('/api/io/scheme/export/plain/az-out', admin)).status).toBe(200);
  });
});
