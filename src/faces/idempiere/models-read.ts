import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { erpRecordContext, validationRule } from '../../core/erp/context';
import { assignedLabels, labelCondition } from '../../core/erp/labels';
import { labelColumns } from '../../core/records/lookups';
import { pageCount } from '../../core/records/paging';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { findRecord, listRecords, type RecordContext } from '../../core/records/service';
import type { ColumnInfo, PoolSchema, TableInfo } from '../../core/records/types';
import { findVersionKey, withVersionColumn } from '../../core/records/versions';
import { AppError } from '../../lib/errors';
import { principalOf } from '../../middleware/auth';
import { conditionalWrite } from '../../middleware/conditional';
import type { AppEnv } from '../../middleware/env';
import type { ListQuery } from './models-schemas';
import {
  applyContext,
  type ExpandItem,
  type PoRecord,
  parseExpand,
  parseFilter,
  parseOrderBy,
  type Row,
  renderRows,
  selectColumns,
  selectWithExpand,
} from './po';
import { expandRecords } from './query';
import type { WriteCaller } from './writes';

/**
 * What the /models routes share: the caller's records context, the table behind a model name (after the
 * role's table access), a page or a record read and rendered with its expansions and labels, and what a
 * write needs of the request.
 */

export function maxRecords(c: Context<AppEnv>): number {
  const n = Number(c.env.REST_MAX_RECORDS_SIZE);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 100;
}

/** The caller's records context: core rights, the session's tenant, the role's table access. */
export const contextOf = (c: Context<AppEnv>) => erpRecordContext(c.var.data, principalOf(c), c.get('requestId'));

/**
 * The table behind a model name, after the role's table access (the narrowing rule). A record of a table
 * the role cannot read is indistinguishable from a missing one.
 */
export async function tableFor(ctx: RecordContext, name: string, need: 'read' | 'write', missing: 'table' | 'record') {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const table = requireTable(schema, name);
  try {
    await ctx.narrow?.(table, need);
  } catch (error) {
    if (missing === 'record' && need === 'read') throw new AppError('NOT_FOUND', 'Record not found');
    throw error;
  }
  return { schema, table };
}

/** One record with its version (read in the same statement: versions.ts), or a 404. */
export async function readOne(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: string,
  columns: readonly ColumnInfo[],
): Promise<Row> {
  const row = await findRecord(ctx, table, id, {
    columns,
    extraColumns: withVersionColumn(table, labelColumns(ctx, schema, table, columns)),
  });
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return row;
}

/** Rows rendered as PO json, with their expansions and, with `showlabel`, their assigned labels. */
export async function renderPage(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  rows: Row[],
  columns: readonly ColumnInfo[],
  options: { expand: ExpandItem[]; showlabel?: string },
): Promise<PoRecord[]> {
  const records = await renderRows(ctx, schema, table, rows, columns);
  if (options.expand.length) await expandRecords(ctx, schema, table, records, rows, options.expand);
  if (options.showlabel !== undefined) await addAssignedLabels(ctx, schema, table, records, rows, options.showlabel);
  return records;
}

/**
 * `showlabel`: `assigned-labels` on each record that has labels (none: the property is left out, as the
 * original does). Empty: the labels as PO json; one column: its values; several: objects of those columns.
 */
export async function addAssignedLabels(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  records: PoRecord[],
  rows: Row[],
  showlabel: string,
): Promise<void> {
  const key = table.primaryKey[0];
  if (!key || !rows.length) return;
  const label = requireTable(schema, 'AD_Label');
  const wanted = showlabel.trim() ? selectColumns(label, showlabel) : selectColumns(label);
  const found = await assignedLabels(
    ctx,
    schema,
    table,
    rows.map((r) => r[key]),
    wanted,
  );
  const named = showlabel
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const [i, row] of rows.entries()) {
    const labels = found.get(row[key]);
    if (!labels?.length) continue;
    const rendered = await renderRows(ctx, schema, label, labels, wanted);
    const pick = (record: PoRecord, name: string) => {
      const column = wanted.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!column) return null;
      if (column.name === label.primaryKey[0]) return record.id;
      return record[column.name] ?? null;
    };
    records[i]['assigned-labels'] =
      named.length === 1
        ? rendered.map((r) => pick(r, named[0]))
        : named.length > 1
          ? rendered.map((r) => Object.fromEntries(named.map((n) => [n, pick(r, n)])))
          : rendered;
  }
}

/** A page of a model, as GET /models/{table} answers it (the figures go to the body and the headers). */
export async function readPage(
  c: Context<AppEnv>,
  ctx: RecordContext,
  tableName: string,
  q: z.infer<typeof ListQuery>,
) {
  const { schema, table } = await tableFor(ctx, tableName, 'read', 'table');
  const max = maxRecords(c);
  const top = !q.$top ? max : Math.min(q.$top, max);
  const skip = q.$skip ?? 0;
  const expand = parseExpand(q.$expand);
  const columns = selectWithExpand(table, q.$select, expand);
  let filter = parseFilter(q.$filter, table);
  if (q.$valrule) {
    const clientId = ctx.scope === 'unscoped' ? undefined : ctx.scope.clientId;
    const rule = parseFilter(applyContext(await validationRule(c.var.data, q.$valrule, clientId), q.$context), table);
    filter = filter && rule ? { kind: 'and', children: [filter, rule] } : (filter ?? rule);
  }
  const labelFilter = q.label?.trim() ? parseFilter(q.label) : undefined;
  const page = await listRecords(ctx, table, {
    columns,
    filter,
    orderBy: parseOrderBy(q.$orderby),
    page: { limit: top, offset: skip },
    where: labelFilter ? await labelCondition(ctx, schema, table, labelFilter) : undefined,
    extraColumns: labelColumns(ctx, schema, table, columns),
  });
  const records = await renderPage(ctx, schema, table, page.rows, columns, { expand, showlabel: q.showlabel });
  const figures = {
    'page-count': pageCount(page.total, top),
    'records-size': top,
    'skip-records': skip,
    'row-count': page.total,
    'array-count': records.length,
  };
  return { figures, records };
}

/** What a write needs of the request: the records context, the schema, the caller. */
export async function writeCaller(c: Context<AppEnv>, ctx: RecordContext): Promise<WriteCaller> {
  return {
    ctx,
    schema: await getPoolSchema(ctx.data, ctx.pool),
    data: c.var.data,
    principal: principalOf(c),
    requestId: c.get('requestId'),
  };
}

/**
 * `If-Match` on a record write: the record's version key (looked up only when the header is there) and
 * the guard that makes the write's batch conditional (middleware/conditional.ts). Returns the table.
 */
export async function ifMatchRecord(c: Context<AppEnv>, ctx: RecordContext, tableName: string, id: string) {
  const table = requireTable(await getPoolSchema(ctx.data, ctx.pool), tableName);
  await conditionalWrite(c, () => findVersionKey(ctx, table, id), ctx.pool);
  return table;
}
