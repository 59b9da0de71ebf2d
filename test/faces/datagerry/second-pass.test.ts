import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/worker';
import { objectAs, typeAs, unique } from './cmdb-helpers';
import { adminToken, demoToken, dg } from './helpers';

/**
 * Issue 15, DATAGERRY: what clients of the original tripped over (docs/faces/datagerry.md). One block per
 * reproduced difference: filters on every list, `{}` placeholders in external links, Mongo filters on the
 * `fields` array, PATCH, X-API-Version, WWW-Authenticate and the seed's statuses.
 */

let admin: string;
let demo: string;
beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
});

const q = (filter: unknown, more = '') => `?filter=${encodeURIComponent(JSON.stringify(filter))}${more}`;
const names = (body: { results: { name: string }[] }) => body.results.map((r) => r.name);
const ids = (body: { results: { public_id: number }[] }) => body.results.map((r) => r.public_id);

describe('every list takes filter, sort, order, limit, page and projection', () => {
  it('filter={} is everything, on groups, types, categories and rights', async () => {
    for (const list of ['groups', 'types', 'categories', 'rights']) {
      const all = await dg(`/rest/${list}/`, admin);
      const none = await dg(`/rest/${list}/${q({})}`, admin);
      expect(none.status, list).toBeLessThan(300);
      expect(none.body.total, list).toBe(all.body.total);
      expect(none.body.parameters.filter, list).toEqual({});
    }
  });

  it('groups: columns and rights (by name, by right object, $elemMatch)', async () => {
    expect(names((await dg(`/rest/groups/${q({ name: 'admin' })}`, admin)).body)).toEqual(['admin']);
    expect(names((await dg(`/rest/groups/${q({ rights: 'base.*' })}`, admin)).body)).toEqual(['admin']);
    expect(names((await dg(`/rest/groups/${q({ 'rights.name': 'base.*' })}`, admin)).body)).toEqual(['admin']);
    const base = await dg(`/rest/groups/${q({ rights: { $elemMatch: { is_master: true, level: 0 } } })}`, admin);
    expect(names(base.body)).toEqual(['admin']);
    const viewers = await dg(`/rest/groups/${q({ 'rights.level': { $gte: 80 }, name: { $ne: 'admin' } })}`, admin);
    expect(names(viewers.body)).not.toContain('user');
    const sorted = await dg(
      `/rest/groups/${q({ public_id: { $in: [1, 2] } }, '&sort=name&order=-1&limit=1&page=2')}`,
      admin,
    );
    expect(names(sorted.body)).toEqual(['admin']);
    expect(sorted.body.total).toBe(2);
    expect((await dg(`/rest/groups/${q({ password: 'x' })}`, admin)).status).toBe(400);
    expect((await dg(`/rest/groups/${q({ name: { $where: '1' } })}`, admin)).status).toBe(400);
  });

  it('types: columns and field definitions, within the type ACL', async () => {
    expect(names((await dg(`/rest/types/${q({ name: 'server' })}`, admin)).body)).toEqual(['server']);
    expect(names((await dg(`/rest/types/${q({ 'fields.name': 'hostname' })}`, admin)).body)).toEqual(['server']);
    const textName = { fields: { $elemMatch: { name: 'name', type: 'text' } } };
    expect(names((await dg(`/rest/types/${q(textName)}`, admin)).body)).toEqual(['switch']);
    // The switch type is hidden from demo: no filter reaches it.
    expect((await dg(`/rest/types/${q(textName)}`, demo)).body.total).toBe(0);
    expect((await dg(`/rest/types/${q({ public_id: 2 })}`, demo)).body.total).toBe(0);
    // Field definitions expose no values (a password field's default would be one).
    expect((await dg(`/rest/types/${q({ 'fields.value': 'x' })}`, admin)).status).toBe(400);
    expect((await dg(`/rest/types/${q({ acl: 1 })}`, admin)).status).toBe(400);
  });

  it("categories: columns and types, only the caller's visible types", async () => {
    expect(names((await dg(`/rest/categories/${q({ types: 1 })}`, admin)).body)).toEqual(['servers']);
    expect(names((await dg(`/rest/categories/${q({ types: { $in: [1, 2] } })}`, admin)).body)).toEqual([
      'servers',
      'network',
    ]);
    expect((await dg(`/rest/categories/${q({ types: 2 })}`, demo)).body.total).toBe(0);
    expect(names((await dg(`/rest/categories/${q({ parent: null, 'meta.order': 1 })}`, admin)).body)).toEqual([
      'network',
    ]);
    const tree = await dg(`/rest/categories/${q({ name: { $ne: 'infrastructure' } }, '&view=tree')}`, admin);
    expect(tree.body.results.map((n: { category: { name: string } }) => n.category.name)).toEqual([
      'servers',
      'network',
    ]);
  });

  it('rights: name, level, is_master, in list and tree views', async () => {
    const masters = await dg(`/rest/rights/${q({ is_master: true, level: { $gte: 80 } }, '&limit=0')}`, admin);
    expect(masters.status).toBe(202);
    expect(masters.body.results.every((r: { is_master: boolean; level: number }) => r.is_master && r.level >= 80)).toBe(
      true,
    );
    const objects = await dg(
      `/rest/rights/${q({ name: { $regex: '^base\\.framework\\.object\\.' } }, '&view=tree')}`,
      admin,
    );
    expect(names(objects.body)).toEqual(['base.framework.object.*']);
    expect(objects.body.results[0].children.length).toBeGreaterThan(3);
    expect((await dg(`/rest/rights/${q({ holder: 'x' })}`, admin)).status).toBe(400);
  });

  it('projection keeps or drops keys of every list, and is echoed in parameters', async () => {
    const p = (spec: unknown) => `projection=${encodeURIComponent(JSON.stringify(spec))}`;
    for (const list of ['users', 'groups', 'types', 'categories']) {
      const kept = await dg(`/rest/${list}/?${p({ public_id: 1 })}`, admin);
      expect(
        kept.body.results.every((r: object) => Object.keys(r).join() === 'public_id'),
        list,
      ).toBe(true);
      expect(kept.body.parameters.projection, list).toEqual({ public_id: 1 });
      expect((await dg(`/rest/${list}/?${p({ nope: 1 })}`, admin)).status, list).toBe(400);
    }
    const dropped = await dg(`/rest/rights/?${p({ description: 0, label: 0 })}`, admin);
    expect(Object.keys(dropped.body.results[0]).sort()).toEqual(['is_master', 'level', 'name']);
    const listed = await dg(`/rest/groups/?${p(['name'])}`, admin);
    expect(listed.body.results[0]).toEqual({ name: 'admin' });
    expect((await dg(`/rest/users/?${p({ password: 1 })}`, admin)).status).toBe(400);
  });
});

