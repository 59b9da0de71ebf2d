import { env } from 'cloudflare:test';
import { is, SQL } from 'drizzle-orm';
import {
  getTableConfig,
  getViewConfig,
  SQLiteBaseInteger,
  type SQLiteColumn,
  SQLiteSyncDialect,
  SQLiteTable,
  SQLiteView,
} from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { typeFromDeclared } from '../../src/core/records/policy';
import { loadPoolSchema } from '../../src/core/records/registry';
import * as schema from '../../src/db/schema';

/**
 * One schema source: the database the migrations build (test/setup.ts applies them all) is exactly the
 * drizzle schema in src/db/schema, table by table. `npm run db:check` checks the other side (drizzle-kit
 * would generate nothing), so a hand-written migration the schema does not reflect, or a schema change
 * without its migration, fails `npm test`.
 */

const dialect = new SQLiteSyncDialect();

/** Identifiers in any quoting, whitespace and comments do not matter; the tokens do. */
const norm = (text: string) =>
  text
    .replace(/--[^\n]*/g, '')
    .replace(/[`"[\]\s]/g, '')
    .toLowerCase();

/** SQLite reports `DEFAULT (expr)` as `expr`. */
function unwrap(text: string): string {
  if (!text.startsWith('(') || !text.endsWith(')')) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    if (depth === 0 && i < text.length - 1) return text;
  }
  return text.slice(1, -1);
}

function defaultOf(column: SQLiteColumn): string | null {
  const value = column.default;
  if (value === undefined) return null;
  if (is(value, SQL)) return unwrap(dialect.sqlToQuery(value).sql);
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === 'object') return `'${JSON.stringify(value)}'`;
  return String(value);
}

interface Shape {
  columns: { name: string; type: string; notNull: boolean; default: string | null }[];
  primaryKey: string[];
  autoIncrement: string | null;
  foreignKeys: string[];
  indexes: Record<string, string>;
}

function expected(table: SQLiteTable): Shape {
  const config = getTableConfig(table);
  const primaryKey = config.columns.filter((c) => c.primary).map((c) => c.name);
  for (const pk of config.primaryKeys) primaryKey.push(...pk.columns.map((c) => c.name));
  const indexes: Record<string, string> = {};
  for (const c of config.columns) {
    if (c.isUnique) indexes[c.uniqueName!] = norm(`create unique index ${c.uniqueName} on ${config.name} (${c.name})`);
  }
  for (const { config: ix } of config.indexes) {
    const columns = ix.columns.map((c) => (is(c, SQL) ? dialect.sqlToQuery(c, 'indexes').sql : c.name));
    const where = ix.where ? ` where ${dialect.sqlToQuery(ix.where).sql}` : '';
    indexes[ix.name] = norm(
      `create ${ix.unique ? 'unique ' : ''}index ${ix.name} on ${config.name} (${columns.join(',')})${where}`,
    );
  }
  return {
    columns: config.columns.map((c) => ({
      name: c.name,
      type: c.getSQLType().toLowerCase(),
      notNull: c.notNull,
      default: defaultOf(c),
    })),
    primaryKey,
    autoIncrement: config.columns.find((c) => is(c, SQLiteBaseInteger) && c.autoIncrement)?.name ?? null,
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        const to = getTableConfig(ref.foreignTable).name;
        return `${ref.columns.map((c) => c.name)} -> ${to}(${ref.foreignColumns.map((c) => c.name)}) on delete ${fk.onDelete ?? 'no action'} on update ${fk.onUpdate ?? 'no action'}`;
      })
      .sort(),
    indexes,
  };
}

interface ColumnRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface ForeignKeyRow {
  id: number;
  table: string;
  from: string;
  to: string;
  on_update: string;
  on_delete: string;
}

async function actual(db: D1Database, name: string, sql: string): Promise<Shape> {
  const [columns, foreignKeys, indexes, indexList] = await db.batch([
    db.prepare('select name, type, "notnull", dflt_value, pk from pragma_table_info(?) order by cid').bind(name),
    db
      .prepare(
        'select id, "table", "from", "to", on_update, on_delete from pragma_foreign_key_list(?) order by id, seq',
      )
      .bind(name),
    db
      .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null")
      .bind(name),
    db.prepare('select name, origin from pragma_index_list(?)').bind(name),
  ]);
  const cols = columns.results as unknown as ColumnRow[];
  const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  // An INTEGER PRIMARY KEY is the rowid: never NULL, whether or not it says NOT NULL.
  const rowid = pk.length === 1 && pk[0].type.toLowerCase() === 'integer' ? pk[0].name : null;
  const fks = new Map<number, { from: string[]; to: string[]; table: string; onDelete: string; onUpdate: string }>();
  for (const row of foreignKeys.results as unknown as ForeignKeyRow[]) {
    const fk = fks.get(row.id) ?? {
      from: [],
      to: [],
      table: row.table,
      onDelete: row.on_delete,
      onUpdate: row.on_update,
    };
    fk.from.push(row.from);
    fk.to.push(row.to);
    fks.set(row.id, fk);
  }
  const shape: Shape = {
    columns: cols.map((c) => ({
      name: c.name,
      type: c.type.toLowerCase(),
      notNull: c.notnull === 1 || c.name === rowid,
      default: c.dflt_value,
    })),
    primaryKey: pk.map((c) => c.name),
    autoIncrement: rowid && /\bAUTOINCREMENT\b/i.test(sql) ? rowid : null,
    foreignKeys: [...fks.values()]
      .map(
        (fk) =>
          `${fk.from} -> ${fk.table}(${fk.to}) on delete ${fk.onDelete.toLowerCase()} on update ${fk.onUpdate.toLowerCase()}`,
      )
      .sort(),
    indexes: Object.fromEntries(
      (indexes.results as { name: string; sql: string }[]).map((ix) => [ix.name, norm(ix.sql)]),
    ),
  };
  // UNIQUE written inside CREATE TABLE: drizzle declares unique indexes instead, so it cannot match.
  for (const ix of indexList.results as { name: string; origin: string }[]) {
    if (ix.origin === 'u') shape.indexes[ix.name] = 'unique constraint inside create table';
  }
  return shape;
}

const exported: unknown[] = Object.values(schema);
const tables = exported.filter((v): v is SQLiteTable => is(v, SQLiteTable));
const views = exported.filter((v): v is SQLiteView => is(v, SQLiteView));

async function objects(db: D1Database) {
  const { results } = await db
    .prepare(
      `select type, name, sql from sqlite_master where type in ('table', 'view')
         and name not like 'sqlite\\_%' escape '\\' and name not like '\\_cf\\_%' escape '\\' and name <> 'd1_migrations'`,
    )
    .all<{ type: 'table' | 'view'; name: string; sql: string }>();
  return results;
}

describe('one schema source: the migrated database is the drizzle schema', () => {
  it('has exactly the tables and views src/db/schema declares', async () => {
    const found = await objects(env.DB);
    expect(
      found
        .filter((o) => o.type === 'table')
        .map((o) => o.name)
        .sort(),
    ).toEqual(tables.map((t) => getTableConfig(t).name).sort());
    expect(
      found
        .filter((o) => o.type === 'view')
        .map((o) => o.name)
        .sort(),
    ).toEqual(views.map((v) => getViewConfig(v).name).sort());
  });

  // One test per table, so a mismatch names every table it touches.
  it.each(tables.map((t) => [getTableConfig(t).name, t] as const))(
    'table %s: columns in order, types, NOT NULL, defaults, keys, AUTOINCREMENT, foreign keys, indexes',
    async (name, table) => {
      const sql = (await objects(env.DB)).find((o) => o.name === name)?.sql;
      expect(sql, name).toBeDefined();
      expect(await actual(env.DB, name, sql!)).toEqual(expected(table));
    },
  );

  it('matches every view: its definition and columns', async () => {
    const found = new Map((await objects(env.DB)).map((o) => [o.name, o.sql]));
    for (const view of views) {
      const { name, query, selectedFields } = getViewConfig(view);
      expect(norm(found.get(name) ?? ''), name).toBe(norm(`create view ${name} as ${dialect.sqlToQuery(query!).sql}`));
      const { results } = await env.DB.prepare('select name from pragma_table_info(?) order by cid')
        .bind(name)
        .all<{ name: string }>();
      expect(results.map((r) => r.name)).toEqual(Object.values(selectedFields).map((c) => (c as SQLiteColumn).name));
    }
  });

  it('the libnsx1 pool has the same schema', async () => {
    const shape = (rows: { type: string; name: string; sql: string }[]) =>
      rows.map((r) => `${r.type} ${r.name} ${r.sql}`).sort();
    expect(shape(await objects(env.DB_LIBNSX1))).toEqual(shape(await objects(env.DB)));
  });

  it('leaves the registry types of the tables the generic APIs expose to their declared types', async () => {
    // drizzle type hints (policy.ts) refine only internal tables; an exposed table is typed by its DDL:
    // iDempiere flags declared `boolean` are booleans, `timestamp` dates timestamps, Liberty's `json` json.
    // A view is typed by its drizzle declaration (SQLite reports a view column's source type).
    const registry = await loadPoolSchema(env.DB, 'default');
    const declared = new Map<string, string>();
    for (const name of registry.tables.keys()) {
      const { results } = await env.DB.prepare('select name, type from pragma_table_info(?)')
        .bind(name)
        .all<{ name: string; type: string }>();
      for (const c of results) declared.set(`${name}.${c.name}`, c.type);
    }
    for (const table of registry.tables.values()) {
      if (table.view) continue;
      for (const column of table.columns) {
        expect(column.type, `${table.name}.${column.name}`).toBe(
          typeFromDeclared(declared.get(`${table.name}.${column.name}`)!),
        );
      }
    }
    const type = (t: string, c: string) => registry.tables.get(t)?.columns.find((x) => x.name === c)?.type;
    expect(type('AD_Role', 'IsActive')).toBe('boolean');
    expect(type('AD_User', 'IsActive')).toBe('boolean');
    expect(type('AD_User', 'Created')).toBe('timestamp');
    expect(type('AD_User', 'AD_User_UU')).toBe('text');
    expect(type('C_BPartner', 'Created')).toBe('timestamp');
    expect(type('C_BPartner', 'SO_CreditLimit')).toBe('real');
    expect(type('LY_MODULES', 'MODULE_PARAMS')).toBe('json');
  });
});
