import { beforeAll, describe, expect, it } from 'vitest';
// The seed's examples, copied into the repo (see its $comment for the origin).
import seed from '../../fixtures/datagerry-examples.json';
import { call } from '../../support/worker';
import { objectAs, typeAs, unique } from './cmdb-helpers';
import { adminToken, demoToken, dg } from './helpers';

/**
 * Issue 25, DATAGERRY: what clients of the original still tripped over. MongoDB's null and missing
 * semantics, booleans, the aggregation pipelines DATAGERRY's own web client sends (its `filter` as a JSON
 * array: objects of a type, reference searches with `$lookup`, the sidebar's uncategorised types), `$regex`
 * with `$options` as the UI sends them, a read-only user's own settings, group deletion modes, rights.
 */

let admin: string;
let demo: string;
beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
});

const q = (filter: unknown, more = '') => `?filter=${encodeURIComponent(JSON.stringify(filter))}${more}`;
const ids = (body: { results: { public_id: number }[] }) => body.results.map((r) => r.public_id);

describe('MongoDB null and missing semantics on the object lists', () => {
  it('$ne and $nin match never-edited objects (editor_id null), as MongoDB does', async () => {
    const all = ids((await dg('/rest/objects/?limit=0', admin)).body);
    expect(all.length).toBeGreaterThanOrEqual(6);
    // The example: every never-edited object, where SQL's <> gave none.
    const notOne = await dg(`/rest/objects/${q({ editor_id: { $ne: 1 } }, '&limit=0')}`, admin);
    expect(ids(notOne.body)).toEqual(all);
    expect(ids((await dg(`/rest/objects/${q({ editor_id: { $nin: [1, 2] } }, '&limit=0')}`, admin)).body)).toEqual(all);
    expect(ids((await dg(`/rest/objects/${q({ editor_id: null }, '&limit=0')}`, admin)).body)).toEqual(all);
    expect(ids((await dg(`/rest/objects/${q({ editor_id: { $eq: null } }, '&limit=0')}`, admin)).body)).toEqual(all);
    // A field the document has (null) exists; none lacks it.
    expect((await dg(`/rest/objects/${q({ editor_id: { $exists: false } })}`, admin)).body.total).toBe(0);
    expect((await dg(`/rest/objects/${q({ last_edit_time: { $exists: true } }, '&limit=0')}`, admin)).body.total).toBe(
      all.length,
    );
  });

  it('booleans filter as booleans: {"status": {"$ne": true}}, {"active": true}', async () => {
    const created = await dg('/rest/objects/', admin, 'POST', {
      type_id: 1,
      status: true,
      fields: [{ name: 'hostname', value: unique('status') }],
    });
    expect(created.status).toBe(200);
    // The insert answers the new id, as DATAGERRY's backend does.
    const id = created.body;
    const notTrue = await dg(`/rest/objects/${q({ status: { $ne: true } }, '&limit=0')}`, admin);
    expect(notTrue.status).toBe(200);
    expect(ids(notTrue.body)).not.toContain(id);
    expect(ids((await dg(`/rest/objects/${q({ status: true }, '&limit=0')}`, admin)).body)).toEqual([id]);
    expect((await dg(`/rest/objects/${id}/native`, admin)).body.status).toBe(true);
    // A number never equals a boolean in MongoDB.
    expect((await dg(`/rest/objects/${q({ status: 1 })}`, admin)).body.total).toBe(0);
  });

  it('a never-edited object shows last_edit_time as null (MongoDB JSON), not {"$date": null}', async () => {
    const native = await dg('/rest/objects/1/native', admin);
    expect(native.body.last_edit_time).toBeNull();
    expect(native.body.creation_time).toEqual({ $date: expect.any(Number) });
    const rendered = await dg('/rest/objects/1', admin);
    expect((rendered.body.result ?? rendered.body).object_information.last_edit_time).toBeNull();
  });
});

