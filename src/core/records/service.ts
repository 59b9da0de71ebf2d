import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, compileOrderBy, type FilterNode, type OrderSpec, tableResolver } from '../filter';
import { requireRight } from '../identity/actor';
import { type Page, selectPage } from './paging';
import { findColumn, visibleColumns } from './registry';
import { allOf, type RecordContext, scopeCondition } from './scope';
import { ident, prepare, sql, stable } from './sql';
import type { ColumnInfo, TableInfo } from './types';
import { singleKey, toStored } from './values';

/**
 * Generic record reads over the schema registry, for the faces that expose tables (iDempiere models,
 * forms). Every call carries a RecordContext: the actor's core right (`base.framework.record.view`) and the
 * face's narrowing rule are checked here, and the tenant scope (scope.ts) is part of every statement. Reads
 * are bounded and filtered through the one filter engine. Writes are in writes.ts (planned, then executed
 * as one D1 batch with their audit rows).
 */

export type Row = Record<string, unknown>;
export type { RecordContext, RecordScope } from './scope';

export const RECORD_RIGHTS = {
  view: 'base.framework.record.view',
  add: 'base.framework.record.add',
  edit: 'base.framework.record.edit',
  delete: 'base.framework.record.delete',
} as const;

export interface ListOptions {
  /** Column names (case-insensitive); default: every visible column. */
  select?: string[];
  /** The columns themselves (instead of `select`): a frozen shared list is resolved once, not per request. */
  columns?: readonly ColumnInfo[];
  filter?: FilterNode;
  orderBy?: OrderSpec[];
  page: Page;
  /** A condition the caller adds (access rules, parent key for expansion), already bound. */
  where?: SQL;
  /**
   * Further aliased select expressions built by the caller from registry names (e.g. FK labels), which may
   * name the table's selected columns as `<table>.<column>`. Computed for the page's rows only, after
   * filtering, sorting and limiting (paging.ts `perRow`).
   */
  extraColumns?: SQL;
}

/** Select lists by table and names (a table lives as long as its cached schema). */
const selectLists = new WeakMap<TableInfo, Map<string, { columns: ColumnInfo[]; sql: SQL }>>();

function selectList(table: TableInfo, names?: string[]): { columns: ColumnInfo[]; sql: SQL } {
  const key = names?.length ? names.join(',') : '';
  let lists = selectLists.get(table);
  if (!lists) {
    lists = new Map();
    selectLists.set(table, lists);
  }
  const known = lists.get(key);
  if (known) return known;
  const built = buildSelectList(table, names);
  if (lists.size < 64) lists.set(key, built);
  return built;
}

/** Select lists by frozen column list (po.ts selectColumns' shared lists). */
const listsByColumns = new WeakMap<readonly ColumnInfo[], { columns: ColumnInfo[]; sql: SQL }>();

function selectListOf(table: TableInfo, options: { select?: string[]; columns?: readonly ColumnInfo[] }) {
  const given = options.columns;
  if (!given) return selectList(table, options.select);
  const known = listsByColumns.get(given);
  if (known) return known;
  const built = selectList(
    table,
    given.map((c) => c.name),
  );
  if (Object.isFrozen(given)) listsByColumns.set(given, built);
  return built;
}

function buildSelectList(table: TableInfo, names?: string[]): { columns: ColumnInfo[]; sql: SQL } {
  const columns = names?.length
    ? names.map((name) => {
        const column = findColumn(table, name);
        if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${name.slice(0, 64)}'`);
        return column;
      })
    : visibleColumns(table);
  return {
    columns,
    sql: stable(
      sql.join(
        columns.map((c) => ident(c.name)),
        sql`, `,
      ),
    ),
  };
}

/** The column `<Table>_UU` (iDempiere's UUID), when the table has one. */
export function uuColumn(table: TableInfo): ColumnInfo | undefined {
  return findColumn(table, `${table.name}_UU`);
}

