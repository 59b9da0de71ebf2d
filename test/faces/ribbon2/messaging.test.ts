import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/worker';
import { r2call, r2Login } from './helpers';

let admin: string;
let alice: string;
let bob: string;

async function rules(path: string, entries: unknown) {
  const res = await r2call(`/api/directory/access/${path}`, admin, 'POST', entries);
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  admin = await r2Login('admin', 'admin');
  const group = await r2call('/api/group', admin, 'POST', { name: 'Reporters', description: 'r' });
  expect(group.status).toBe(200);
  for (const login of ['alice', 'bob'])
    expect(
      (
        await r2call('/api/user', admin, 'POST', {
          login,
          password: `${login}-pass`,
          groups: login === 'alice' ? ['Reporters'] : [],
        })
      ).status,
    ).toBe(200);
  alice = await r2Login('alice', 'alice-pass');
  bob = await r2Login('bob', 'bob-pass');
  for (const fullName of ['News', 'News.Local.Town', 'Closed'])
    expect((await r2call('/api/directory', admin, 'POST', { fullName, description: fullName })).status).toBe(200);
});

const can = async (token: string, path: string) =>
  (await r2call(`/api/directory/access/permission/current/${path}`, token)).body;

describe('Ribbon2 directories', () => {
  it('creates missing parents, serves both spellings, updates only the description', async () => {
    expect((await r2call('/api/directory/News.Local', admin)).body).toMatchObject({
      name: 'Local',
      fullName: 'News.Local',
    });
    expect((await r2call('/api/direcotry/News.Local.Town', admin)).body.fullName).toBe('News.Local.Town');
    const put = await r2call('/api/direcotry', admin, 'PUT', {
      id: '1',
      name: 'X',
      fullName: 'News',
      description: 'new',
    });
    expect(put.body).toMatchObject({ name: 'News', fullName: 'News', description: 'new' });
    expect((await r2call('/api/directory/Nope', admin)).body).toMatchObject({ code: 'DIRECTORY_NOT_FOUND' });
    const page = await r2call('/api/directory?size=2&orderBy=fullName', admin);
    expect(page.body.content).toHaveLength(2);
    expect(page.body.totalCount).toBeGreaterThanOrEqual(7);
    expect((await r2call('/api/directory', admin, 'POST', { fullName: 'Bad..Name' })).body).toMatchObject({
      code: 'UNREGISTERED',
    });
  });

  it('checks canCreateDir on the last existing ancestor', async () => {
    expect((await r2call('/api/directory', alice, 'POST', { fullName: 'News.Sport.Football' })).status).toBe(401);
    await rules('News', [{ name: 'Reporters', type: 'GROUP', permissions: [{ canCreateDir: true }] }]);
    expect((await r2call('/api/directory', alice, 'POST', { fullName: 'News.Sport.Football' })).status).toBe(200);
    expect((await r2call('/api/directory/News.Sport', admin)).status).toBe(200);
    expect((await r2call('/api/directory', bob, 'POST', { fullName: 'Top' })).status).toBe(401);
  });

  it('validates access rules: one ALL, existing users/groups, registered keys, nothing written on failure', async () => {
    const before = await env.DB.prepare('select count(*) as n from r2_access').first<{ n: number }>();
    const cases: [unknown, string][] = [
      [
        [
          { type: 'ALL', permissions: {} },
          { type: 'ALL', permissions: {} },
        ],
        'PERMISSION_VALIDATION_FAILED',
      ],
      [[{ name: 'ghost', type: 'USER', permissions: { canReadMessage: true } }], 'USER_NOT_FOUND'],
      [[{ name: 'Ghosts', type: 'GROUP', permissions: { canReadMessage: true } }], 'GROUP_NOT_FOUND'],
      [[{ name: 'alice', type: 'USER', permissions: { canFly: true } }], 'PERMISSION_NOT_FOUND'],
    ];
    for (const [body, code] of cases)
      expect((await r2call('/api/directory/access/Closed', admin, 'POST', body)).body.code).toBe(code);
    expect(await env.DB.prepare('select count(*) as n from r2_access').first<{ n: number }>()).toEqual(before);
    expect((await r2call('/api/directory/access/Closed', alice, 'POST', [])).status).toBe(401);
  });

  it('resolves: nearest ancestor decides alone, grant over explicit false, false over ALL, ALL, defaults', async () => {
    await rules('News', [
      { name: 'Reporters', type: 'GROUP', permissions: { canCreateMessage: true, canCreateDir: true } },
      { name: null, type: 'ALL', permissions: { canReadMessage: true, canUpdateMessage: true } },
      { name: 'bob', type: 'USER', permissions: { canUpdateMessage: false } },
    ]);
    // News: group grant, ALL, explicit false beats ALL, defaults for the rest.
    expect(await can(alice, 'News')).toMatchObject({
      canCreateMessage: true,
      canUpdateMessage: true,
      canDeleteMessage: false,
    });
    expect(await can(bob, 'News')).toMatchObject({
      canCreateMessage: false,
      canUpdateMessage: false,
      canReadMessage: true,
    });
    // Inherited below News until a nearer directory has rules of its own.
    expect(await can(alice, 'News.Local.Town')).toMatchObject({ canCreateMessage: true });
    await rules('News.Local', [
      { name: 'alice', type: 'USER', permissions: { canCreateMessage: false } },
      { name: 'Reporters', type: 'GROUP', permissions: { canDeleteMessage: true, canCreateMessage: true } },
    ]);
    const town = await can(alice, 'News.Local.Town');
    // The group grant beats the user's explicit false; News's ALL no longer applies here.
    expect(town).toMatchObject({
      canCreateMessage: true,
      canDeleteMessage: true,
      canUpdateMessage: false,
      canReadMessage: true,
    });
    expect(await can(bob, 'News.Local.Town')).toMatchObject({ canCreateMessage: false, canReadMessage: true });
    // Explicit false on read closes a directory; defaults apply where no rules exist.
    await rules('Closed', [{ name: null, type: 'ALL', permissions: { canReadMessage: false } }]);
    expect((await can(bob, 'Closed')).canReadMessage).toBe(false);
    expect(await can(bob, 'Edit')).toMatchObject({ canReadMessage: true, canCreateMessage: false });
    expect((await can(admin, 'Closed')).canDeleteDir).toBe(true);
    const mine = (await r2call('/api/directory/permission/canCreateMessage', alice)).body.map(
      (d: { fullName: string }) => d.fullName,
    );
    expect(mine).toEqual(expect.arrayContaining(['News', 'News.Local', 'News.Local.Town']));
    expect(mine).not.toContain('Closed');
    expect((await r2call('/api/directory/permission/canEditDirAccess', alice)).status).toBe(200);
    expect((await r2call('/api/directory/access/News', admin)).body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'ALL',
          name: null,
          permissions: { canReadMessage: true, canUpdateMessage: true },
        }),
      ]),
    );
  });
});

