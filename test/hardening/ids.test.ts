import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { dg } from '../faces/datagerry/helpers';
import { json, login } from '../faces/idempiere/helpers';
import { loginLiberty, ly } from '../faces/liberty/helpers';
import { r2call, r2Login } from '../faces/ribbon2/helpers';
import { bearer, call, tokenFor } from '../support/worker';

/**
 * Issue 14 item 4: ids are never reused. On every face, deleting the newest resource and creating another
 * must not hand the deleted id out again (migrations/0007_ids.sql gives these tables AUTOINCREMENT).
 */

/** Creates, deletes, creates again: answers both ids. */
async function recreate(create: (n: number) => Promise<number>, remove: (id: number) => Promise<void>) {
  const first = await create(1);
  await remove(first);
  const second = await create(2);
  return { first, second };
}

describe('iDempiere: ids are never reused', () => {
  it('C_BPartner through /api/v1/models', async () => {
    const admin = (await login('admin', 'admin', 102)).token;
    const { first, second } = await recreate(
      async (n) => {
        const res = await call('/api/v1/models/C_BPartner', {
          method: 'POST',
          ...json({ Value: `IDS${n}`, Name: `Ids partner ${n}` }, bearer(admin)),
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: number }).id;
      },
      async (id) => {
        const res = await call(`/api/v1/models/C_BPartner/${id}`, { method: 'DELETE', headers: bearer(admin) });
        expect(res.status).toBe(200);
      },
    );
    expect(second).toBeGreaterThan(first);
    expect((await call(`/api/v1/models/C_BPartner/${first}`, { headers: bearer(admin) })).status).toBe(404);
  });
});

describe('DATAGERRY: ids are never reused', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await tokenFor('admin');
  });

  const server = async (hostname: string) => {
    const r = await dg('/rest/objects/', admin, 'POST', {
      type_id: 1,
      fields: [{ name: 'hostname', value: hostname }],
    });
    expect(r.status).toBe(200);
    return r.body as number;
  };
  const removeObject = async (id: number) =>
    expect((await dg(`/rest/objects/${id}`, admin, 'DELETE')).status).toBe(200);

  it('objects', async () => {
    const { first, second } = await recreate((n) => server(`ids-${n}`), removeObject);
    expect(second).toBeGreaterThan(first);
  });

  it('types', async () => {
    const { first, second } = await recreate(
      async (n) => {
        const r = await dg('/rest/types/', admin, 'POST', { name: `ids_type_${n}`, fields: [] });
        expect(r.status).toBe(200);
        return r.body.result_id;
      },
      async (id) => expect((await dg(`/rest/types/${id}`, admin, 'DELETE')).status).toBe(202),
    );
    expect(second).toBeGreaterThan(first);
  });

  it('categories', async () => {
    const { first, second } = await recreate(
      async (n) => {
        const r = await dg('/rest/categories/', admin, 'POST', { name: `ids_category_${n}` });
        expect(r.status).toBe(200);
        return r.body.result_id;
      },
      async (id) => expect((await dg(`/rest/categories/${id}`, admin, 'DELETE')).status).toBe(202),
    );
    expect(second).toBeGreaterThan(first);
  });

  it('references of a deleted object stay gone: 404, not the objects of a newcomer', async () => {
    // The newest object is referenced by an older one (demo server 3), then deleted: before ids were kept,
    // the next object took its id and inherited server 3 as a referrer.
    const target = await server('ids-target');
    const fields = (uplink: number) => [
      { name: 'hostname', value: 'server3' },
      { name: 'uplink', value: uplink },
    ];
    expect((await dg('/rest/objects/3', admin, 'PUT', { fields: fields(target) })).status).toBe(200);
    expect((await dg(`/rest/objects/${target}/references`, admin)).body.results).toEqual([
      expect.objectContaining({ public_id: 3 }),
    ]);
    await removeObject(target);
    const newcomer = await server('ids-newcomer');
    expect(newcomer).not.toBe(target);
    expect((await dg(`/rest/objects/${target}/references`, admin)).status).toBe(404);
    const ofNewcomer = await dg(`/rest/objects/${newcomer}/references`, admin);
    expect(ofNewcomer.status).toBe(200);
    expect(ofNewcomer.body.results).toEqual([]);
  });
});

