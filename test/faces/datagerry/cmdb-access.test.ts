import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { count, expectSameAnswer, objectAs, typeAs, unique, userWith } from './cmdb-helpers';
import { adminToken, demoToken, dg } from './helpers';

/**
 * The cmdb services decide on their own (issue 13): the face's right middleware only narrows. A user in a
 * group with every framework right still meets the type ACL inside the core; a read-only user with those
 * rights still writes nothing.
 */
let admin: string;
let demo: string;
let writer: { token: string; group: { id: number } };
let readOnly: { token: string };
/** ACL: the writer's group may only READ. */
let readType: number;
let readObject: number;
/** ACL: only the admin group. */
let hiddenType: number;
let hiddenObject: number;
const MISSING = 987654;

const fields = [
  { type: 'text', name: 'name', label: 'Name' },
  { type: 'ref', name: 'link', label: 'Link' },
];

beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
  writer = await userWith(['base.framework.*']);
  readOnly = await userWith(['base.framework.*'], { readOnly: true });
  readType = await typeAs(admin, {
    name: unique('acl-read'),
    fields,
    acl: {
      activated: true,
      groups: { includes: { '1': ['CREATE', 'READ', 'UPDATE', 'DELETE'], [writer.group.id]: ['READ'] } },
    },
  });
  hiddenType = await typeAs(admin, {
    name: unique('acl-hidden'),
    fields,
    acl: { activated: true, groups: { includes: { '1': ['CREATE', 'READ', 'UPDATE', 'DELETE'] } } },
  });
  readObject = await objectAs(admin, readType, [{ name: 'name', value: 'visible' }]);
  hiddenObject = await objectAs(admin, hiddenType, [{ name: 'name', value: 'secret-existence' }]);
});

const activeOf = async (id: number) =>
  (await env.DB.prepare('select active from dg_objects where public_id = ?').bind(id).first<{ active: number }>())
    ?.active;
const auditRows = () => count('select count(*) as n from audit_log');

