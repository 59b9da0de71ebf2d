import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageQuery } from '../../../src/faces/ribbon2/common';
// The seed's examples, copied into the repo (see its $comment for the origin).
import seed from '../../fixtures/ribbon2-examples.json';
import { shapeErrors } from '../../support/example-shape';
import { call } from '../../support/worker';
import { r2, r2call, r2Login } from './helpers';

/** The seed's timestamps: `2020-06-11T06:11:22Z`. */
const SEED_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const { password: _created, ...createdUser } = seed.createUser;
const { password: _edited, ...editedUser } = seed.editUser;

const expectShape = (example: unknown, answer: unknown) => expect(shapeErrors(example, answer)).toEqual([]);
const expectError = (body: unknown, code: string) => {
  expectShape(seed.error, body);
  expect((body as { code: string }).code).toBe(code);
  expect(seed.codes).toContain(code);
};

// What a client of the original sends, with the seed's own payloads: statuses and shapes as documented.
describe('Ribbon2 answers the seed’s examples', () => {
  it('auth, account, users, groups, directories and access', async () => {
    // POST /auth with login and password in the query string, as the original reads them.
    const login = await call('/auth?login=admin&password=admin', { method: 'POST' });
    expect(login.status).toBe(200);
    const admin = await login.text();
    expect(admin.split('.')).toHaveLength(3);

    const user = await r2call('/api/user', admin, 'POST', seed.createUser);
    expect(user.status).toBe(200);
    expectShape({ id: 1, ...createdUser }, user.body);
    expect(user.body).not.toHaveProperty('password');
    expect(user.body).toMatchObject({ login: 'user', firstName: 'Test', email: 'user@example.com' });
    const token = await r2Login('user', 'RawPassword');
    expectShape(seed.account, (await r2call('/api/account', token)).body);

    const group = await r2call('/api/group', admin, 'POST', seed.createGroup);
    expect(group.status).toBe(200);
    expect(group.body).toMatchObject(seed.createGroup);
    const editedGroup = await r2call('/api/group', admin, 'PUT', { ...seed.editGroup, id: String(group.body.id) });
    expect(editedGroup.body).toMatchObject({ id: group.body.id, description: seed.editGroup.description });

    // "only existing group will be linked": UserGroup exists now, Editors does not.
    const edited = await r2call('/api/user', admin, 'PUT', { ...seed.editUser, id: String(user.body.id) });
    expect(edited.status).toBe(200);
    expectShape({ ...editedUser, id: 1 }, edited.body);
    expect(edited.body.groups).toContain('UserGroup');
    expect(edited.body.groups).not.toContain('Editors');
    await r2Login('user', 'NewRawPassword');

    for (const list of ['/api/user', '/api/group', '/api/directory', '/api/direcotry']) {
      const page = await r2call(`${list}?page=0&size=200&orderBy=id&direction=ASC`, admin);
      expect(page.status, list).toBe(200);
      expectShape(seed.paged, page.body);
    }

    // The seed creates System.Test, which the demo data already has: a duplicate (no seed code).
    const duplicate = await r2call('/api/directory', admin, 'POST', seed.createDirectory);
    expect(duplicate.status).toBe(409);
    expectError(duplicate.body, 'UNREGISTERED');
    const dir = await r2call('/api/directory', admin, 'POST', { ...seed.createDirectory, fullName: 'System.Seed' });
    expect(dir.status).toBe(200);
    expectShape({ id: 1, name: 'Seed', ...seed.createDirectory }, dir.body);
    const editedDir = await r2call('/api/direcotry', admin, 'PUT', seed.editDirectory);
    expect(editedDir.body).toMatchObject({ fullName: 'System.Test', description: seed.editDirectory.description });

    const access = await r2call('/api/directory/access/System.Test', admin, 'POST', seed.editAccess);
    expect(access.status).toBe(200);
    expect(access.body).toBeNull();
    const rules = (await r2call('/api/directory/access/System.Test', admin)).body;
    expect(rules).toEqual(
      expect.arrayContaining([
        { name: 'user', type: 'USER', permissions: { canCreateDir: true, canUpdateDir: true, canDeleteDir: false } },
      ]),
    );
  });

  it('malformed access entries are PERMISSION_VALIDATION_FAILED, nothing written', async () => {
    const admin = await r2Login('admin', 'admin');
    const before = (await r2call('/api/directory/access/System', admin)).body;
    for (const body of [
      [{ name: 'demo', type: 'ROBOT', permissions: [{ canCreateDir: true }] }],
      [{ name: 'demo', type: 'USER', permissions: [{ canCreateDir: 'yes' }] }],
      [{ name: 'demo', type: 'USER', permissions: { canCreateDir: 1 } }],
      { name: 'demo', type: 'USER', permissions: {} },
      [
        { name: null, type: 'ALL', permissions: {} },
        { name: null, type: 'ALL', permissions: {} },
      ],
    ]) {
      const r = await r2call('/api/directory/access/System', admin, 'POST', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expectError(r.body, 'PERMISSION_VALIDATION_FAILED');
    }
    expect((await r2call('/api/directory/access/System', admin)).body).toEqual(before);
    // A path that is not a directory path names no directory.
    expectError((await r2call('/api/directory/access/Bad..Path', admin, 'POST', [])).body, 'DIRECTORY_NOT_FOUND');
    expectError((await r2call('/api/direcotry', admin, 'PUT', { fullName: 'Bad..Path' })).body, 'DIRECTORY_NOT_FOUND');
  });

  it('messages and properties, with the seed’s timestamps', async () => {
    const admin = await r2Login('admin', 'admin');
    const created = await r2call('/api/message', admin, 'POST', seed.createMessage);
    expect(created.status).toBe(200);
    expectShape(seed.message, created.body);
    expect(created.body).toMatchObject({ createdBy: 'admin', header: 'New message', directories: ['System.Test'] });
    expect(created.body.created).toMatch(SEED_TIME);
    expect(created.body.properties[0].created).toMatch(SEED_TIME);

    const edited = await r2call('/api/message', admin, 'PUT', { ...seed.editMessage, uid: created.body.uid });
    expect(edited.status).toBe(200);
    expectShape({ ...seed.editMessage, updated: '', updatedBy: '' }, edited.body);
    expect(edited.body).toMatchObject({ content: seed.editMessage.content, updatedBy: 'admin' });
    expect(edited.body.updated).toMatch(SEED_TIME);
    expect(edited.body.tags).toContain('transl');

    const property = await r2call(`/api/message/property/${created.body.uid}`, admin, 'POST', seed.addProperty);
    expect(property.status).toBe(200);
    expectShape(seed.property, property.body);
    expect(property.body.created).toMatch(SEED_TIME);

    const page = await r2call('/api/message?size=200', admin);
    expect(page.status).toBe(200);
    expectShape({ ...seed.paged, content: [seed.message] }, page.body);

    expectError((await r2call('/api/message/nope', admin)).body, 'MESSAGE_NOT_FOUND');
    const empty = await r2call('/api/message', admin, 'POST', { ...seed.createMessage, directories: [] });
    expectError(empty.body, 'MESSAGE_DIRECORIES_REQUIRED');
    expect((await r2call(`/api/message/${created.body.uid}`, admin, 'DELETE')).status).toBe(200);
  });

  it('IO: protocols, and the seed’s mail scheme answered CALL_ERROR (no mail module here)', async () => {
    const admin = await r2Login('admin', 'admin');
    const protocols = await r2call('/api/io/protocol', admin);
    expect(protocols.status).toBe(200);
    expectShape(seed.protocols, protocols.body);
    const mail = await r2call('/api/io/scheme', admin, 'POST', seed.saveScheme);
    expect(mail.status).toBe(504);
    expectError(mail.body, 'CALL_ERROR');
    for (const path of ['/api/io/scheme/import/mail/import-gmail', '/api/io/scheme/export/mail/import-gmail'])
      expectError((await r2call(path, admin)).body, 'CALL_ERROR');
    expectError((await r2call('/api/io/import/mail/import-gmail', admin, 'POST', { header: 'h' })).body, 'CALL_ERROR');
    const plain = await r2call('/api/io/scheme', admin, 'POST', {
      ...seed.saveScheme,
      id: 'import:plain',
      scheme: 'import-seed',
      config: [{ directory: 'System.Test' }, { format: 'json' }],
    });
    expect(plain.status).toBe(200);
    const schemes = await r2call('/api/io/scheme', admin);
    expectShape(seed.schemes, schemes.body);
    expect(schemes.body).toContainEqual({
      id: 'import:plain',
      type: 'IMPORT',
      protocol: 'plain',
      scheme: 'import-seed',
    });
  });

  it('never refuses a page size (as the original) and caps it at 2000 (Spring Data’s maximum)', () => {
    const query = pageQuery(['id']);
    expect(query.parse({ size: '200' }).size).toBe(200);
    expect(query.parse({ size: '100000' }).size).toBe(PAGE_SIZE.max);
    expect(query.parse({ size: '0' }).size).toBe(30);
    expect(query.parse({ size: 'many', page: '-3' })).toMatchObject({ size: 30, page: 0 });
    expect(query.parse({})).toMatchObject({ page: 0, size: 30, orderBy: 'id', direction: 'ASC' });
  });
});

// Conformance, third pass: what the audit's clients still tripped over.
describe('Ribbon2 as its clients call it (third pass)', () => {
  it('reads a JSON body whatever Content-Type says (curl -d, HttpURLConnection); a body not JSON is a 400', async () => {
    const admin = await r2Login('admin', 'admin');
    const send = (body: string, type?: string) =>
      call('/api/group', {
        method: 'POST',
        headers: { 'x-ribbon2-auth': admin, ...(type ? { 'content-type': type } : {}) },
        body,
      });
    // curl -d '{"name":"G1"}' sends application/x-www-form-urlencoded.
    const form = await send(
      JSON.stringify({ ...seed.createGroup, name: 'CurlGroup' }),
      'application/x-www-form-urlencoded',
    );
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({ name: 'CurlGroup', description: seed.createGroup.description });
    const untyped = await send(JSON.stringify({ name: 'UntypedGroup' }));
    expect(untyped.status).toBe(200);
    const text = await send(JSON.stringify({ name: 'TextGroup' }), 'text/plain; charset=utf-8');
    expect(text.status).toBe(200);
    const notJson = await send('name=FormGroup', 'application/x-www-form-urlencoded');
    expect(notJson.status).toBe(400);
    expectShape(seed.error, await notJson.json());
    const groups = await r2call('/api/group?size=200', admin);
    expect(groups.body.content.map((g: { name: string }) => g.name)).not.toContain('FormGroup');
  });

  it('refuses to delete Admins, as the base group', async () => {
    const admin = await r2Login('admin', 'admin');
    const groups = await r2call('/api/group?size=200', admin);
    const admins = groups.body.content.find((g: { name: string }) => g.name === 'Admins');
    const refused = await r2call(`/api/group/${admins.id}`, admin, 'DELETE');
    expect(refused.status).toBe(401);
    expectError(refused.body, 'ACCESS_DENIED');
    expect((await r2call(`/api/group/${admins.id}`, admin)).status).toBe(200);
  });

  it('answers tags and directories in the order sent', async () => {
    const admin = await r2Login('admin', 'admin');
    const created = await r2call('/api/message', admin, 'POST', {
      ...seed.createMessage,
      directories: ['System.Test', 'Edit', 'System'],
    });
    expect(created.status).toBe(200);
    expect(created.body.tags).toEqual(seed.createMessage.tags);
    expect(created.body.directories).toEqual(['System.Test', 'Edit', 'System']);
    const read = await r2call(`/api/message/${created.body.uid}`, admin);
    expect(read.body.tags).toEqual(['test', 'message', 'findme']);
    const page = await r2call('/api/message?size=200&orderBy=id&direction=DESC', admin);
    const listed = page.body.content.find((m: { uid: string }) => m.uid === created.body.uid);
    expect(listed).toMatchObject({
      tags: ['test', 'message', 'findme'],
      directories: ['System.Test', 'Edit', 'System'],
    });
  });

  it('answers an unknown path under its prefixes in its own shape and codes', async () => {
    const admin = await r2Login('admin', 'admin');
    for (const path of ['/api/group/1/members', '/api/message/x/y/z', '/auth/nothing']) {
      const res = await call(path, r2(admin));
      expect(res.status, path).toBe(404);
      const body = await res.json();
      expectShape(seed.error, body);
      expect(seed.codes).toContain((body as { code: string }).code);
    }
  });
});