describe('Ribbon2: ids are never reused', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await r2Login('admin', 'admin');
  });

  const idOf = async (table: 'r2_messages' | 'r2_directories', column: 'uid' | 'full_name', value: string) =>
    (await env.DB.prepare(`select id from ${table} where ${column} = ?`).bind(value).first<{ id: number }>())?.id ?? -1;

  it('messages (addressed by uid; the internal id keys directories, tags and properties)', async () => {
    const { first, second } = await recreate(
      async (n) => {
        const r = await r2call('/api/message', admin, 'POST', {
          directories: ['System'],
          header: `Ids ${n}`,
          tags: ['ids'],
          properties: [{ type: 'MARK', content: 'm' }],
        });
        expect(r.status).toBe(200);
        return idOf('r2_messages', 'uid', r.body.uid);
      },
      async (id) => {
        const { uid } = (await env.DB.prepare('select uid from r2_messages where id = ?')
          .bind(id)
          .first<{ uid: string }>()) ?? { uid: '' };
        expect((await r2call(`/api/message/${uid}`, admin, 'DELETE')).status).toBe(200);
      },
    );
    expect(second).toBeGreaterThan(first);
  });

  it('directories', async () => {
    const { first, second } = await recreate(
      async () => {
        const r = await r2call('/api/directory', admin, 'POST', { fullName: 'IdsDir', description: 'd' });
        expect(r.status).toBe(200);
        return idOf('r2_directories', 'full_name', 'IdsDir');
      },
      async () => expect((await r2call('/api/directory/IdsDir', admin, 'DELETE')).status).toBe(200),
    );
    expect(second).toBeGreaterThan(first);
  });
});

describe('Liberty: ids are never reused', () => {
  it('applications created and deleted through stored queries', async () => {
    const admin = await loginLiberty('admin', 'admin', 'framework');
    // Stored queries are maintained in the database, not through the API.
    await env.DB.prepare(
      `insert into LY_QRY_SQL (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE) values
        (70, 'POST', 'SESSION', 'insert into LY_APPLICATIONS (APPS_NAME) values (:APPS_NAME)'),
        (70, 'DELETE', 'SESSION', 'delete from LY_APPLICATIONS where APPS_NAME = :APPS_NAME')`,
    ).run();
    const appId = async (name: string) => {
      const apps = await ly('/api/fmw/applications', admin);
      return apps.body.items.find((a: { APPS_NAME: string }) => a.APPS_NAME === name)?.APPS_ID as number;
    };
    const { first, second } = await recreate(
      async (n) => {
        const r = await ly('/api/db/query?source=query&query=70', admin, 'POST', { APPS_NAME: `IDS${n}` });
        expect(r.body).toMatchObject({ status: 'success', count: 1 });
        return appId(`IDS${n}`);
      },
      async () => {
        const r = await ly('/api/db/query?source=query&query=70', admin, 'DELETE', { APPS_NAME: 'IDS1' });
        expect(r.body.count).toBe(1);
      },
    );
    expect(first).toBeGreaterThan(2);
    expect(second).toBeGreaterThan(first);
  });

  it('revision markers', async () => {
    const admin = await loginLiberty('admin', 'admin', 'framework');
    const newest = async () =>
      (await env.DB.prepare('select max(id) as id from atrium_revisions').first<{ id: number }>())?.id ?? 0;
    const { first, second } = await recreate(
      async () => {
        expect((await ly('/api/setup/revision', admin, 'POST')).status).toBe(200);
        return newest();
      },
      // No route deletes revisions (one marker per pool each time); an operator may.
      async () => {
        await env.DB.prepare('delete from atrium_revisions').run();
      },
    );
    expect(second).toBeGreaterThan(first);
  });
});