describe('external links fill `{}` placeholders with the listed fields, in order', () => {
  it('renders the seed example and the positional, named, escaped and object_id forms', async () => {
    const externals = [
      { name: 'google', href: 'http://www.google.de/{}', label: 'Google Search', fields: ['example'] },
      { name: 'indexed', href: 'https://x.test/{1}/{0}?{{raw}}', fields: ['example', 'other'] },
      { name: 'named', href: 'https://x.test/{example}', fields: ['example'] },
      { name: 'id', href: 'https://x.test/objects/{}', fields: ['object_id'] },
      { name: 'static', href: 'https://x.test/', fields: [] },
      { name: 'missing', href: 'https://x.test/{}/{}', fields: ['example', 'empty'] },
      { name: 'unknown', href: 'https://x.test/{nope}', fields: ['example'] },
      { name: 'mixed', href: 'https://x.test/{}/{0}', fields: ['example'] },
      { name: 'unbalanced', href: 'https://x.test/{', fields: ['example'] },
    ];
    const type = await typeAs(admin, {
      name: unique('ext'),
      fields: ['example', 'other', 'empty'].map((name) => ({ type: 'text', name })),
      render_meta: { externals },
    });
    const id = await objectAs(admin, type, [
      { name: 'example', value: 'value' },
      { name: 'other', value: 'a b/c' },
      { name: 'empty', value: '' },
    ]);
    const rendered = await dg(`/rest/objects/${id}`, admin);
    expect(rendered.body.externals.map((e: { name: string; href: string }) => [e.name, e.href])).toEqual([
      ['google', 'http://www.google.de/value'],
      ['indexed', 'https://x.test/a%20b%2Fc/value?{raw}'],
      ['named', 'https://x.test/value'],
      ['id', `https://x.test/objects/${id}`],
      ['static', 'https://x.test/'],
    ]);
    // The demo type's `{hostname}` link keeps working.
    expect((await dg('/rest/objects/1', admin)).body.externals[0].href).toBe('https://www.google.com/search?q=server1');
  });
});

