import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { bearer } from '../../support/worker';
import { adminToken, demoToken, dg } from './helpers';

let admin: string;
let demo: string;

beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
});

const objects = async () =>
  (await env.DB.prepare('select count(*) as n from dg_objects').first<{ n: number }>())?.n ?? 0;

describe('DATAGERRY types', () => {
  it('lists and reads types, hiding ACL types from other groups', async () => {
    const all = await dg('/rest/types/', admin);
    expect(all.body.results.map((t: { name: string }) => t.name)).toEqual(['server', 'switch']);
    expect(all.body.results[0]).toMatchObject({
      public_id: 1,
      render_meta: { summary: { fields: ['hostname', 'ip'] } },
      fields: expect.any(Array),
    });
    expect((await dg('/rest/types/', demo)).body.results.map((t: { name: string }) => t.name)).toEqual(['server']);
    expect((await dg('/rest/types/2', demo)).status).toBe(404);
    expect((await dg('/rest/types/2', admin)).status).toBe(200);
  });

  it('inserts, updates, refuses invalid types and deleting a type with objects', async () => {
    const t = await dg('/rest/types/', admin, 'POST', {
      name: 'printer',
      label: 'Printer',
      fields: [{ type: 'text', name: 'model' }],
      render_meta: { summary: { fields: ['model'] } },
    });
    expect(t.status).toBe(200);
    expect(t.res.headers.get('location')).toMatch(/\/rest\/types\/3$/);
    expect(
      (await dg('/rest/types/', admin, 'POST', { name: 'bad', fields: [{ type: 'laser', name: 'x' }] })).status,
    ).toBe(400);
    expect(
      (
        await dg('/rest/types/', admin, 'POST', {
          name: 'bad',
          fields: [],
          render_meta: { summary: { fields: ['ghost'] } },
        })
      ).status,
    ).toBe(400);
    expect((await dg('/rest/types/', admin, 'POST', { name: 'server' })).status).toBe(409);
    const up = await dg('/rest/types/3', admin, 'PUT', {
      name: 'printer',
      label: 'Printers',
      fields: [{ type: 'text', name: 'model' }],
    });
    expect(up.body.result).toMatchObject({ label: 'Printers', version: '1.0.1' });
    expect((await dg('/rest/types/1', admin, 'DELETE')).status).toBe(409);
    expect((await dg('/rest/types/3', admin, 'DELETE')).status).toBe(202);
    expect((await dg('/rest/types/', demo, 'POST', { name: 'x' })).status).toBe(403);
  });
});