describe('DATAGERRY type ACL decided in the core', () => {
  it('refuses a state change with only READ in the ACL, and writes nothing', async () => {
    expect((await dg(`/rest/objects/${readObject}/state`, writer.token)).body).toBe(true);
    const audits = await auditRows();
    const res = await dg(`/rest/objects/${readObject}/state`, writer.token, 'PUT', false);
    expect(res.status).toBe(403);
    expect(await activeOf(readObject)).toBe(1);
    expect(await auditRows()).toBe(audits);
    // The same user changes the state where the ACL grants UPDATE (type 1 has no ACL).
    expect((await dg('/rest/objects/5/state', writer.token, 'PUT', false)).status).toBe(202);
    expect(await activeOf(5)).toBe(0);
  });

  it('refuses insert, update and delete without the matching ACL permission', async () => {
    const before = await count('select count(*) as n from dg_objects');
    expect(
      (await dg('/rest/objects/', writer.token, 'POST', { type_id: readType, fields: [{ name: 'name', value: 'x' }] }))
        .status,
    ).toBe(403);
    expect(
      (await dg(`/rest/objects/${readObject}`, writer.token, 'PUT', { fields: [{ name: 'name', value: 'changed' }] }))
        .status,
    ).toBe(403);
    expect((await dg(`/rest/objects/${readObject}`, writer.token, 'DELETE')).status).toBe(403);
    expect(await count('select count(*) as n from dg_objects')).toBe(before);
    expect((await dg(`/rest/objects/${readObject}/native`, admin)).body.fields).toEqual([
      { name: 'name', value: 'visible' },
    ]);
  });

  it('answers a hidden object exactly like a missing one on every route', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/rest/objects/{id}'],
      ['GET', '/rest/objects/{id}/native'],
      ['GET', '/rest/objects/{id}/state'],
      ['GET', '/rest/objects/{id}/references'],
      ['PUT', '/rest/objects/{id}/state', false],
      ['PUT', '/rest/objects/{id}', { fields: [{ name: 'name', value: 'x' }] }],
      ['DELETE', '/rest/objects/{id}'],
      ['DELETE', '/rest/objects/1,{id}'],
    ];
    for (const [method, path, body] of routes) {
      const hidden = await dg(path.replace('{id}', String(hiddenObject)), writer.token, method, body);
      const missing = await dg(path.replace('{id}', String(MISSING)), writer.token, method, body);
      expect(hidden.status, `${method} ${path}`).toBe(404);
      expectSameAnswer(hidden, hiddenObject, missing, MISSING);
    }
    expect((await dg(`/rest/objects/${hiddenObject}/native`, admin)).body.fields[0].value).toBe('secret-existence');
  });

  it('answers a ref to a hidden object exactly like a ref to a missing one', async () => {
    const ref = (target: number) =>
      dg('/rest/objects/', writer.token, 'POST', {
        type_id: 1,
        fields: [
          { name: 'hostname', value: unique('ref') },
          { name: 'uplink', value: target },
        ],
      });
    // Object 6 (type switch) is admin-only and an allowed ref type of `uplink`.
    const hidden = await ref(6);
    const missing = await ref(MISSING);
    expect(hidden.status).toBe(400);
    expectSameAnswer(hidden, 6, missing, MISSING);
    // Updating an object: the same.
    const hiddenUpdate = await dg('/rest/objects/1', writer.token, 'PUT', {
      fields: [
        { name: 'hostname', value: 'server1' },
        { name: 'uplink', value: 6 },
      ],
    });
    const missingUpdate = await dg('/rest/objects/1', writer.token, 'PUT', {
      fields: [
        { name: 'hostname', value: 'server1' },
        { name: 'uplink', value: MISSING },
      ],
    });
    expectSameAnswer(hiddenUpdate, 6, missingUpdate, MISSING);
    // The admin sees the switch and may reference it.
    const byAdmin = await dg('/rest/objects/', admin, 'POST', {
      type_id: 1,
      fields: [
        { name: 'hostname', value: unique('ref') },
        { name: 'uplink', value: 6 },
      ],
    });
    expect(byAdmin.status).toBe(200);
  });

  it('answers hidden types like missing ones (read, edit, delete, insert into, clean)', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/rest/types/{id}'],
      ['PUT', '/rest/types/{id}', { name: unique('renamed'), fields }],
      ['DELETE', '/rest/types/{id}'],
      ['GET', '/rest/objects/clean/{id}'],
      ['PUT', '/rest/objects/clean/{id}'],
    ];
    for (const [method, path, body] of routes) {
      const hidden = await dg(path.replace('{id}', String(hiddenType)), writer.token, method, body);
      const missing = await dg(path.replace('{id}', String(MISSING)), writer.token, method, body);
      expect(hidden.status, `${method} ${path}`).toBe(404);
      expectSameAnswer(hidden, hiddenType, missing, MISSING);
    }
    const insertHidden = await dg('/rest/objects/', writer.token, 'POST', { type_id: hiddenType, fields: [] });
    const insertMissing = await dg('/rest/objects/', writer.token, 'POST', { type_id: MISSING, fields: [] });
    expectSameAnswer(insertHidden, hiddenType, insertMissing, MISSING);
    const listed = (await dg('/rest/types/?limit=0', writer.token)).body.results.map(
      (t: { public_id: number }) => t.public_id,
    );
    expect(listed).toContain(readType);
    expect(listed).not.toContain(hiddenType);
    expect((await dg(`/rest/types/${hiddenType}`, admin)).status).toBe(200);
  });

  it('needs the type ACL to clean: READ to list, UPDATE to clean', async () => {
    expect((await dg(`/rest/objects/clean/${readType}`, writer.token)).status).toBe(200);
    const audits = await auditRows();
    expect((await dg(`/rest/objects/clean/${readType}`, writer.token, 'PUT')).status).toBe(403);
    expect(await auditRows()).toBe(audits);
    expect((await dg(`/rest/objects/clean/${readType}`, admin, 'PUT')).status).toBe(202);
    expect((await dg('/rest/objects/clean/1', demo)).status).toBe(403);
  });
});

