import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { clampPage, pageCount, selectPage } from '../../../src/core/records/paging';
import { findColumn, loadPoolSchema, requireTable, visibleColumns } from '../../../src/core/records/registry';
import { ident } from '../../../src/core/records/sql';

beforeAll(async () => {
  await env.DB.batch([
    env.DB.prepare(
      `CREATE TABLE IF NOT EXISTS reg_parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL, api_key TEXT,
        is_active BOOLEAN DEFAULT 1, created_at DATETIME, amount NUMERIC, meta JSON)`,
    ),
    env.DB.prepare(
      `CREATE TABLE IF NOT EXISTS reg_child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES reg_parent(id),
        label TEXT, password TEXT, user_salt TEXT)`,
    ),
  ]);
});

describe('schema registry', () => {
  it('reads tables, columns, keys and types from the database itself', async () => {
    const schema = await loadPoolSchema(env.DB, 'default');
    const parent = requireTable(schema, 'reg_parent');
    const byName = Object.fromEntries(parent.columns.map((c) => [c.name, c]));
    expect(parent.primaryKey).toEqual(['id']);
    expect(byName.id).toMatchObject({ type: 'integer', primaryKey: true, readOnly: true });
    expect(byName.name).toMatchObject({ type: 'text', notNull: true, readOnly: false });
    expect(byName.is_active.type).toBe('boolean');
    expect(byName.created_at).toMatchObject({ type: 'timestamp', readOnly: true });
    expect(byName.amount.type).toBe('real');
    expect(byName.meta.type).toBe('json');
    const child = requireTable(schema, 'REG_CHILD');
    expect(child.foreignKeys).toEqual([{ column: 'parent_id', table: 'reg_parent', references: 'id' }]);
  });

  it('hides secret columns: not visible, not findable, indistinguishable from missing', async () => {
    const schema = await loadPoolSchema(env.DB, 'default');
    const child = requireTable(schema, 'reg_child');
    expect(child.columns.filter((c) => c.hidden).map((c) => c.name)).toEqual(['password', 'user_salt']);
    expect(visibleColumns(child).map((c) => c.name)).toEqual(['id', 'parent_id', 'label']);
    expect(findColumn(child, 'password')).toBeUndefined();
    expect(findColumn(child, 'user_salt')).toBeUndefined();
    expect(findColumn(child, 'LABEL')?.name).toBe('label');
    expect(findColumn(requireTable(schema, 'reg_parent'), 'api_key')).toBeUndefined();
  });

  it('leaves identity, security and bookkeeping tables out of the generic APIs', async () => {
    const schema = await loadPoolSchema(env.DB, 'default');
    for (const internal of [
      'users',
      'groups',
      'user_groups',
      'rights',
      'group_rights',
      'token_revocations',
      'audit_log',
      'd1_migrations',
    ]) {
      expect(schema.tables.has(internal)).toBe(false);
    }
    expect(() => requireTable(schema, 'users')).toThrowError(/not found/);
  });

  it('every pool has the migrated schema (libnsx1 too)', async () => {
    const row = await env.DB_LIBNSX1.prepare("select count(*) as n from rights where name = 'base.*'").first<{
      n: number;
    }>();
    expect(row?.n).toBe(1);
  });
});

describe('paging', () => {
  it('clamps limits and offsets to the bounds', () => {
    const bounds = { defaultLimit: 10, maxLimit: 100 };
    expect(clampPage(undefined, undefined, bounds)).toEqual({ limit: 10, offset: 0 });
    expect(clampPage(0, -5, bounds)).toEqual({ limit: 10, offset: 0 });
    expect(clampPage(5000, 20.7, bounds)).toEqual({ limit: 100, offset: 20 });
    expect(clampPage(Number.NaN, Number.POSITIVE_INFINITY, bounds)).toEqual({ limit: 10, offset: 0 });
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
  });

  it('returns one page and the total under the same WHERE in one round trip', async () => {
    await env.DB.prepare('delete from reg_parent').run();
    const insert = env.DB.prepare('insert into reg_parent (name, is_active) values (?, ?)');
    await env.DB.batch(Array.from({ length: 25 }, (_, i) => insert.bind(`row-${String(i).padStart(2, '0')}`, i % 2)));
    const page = await selectPage<{ name: string }>(
      env.DB,
      {
        columns: ident('name'),
        from: ident('reg_parent'),
        where: sql`${ident('is_active')} = ${1}`,
        orderBy: sql`${ident('name')} asc`,
      },
      { limit: 5, offset: 5 },
    );
    expect(page.total).toBe(12);
    expect(page.rows.map((r) => r.name)).toEqual(['row-11', 'row-13', 'row-15', 'row-17', 'row-19']);
  });

  it("refuses statements over D1's 100 bound parameters", async () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    await expect(
      selectPage(
        env.DB,
        {
          columns: ident('name'),
          from: ident('reg_parent'),
          where: sql`${ident('id')} in (${sql.join(
            values.map((v) => sql`${v}`),
            sql`, `,
          )})`,
        },
        { limit: 1, offset: 0 },
      ),
    ).rejects.toMatchObject({ status: 400 });
  });
});
