import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseODataFilter } from '../../../src/core/filter';
import { getPoolSchema, invalidatePoolSchema, requireTable } from '../../../src/core/records/registry';
import { getRecord, listRecords, type RecordContext } from '../../../src/core/records/service';
import type { PoolSchema, TableInfo } from '../../../src/core/records/types';
import {
  deleteRecord,
  executeWrites,
  insertRecord,
  planInsert,
  planUpdate,
  updateRecord,
} from '../../../src/core/records/writes';
import { DataAccess } from '../../../src/db/data-access';
import { adminActor } from '../../support/actors';

const DDL = `CREATE TABLE IF NOT EXISTS rec_items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, qty INTEGER,
  active BOOLEAN NOT NULL DEFAULT 1, api_key TEXT, created_at DATETIME DEFAULT CURRENT_TIMESTAMP)`;

let data: DataAccess;
let table: TableInfo;
let schema: PoolSchema;
/** The records context of these tests: the bootstrap admin, no tenant (rec_items has none). */
const ctx = (pool = 'default'): RecordContext => ({ data, pool, actor: adminActor('req-1'), scope: 'unscoped' });

async function count(sqlText: string, db: D1Database = env.DB): Promise<number> {
  return (await db.prepare(sqlText).first<{ n: number }>())?.n ?? -1;
}

beforeAll(async () => {
  await env.DB.prepare(DDL).run();
  await env.DB_LIBNSX1.prepare(DDL).run();
  invalidatePoolSchema();
  data = new DataAccess(env);
  schema = await getPoolSchema(data, 'default');
  table = requireTable(schema, 'rec_items');
});

describe('records service: writes with audit in one batch', () => {
  it('inserts, returns visible columns only, and audits the after image', async () => {
    const row = await insertRecord(ctx('default'), schema, table, { Name: 'bolt', qty: '12', active: 'N' });
    expect(row).toMatchObject({ name: 'bolt', qty: 12, active: 0 });
    expect(row).not.toHaveProperty('api_key');
    const audit = await env.DB.prepare(
      "select * from audit_log where table_name = 'rec_items' and action = 'INSERT'",
    ).first<Record<string, string>>();
    expect(audit).toMatchObject({ record_id: String(row.id), user_login: 'admin', request_id: 'req-1', before: null });
    expect(JSON.parse(audit!.after)).toMatchObject({ id: row.id, name: 'bolt', qty: 12 });
    expect(audit!.after).not.toContain('api_key');
  });

  it('refuses hidden, unknown, read-only, mistyped and missing columns, writing nothing', async () => {
    const before = await count('select count(*) as n from rec_items');
    const audits = await count('select count(*) as n from audit_log');
    await expect(insertRecord(ctx('default'), schema, table, { name: 'x', api_key: 'k' })).rejects.toMatchObject({
      status: 400,
      message: "Unknown column 'api_key'",
    });
    await expect(insertRecord(ctx('default'), schema, table, { name: 'x', nope: 1 })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      insertRecord(ctx('default'), schema, table, { name: 'x', created_at: '2020-01-01' }),
    ).rejects.toMatchObject({ status: 400, message: "Column 'created_at' is read-only" });
    await expect(insertRecord(ctx('default'), schema, table, { name: 'x', id: 99 })).rejects.toMatchObject({
      status: 400,
    });
    await expect(insertRecord(ctx('default'), schema, table, { name: 'x', qty: 'many' })).rejects.toMatchObject({
      status: 400,
    });
    await expect(insertRecord(ctx('default'), schema, table, { qty: 1 })).rejects.toMatchObject({
      status: 400,
      message: 'Missing required column(s): name',
    });
    await expect(insertRecord(ctx('default'), schema, table, {})).rejects.toMatchObject({ status: 400 });
    expect(await count('select count(*) as n from rec_items')).toBe(before);
    expect(await count('select count(*) as n from audit_log')).toBe(audits);
  });

  it('can drop read-only columns instead of refusing them', async () => {
    const row = await insertRecord(
      ctx('default'),
      schema,
      table,
      { name: 'nut', created_at: '1999-01-01', id: 5000 },
      {
        readOnly: 'ignore',
      },
    );
    expect(row.id).not.toBe(5000);
    expect(row.created_at).not.toBe('1999-01-01');
  });

  it('a failing write leaves neither the row nor its audit row', async () => {
    await insertRecord(ctx('default'), schema, table, { name: 'unique-one' });
    const audits = await count('select count(*) as n from audit_log');
    await expect(insertRecord(ctx('default'), schema, table, { name: 'unique-one' })).rejects.toThrow();
    expect(await count('select count(*) as n from audit_log')).toBe(audits);
  });

  it('updates with before and after images; a missing record is a 404 with no audit row', async () => {
    const row = await insertRecord(ctx('default'), schema, table, { name: 'washer', qty: 1 });
    const updated = await updateRecord(ctx('default'), schema, table, row.id, { qty: 7 });
    expect(updated).toMatchObject({ id: row.id, name: 'washer', qty: 7 });
    const audit = await env.DB.prepare("select before, after from audit_log where action = 'UPDATE' and record_id = ?")
      .bind(String(row.id))
      .first<{ before: string; after: string }>();
    expect(JSON.parse(audit!.before)).toMatchObject({ qty: 1 });
    expect(JSON.parse(audit!.after)).toMatchObject({ qty: 7 });

    const audits = await count('select count(*) as n from audit_log');
    await expect(updateRecord(ctx('default'), schema, table, 999999, { qty: 1 })).rejects.toMatchObject({
      status: 404,
    });
    expect(await count('select count(*) as n from audit_log')).toBe(audits);
  });

  it('deletes with a before image; a missing record is a 404 with no audit row', async () => {
    const row = await insertRecord(ctx('default'), schema, table, { name: 'spring' });
    expect(await deleteRecord(ctx('default'), table, row.id)).toMatchObject({ name: 'spring' });
    expect(await getRecord(ctx('default'), table, row.id)).toBeUndefined();
    const audit = await env.DB.prepare("select before, after from audit_log where action = 'DELETE' and record_id = ?")
      .bind(String(row.id))
      .first<{ before: string; after: string | null }>();
    expect(JSON.parse(audit!.before)).toMatchObject({ name: 'spring' });
    expect(audit!.after).toBeNull();
    const audits = await count('select count(*) as n from audit_log');
    await expect(deleteRecord(ctx('default'), table, row.id)).rejects.toMatchObject({ status: 404 });
    expect(await count('select count(*) as n from audit_log')).toBe(audits);
  });

  it('runs several planned writes as one batch: all of them with their audit rows, or none', async () => {
    const rows = await count('select count(*) as n from rec_items');
    const audits = await count('select count(*) as n from audit_log');
    const first = await planInsert(ctx('default'), schema, table, { name: 'composed-1' });
    // Planned while the row exists; it is gone when the batch runs (deleted first): the whole batch fails.
    const doomed = await insertRecord(ctx('default'), schema, table, { name: 'composed-doomed' });
    await insertRecord(ctx('default'), schema, table, { name: 'composed-after' }); // rec_items reuses the top id
    const update = await planUpdate(ctx('default'), schema, table, doomed.id, { qty: 3 });
    await deleteRecord(ctx('default'), table, doomed.id);
    await expect(executeWrites(ctx('default'), [[first], [update]])).rejects.toMatchObject({
      status: 404,
      index: 1,
    });
    expect(await count('select count(*) as n from rec_items')).toBe(rows + 1);
    expect(await count('select count(*) as n from audit_log')).toBe(audits + 3);
    const second = await planInsert(ctx('default'), schema, table, { name: 'composed-2', qty: 2 });
    const [[a], [b]] = await executeWrites(ctx('default'), [[first], [second]]);
    expect([a.name, b.name]).toEqual(['composed-1', 'composed-2']);
    expect(await count('select count(*) as n from audit_log')).toBe(audits + 5);
  });

  it("writes a pool's rows and their audit in that pool", async () => {
    const other = requireTable(await getPoolSchema(data, 'libnsx1'), 'rec_items');
    await insertRecord(ctx('libnsx1'), schema, other, { name: 'remote' });
    expect(await count("select count(*) as n from audit_log where pool = 'libnsx1'", env.DB_LIBNSX1)).toBe(1);
    expect(await count("select count(*) as n from rec_items where name = 'remote'", env.DB)).toBe(0);
  });
});