describe("aggregation pipelines as DATAGERRY's web client sends them", () => {
  it('objects of a type: [{"$match": {"type_id": 1}}], native and rendered, paged', async () => {
    const pipeline = [{ $match: { type_id: 1 } }];
    const native = await dg(`/rest/objects/${q(pipeline, '&limit=2&page=2')}`, admin);
    expect(native.status).toBe(200);
    expect(native.body.results.map((o: { type_id: number }) => o.type_id)).toEqual([1, 1]);
    expect(native.body.parameters.filter).toEqual(pipeline);
    const rendered = await dg(`/rest/objects/${q(pipeline, '&view=render&limit=0')}`, admin);
    expect(rendered.body.total).toBe(native.body.total);
    expect(rendered.body.results[0].type_information.type_id).toBe(1);
  });

  it('$lookup over references, $unwind, $count, $sort, $skip, $limit, $project', async () => {
    // server2 references server1 through `uplink`: found by the referenced object's hostname.
    const lookup = [
      { $match: { type_id: 1 } },
      { $lookup: { from: 'framework.objects', localField: 'fields.value', foreignField: 'public_id', as: 'data' } },
      { $match: { 'data.fields.value': { $regex: 'SERVER1', $options: 'ism' } } },
    ];
    const found = await dg(`/rest/objects/${q(lookup)}`, admin);
    expect(found.status).toBe(200);
    expect(ids(found.body)).toEqual([2]);
    // As in MongoDB, every field value is looked up: uplink 1, and cpus 4 happens to be an object's id too.
    expect(found.body.results[0].data.map((o: { public_id: number }) => o.public_id)).toEqual([1, 4]);
    const counted = await dg(`/rest/objects/${q([{ $match: { type_id: 1 } }, { $count: 'n' }])}`, admin);
    expect(counted.body).toMatchObject({ results: [{ n: expect.any(Number) }], total: 1 });
    const unwound = [
      { $match: { public_id: 1 } },
      { $unwind: '$fields' },
      { $match: { 'fields.name': { $in: ['hostname', 'os'] } } },
      { $project: { public_id: 1, fields: 1 } },
    ];
    expect((await dg(`/rest/objects/${q(unwound)}`, admin)).body.results).toEqual([
      { public_id: 1, fields: { name: 'hostname', value: 'server1' } },
      { public_id: 1, fields: { name: 'os', value: 'linux' } },
    ]);
    const servers = ids(
      (await dg(`/rest/objects/${q({ type_id: 1 }, '&limit=0&sort=public_id&order=-1')}`, admin)).body,
    );
    const top = [{ $match: { type_id: 1 } }, { $sort: { public_id: -1 } }, { $skip: 1 }, { $limit: 2 }];
    expect(ids((await dg(`/rest/objects/${q(top, '&sort=public_id&order=-1')}`, admin)).body)).toEqual(
      servers.slice(1, 3),
    );
    // A reshaped document cannot be rendered.
    expect((await dg(`/rest/objects/${q([{ $count: 'n' }], '&view=render')}`, admin)).status).toBe(400);
  });

  it('the type ACL applies before any stage: a hidden type is never counted, looked up or matched', async () => {
    const all = (await dg(`/rest/objects/${q([{ $count: 'n' }])}`, admin)).body.results[0].n;
    const visible = (await dg(`/rest/objects/${q([{ $count: 'n' }])}`, demo)).body.results[0].n;
    expect(visible).toBe(all - (await dg('/rest/objects/?filter=%7B%22type_id%22%3A2%7D', admin)).body.total);
    const uplink = await objectAs(admin, 1, [
      { name: 'hostname', value: unique('to-switch') },
      { name: 'uplink', value: 6 },
    ]);
    const pipeline = [
      { $match: { public_id: uplink } },
      { $lookup: { from: 'framework.objects', localField: 'fields.value', foreignField: 'public_id', as: 'data' } },
    ];
    expect((await dg(`/rest/objects/${q(pipeline)}`, admin)).body.results[0].data).toHaveLength(1);
    expect((await dg(`/rest/objects/${q(pipeline)}`, demo)).body.results[0].data).toEqual([]);
  });

  it('refuses other stages, $where and $expr in DATAGERRY’s error shape', async () => {
    for (const pipeline of [
      [{ $group: { _id: '$type_id' } }],
      [{ $addFields: { x: 1 } }],
      [{ $match: { $where: 'true' } }],
      [{ $match: { $expr: { $eq: ['$type_id', 1] } } }],
      [{ $lookup: { from: 'management.users', localField: 'author_id', foreignField: 'public_id', as: 'u' } }],
    ]) {
      const r = await dg(`/rest/objects/${q(pipeline)}`, admin);
      expect(r.status, JSON.stringify(pipeline)).toBe(400);
      expect(r.body).toMatchObject({ status: 400, response: 'Bad Request', message: expect.any(String) });
    }
  });

  it("the sidebar's uncategorised types: $lookup from framework.categories, $size, $project", async () => {
    const loose = await typeAs(admin, { name: unique('loose'), label: 'Loose', fields: [] });
    const pipeline = [
      { $lookup: { from: 'framework.categories', localField: 'public_id', foreignField: 'types', as: 'categories' } },
      { $match: { categories: { $size: 0 } } },
      { $project: { categories: 0 } },
    ];
    const r = await dg(`/rest/types/${q(pipeline, '&limit=0')}`, admin);
    expect(r.status).toBe(200);
    expect(ids(r.body)).toContain(loose);
    expect(ids(r.body)).not.toContain(1);
    expect(r.body.results[0]).not.toHaveProperty('categories');
  });

  it('pipelines on the other lists: users, groups, rights, categories', async () => {
    const users = await dg(
      `/rest/users/${q([{ $match: { user_name: 'demo' } }, { $project: { user_name: 1 } }])}`,
      admin,
    );
    expect(users.body.results).toEqual([{ user_name: 'demo' }]);
    const groups = await dg(`/rest/groups/${q([{ $sort: { public_id: -1 } }, { $limit: 1 }, { $count: 'n' }])}`, admin);
    expect(groups.body.results).toEqual([{ n: 1 }]);
    const rights = await dg(`/rest/rights/${q([{ $match: { is_master: true } }, { $count: 'n' }])}`, admin);
    expect(rights.body.results[0].n).toBeGreaterThan(5);
    const categories = await dg(`/rest/categories/${q([{ $unwind: '$types' }, { $match: { types: 1 } }])}`, admin);
    expect(categories.body.results.map((c: { name: string }) => c.name)).toEqual(['servers']);
    expect((await dg(`/rest/categories/${q([{ $skip: 0 }], '&view=tree')}`, admin)).status).toBe(400);
  });
});

