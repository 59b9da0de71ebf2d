import { sql } from 'drizzle-orm';
import { tableAccess } from '../../core/erp/context';
import { compileFilter, compileOrderBy, tableResolver } from '../../core/filter';
import type { Principal } from '../../core/identity/principal';
import { findColumn, findTable, requireTable } from '../../core/records/registry';
import { ident, prepare } from '../../core/records/sql';
import type { PoolSchema, TableInfo } from '../../core/records/types';
import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import {
  type ExpandItem,
  type PoRecord,
  parseExpand,
  parseFilter,
  parseOrderBy,
  type Row,
  renderRows,
  rowsByKeys,
  selectColumns,
} from './po';

/** Rows per expanded relation and page, whatever the client asks. */
const EXPAND_LIMIT = 1000;

export interface Caller {
  data: DataAccess;
  pool: string;
  schema: PoolSchema;
  principal: Principal;
}

/**
 * Expands a page of records in place: child tables (rows whose foreign key points at these records)
 * become arrays named after the child table; foreign-key columns become the parent record. One query
 * per relation per page; nested `$expand` recurses on the fetched rows.
 */
export async function expandRecords(
  caller: Caller,
  table: TableInfo,
  records: PoRecord[],
  rows: Row[],
  items: ExpandItem[],
): Promise<void> {
  const key = table.primaryKey[0];
  for (const item of items) {
    const asColumn = findColumn(table, item.name);
    const fk = asColumn && table.foreignKeys.find((f) => f.column === asColumn.name);
    if (fk) {
      const parent = requireTable(caller.schema, fk.table);
      if (!(await tableAccess(caller.data, caller.principal, parent.name)))
        throw new AppError('FORBIDDEN', `No read access to table ${parent.name}`);
      const columns = selectColumns(parent, item.select);
      const parentRows = await rowsByKeys(
        caller.data,
        caller.pool,
        parent,
        fk.references,
        rows.map((r) => r[fk.column]),
        columns,
        compileFilter(parseFilter(item.filter), tableResolver(parent)),
      );
      const rendered = await renderRows(caller.data, caller.pool, caller.schema, parent, parentRows, columns);
      if (item.expand) await expandRecords(caller, parent, rendered, parentRows, parseExpand(item.expand, 1));
      const byKey = new Map(parentRows.map((r, i) => [r[fk.references], rendered[i]]));
      records.forEach((record, i) => {
        const value = rows[i][fk.column];
        if (value !== null && value !== undefined) record[asColumn.name] = byKey.get(value) ?? record[asColumn.name];
      });
      continue;
    }
    const child = findTable(caller.schema, item.name);
    const link = child?.foreignKeys.find((f) => f.table === table.name);
    if (!child || !link || !key)
      throw new AppError('BAD_REQUEST', `Cannot expand '${item.name.slice(0, 64)}' from ${table.name}`);
    if (!(await tableAccess(caller.data, caller.principal, child.name)))
      throw new AppError('FORBIDDEN', `No read access to table ${child.name}`);
    const columns = selectColumns(child, item.select);
    if (!columns.some((c) => c.name === link.column)) columns.push(findColumn(child, link.column) ?? columns[0]);
    const resolver = tableResolver(child);
    const filter = compileFilter(parseFilter(item.filter), resolver);
    const order = parseOrderBy(item.orderby);
    const ids = [...new Set(rows.map((r) => r[link.references]))].slice(0, 90);
    if (ids.length === 0) continue;
    const where = sql`${ident(link.column)} in (${sql.join(
      ids.map((v) => sql`${v}`),
      sql`, `,
    )})${filter ? sql` and (${filter})` : sql``}`;
    const orderBy = order.length ? sql`${compileOrderBy(order, resolver)}, ` : sql``;
    const list = sql.join(
      columns.map((c) => ident(c.name)),
      sql`, `,
    );
    const childKey = child.primaryKey[0];
    const { results: childRows } = await prepare(
      caller.data.d1(caller.pool),
      sql`select ${list} from ${ident(child.name)} where ${where} order by ${orderBy}${ident(childKey ?? link.column)} limit ${EXPAND_LIMIT}`,
    ).all<Row>();
    const rendered = await renderRows(caller.data, caller.pool, caller.schema, child, childRows, columns);
    if (item.expand) await expandRecords(caller, child, rendered, childRows, parseExpand(item.expand, 1));
    const grouped = new Map<unknown, PoRecord[]>();
    childRows.forEach((r, i) => {
      grouped.set(r[link.column], [...(grouped.get(r[link.column]) ?? []), rendered[i]]);
    });
    const skip = item.skip ?? 0;
    records.forEach((record, i) => {
      const all = grouped.get(rows[i][link.references]) ?? [];
      record[child.name] = all.slice(skip, item.top === undefined || item.top === 0 ? undefined : skip + item.top);
    });
  }
}