describe('DATAGERRY objects', () => {
  it('lists native and render views, filters on columns and fields, projects', async () => {
    const native = await dg('/rest/objects/?limit=2', admin);
    expect(native.body).toMatchObject({
      total: 6,
      count: 2,
      model: 'Object',
      parameters: { optional: { view: 'native' } },
    });
    expect(native.body.results[0]).toMatchObject({
      public_id: 1,
      type_id: 1,
      version: '1.0.0',
      active: true,
      fields: expect.arrayContaining([{ name: 'hostname', value: 'server1' }]),
    });
    const render = await dg('/rest/objects/?view=render&limit=1', admin);
    expect(render.body.results[0]).toMatchObject({
      object_information: { object_id: 1, author_name: 'admin', version: '1.0.0' },
      type_information: { type_id: 1, type_name: 'server', type_label: 'Server' },
      summary_line: 'server1 | 10.0.0.1',
      externals: [{ name: 'search', href: 'https://www.google.com/search?q=server1' }],
    });
    const byField = await dg(`/rest/objects/?filter=${encodeURIComponent('{"fields.os":"windows"}')}`, admin);
    expect(byField.body.results.map((o: { public_id: number }) => o.public_id)).toEqual([3]);
    const byNumber = await dg(
      `/rest/objects/?filter=${encodeURIComponent('{"fields.cpus":{"$gte":16}}')}&sort=public_id&order=-1`,
      admin,
    );
    expect(byNumber.body.results.map((o: { public_id: number }) => o.public_id)).toEqual([4, 3]);
    const projected = await dg(
      `/rest/objects/?projection=${encodeURIComponent('{"public_id":1,"type_id":1}')}&limit=1`,
      admin,
    );
    expect(projected.body.results[0]).toEqual({ public_id: 1, type_id: 1 });
    expect(
      (await dg(`/rest/objects/?filter=${encodeURIComponent('{"fields.os":{"$regex":"^w"}}')}`, admin)).status,
    ).toBeLessThan(500);
    expect((await dg(`/rest/objects/?filter=${encodeURIComponent('{"$where":"this.x"}')}`, admin)).status).toBe(400);
    expect((await dg('/rest/objects/?filter=not-json', admin)).status).toBe(400);
    expect((await dg('/rest/objects/?sort=fields', admin)).status).toBe(400);
    expect((await dg(`/rest/objects/?projection=${encodeURIComponent('{"password":1}')}`, admin)).status).toBe(400);
  });

  it('applies the type ACL inside the query: hidden objects are absent and 404', async () => {
    const list = await dg('/rest/objects/?limit=0', demo);
    expect(list.body.total).toBe(5);
    expect(list.res.headers.get('x-total-count')).toBe('5');
    expect(list.body.results.some((o: { type_id: number }) => o.type_id === 2)).toBe(false);
    expect((await dg('/rest/objects/6', demo)).status).toBe(404);
    expect((await dg('/rest/objects/6/native', demo)).status).toBe(404);
    expect((await dg('/rest/objects/6', admin)).status).toBe(200);
    expect((await dg(`/rest/objects/?filter=${encodeURIComponent('{"type_id":2}')}`, demo)).body.total).toBe(0);
  });

  it('gets rendered, native, references and state', async () => {
    expect(
      (await dg('/rest/objects/1', admin)).body.fields.find((f: { name: string }) => f.name === 'hostname'),
    ).toMatchObject({ label: 'Hostname', value: 'server1' });
    expect((await dg('/rest/objects/1/native', admin)).body).toMatchObject({ public_id: 1, views: 0 });
    expect(
      (await dg('/rest/objects/1/references', admin)).body.results.map((o: { public_id: number }) => o.public_id),
    ).toEqual([2]);
    expect((await dg('/rest/objects/1/state', admin)).body).toBe(true);
    expect((await dg('/rest/objects/5/state', admin, 'PUT', false)).status).toBe(202);
    expect((await dg('/rest/objects/5/state', admin)).body).toBe(false);
    expect((await dg('/rest/objects/?active=true&limit=0', admin)).body.total).toBe(5);
    expect((await dg('/rest/objects/5/state', demo, 'PUT', true)).status).toBe(403);
  });

  it('inserts and updates with validation and version bumps', async () => {
    const before = await objects();
    const bad = [
      { type_id: 1, fields: [{ name: 'nope', value: 'x' }] },
      { type_id: 1, fields: [{ name: 'hostname', value: 5 }] },
      { type_id: 1, fields: [{ name: 'ip', value: '1.2.3.4' }] },
      {
        type_id: 1,
        fields: [
          { name: 'hostname', value: 'h' },
          { name: 'os', value: 'beos' },
        ],
      },
      {
        type_id: 1,
        fields: [
          { name: 'hostname', value: 'h' },
          { name: 'uplink', value: 999 },
        ],
      },
      { type_id: 99, fields: [] },
    ];
    for (const body of bad)
      expect((await dg('/rest/objects/', admin, 'POST', body)).status, JSON.stringify(body)).toBeGreaterThanOrEqual(
        400,
      );
    expect(await objects()).toBe(before);
    const created = await dg('/rest/objects/', admin, 'POST', {
      type_id: 1,
      fields: [
        { name: 'hostname', value: 'new1' },
        { name: 'ip', value: '1.1.1.1' },
        { name: 'cpus', value: 2 },
        { name: 'os', value: 'linux' },
      ],
    });
    expect(created.status).toBe(200);
    const id = created.body;
    expect(created.res.headers.get('location')).toMatch(new RegExp(`/rest/objects/${id}$`));
    const patch = async (fields: unknown[]) =>
      (await dg(`/rest/objects/${id}`, admin, 'PUT', { fields })).body.result.version;
    expect(
      await patch([
        { name: 'hostname', value: 'new1' },
        { name: 'ip', value: '1.1.1.2' },
        { name: 'cpus', value: 2 },
        { name: 'os', value: 'linux' },
      ]),
    ).toBe('1.0.1');
    expect(
      await patch([
        { name: 'hostname', value: 'new2' },
        { name: 'ip', value: '1.1.1.3' },
        { name: 'cpus', value: 3 },
        { name: 'os', value: 'linux' },
      ]),
    ).toBe('1.1.0');
    expect(
      await patch([
        { name: 'hostname', value: 'new3' },
        { name: 'ip', value: '1.1.1.4' },
        { name: 'cpus', value: 4 },
        { name: 'os', value: 'windows' },
      ]),
    ).toBe('2.0.0');
    const audits = await env.DB.prepare(
      "select count(*) as n from audit_log where table_name = 'dg_objects' and record_id = ?",
    )
      .bind(String(id))
      .first<{ n: number }>();
    expect(audits?.n).toBe(4);
    expect(
      (await dg('/rest/objects/', demo, 'POST', { type_id: 1, fields: [{ name: 'hostname', value: 'x' }] })).status,
    ).toBe(403);
  });

  it('deletes one or several objects, all or nothing', async () => {
    const before = await objects();
    expect((await dg('/rest/objects/3,999', admin, 'DELETE')).status).toBe(404);
    expect(await objects()).toBe(before);
    expect((await dg('/rest/objects/3,4', demo, 'DELETE')).status).toBe(403);
    const removed = await dg('/rest/objects/3,4', admin, 'DELETE');
    expect(removed.status).toBe(200);
    expect(removed.body.deleted_entry.map((o: { public_id: number }) => o.public_id)).toEqual([3, 4]);
    expect(await objects()).toBe(before - 2);
  });

  it('finds and cleans objects that no longer match their type', async () => {
    await env.DB.prepare(
      `update dg_objects set fields = '[{"name":"hostname","value":"server1"},{"name":"legacy","value":"x"}]' where public_id = 1`,
    ).run();
    const unclean = await dg('/rest/objects/clean/1', admin);
    expect(unclean.body.results.map((o: { public_id: number }) => o.public_id)).toContain(1);
    const cleaned = await dg('/rest/objects/clean/1', admin, 'PUT');
    expect(cleaned.status).toBe(202);
    expect((await dg('/rest/objects/clean/1', admin)).body.total).toBe(0);
    const fields = (await dg('/rest/objects/1/native', admin)).body.fields.map((f: { name: string }) => f.name);
    expect(fields).toEqual(['hostname', 'ip', 'os', 'cpus', 'uplink']);
    expect((await dg('/rest/objects/clean/1', demo)).status).toBe(403);
  });
});

