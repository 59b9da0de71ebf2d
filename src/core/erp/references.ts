import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type OrderSpec, parseODataFilter, tableResolver } from '../filter';
import { findColumn, getPoolSchema } from '../records/registry';
import { allOf } from '../records/scope';
import { listRecords, type RecordContext, type Row } from '../records/service';
import type { ColumnInfo, TableInfo } from '../records/types';
import { byIdOrUuid, definitions, tableOfId, yes } from './definitions';
import { definitionContext } from './dictionary-access';
import { fillContext, type SessionContext } from './session-context';

/**
 * References (AD_Reference) by id, UUID or name: a list's values (AD_Ref_List), or a table validation's rows
 * (AD_Ref_Table: key and display column, and `Value` when shown, filtered by its where clause and sorted),
 * read through the session's full context: the role's table access, tenant and organisations decide which rows.
 */

export async function findReference(ctx: RecordContext, id: string): Promise<Row> {
  const isId = /^\d+$/.test(id) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const where: SQL = isId ? byIdOrUuid('AD_Reference', id) : sql`Name = ${id}`;
  const [row] = await definitions(definitionContext(ctx), 'AD_Reference', { where, limit: 1 });
  if (!row) throw new AppError('NOT_FOUND', `No match found for AD_Reference_ID: ${id.slice(0, 64)}`);
  return row;
}

export function referenceList(ctx: RecordContext, reference: Row): Promise<Row[]> {
  return definitions(definitionContext(ctx), 'AD_Ref_List', {
    where: sql`AD_Reference_ID = ${reference.AD_Reference_ID}`,
    orderBy: yes(reference.IsOrderByValue) ? sql`Value` : sql`Name`,
  });
}

/** A table validation's rows: its table, the columns answered and the rows (at most 1000). */
export async function referenceTable(
  ctx: RecordContext,
  reference: Row,
  context: SessionContext,
): Promise<{ table: TableInfo; columns: ColumnInfo[]; rows: Row[] }> {
  const [refTable] = await definitions(definitionContext(ctx), 'AD_Ref_Table', {
    where: sql`AD_Reference_ID = ${reference.AD_Reference_ID}`,
  });
  if (!refTable)
    throw new AppError(
      'NOT_FOUND',
      `No ref table match found for AD_Reference_ID: ${String(reference.AD_Reference_ID)}`,
    );
  const table = tableOfId(await getPoolSchema(ctx.data, ctx.pool), refTable.AD_Table_ID);
  const names = [refTable.KeyColumn, refTable.DisplayColumn, ...(yes(refTable.IsValueDisplayed) ? ['Value'] : [])];
  const columns = [...new Set(names.map(String))].map((name) => {
    const column = findColumn(table, name);
    if (!column)
      throw new AppError('BAD_REQUEST', `Reference ${String(reference.Name)}: no column ${name} in ${table.name}`);
    return column;
  });
  const where =
    typeof refTable.WhereClause === 'string' && refTable.WhereClause.trim() ? refTable.WhereClause : undefined;
  const order: OrderSpec[] = String(refTable.OrderByClause ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [path, dir] = p.split(/\s+/);
      return { path, direction: dir?.toLowerCase() === 'desc' ? 'desc' : 'asc' };
    });
  const active = findColumn(table, 'IsActive') ? sql`${sql.identifier('IsActive')} = 1` : undefined;
  const page = await listRecords(ctx, table, {
    select: columns.map((c) => c.name),
    orderBy: order,
    page: { limit: 1000, offset: 0 },
    where: allOf(
      where ? compileFilter(parseODataFilter(fillContext(where, context)), tableResolver(table)) : undefined,
      active,
    ),
  });
  return { table, columns, rows: page.rows };
}
