import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FilterNode, type OrderSpec, parseODataFilter, tableResolver } from '../filter';
import { findColumn, findTable, getPoolSchema } from '../records/registry';
import { allOf } from '../records/scope';
import { listRecords, type RecordContext, type Row } from '../records/service';
import type { ColumnInfo, TableInfo } from '../records/types';
import { definitions, tableOfId, yes } from './definitions';
import { type DictionaryAccess, definitionContext } from './dictionary-access';
import { fillContext, type SessionContext } from './session-context';
import { slugify } from './slug';

/**
 * Info windows (AD_InfoWindow and its columns, processes and related info windows): a search over one table.
 * Opening one needs the role's info window access (else 403; none: 404). Its query reads the table through
 * the session's full context (rights, table access, tenant, organisations), limited by the info window's where
 * clause (the `$filter` grammar with `@#…@` context variables) and active rows, filtered by the client's
 * parameters on its query-criteria columns (each with its operator), in pages of 100.
 */

export interface InfoDef {
  row: Row;
  id: number;
  name: string;
  slug: string;
  table: TableInfo;
}

export const INFO_PAGE = 100;

async function infoRows(ctx: RecordContext, filter?: string) {
  return definitions(definitionContext(ctx), 'AD_InfoWindow', { filter, orderBy: sql`Name` });
}

async function infoOf(ctx: RecordContext, row: Row): Promise<InfoDef> {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const name = String(row.Name);
  return {
    row,
    id: Number(row.AD_InfoWindow_ID),
    name,
    slug: slugify(name),
    table: tableOfId(schema, row.AD_Table_ID),
  };
}

export async function listInfos(ctx: RecordContext, access: DictionaryAccess, filter?: string): Promise<InfoDef[]> {
  const rows = (await infoRows(ctx, filter)).filter((r) => access.info(Number(r.AD_InfoWindow_ID)));
  return Promise.all(rows.map((r) => infoOf(ctx, r)));
}

export async function openInfo(ctx: RecordContext, access: DictionaryAccess, slug: string): Promise<InfoDef> {
  const row = (await infoRows(ctx)).find((r) => slugify(String(r.Name)) === slug);
  if (!row) throw new AppError('NOT_FOUND', `No match found for info window name: ${slug.slice(0, 64)}`);
  if (!access.info(Number(row.AD_InfoWindow_ID)))
    throw new AppError('FORBIDDEN', `Access denied for info window: ${slug.slice(0, 64)}`);
  return infoOf(ctx, row);
}

export function infoColumns(ctx: RecordContext, info: InfoDef): Promise<Row[]> {
  return definitions(definitionContext(ctx), 'AD_InfoColumn', {
    where: sql`AD_InfoWindow_ID = ${info.id}`,
    orderBy: sql`SeqNo, AD_InfoColumn_ID`,
  });
}

export function infoProcesses(ctx: RecordContext, info: InfoDef): Promise<Row[]> {
  return definitions(definitionContext(ctx), 'AD_InfoProcess', {
    where: sql`AD_InfoWindow_ID = ${info.id}`,
    orderBy: sql`SeqNo, AD_InfoProcess_ID`,
  });
}

/**
 * The slugs of processes (AD_Process.Value) by id, where the processes' table exists; none otherwise (the
 * processes are another part of the face).
 */
export async function processSlugs(ctx: RecordContext, ids: unknown[]): Promise<Map<number, string>> {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  if (!ids.length || !findTable(schema, 'AD_Process')) return new Map();
  const rows = await definitions(definitionContext(ctx), 'AD_Process', {
    where: sql`AD_Process_ID in (${sql.join(
      ids.slice(0, 80).map((id) => sql`${Number(id)}`),
      sql`, `,
    )})`,
  });
  return new Map(rows.map((r) => [Number(r.AD_Process_ID), slugify(String(r.Value ?? ''))]));
}

/** Related info windows, each with the slug of the info window it opens. */
export async function infoRelateds(ctx: RecordContext, info: InfoDef): Promise<{ row: Row; slug: string }[]> {
  const rows = await definitions(definitionContext(ctx), 'AD_InfoRelated', {
    where: sql`AD_InfoWindow_ID = ${info.id}`,
    orderBy: sql`SeqNo, AD_InfoRelated_ID`,
  });
  const infos = await infoRows(ctx);
  return rows.map((row) => {
    const related = infos.find((i) => i.AD_InfoWindow_ID === row.RelatedInfo_ID);
    return { row, slug: related ? slugify(String(related.Name)) : '' };
  });
}