describe('DATAGERRY categories', () => {
  it('lists, nests as a tree and refuses cycles', async () => {
    const tree = await dg('/rest/categories/?view=tree', admin);
    type Node = { category: { name: string }; children: Node[]; types: { public_id: number }[] };
    expect(tree.body.model).toBe('CategoryTree');
    expect(tree.body.results.map((n: Node) => n.category.name)).toEqual(['infrastructure', 'network']);
    expect(tree.body.results[0].children.map((n: Node) => n.category.name)).toEqual(['servers']);
    // Each node carries its types in full, as DATAGERRY's web UI reads them.
    expect(tree.body.results[0].children[0].types.map((t: { name: string }) => t.name)).toEqual(['server']);
    const created = await dg('/rest/categories/', admin, 'POST', {
      name: 'racks',
      label: 'Racks',
      parent: 2,
      types: [1],
    });
    expect(created.status).toBe(200);
    const id = created.body.result_id;
    expect((await dg('/rest/categories/1', admin, 'PUT', { name: 'infrastructure', parent: id })).status).toBe(400);
    expect((await dg(`/rest/categories/${id}`, admin, 'PUT', { name: 'racks', parent: id })).status).toBe(400);
    expect((await dg('/rest/categories/', admin, 'POST', { name: 'x', types: [99] })).status).toBe(400);
    expect((await dg(`/rest/categories/${id}`, admin)).body.result).toMatchObject({
      name: 'racks',
      parent: 2,
      types: [1],
    });
    expect((await dg('/rest/categories/2', admin, 'DELETE')).status).toBe(202);
    expect((await dg(`/rest/categories/${id}`, admin)).body.result.parent).toBe(1);
    expect((await dg('/rest/categories/', demo, 'POST', { name: 'y' })).status).toBe(403);
    expect((await dg('/rest/categories', demo)).status).toBe(200);
  });
});

describe('DATAGERRY links', () => {
  const app = createApp();
  const fetchAs = (host: string, path: string, bindings: Partial<typeof env> = {}, init: RequestInit = {}) =>
    Promise.resolve(
      app.fetch(
        new Request(`http://${host}${path}`, {
          ...init,
          headers: { ...bearer(admin), 'content-type': 'application/json', ...(init.headers as object) },
        }),
        { ...env, ...bindings },
      ),
    );

  it('never builds a link from the Host the client sent: PUBLIC_URL, else root-relative', async () => {
    const list = await fetchAs('evil.test', '/rest/objects/?limit=1&page=2');
    const body = (await list.json()) as { pager: unknown };
    expect(JSON.stringify(body.pager)).not.toContain('evil');
    expect(list.headers.get('link')).not.toContain('evil');
    expect(list.headers.get('link')).toContain('</rest/objects/?limit=1&page=1>; rel="first"');
    const created = await fetchAs(
      'evil.test',
      '/rest/types/',
      {},
      {
        method: 'POST',
        body: JSON.stringify({ name: 'linked', fields: [{ type: 'text', name: 'x' }] }),
      },
    );
    expect(created.headers.get('location')).toMatch(/^\/rest\/types\/\d+$/);
    const configured = await fetchAs('evil.test', '/rest/objects/?limit=1', {
      PUBLIC_URL: 'https://cmdb.example.com/',
    });
    expect(configured.headers.get('link')).toContain('<https://cmdb.example.com/rest/objects/?limit=1&page=1>');
  });
});