describe('Mongo filters on the fields array', () => {
  const objects = (filter: unknown, token = admin) => dg(`/rest/objects/${q(filter)}`, token);

  it('$elemMatch matches within one element; fields.name / fields.value within any', async () => {
    expect(ids((await objects({ fields: { $elemMatch: { name: 'os', value: 'windows' } } })).body)).toEqual([3]);
    expect(ids((await objects({ 'fields.name': 'os', 'fields.value': 'windows' })).body)).toEqual([3]);
    expect(ids((await objects({ fields: { $elemMatch: { name: 'cpus', value: { $gte: 16 } } } })).body)).toEqual([
      3, 4,
    ]);
    // Same element: no object has a field named os whose value is 16.
    expect((await objects({ fields: { $elemMatch: { name: 'os', value: 16 } } })).body.total).toBe(0);
    expect(ids((await objects({ 'fields.value': 'core-switch' })).body)).toEqual([6]);
    expect((await objects({ 'fields.value': 'core-switch' }, demo)).body.total).toBe(0);
    expect((await objects({ fields: { $elemMatch: { color: 'red' } } })).status).toBe(400);
    expect((await objects({ fields: { $elemMatch: 'x' } })).status).toBe(400);
  });

  it('never compares a password field: refused by name, left out by pattern', async () => {
    const type = await typeAs(admin, {
      name: unique('vault'),
      fields: [
        { type: 'text', name: 'host' },
        { type: 'password', name: 'secret' },
      ],
    });
    const id = await objectAs(admin, type, [
      { name: 'host', value: 'vault-1' },
      { name: 'secret', value: 'hunter2-secret' },
    ]);
    const refused = [
      { fields: { $elemMatch: { name: 'secret', value: 'hunter2-secret' } } },
      { fields: { $elemMatch: { name: { $in: ['host', 'secret'] } } } },
      { 'fields.name': 'secret' },
      { $or: [{ 'fields.secret': 'x' }, { 'fields.host': 'vault-1' }] },
    ];
    for (const filter of refused) {
      const res = await objects(filter);
      expect(res.status, JSON.stringify(filter)).toBe(400);
      expect(res.body.message).toBe("Unknown filter field 'fields.secret'");
    }
    for (const filter of [
      { fields: { $elemMatch: { name: { $regex: '^sec' } } } },
      { 'fields.value': { $regex: '^ENC:' } },
      { 'fields.value': 'hunter2-secret' },
    ])
      expect((await objects(filter)).body.total, JSON.stringify(filter)).toBe(0);
    expect(ids((await objects({ fields: { $elemMatch: { name: 'host', value: 'vault-1' } } })).body)).toEqual([id]);
  });
});

