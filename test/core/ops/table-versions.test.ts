import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNVERSIONED_TABLES, VERSIONS_TABLE } from '../../../src/core/ops/table-versions';
import { getPoolSchema, requireTable } from '../../../src/core/records/registry';
import { listRecords, type RecordContext } from '../../../src/core/records/service';
import { DataAccess } from '../../../src/db/data-access';
import { objectAs, typeAs, unique } from '../../faces/datagerry/cmdb-helpers';
import { dg } from '../../faces/datagerry/helpers';
import { get, login } from '../../faces/idempiere/helpers';
import { loginLiberty, ly } from '../../faces/liberty/helpers';
import { r2call, r2Login } from '../../faces/ribbon2/helpers';
import { adminActor } from '../../support/actors';
import { bearer, call, tokenFor } from '../../support/worker';

/**
 * Issue 18: a list's total and a numbered Liberty page are kept per isolate with the versions of the
 * tables they read (core/ops/versions.ts), which triggers bump on every write. A repeated list reads its
 * page and a few version rows; after any write, through any path, the next answer is exact again.
 */

const stats = (res: Response) =>
  Object.fromEntries(
    (res.headers.get('x-d1-stats') ?? '').split(';').map((part) => {
      const [k, v] = part.trim().split('=');
      return [k, Number(v)];
    }),
  ) as { queries: number; rows_read: number };

/** The flat bound of the issue: every returned row read twice, plus 100. */
const flat = (returned: number) => 2 * returned + 100;

describe('data versions', () => {
  it('every table has its version row and three triggers, in both pools (what is missing is listed)', async () => {
    for (const db of [env.DB, env.DB_LIBNSX1]) {
      const { results } = await db
        .prepare(
          `select m.name,
             (select count(*) from ${VERSIONS_TABLE} v where v.name = m.name) as versioned,
             (select count(*) from sqlite_master t where t.type = 'trigger' and t.tbl_name = m.name
                and t.sql like '%${VERSIONS_TABLE}%') as triggers
           from sqlite_master m where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\'
             and m.name not like '\\_cf\\_%' escape '\\' and m.name not in ('d1_migrations', '${VERSIONS_TABLE}')`,
        )
        .all<{ name: string; versioned: number; triggers: number }>();
      const missing = results
        .filter((t) => !UNVERSIONED_TABLES.includes(t.name) && (t.versioned !== 1 || t.triggers !== 3))
        .map(
          (t) =>
            `${t.name}: INSERT INTO ${VERSIONS_TABLE} (name, version) VALUES ('${t.name}', random()); and an AFTER INSERT, UPDATE and DELETE trigger setting its version to random() (see migrations/0013_table_versions.sql)`,
        );
      expect(missing).toEqual([]);
    }
  });

  it('a write in any statement of any path changes the table version; a read does not', async () => {
    const version = async () =>
      (
        await env.DB.prepare(
          `select cast(version as text) as v from ${VERSIONS_TABLE} where name = 'C_BP_Group'`,
        ).first<{
          v: string;
        }>()
      )?.v;
    const before = await version();
    await env.DB.prepare('select * from C_BP_Group').all();
    expect(await version()).toBe(before);
    await env.DB.prepare("update C_BP_Group set Name = Name || '' where C_BP_Group_ID = 103").run();
    const after = await version();
    expect(after).not.toBe(before);
    await env.DB.prepare('update C_BP_Group set Name = Name where C_BP_Group_ID = -1').run();
    expect(await version()).toBe(after);
  });
});