/** The table's column an info column shows (`alias.Column` or `Column`), if it names one. */
export function columnOf(info: InfoDef, column: Row): ColumnInfo | undefined {
  const select = String(column.SelectClause ?? column.ColumnName);
  return findColumn(info.table, select.includes('.') ? select.slice(select.lastIndexOf('.') + 1) : select);
}

const OPERATORS: Record<string, 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'> = {
  '=': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'ge',
  '<': 'lt',
  '<=': 'le',
};

/** A query parameter as the client sends it: a value, or a reference object `{id}`. */
function plainValue(name: string, value: unknown): string | number | boolean | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return plainValue(name, (value as { id?: unknown }).id);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as string | number | boolean | null;
  throw new AppError('BAD_REQUEST', `Invalid value for parameter ${name.slice(0, 64)}`);
}

/** The client's `$parameters` on the query-criteria columns, each with its column's operator. */
export function parameterFilter(
  info: InfoDef,
  columns: Row[],
  parameters: Record<string, unknown>,
): FilterNode | undefined {
  const children: FilterNode[] = [];
  for (const [name, raw] of Object.entries(parameters)) {
    const criteria = columns.find(
      (c) => String(c.ColumnName).toLowerCase() === name.toLowerCase() && yes(c.IsQueryCriteria),
    );
    const column = criteria && columnOf(info, criteria);
    if (!criteria || !column) throw new AppError('BAD_REQUEST', `Unknown query parameter ${name.slice(0, 64)}`);
    const value = plainValue(name, raw);
    if (value === null || value === '') continue;
    const operator = String(criteria.QueryOperator ?? '=');
    const field = { path: column.name };
    if (operator.toLowerCase() === 'like') {
      const text = String(value);
      // iDempiere's Like: the value as a pattern (`%` wildcards), else a case-insensitive "contains".
      children.push(
        text.includes('%')
          ? { kind: 'like', field: { ...field, transform: 'toupper' }, pattern: text.toUpperCase() }
          : { kind: 'text', fn: 'contains', field: { ...field, transform: 'tolower' }, value: text.toLowerCase() },
      );
    } else {
      const op = OPERATORS[operator];
      if (!op) throw new AppError('BAD_REQUEST', `Unsupported query operator ${operator.slice(0, 8)}`);
      children.push({ kind: 'cmp', field, op, value });
    }
  }
  return children.length ? { kind: 'and', children } : undefined;
}

/** The info window's own conditions: its where clause (context bound) and active rows. */
export function infoCondition(info: InfoDef, context: SessionContext): SQL | undefined {
  const where =
    typeof info.row.WhereClause === 'string' && info.row.WhereClause.trim() ? info.row.WhereClause : undefined;
  const active = findColumn(info.table, 'IsActive') ? sql`${sql.identifier('IsActive')} = 1` : undefined;
  return allOf(
    where ? compileFilter(parseODataFilter(fillContext(where, context)), tableResolver(info.table)) : undefined,
    active,
  );
}

/** `$orderby` of an info query (`Name desc, Value`), else the info window's own order. */
export function infoOrder(info: InfoDef, orderBy?: string): OrderSpec[] {
  const text = orderBy?.trim() || (typeof info.row.OrderByClause === 'string' ? info.row.OrderByClause : '');
  if (!text.trim()) return [];
  return text.split(',').map((part) => {
    const [path, dir, ...rest] = part.trim().split(/\s+/);
    const direction = (dir ?? 'asc').toLowerCase();
    if (!path || rest.length || (direction !== 'asc' && direction !== 'desc'))
      throw new AppError('BAD_REQUEST', `Invalid $orderby term '${part.trim().slice(0, 64)}'`);
    return { path: path.includes('.') ? path.slice(path.lastIndexOf('.') + 1) : path, direction };
  });
}

/** A page of the info window's query: the rows of its displayed columns (key, UUID and foreign-key labels). */
export async function infoQuery(
  ctx: RecordContext,
  info: InfoDef,
  columns: readonly ColumnInfo[],
  options: { filter?: FilterNode; orderBy: OrderSpec[]; page: number; where?: SQL; extraColumns?: SQL },
) {
  return listRecords(ctx, info.table, {
    select: columns.map((c) => c.name),
    filter: options.filter,
    orderBy: options.orderBy,
    page: { limit: INFO_PAGE, offset: options.page * INFO_PAGE },
    where: options.where,
    extraColumns: options.extraColumns,
  });
}
