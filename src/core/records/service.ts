import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { compileFilter, compileOrderBy, type FilterNode, type OrderSpec, tableResolver } from '../filter';
import { type Page, selectPage } from './paging';
import { findColumn, visibleColumns } from './registry';
import { ident, prepare } from './sql';
import type { ColumnInfo, TableInfo } from './types';
import { columnValues, missingRequired, type ReadOnlyPolicy, singleKey, toStored } from './values';

/**
 * Generic record access over the schema registry, for the faces that expose tables (iDempiere models,
 * Liberty queries, exports). Reads are bounded and filtered through the one filter engine; every write
 * and its audit row (with before/after images built in SQL from visible columns only) are one D1 batch.
 */

export type Row = Record<string, unknown>;

export interface Actor {
  userId: number;
  login: string;
  requestId?: string;
}

export interface ListOptions {
  /** Column names (case-insensitive); default: every visible column. */
  select?: string[];
  filter?: FilterNode;
  orderBy?: OrderSpec[];
  page: Page;
  /** A condition the caller adds (access rules, parent key for expansion), already bound. */
  where?: SQL;
  /** Further aliased select expressions built by the caller from registry names (e.g. FK labels). */
  extraColumns?: SQL;
}

function selectList(table: TableInfo, names?: string[]): { columns: ColumnInfo[]; sql: SQL } {
  const columns = names?.length
    ? names.map((name) => {
        const column = findColumn(table, name);
        if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${name.slice(0, 64)}'`);
        return column;
      })
    : visibleColumns(table);
  return {
    columns,
    sql: sql.join(
      columns.map((c) => ident(c.name)),
      sql`, `,
    ),
  };
}

/** json_object of the visible columns of the row(s) matched by `where`: the audit image. */
function imageOf(table: TableInfo, where: SQL): SQL {
  const pairs = visibleColumns(table).map((c) => sql`${c.name}, ${ident(c.name)}`);
  // SQLite functions take at most 127 arguments: wide rows are built in slices and merged.
  const slices: SQL[] = [];
  for (let i = 0; i < pairs.length; i += 60)
    slices.push(sql`json_object(${sql.join(pairs.slice(i, i + 60), sql`, `)})`);
  const image = slices.reduce((acc, slice) => sql`json_patch(${acc}, ${slice})`);
  return sql`(select ${image} from ${ident(table.name)} where ${where})`;
}

/** Audit row with the before image of the row matched, written only if that row exists (else no row). */
function auditBefore(
  pool: string,
  table: TableInfo,
  action: 'UPDATE' | 'DELETE',
  actor: Actor,
  recordId: string,
  match: SQL,
) {
  return sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, request_id)
    select ${actor.userId}, ${actor.login}, ${pool}, ${table.name}, ${recordId}, ${action}, ${imageOf(table, match)}, ${actor.requestId ?? null}
    where exists (select 1 from ${ident(table.name)} where ${match})`;
}

function auditRow(
  pool: string,
  table: TableInfo,
  action: string,
  actor: Actor,
  recordId: SQL,
  before: SQL,
  after: SQL,
) {
  return sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
    values (${actor.userId}, ${actor.login}, ${pool}, ${table.name}, ${recordId}, ${action}, ${before}, ${after}, ${actor.requestId ?? null})`;
}

function assertWritable(table: TableInfo): void {
  if (table.view) throw new AppError('BAD_REQUEST', `${table.name} is read-only here`);
}

export async function listRecords(data: DataAccess, pool: string, table: TableInfo, options: ListOptions) {
  const resolver = tableResolver(table);
  const filter = compileFilter(options.filter, resolver);
  const where = filter && options.where ? sql`(${filter}) and (${options.where})` : (filter ?? options.where);
  const select = selectList(table, options.select);
  const orderBy = options.orderBy?.length ? compileOrderBy(options.orderBy, resolver) : undefined;
  const key = table.primaryKey[0];
  return selectPage<Row>(
    data.d1(pool),
    {
      columns: options.extraColumns ? sql`${select.sql}, ${options.extraColumns}` : select.sql,
      from: ident(table.name),
      where,
      // A stable order makes pages deterministic: the key breaks ties.
      orderBy: orderBy && key ? sql`${orderBy}, ${ident(key)}` : (orderBy ?? (key ? ident(key) : undefined)),
    },
    options.page,
  );
}