describe('methods, headers and statuses as the seed shows them', () => {
  it('PATCH updates like PUT on users, groups, settings, types, objects and categories', async () => {
    const user = await dg('/rest/users/', admin, 'POST', { user_name: unique('patch'), password: 'Patch-pass-1' });
    expect(user.status).toBe(200);
    const patched = await dg(`/rest/users/${user.body.result_id}`, admin, 'PATCH', {
      user_name: user.body.raw.user_name,
      first_name: 'Pat',
    });
    expect(patched.status).toBe(202);
    expect(patched.body.result.first_name).toBe('Pat');
    const group = await dg('/rest/groups/', admin, 'POST', { name: unique('pg'), rights: [] });
    expect(group.status).toBe(200);
    const g = await dg(`/rest/groups/${group.body.result_id}`, admin, 'PATCH', {
      name: group.body.raw.name,
      label: 'P',
    });
    expect([g.status, g.body.result.label]).toEqual([202, 'P']);
    await dg('/rest/users/1/settings/', admin, 'POST', { identifier: 'patched', payload: {} });
    const s = await dg('/rest/users/1/settings/patched', admin, 'PATCH', { identifier: 'patched', payload: { a: 1 } });
    expect([s.status, s.body.result.payload]).toEqual([202, { a: 1 }]);
    const type = await typeAs(admin, { name: unique('pt'), fields: [{ type: 'text', name: 'f' }] });
    const t = await dg(`/rest/types/${type}`, admin, 'PATCH', {
      name: unique('pt2'),
      fields: [{ type: 'text', name: 'f' }],
    });
    expect([t.status, t.body.result.version]).toEqual([202, '1.0.1']);
    const object = await objectAs(admin, type, [{ name: 'f', value: 'a' }]);
    const o = await dg(`/rest/objects/${object}`, admin, 'PATCH', { fields: [{ name: 'f', value: 'b' }] });
    expect([o.status, o.body.result.fields]).toEqual([200, [{ name: 'f', value: 'b' }]]);
    const c = await dg('/rest/categories/2', admin, 'PATCH', { name: 'servers', label: 'Patched' });
    expect([c.status, c.body.result.label]).toEqual([202, 'Patched']);
    expect((await dg(`/rest/objects/${object}`, demo, 'PATCH', { fields: [] })).status).toBe(403);
  });

  it('X-API-Version on single resources, HEAD and errors', async () => {
    for (const path of ['/rest/users/1', '/rest/types/1', '/rest/objects/1/native', '/rest/rights/levels'])
      for (const method of ['GET', 'HEAD']) {
        const res = await call(path, { method, headers: { authorization: `Bearer ${admin}` } });
        expect([res.status, res.headers.get('x-api-version')], `${method} ${path}`).toEqual([200, '1.0']);
      }
    expect((await dg('/rest/types/999', admin)).res.headers.get('x-api-version')).toBe('1.0');
  });

  it('a 401 names the scheme to use (none on the JSON login)', async () => {
    const get = (authorization?: string) =>
      call('/rest/users/1', { headers: authorization ? { authorization, 'cf-connecting-ip': '198.51.100.151' } : {} });
    // Unknown logins: no failure counted against a real account (throttle state outlives the file).
    const basic = await get(`Basic ${btoa(`${unique('nobody')}:wrong-password`)}`);
    expect(basic.status).toBe(401);
    expect(basic.headers.get('www-authenticate')).toBe('Basic realm="DATAGERRY", charset="UTF-8"');
    expect((await get()).headers.get('www-authenticate')).toBe('Basic realm="DATAGERRY", charset="UTF-8"');
    expect((await get('Bearer not-a-token')).headers.get('www-authenticate')).toBe('Bearer realm="DATAGERRY"');
    const login = await dg('/rest/auth/login', null, 'POST', { user_name: unique('nobody'), password: 'wrong' });
    expect(login.status).toBe(401);
    expect(login.res.headers.get('www-authenticate')).toBeNull();
  });

  it('inserts answer 200 (settings 201), object updates and deletes 200, the rights list 202', async () => {
    expect((await dg('/rest/users/1/settings/', admin, 'POST', { identifier: 'status-201' })).status).toBe(201);
    const id = await objectAs(admin, 1, [{ name: 'hostname', value: unique('st') }]);
    const removed = await dg(`/rest/objects/${id}`, admin, 'DELETE');
    expect(removed.status).toBe(200);
    expect(removed.res.headers.get('location')).toMatch(new RegExp(`/rest/objects/${id}$`));
    expect((await dg('/rest/rights/', admin)).status).toBe(202);
  });
});