describe('iDempiere lists: kept totals', () => {
  let admin: string;
  const path = '/api/v1/models/C_BPartner?$filter=IsActive eq true&$orderby=Name&$top=3';
  const page = async () => {
    const r = await get(path, admin);
    expect(r.res.status).toBe(200);
    return {
      total: r.body['row-count'] as number,
      names: r.body.records.map((x: { Name: string }) => x.Name),
      ...stats(r.res),
    };
  };
  const exact = async () =>
    (
      await env.DB.prepare(
        'select count(*) as n from C_BPartner where IsActive = 1 and AD_Client_ID in (11, 0)',
      ).first<{ n: number }>()
    )?.n;

  beforeAll(async () => {
    admin = (await login('admin', 'admin', 102)).token;
  });

  it('repeated: reads the page and version rows only; every write path is seen by the next request', async () => {
    await page();
    const repeated = await page();
    expect(repeated.queries).toBe(2);
    expect(repeated.rows_read).toBeLessThanOrEqual(flat(3));
    expect(repeated.total).toBe(await exact());

    // The records service (iDempiere POST, PUT, DELETE).
    const created = await call('/api/v1/models/C_BPartner', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(admin) },
      body: JSON.stringify({ Value: 'V18', Name: 'AAA version test', IsActive: true }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: number }).id;
    const afterInsert = await page();
    expect(afterInsert.total).toBe(repeated.total + 1);
    expect(afterInsert.names[0]).toBe('AAA version test');
    expect(afterInsert.total).toBe(await exact());
    const put = await call(`/api/v1/models/C_BPartner/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(admin) },
      body: JSON.stringify({ IsActive: false }),
    });
    expect(put.status).toBe(200);
    expect((await page()).total).toBe(repeated.total);
    // Direct SQL, past every service: the triggers still see it.
    await env.DB.prepare('update C_BPartner set IsActive = 1 where C_BPartner_ID = ?').bind(id).run();
    expect((await page()).total).toBe(repeated.total + 1);
    const removed = await call(`/api/v1/models/C_BPartner/${id}`, { method: 'DELETE', headers: bearer(admin) });
    expect(removed.status).toBe(200);
    const last = await page();
    expect(last.total).toBe(repeated.total);
    expect(last.total).toBe(await exact());
  });

  it('a total is kept per WHERE: another tenant scope or filter never gets it', async () => {
    const data = new DataAccess(env);
    const schema = await getPoolSchema(data, 'default');
    const table = requireTable(schema, 'C_BPartner');
    const ctx = (clientId: number): RecordContext => ({
      data,
      pool: 'default',
      actor: adminActor(),
      scope: { clientId, orgsOfClient: true },
    });
    const list = (clientId: number) => listRecords(ctx(clientId), table, { page: { limit: 1, offset: 0 } });
    const own = (await list(11)).total;
    expect(own).toBeGreaterThan(0);
    expect((await list(11)).total).toBe(own);
    expect((await list(12345)).total).toBe(0);
    expect((await list(11)).total).toBe(own);
  });
});

describe('Liberty numbered pages (q): kept pages', () => {
  it('a repeated page reads one version row; a stored write or a direct one is seen at once', async () => {
    const admin = await loginLiberty('admin', 'admin');
    const q = encodeURIComponent(JSON.stringify([{ DD_ID: { '>=': 'A' } }]));
    const path = `/api/db/query?query=1&limit=500&q=${q}`;
    const first = await ly(path, admin);
    expect(first.status).toBe(200);
    const again = await ly(path, admin);
    expect(again.body).toEqual(first.body);
    expect(stats(again.res).rows_read).toBeLessThanOrEqual(flat(0));
    const posted = await ly('/api/db/query?query=1', admin, 'POST', { DD_ID: 'ZZ_VERSIONS', DD_LABEL: 'Versions' });
    expect(posted.body.count).toBe(1);
    const withNew = (await ly(path, admin)).body.items;
    expect(withNew.at(-1)).toMatchObject({ DD_ID: 'ZZ_VERSIONS', ROW_ID: withNew.length });
    await env.DB.prepare("update LY_DICTIONARY set DD_LABEL = 'Direct' where DD_ID = 'ZZ_VERSIONS'").run();
    expect((await ly(path, admin)).body.items.at(-1).DD_LABEL).toBe('Direct');
    expect((await ly('/api/db/query?query=1', admin, 'DELETE', { DD_ID: 'ZZ_VERSIONS' })).body.count).toBe(1);
    expect((await ly(path, admin)).body).toEqual(first.body);
  });

  it("a page's statement is kept per offset, limit and q text: none answers another's page; a bad q is refused every time", async () => {
    const admin = await loginLiberty('admin', 'admin');
    const q = (from: string) => encodeURIComponent(JSON.stringify([{ DD_ID: { '>=': from } }]));
    const page = async (from: string, offset: number, limit: number) =>
      (await ly(`/api/db/query?query=1&offset=${offset}&limit=${limit}&q=${q(from)}`, admin)).body;
    const cases: [string, number, number][] = [
      ['A', 0, 2],
      ['A', 1, 2],
      ['A', 0, 3],
      ['B', 0, 2],
    ];
    const first = [];
    for (const [from, offset, limit] of cases) first.push(await page(from, offset, limit));
    for (const [i, [from, offset, limit]] of cases.entries()) expect(await page(from, offset, limit)).toEqual(first[i]);
    expect(first[1].items[0]).toEqual(first[0].items[1]);
    expect(first[2].items).toHaveLength(3);
    expect(first[3].items.every((row: { DD_ID: string }) => row.DD_ID >= 'B')).toBe(true);
    const bad = `/api/db/query?query=1&q=${encodeURIComponent(JSON.stringify([{ NO_SUCH: { '=': 1 } }]))}`;
    for (let i = 0; i < 2; i++) expect((await ly(bad, admin)).status).toBe(400);
  });

  it('a stored query that depends on randomness or the clock is never kept, the first time or later', async () => {
    await env.DB.prepare(
      "insert into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE) values (9911, 'GET', 'SESSION', 'select DD_ID, random() as R from LY_DICTIONARY')",
    ).run();
    const admin = await loginLiberty('admin', 'admin');
    const path = `/api/db/query?query=9911&limit=1&q=${encodeURIComponent(JSON.stringify([{ DD_ID: { '>=': 'A' } }]))}`;
    const seen = new Set();
    for (let i = 0; i < 3; i++) {
      const page = await ly(path, admin);
      expect(page.status).toBe(200);
      seen.add(page.body.items[0].R);
    }
    expect(seen.size).toBe(3);
  });

  it('on a pool without data versions (rolled back before 0013), pages are exact and simply not kept', async () => {
    const db = env.DB_LIBNSX1;
    const { results } = await db
      .prepare(`select name from sqlite_master where type = 'trigger' and sql like '%${VERSIONS_TABLE}%'`)
      .all<{ name: string }>();
    await db.batch([
      ...results.map((t) => db.prepare(`drop trigger "${t.name}"`)),
      db.prepare(`drop table ${VERSIONS_TABLE}`),
    ]);
    const admin = await loginLiberty('admin', 'admin');
    const q = encodeURIComponent(JSON.stringify([{ DD_ID: { '>=': 'A' } }]));
    const path = `/api/db/query?query=1&pool=libnsx1&override_pool=libnsx1&limit=500&q=${q}`;
    const before = await ly(path, admin);
    expect(before.status).toBe(200);
    await db
      .prepare("insert into LY_DICTIONARY (DD_ID, DD_LANGUAGE, DD_LABEL) values ('ZZ_NOVERSION', 'en', 'x')")
      .run();
    const after = await ly(path, admin);
    expect(after.body.items.length).toBe(before.body.items.length + 1);
  });
});

describe('DATAGERRY object lists: kept totals', () => {
  it('repeated: few rows; creating and deleting an object changes the next total', async () => {
    const admin = await tokenFor('admin');
    const path = `/rest/objects/?limit=2&filter=${encodeURIComponent(JSON.stringify({ type_id: 1 }))}`;
    const first = await dg(path, admin);
    const again = await dg(path, admin);
    expect(again.body.total).toBe(first.body.total);
    expect(stats(again.res).rows_read).toBeLessThanOrEqual(flat(2));
    const created = await dg('/rest/objects/', admin, 'POST', {
      type_id: 1,
      fields: [
        { name: 'hostname', value: 'versions' },
        { name: 'ip', value: '10.1.8.1' },
        { name: 'cpus', value: 1 },
        { name: 'os', value: 'linux' },
      ],
    });
    expect(created.status).toBe(200);
    expect((await dg(path, admin)).body.total).toBe(first.body.total + 1);
    expect((await dg(`/rest/objects/${created.body}`, admin, 'DELETE')).status).toBe(200);
    expect((await dg(path, admin)).body.total).toBe(first.body.total);
  });

  it('render view: types, authors and references are read for the page only (a later page reads what the first does)', async () => {
    const admin = await tokenFor('admin');
    const path = (page: number) =>
      `/rest/objects/?view=render&limit=1&page=${page}&filter=${encodeURIComponent(JSON.stringify({ type_id: 1 }))}`;
    const rowsRead = async (page: number) => {
      await dg(path(page), admin); // counts the total and learns its tables
      const { res, body } = await dg(path(page), admin);
      expect(res.status).toBe(200);
      expect(body.results).toHaveLength(1);
      return stats(res).rows_read;
    };
    const first = await rowsRead(1);
    // Per-candidate work (rendering the rows the page skips) would read more the further the page is.
    expect((await rowsRead(3)) - first).toBeLessThanOrEqual(2);
  });

  it('the types kept for masking follow a type change: a field that becomes a password is masked at once', async () => {
    const admin = await tokenFor('admin');
    const name = unique('v18pins');
    const type = await typeAs(admin, { name, fields: [{ type: 'text', name: 'pin' }] });
    await objectAs(admin, type, [{ name: 'pin', value: '4711' }]);
    const path = `/rest/objects/?filter=${encodeURIComponent(JSON.stringify({ type_id: type }))}`;
    const pin = async () =>
      (await dg(path, admin)).body.results[0].fields.find((f: { name: string }) => f.name === 'pin');
    expect((await pin()).value).toBe('4711');
    expect((await pin()).value).toBe('4711');
    expect(
      (await dg(`/rest/types/${type}`, admin, 'PUT', { name, fields: [{ type: 'password', name: 'pin' }] })).status,
    ).toBe(202);
    expect((await pin()).value).toBe('********');
  });
});

describe('Ribbon2 message lists: kept totals and directory tree', () => {
  it('repeated: few rows; a new message, a rule and a cascaded delete are seen by the next page', async () => {
    const admin = await r2Login('admin', 'admin');
    expect((await r2call('/api/group', admin, 'POST', { name: 'VersionReaders', description: 'v' })).status).toBe(200);
    expect(
      (
        await r2call('/api/user', admin, 'POST', {
          login: 'v18reader',
          password: 'v18-pass',
          groups: ['VersionReaders'],
        })
      ).status,
    ).toBe(200);
    for (const fullName of ['V18', 'V18.Open', 'V18.Shut'])
      expect((await r2call('/api/directory', admin, 'POST', { fullName, description: fullName })).status).toBe(200);
    // As in the bench: nobody reads V18 but the group, in V18.Open only.
    await r2call('/api/directory/access/V18', admin, 'POST', [
      { name: null, type: 'ALL', permissions: { canReadMessage: false } },
    ]);
    await r2call('/api/directory/access/V18.Open', admin, 'POST', [
      { name: 'VersionReaders', type: 'GROUP', permissions: { canReadMessage: true } },
    ]);
    const reader = await r2Login('v18reader', 'v18-pass');
    const list = async () => {
      const res = await call('/api/message?page=0&size=5', { headers: { 'x-ribbon2-auth': reader } });
      const body = (await res.json()) as { content: { header: string; directories: string[] }[]; totalCount: number };
      return { ...body, ...stats(res) };
    };
    const first = await list();
    const again = await list();
    expect(again.totalCount).toBe(first.totalCount);
    expect(again.rows_read).toBeLessThanOrEqual(flat(again.content.length));

    const posted = await r2call('/api/message', admin, 'POST', {
      directories: ['V18.Open', 'V18.Shut'],
      header: 'v18',
    });
    expect(posted.status).toBe(200);
    const withNew = await list();
    expect(withNew.totalCount).toBe(first.totalCount + 1);
    const mine = withNew.content.find((m) => m.header === 'v18');
    expect(mine?.directories).toEqual(['V18.Open', 'V18.Shut']);

    // A rule takes the directory away: the tree is read again, the reader's visible set (the count's key) changes.
    await r2call('/api/directory/access/V18.Open', admin, 'POST', [
      { name: 'VersionReaders', type: 'GROUP', permissions: { canReadMessage: false } },
    ]);
    expect((await list()).content.some((m) => m.header === 'v18')).toBe(false);
    await r2call('/api/directory/access/V18.Open', admin, 'POST', [
      { name: 'VersionReaders', type: 'GROUP', permissions: { canReadMessage: true } },
    ]);
    expect((await list()).totalCount).toBe(first.totalCount + 1);

    // Deleting the message removes its directory links by cascade: their triggers bump the count's table.
    expect((await r2call(`/api/message/${posted.body.uid}`, admin, 'DELETE')).status).toBe(200);
    expect((await list()).totalCount).toBe(first.totalCount);
  });
});