export async function getRecord(data: DataAccess, pool: string, table: TableInfo, id: unknown, select?: string[]) {
  const key = singleKey(table);
  const columns = selectList(table, select);
  const row = await prepare(
    data.d1(pool),
    sql`select ${columns.sql} from ${ident(table.name)} where ${ident(key.name)} = ${toStored(key, id)} limit 1`,
  ).first<Row>();
  return row ?? undefined;
}

export async function insertRecord(
  data: DataAccess,
  pool: string,
  table: TableInfo,
  values: Record<string, unknown>,
  actor: Actor,
  options: { readOnly?: ReadOnlyPolicy; extraColumns?: SQL } = {},
): Promise<Row> {
  assertWritable(table);
  const writes = columnValues(table, values, options.readOnly ?? 'reject');
  const missing = missingRequired(table, writes);
  if (missing.length) throw new AppError('BAD_REQUEST', `Missing required column(s): ${missing.join(', ')}`);
  const db = data.d1(pool);
  const inserted = sql`rowid = last_insert_rowid()`;
  const key = table.primaryKey[0];
  const [result] = await db.batch([
    prepare(
      db,
      sql`insert into ${ident(table.name)} (${sql.join(
        writes.map((w) => ident(w.column.name)),
        sql`, `,
      )}) values (${sql.join(
        writes.map((w) => sql`${w.value}`),
        sql`, `,
      )}) returning ${selectList(table).sql}${options.extraColumns ? sql`, ${options.extraColumns}` : sql``}`,
    ),
    prepare(
      db,
      auditRow(
        pool,
        table,
        'INSERT',
        actor,
        key ? sql`(select ${ident(key)} from ${ident(table.name)} where ${inserted})` : sql`last_insert_rowid()`,
        sql`null`,
        imageOf(table, inserted),
      ),
    ),
  ]);
  return (result.results as Row[])[0];
}

export async function updateRecord(
  data: DataAccess,
  pool: string,
  table: TableInfo,
  id: unknown,
  values: Record<string, unknown>,
  actor: Actor,
  options: { readOnly?: ReadOnlyPolicy } = {},
): Promise<Row> {
  assertWritable(table);
  const key = singleKey(table);
  const keyValue = toStored(key, id);
  const writes = columnValues(table, values, options.readOnly ?? 'reject');
  const db = data.d1(pool);
  const match = sql`${ident(key.name)} = ${keyValue}`;
  // The audit row is written first with the before image (none when the row is missing), the update
  // runs, then the same audit row gets the after image. One batch: all or nothing.
  const [, updated] = await db.batch([
    prepare(db, auditBefore(pool, table, 'UPDATE', actor, String(keyValue), match)),
    prepare(
      db,
      sql`update ${ident(table.name)} set ${sql.join(
        writes.map((w) => sql`${ident(w.column.name)} = ${w.value}`),
        sql`, `,
      )} where ${match} returning ${selectList(table).sql}`,
    ),
    prepare(
      db,
      sql`update audit_log set after = ${imageOf(table, match)}
        where id = last_insert_rowid() and table_name = ${table.name} and record_id = ${String(keyValue)} and action = 'UPDATE' and after is null`,
    ),
  ]);
  const row = (updated.results as Row[])[0];
  if (!row) throw new AppError('NOT_FOUND', `Record ${String(keyValue)} not found in ${table.name}`);
  return row;
}

export async function deleteRecord(
  data: DataAccess,
  pool: string,
  table: TableInfo,
  id: unknown,
  actor: Actor,
): Promise<Row> {
  assertWritable(table);
  const key = singleKey(table);
  const keyValue = toStored(key, id);
  const db = data.d1(pool);
  const match = sql`${ident(key.name)} = ${keyValue}`;
  const [, deleted] = await db.batch([
    prepare(db, auditBefore(pool, table, 'DELETE', actor, String(keyValue), match)),
    prepare(db, sql`delete from ${ident(table.name)} where ${match} returning ${selectList(table).sql}`),
  ]);
  const row = (deleted.results as Row[])[0];
  if (!row) throw new AppError('NOT_FOUND', `Record ${String(keyValue)} not found in ${table.name}`);
  return row;
}
