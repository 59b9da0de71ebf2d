import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { IsolateCache } from '../ops/cache';
import {
  drizzleTypeHints,
  IMPLICIT_FOREIGN_KEYS,
  isHiddenColumn,
  isInternalTable,
  isReadOnlyColumn,
  typeFromDeclared,
} from './policy';
import type { ColumnInfo, PoolSchema, TableInfo } from './types';

/** Has iDempiere's tenant column (records/scope.ts decides with it). */
const hasClient = (table: TableInfo | undefined) =>
  Boolean(table?.columns.some((c) => c.name.toLowerCase() === 'ad_client_id'));

/**
 * The schema registry: per pool, the tables and columns the generic APIs may use, read from the
 * database itself (sqlite_master + table_info/foreign_key_list) and cached per isolate. Internal
 * tables are left out entirely; hidden columns stay listed but flagged (callers must skip them).
 */

interface ColumnRow {
  tbl: string;
  kind: 'table' | 'view';
  name: string;
  type: string;
  not_null: number;
  dflt: string | null;
  pk: number;
}

interface ForeignKeyRow {
  tbl: string;
  from: string;
  target: string;
  to: string | null;
}

// D1 refuses to read its own `_cf_*` tables (SQLITE_AUTH), so they are excluded before the pragma join.
// Views are listed too (iDempiere's AD_User is a view over the user store); they have no key and are read-only.
const USER_TABLES = `m.type IN ('table', 'view') AND m.name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;
const TABLES = `SELECT m.name AS tbl, m.type AS kind, p.name AS name, p.type AS type, p."notnull" AS not_null, p.dflt_value AS dflt, p.pk AS pk
  FROM sqlite_master AS m, pragma_table_info(m.name) AS p
  WHERE ${USER_TABLES} ORDER BY m.name, p.cid`;
const FOREIGN_KEYS = `SELECT m.name AS tbl, f."from" AS "from", f."table" AS target, f."to" AS "to"
  FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f
  WHERE ${USER_TABLES} ORDER BY m.name, f.id, f.seq`;

const schemas = new IsolateCache<PoolSchema>('schema-registry', {
  tableName: 'sqlite_master',
  maxSize: 64,
  // Schemas change only through migrations and setup, which invalidate explicitly; the TTL bounds drift
  // when another isolate ran the DDL.
  ttlMs: 5 * 60_000,
});

export async function loadPoolSchema(db: D1Database | D1DatabaseSession, pool: string): Promise<PoolSchema> {
  const [columns, foreignKeys] = await db.batch<ColumnRow | ForeignKeyRow>([
    db.prepare(TABLES),
    db.prepare(FOREIGN_KEYS),
  ]);
  const hints = drizzleTypeHints();
  const tables = new Map<string, TableInfo>();
  for (const row of columns.results as ColumnRow[]) {
    if (isInternalTable(row.tbl)) continue;
    let table = tables.get(row.tbl);
    if (!table) {
      table = { name: row.tbl, columns: [], primaryKey: [], foreignKeys: [], view: row.kind === 'view' };
      tables.set(row.tbl, table);
    }
    const primaryKey = row.pk > 0;
    const column: ColumnInfo = {
      name: row.name,
      type: hints.get(`${row.tbl}.${row.name}`) ?? typeFromDeclared(row.type),
      notNull: row.not_null === 1 || primaryKey,
      primaryKey,
      hidden: isHiddenColumn(row.name),
      // An integer primary key is the rowid: the database assigns it.
      readOnly: row.kind === 'view' || isReadOnlyColumn(row.name) || (primaryKey && /INT/i.test(row.type)),
      hasDefault: row.dflt !== null || (primaryKey && /INT/i.test(row.type)),
    };
    table.columns.push(column);
    if (primaryKey) table.primaryKey.push(row.name);
  }
  // A view has no declared key: the `<View>_ID` column (iDempiere's convention) serves as one.
  for (const table of tables.values()) {
    if (!table.view || table.primaryKey.length) continue;
    const key = table.columns.find((c) => c.name.toLowerCase() === `${table.name.toLowerCase()}_id`);
    if (key) {
      key.primaryKey = true;
      table.primaryKey.push(key.name);
    }
  }
  for (const row of foreignKeys.results as ForeignKeyRow[]) {
    const table = tables.get(row.tbl);
    const target = tables.get(row.target);
    if (!table || !target) continue;
    table.foreignKeys.push({
      column: row.from,
      table: target.name,
      references: row.to ?? target.primaryKey[0] ?? 'rowid',
    });
  }
  for (const { column, table: target } of IMPLICIT_FOREIGN_KEYS) {
    const parent = tables.get(target);
    const key = parent?.primaryKey.length === 1 ? parent.primaryKey[0] : undefined;
    if (!parent || !key) continue;
    for (const table of tables.values()) {
      const own = table.columns.find((c) => c.name === column && !c.primaryKey);
      if (own && !table.foreignKeys.some((f) => f.column === column))
        table.foreignKeys.push({ column, table: parent.name, references: key, implicit: true });
    }
  }
  // Rows of a table without a client column that reference a tenant's row belong to that tenant.
  for (const table of tables.values()) {
    if (hasClient(table)) continue;
    table.owner = table.foreignKeys.find(
      (f) => !f.implicit && f.table !== table.name && hasClient(tables.get(f.table)),
    );
  }
  return { pool, tables };
}

/** The pool's schema, loaded once per isolate (invalidate after DDL: setup, install, migrations). */
export function getPoolSchema(data: DataAccess, pool: string): Promise<PoolSchema> {
  return schemas.load(pool, () => loadPoolSchema(data.d1(pool), pool));
}

export function invalidatePoolSchema(pool?: string): number {
  return pool === undefined ? schemas.clear() : schemas.delete(pool) ? 1 : 0;
}

/** Table lookup, case-insensitive (iDempiere clients write table names in any case). */
export function findTable(schema: PoolSchema, name: string): TableInfo | undefined {
  return (
    schema.tables.get(name) ?? [...schema.tables.values()].find((t) => t.name.toLowerCase() === name.toLowerCase())
  );
}

export function requireTable(schema: PoolSchema, name: string): TableInfo {
  const table = findTable(schema, name);
  if (!table) throw new AppError('NOT_FOUND', `Table '${name}' not found`);
  return table;
}

/** Columns a generic API may return. */
export function visibleColumns(table: TableInfo): ColumnInfo[] {
  return table.columns.filter((c) => !c.hidden);
}

/** Visible columns by lower-case name, per table (tables live as long as their cached schema). */
const columnIndex = new WeakMap<
  TableInfo,
  { count: number; byName: Map<string, ColumnInfo>; exact: Map<string, ColumnInfo | undefined> }
>();

/** A visible column by name, case-insensitive; hidden columns look exactly like missing ones. */
export function findColumn(table: TableInfo, name: string): ColumnInfo | undefined {
  let index = columnIndex.get(table);
  // Rebuilt if columns were added after it was made (the registry builds tables column by column).
  if (!index || index.count !== table.columns.length) {
    const byName = new Map<string, ColumnInfo>();
    for (const c of table.columns)
      if (!c.hidden && !byName.has(c.name.toLowerCase())) byName.set(c.name.toLowerCase(), c);
    index = { count: table.columns.length, byName, exact: new Map() };
    columnIndex.set(table, index);
  }
  // Names as given are few per table (the core's own, a client's spellings): answered without lower-casing.
  const known = index.exact.get(name);
  if (known !== undefined || index.exact.has(name)) return known;
  const column = index.byName.get(name.toLowerCase());
  if (index.exact.size < 1000) index.exact.set(name, column);
  return column;
}