describe('DATAGERRY categories and type visibility', () => {
  it('shows only the ids of types the caller may see (list, tree, single)', async () => {
    const name = unique('cat');
    const created = await dg('/rest/categories/', admin, 'POST', { name, types: [1, 2, hiddenType, readType] });
    expect(created.status).toBe(200);
    const id = created.body.result_id;
    expect(created.body.raw.types).toEqual([1, 2, hiddenType, readType]);
    const single = await dg(`/rest/categories/${id}`, writer.token);
    expect(single.body.result.types).toEqual([1, readType]);
    const list = await dg('/rest/categories/?limit=0', writer.token);
    expect(list.body.results.find((c: { public_id: number }) => c.public_id === id).types).toEqual([1, readType]);
    // Demo data: Network (3) holds only the admin-only switch type.
    expect(list.body.results.find((c: { public_id: number }) => c.public_id === 3).types).toEqual([]);
    const tree = await dg('/rest/categories/?view=tree&limit=0', writer.token);
    type Node = { category: { public_id: number; types: number[] }; types: { public_id: number }[]; children: Node[] };
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const node = flat(tree.body.results).find((n) => n.category.public_id === id);
    expect(node?.category.types).toEqual([1, readType]);
    expect(node?.types.map((t) => t.public_id)).toEqual([1, readType]);
    expect((await dg(`/rest/categories/${id}`, admin)).body.result.types).toEqual([1, 2, hiddenType, readType]);
  });

  it('refuses a category naming a hidden type exactly like a missing type, and keeps hidden assignments', async () => {
    const hidden = await dg('/rest/categories/', writer.token, 'POST', { name: unique('cat'), types: [hiddenType] });
    const missing = await dg('/rest/categories/', writer.token, 'POST', { name: unique('cat'), types: [MISSING] });
    expect(hidden.status).toBe(400);
    expectSameAnswer(hidden, hiddenType, missing, MISSING);
    const name = unique('cat');
    const id = (await dg('/rest/categories/', admin, 'POST', { name, types: [hiddenType, 1] })).body.result_id;
    const hiddenUpdate = await dg(`/rest/categories/${id}`, writer.token, 'PUT', { name, types: [hiddenType] });
    const missingUpdate = await dg(`/rest/categories/${id}`, writer.token, 'PUT', { name, types: [MISSING] });
    expectSameAnswer(hiddenUpdate, hiddenType, missingUpdate, MISSING);
    // The writer replaces what it sees; the hidden type stays assigned.
    const updated = await dg(`/rest/categories/${id}`, writer.token, 'PUT', { name, types: [readType] });
    expect(updated.status).toBe(202);
    expect(updated.body.result.types).toEqual([readType]);
    expect((await dg(`/rest/categories/${id}`, admin)).body.result.types).toEqual([readType, hiddenType]);
    const removed = await dg(`/rest/categories/${id}`, writer.token, 'DELETE');
    expect(removed.body.deleted_entry.types).toEqual([readType]);
  });
});

describe('DATAGERRY read-only users', () => {
  const writes = (): [string, string, unknown?][] => [
    ['POST', '/rest/types/', { name: unique('ro'), fields: [] }],
    ['PUT', '/rest/types/1', { name: 'server' }],
    ['DELETE', '/rest/types/2'],
    ['POST', '/rest/objects/', { type_id: 1, fields: [{ name: 'hostname', value: 'ro' }] }],
    ['PUT', '/rest/objects/1', { fields: [{ name: 'hostname', value: 'ro' }] }],
    ['PUT', '/rest/objects/1/state', false],
    ['DELETE', '/rest/objects/2'],
    ['DELETE', '/rest/objects/2,3'],
    ['PUT', '/rest/objects/clean/1'],
    ['POST', '/rest/categories/', { name: unique('ro') }],
    ['PUT', '/rest/categories/1', { name: 'infrastructure', label: 'RO' }],
    ['DELETE', '/rest/categories/3'],
  ];
  const snapshot = async () => ({
    audit: await auditRows(),
    types: await count('select count(*) as n from dg_types'),
    objects: await count('select count(*) as n from dg_objects'),
    categories: await count('select count(*) as n from dg_categories'),
    edited: await count('select count(*) as n from dg_objects where editor_id is not null'),
  });

  it('writes nothing, even holding every framework right (the core refuses, not only the middleware)', async () => {
    const before = await snapshot();
    for (const [method, path, body] of writes()) {
      const res = await dg(path, readOnly.token, method, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.message).toBe('Read-only user');
    }
    expect(await snapshot()).toEqual(before);
    expect((await dg('/rest/objects/1', readOnly.token)).status).toBe(200);
  });

  it('demo writes nothing either', async () => {
    const before = await snapshot();
    for (const [method, path, body] of writes()) {
      expect((await dg(path, demo, method, body)).status, `${method} ${path}`).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });
});