describe('Ribbon2 messages', () => {
  it('creates in several directories only with canCreateMessage in each, with properties', async () => {
    const denied = await r2call('/api/message', alice, 'POST', {
      directories: ['News', 'Closed'],
      header: 'h',
      content: 'c',
    });
    expect(denied.status).toBe(401);
    expect((await r2call('/api/message', alice, 'POST', { directories: [], header: 'h' })).body.code).toBe(
      'MESSAGE_DIRECORIES_REQUIRED',
    );
    expect((await r2call('/api/message', alice, 'POST', { directories: ['Nope'], header: 'h' })).body.code).toBe(
      'DIRECTORY_NOT_FOUND',
    );
    expect(
      (
        await r2call('/api/message', alice, 'POST', {
          directories: ['News'],
          header: 'h',
          properties: [{ type: 'WEIRD' }],
        })
      ).body.code,
    ).toBe('PROPERTY_TYPE_NOT_FOUND');
    const created = await r2call('/api/message', alice, 'POST', {
      directories: ['News', 'News.Local.Town'],
      header: 'Flood',
      content: 'River rising',
      tags: ['weather', 'local'],
      properties: [{ type: 'URGENT', content: 'now' }],
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      createdBy: 'alice',
      directories: ['News', 'News.Local.Town'],
      // In the order sent, as the original keeps them (issue 25).
      tags: ['weather', 'local'],
    });
    expect(created.body.properties[0]).toMatchObject({
      uid: expect.any(String),
      type: 'URGENT',
      createdBy: 'alice',
      created: expect.any(String),
    });
  });

  it('lists and returns a message only to users who may read one of its directories', async () => {
    const secret = await r2call('/api/message', admin, 'POST', {
      directories: ['Closed'],
      header: 'Secret',
      tags: ['hidden'],
    });
    const both = await r2call('/api/message', admin, 'POST', { directories: ['Closed', 'Edit'], header: 'Shared' });
    const bobs = await r2call('/api/message?size=100', bob);
    const headers = bobs.body.content.map((m: { header: string }) => m.header);
    expect(headers).toContain('Shared');
    expect(headers).not.toContain('Secret');
    expect(bobs.body.totalCount).toBe(bobs.body.content.length);
    expect((await r2call(`/api/message/${secret.body.uid}`, bob)).body.code).toBe('MESSAGE_NOT_FOUND');
    expect((await r2call(`/api/message/${both.body.uid}`, bob)).status).toBe(200);
    expect((await r2call('/api/message?tag=hidden', bob)).body).toEqual({ content: [], totalCount: 0 });
    expect((await r2call('/api/message?tag=hidden', admin)).body.totalCount).toBe(1);
    const inDir = await r2call('/api/message?directory=News.Local.Town&orderBy=header&direction=desc', alice);
    expect(inDir.body.content.map((m: { header: string }) => m.header)).toEqual(['Flood']);
    expect((await r2call('/api/message?orderBy=content', bob)).status).toBe(400);
  });

  it('updates only content, header, directories and tags; adds properties; deletes with canDeleteMessage', async () => {
    const msg = await r2call('/api/message', admin, 'POST', {
      directories: ['News'], // ALL may update here (bob explicitly not); only Admins delete
      header: 'Old',
      content: 'x',
      properties: [{ type: 'MARK', content: 'm' }],
    });
    const upd = await r2call('/api/message', alice, 'PUT', {
      ...msg.body,
      header: 'New',
      createdBy: 'mallory',
      tags: ['t'],
      properties: [...msg.body.properties, { type: 'COPYRIGHT', content: 'c' }],
    });

    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({
      header: 'New',
      createdBy: 'admin',
      updatedBy: 'alice',
      tags: ['t'],
      updated: expect.any(String),
    });
    expect(upd.body.properties.map((p: { type: string }) => p.type)).toEqual(['MARK', 'COPYRIGHT']);
    expect((await r2call('/api/message', bob, 'PUT', { ...msg.body, header: 'Bob' })).status).toBe(401);
    const prop = await r2call(`/api/message/property/${msg.body.uid}`, alice, 'POST', {
      type: 'RELOCATED',
      content: 'moved',
    });
    expect(prop.body).toMatchObject({ type: 'RELOCATED', createdBy: 'alice', uid: expect.any(String) });
    expect((await r2call(`/api/message/property/${msg.body.uid}`, alice, 'POST', { type: 'NOPE' })).body.code).toBe(
      'PROPERTY_TYPE_NOT_FOUND',
    );
    expect((await r2call(`/api/message/${msg.body.uid}`, bob, 'DELETE')).status).toBe(401);
    expect((await r2call(`/api/message/${msg.body.uid}`, alice, 'DELETE')).status).toBe(401);
    expect((await r2call(`/api/message/${msg.body.uid}`, admin, 'DELETE')).status).toBe(200);
    expect((await r2call(`/api/message/${msg.body.uid}`, admin)).body.code).toBe('MESSAGE_NOT_FOUND');
    expect((await call('/api/message')).status).toBe(401);
  });

  it('deletes a directory with its subtree (canDeleteDir)', async () => {
    expect((await r2call('/api/directory/News.Sport', alice, 'DELETE')).status).toBe(401);
    expect((await r2call('/api/directory/News.Sport', admin, 'DELETE')).status).toBe(200);
    expect((await r2call('/api/directory/News.Sport.Football', admin)).status).toBe(404);
  });
});

