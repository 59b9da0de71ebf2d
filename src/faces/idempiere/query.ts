import { childRows, parentRows } from '../../core/records/lookups';
import { findColumn, findTable, requireTable } from '../../core/records/registry';
import type { RecordContext } from '../../core/records/service';
import type { ForeignKey, PoolSchema, TableInfo } from '../../core/records/types';
import { AppError } from '../../lib/errors';
import {
  type ExpandItem,
  type PoRecord,
  parseExpand,
  parseFilter,
  parseOrderBy,
  type Row,
  renderRows,
  selectWithExpand,
} from './po';

/**
 * Expands a page of records in place: child tables (rows whose foreign key points at these records)
 * become arrays named after the child table; foreign-key columns become the parent record. One query
 * per relation per page, through the core (rights, the role's table access and the tenant apply to every
 * expanded table); nested `$expand` recurses on the fetched rows.
 */
export async function expandRecords(
  ctx: RecordContext,
  schema: PoolSchema,
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
      const parent = requireTable(schema, fk.table);
      const nested = parseExpand(item.expand, 1);
      const columns = selectWithExpand(parent, item.select, nested);
      const found = await parentRows(
        ctx,
        parent,
        fk.references,
        rows.map((r) => r[fk.column]),
        columns,
        parseFilter(item.filter, parent),
      );
      const rendered = await renderRows(ctx, schema, parent, found, columns);
      if (nested.length) await expandRecords(ctx, schema, parent, rendered, found, nested);
      const byKey = new Map(found.map((r, i) => [r[fk.references], rendered[i]]));
      records.forEach((record, i) => {
        const value = rows[i][fk.column];
        if (value !== null && value !== undefined) record[asColumn.name] = byKey.get(value) ?? record[asColumn.name];
      });
      continue;
    }
    const child = findTable(schema, item.name);
    const link = child && childLink(child, table);
    if (!child || !link || !key)
      throw new AppError('BAD_REQUEST', `Cannot expand '${item.name.slice(0, 64)}' from ${table.name}`);
    const nested = parseExpand(item.expand, 1);
    const columns = selectWithExpand(child, item.select, nested);
    if (!columns.some((c) => c.name === link.column)) columns.push(findColumn(child, link.column) ?? columns[0]);
    const found = await childRows(
      ctx,
      child,
      link,
      rows.map((r) => r[link.references]),
      { columns, filter: parseFilter(item.filter, child), orderBy: parseOrderBy(item.orderby) },
    );
    const rendered = await renderRows(ctx, schema, child, found, columns);
    if (nested.length) await expandRecords(ctx, schema, child, rendered, found, nested);
    const grouped = new Map<unknown, PoRecord[]>();
    found.forEach((r, i) => {
      grouped.set(r[link.column], [...(grouped.get(r[link.column]) ?? []), rendered[i]]);
    });
    const skip = item.skip ?? 0;
    records.forEach((record, i) => {
      const all = grouped.get(rows[i][link.references]) ?? [];
      record[child.name] = all.slice(skip, item.top === undefined || item.top === 0 ? undefined : skip + item.top);
    });
  }
}

/** The foreign key linking a child table to its parent: a declared one before the registry's implicit ones. */
export function childLink(child: TableInfo, parent: TableInfo): ForeignKey | undefined {
  const links = child.foreignKeys.filter((f) => f.table === parent.name);
  return links.find((f) => !f.implicit) ?? links[0];
}