describe('records service: reads', () => {
  beforeAll(async () => {
    for (let i = 0; i < 12; i++)
      await insertRecord(ctx('default'), schema, table, { name: `list-${String(i).padStart(2, '0')}`, qty: i });
  });

  it('lists with filter, order, selection and bounded pages, with the total', async () => {
    const page = await listRecords(ctx('default'), table, {
      select: ['name', 'QTY'],
      filter: parseODataFilter("startswith(name,'list-') and qty ge 4"),
      orderBy: [{ path: 'qty', direction: 'desc' }],
      page: { limit: 3, offset: 1 },
    });
    expect(page.total).toBe(8);
    expect(page.rows).toEqual([
      { name: 'list-10', qty: 10 },
      { name: 'list-09', qty: 9 },
      { name: 'list-08', qty: 8 },
    ]);
  });

  it('never selects or filters hidden columns', async () => {
    await expect(
      listRecords(ctx('default'), table, { select: ['api_key'], page: { limit: 1, offset: 0 } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      listRecords(ctx('default'), table, {
        filter: parseODataFilter("api_key eq 'k'"),
        page: { limit: 1, offset: 0 },
      }),
    ).rejects.toMatchObject({ status: 400 });
    const all = await listRecords(ctx('default'), table, { page: { limit: 1, offset: 0 } });
    expect(Object.keys(all.rows[0])).not.toContain('api_key');
  });

  it('gets one record by key, converting the id', async () => {
    const page = await listRecords(ctx('default'), table, {
      filter: parseODataFilter("name eq 'list-03'"),
      page: { limit: 1, offset: 0 },
    });
    const id = page.rows[0].id as number;
    expect(await getRecord(ctx('default'), table, String(id))).toMatchObject({ name: 'list-03' });
    await expect(getRecord(ctx('default'), table, 'abc')).rejects.toMatchObject({ status: 400 });
  });
});