describe('$regex with $options and $all, as the UI sends them', () => {
  it('"ism" and "ismx": case-insensitive, dots, the x option ignoring spaces', async () => {
    const types = await dg(`/rest/types/${q({ $or: [{ name: { $regex: 'SERV', $options: 'ism' } }] })}`, admin);
    expect(types.body.results.map((t: { name: string }) => t.name)).toContain('server');
    const ip = { fields: { $elemMatch: { name: 'ip', value: { $regex: '10.0.0.1', $options: 'ismx' } } } };
    expect(ids((await dg(`/rest/objects/${q(ip)}`, admin)).body)).toEqual([1]);
    const spaced = { 'fields.value': { $regex: 'ser ver1', $options: 'ismx' } };
    expect(ids((await dg(`/rest/objects/${q(spaced)}`, admin)).body)).toEqual([1]);
    // Without i a regex is case-sensitive, as in MongoDB.
    expect((await dg(`/rest/objects/${q({ 'fields.value': { $regex: 'SERVER1' } })}`, admin)).body.total).toBe(0);
  });

  it('$all on an array: groups holding every right named', async () => {
    const r = await dg(`/rest/groups/${q({ rights: { $all: ['base.*'] } })}`, admin);
    expect(r.body.results.map((g: { name: string }) => g.name)).toEqual(['admin']);
  });
});

describe('users, groups and rights', () => {
  it('the read-only demo user stores its own settings (the UI saves table settings for everyone)', async () => {
    const self = (await dg('/rest/users/?filter=%7B%22user_name%22%3A%22demo%22%7D', admin)).body.results[0].public_id;
    const saved = await dg(`/rest/users/${self}/settings/`, demo, 'POST', {
      identifier: 'framework-object-list',
      payload: [{ id: 'table-config', data: { pageSize: 25 } }],
      setting_type: 'APPLICATION',
    });
    expect(saved.status).toBe(201);
    expect((await dg('/rest/users/1/settings/', demo, 'POST', { identifier: 'x' })).status).toBe(403);
  });

  it('DELETE /groups/{id}?action=NONE deletes the group as DATAGERRY does', async () => {
    const created = await dg('/rest/groups/', admin, 'POST', { name: unique('none'), label: 'None', rights: [] });
    const r = await dg(`/rest/groups/${created.body.result_id}?action=NONE`, admin, 'DELETE');
    expect(r.status).toBe(202);
    expect((await dg(`/rest/groups/${created.body.result_id}`, admin)).status).toBe(404);
  });

  it("master rights carry the seed's labels and levels", async () => {
    // The right object the seed's group examples show (groups.update's answer lists it).
    const shown = JSON.stringify(seed).match(/\{[^{}]*"name": ?"base\.framework\.object\.\*"[^{}]*\}/);
    const objectMaster = JSON.parse(shown?.[0] ?? '{}');
    expect(objectMaster).toMatchObject({ level: 10, label: 'object.*' });
    const r = await dg(`/rest/rights/${objectMaster.name}`, admin);
    expect(r.body.result).toEqual(objectMaster);
    expect((await dg('/rest/rights/base.*', admin)).body.result).toMatchObject({ level: 0, label: 'base.*' });
    expect((await dg('/rest/rights/base.framework.object.view', admin)).body.result.label).toBe('object.view');
  });

  it('an unknown path under /rest answers in DATAGERRY’s shape', async () => {
    const r = await call('/rest/nothing/here');
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ status: 404, response: 'Not Found' });
  });
});