/** The column shown as a record's identifier (iDempiere: Name, DocumentNo, Value or ISO_Code, else the key). */
export function identifierColumn(table: TableInfo): ColumnInfo {
  return (
    findColumn(table, 'Name') ??
    findColumn(table, 'DocumentNo') ??
    findColumn(table, 'Value') ??
    findColumn(table, 'ISO_Code') ??
    singleKey(table)
  );
}

/** A record id from a URL: the key (digits) or the UUID. */
export function recordMatch(table: TableInfo, id: string): SQL {
  const key = singleKey(table);
  if (/^\d+$/.test(id)) return sql`${ident(key.name)} = ${toStored(key, id)}`;
  const uu = uuColumn(table);
  if (!uu) throw new AppError('NOT_FOUND', 'Record not found');
  return sql`${ident(uu.name)} = ${withDashes(id)}`;
}

/**
 * UUIDs were 32 hex digits before migration 0010, which only added the dashes: a client holding an old
 * value still finds its row.
 */
export function withDashes(uuid: string): string {
  const m = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i.exec(uuid);
  return m ? m.slice(1).join('-').toLowerCase() : uuid;
}

/** The read right and the face's narrowing rule for a table. */
export async function requireReadRight(ctx: RecordContext, table: TableInfo): Promise<void> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  await ctx.narrow?.(table, 'read');
}

export async function listRecords(ctx: RecordContext, table: TableInfo, options: ListOptions) {
  await requireReadRight(ctx, table);
  const resolver = tableResolver(table);
  const where = allOf(compileFilter(options.filter, resolver), options.where, scopeCondition(table, ctx.scope, 'read'));
  const select = selectListOf(table, options);
  const orderBy = options.orderBy?.length ? compileOrderBy(options.orderBy, resolver) : undefined;
  const key = table.primaryKey[0];
  return selectPage<Row>(
    ctx.data.d1(ctx.pool),
    {
      columns: select.sql,
      from: ident(table.name),
      where,
      // A stable order makes pages deterministic: the key breaks ties.
      orderBy: orderBy && key ? sql`${orderBy}, ${ident(key)}` : (orderBy ?? (key ? ident(key) : undefined)),
      perRow: options.extraColumns && {
        columns: options.extraColumns,
        as: table.name,
        orderColumns: unselected(table, select.columns, [...(options.orderBy ?? []).map((o) => o.path), key]),
      },
    },
    options.page,
  );
}

/** The columns named in `names` (the sort's) that `selected` lacks, as a select list; undefined when none. */
function unselected(table: TableInfo, selected: ColumnInfo[], names: (string | undefined)[]): SQL | undefined {
  const missing = new Set<ColumnInfo>();
  for (const name of names) {
    const column = name === undefined ? undefined : findColumn(table, name);
    if (column && !selected.includes(column)) missing.add(column);
  }
  return missing.size
    ? sql.join(
        [...missing].map((c) => ident(c.name)),
        sql`, `,
      )
    : undefined;
}

/** One record by key or UUID within the scope, or undefined (a row of another tenant is missing). */
export async function findRecord(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  options: { select?: string[]; columns?: readonly ColumnInfo[]; extraColumns?: SQL } = {},
): Promise<Row | undefined> {
  await requireReadRight(ctx, table);
  const columns = selectListOf(table, options);
  const where = allOf(recordMatch(table, id), scopeCondition(table, ctx.scope, 'read'));
  const row = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${columns.sql}${options.extraColumns ? sql`, ${options.extraColumns}` : sql``} from ${ident(table.name)} where ${where} limit 1`,
  ).first<Row>();
  return row ?? undefined;
}

/** findRecord by key value (not the URL form). */
export async function getRecord(ctx: RecordContext, table: TableInfo, id: unknown, select?: string[]) {
  return findRecord(ctx, table, String(toStored(singleKey(table), id)), { select });
}