describe('Ribbon2 IO', () => {
  it('lists protocols, stores schemes with encrypted secrets, exports to the outbox and imports', async () => {
    expect((await r2call('/api/io/protocol', bob)).body.map((p: { id: string }) => p.id)).toEqual([
      'export:plain',
      'import:plain',
    ]);
    const saved = await r2call('/api/io/scheme', admin, 'POST', {
      id: 'export:plain',
      scheme: 'news-out',
      config: [{ format: 'json' }, { charset: 'utf-8' }, { apiPassword: 'hunter2' }],
    });
    expect(saved.body.config).toEqual({ format: 'json', charset: 'utf-8', apiPassword: '********' });
    const stored = await env.DB.prepare("select config from r2_io_schemes where name = 'news-out'").first<{
      config: string;
    }>();
    expect(stored?.config).not.toContain('hunter2');
    expect(JSON.parse(stored!.config).apiPassword).toMatch(/^ENC:/);
    expect((await r2call('/api/io/scheme', admin)).body).toContainEqual({
      id: 'export:plain',
      type: 'EXPORT',
      protocol: 'plain',
      scheme: 'news-out',
    });
    expect((await r2call('/api/io/scheme/export/plain/news-out', admin)).body.config.apiPassword).toBe('********');
    expect((await r2call('/api/io/export/scheme/plain/news-out/assign/News', admin, 'POST')).status).toBe(200);
    const msg = await r2call('/api/message', admin, 'POST', { directories: ['News'], header: 'Exported' });
    const files = await r2call('/api/io/export/outbox/plain/news-out', admin);
    expect(files.body).toContain(`${msg.body.uid}.json`);
    expect((await r2call(`/api/io/export/outbox/plain/news-out/${msg.body.uid}.json`, admin)).body.header).toBe(
      'Exported',
    );
    expect(
      (
        await r2call('/api/io/scheme', admin, 'POST', {
          id: 'import:plain',
          scheme: 'inbox',
          config: { directory: 'News', format: 'json' },
        })
      ).status,
    ).toBe(200);
    const imported = await r2call('/api/io/import/plain/inbox', alice, 'POST', {
      header: 'From outside',
      content: 'x',
    });
    expect(imported.body).toMatchObject({ header: 'From outside', directories: ['News'], createdBy: 'alice' });
    expect((await r2call('/api/io/import/plain/inbox', bob, 'POST', { header: 'no' })).status).toBe(401);
    expect(
      (await r2call('/api/io/scheme', admin, 'POST', { id: 'export:plain', scheme: 'bad', config: {} })).status,
    ).toBe(400);
    expect((await r2call('/api/io/scheme', bob)).status).toBe(401);
    expect((await r2call('/api/io/export/scheme/plain/news-out/dismiss/News', admin, 'POST')).status).toBe(200);
    expect((await r2call('/api/io/scheme/export/plain/news-out', admin, 'DELETE')).status).toBe(200);
    expect((await r2call('/api/io/scheme/export/plain/news-out', admin)).status).toBe(404);
  });
});
