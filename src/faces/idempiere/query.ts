import { tableId } from '../../core/erp/dictionary';
import { labelCondition } from '../../core/erp/labels';
import type { FilterNode } from '../../core/filter';
import { childRows, labelColumns, parentRows } from '../../core/records/lookups';
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
        // The parents' own labels in the same statement (no second round trip for them).
        labelColumns(ctx, schema, parent, columns),
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
    const { child, link, extra, name } = childRelation(schema, table, item.name);
    if (!key) throw new AppError('BAD_REQUEST', `Cannot expand '${item.name.slice(0, 64)}' from ${table.name}`);
    const nested = parseExpand(item.expand, 1);
    let columns = selectWithExpand(child, item.select, nested);
    if (!columns.some((c) => c.name === link.column))
      columns = [...columns, findColumn(child, link.column) ?? columns[0]];
    const filter = parseFilter(item.filter, child);
    const label = item.label?.trim() ? parseFilter(item.label) : undefined;
    const found = await childRows(
      ctx,
      child,
      link,
      rows.map((r) => r[link.references]),
      {
        columns,
        filter: extra && filter ? { kind: 'and', children: [extra, filter] } : (extra ?? filter),
        orderBy: parseOrderBy(item.orderby),
        where: label ? await labelCondition(ctx, schema, child, label) : undefined,
      },
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
      record[name] = all.slice(skip, item.top === undefined || item.top === 0 ? undefined : skip + item.top);
    });
  }
}

/**
 * What an expanded child name means: `Table` (its foreign key to the parent, a declared one first), or
 * `Table.Column` (that column: a foreign key to the parent, or `Record_ID` with the child's `AD_Table_ID`
 * naming the parent's table). The answer's property is the child table's name, or `Table.Column`.
 */
function childRelation(schema: PoolSchema, parent: TableInfo, name: string) {
  const [tableName, columnName] = name.split('.');
  const child = findTable(schema, tableName);
  const refuse = () => new AppError('BAD_REQUEST', `Cannot expand '${name.slice(0, 64)}' from ${parent.name}`);
  if (!child) throw refuse();
  if (!columnName) {
    const link = childLink(child, parent);
    if (!link) throw refuse();
    return { child, link, extra: undefined, name: child.name };
  }
  const column = findColumn(child, columnName);
  if (!column) throw refuse();
  const key = parent.primaryKey[0];
  const generic = column.name === 'Record_ID' && findColumn(child, 'AD_Table_ID') && key;
  const link: ForeignKey | undefined = generic
    ? { column: column.name, table: parent.name, references: key }
    : child.foreignKeys.find((f) => f.column === column.name && f.table === parent.name);
  if (!link) throw refuse();
  const extra: FilterNode | undefined = generic
    ? { kind: 'cmp', field: { path: 'AD_Table_ID' }, op: 'eq', value: tableId(parent.name) }
    : undefined;
  return { child, link, extra, name: `${child.name}.${column.name}` };
}

/** The foreign key linking a child table to its parent: the one named as the parent's key, else a declared one. */
export function childLink(child: TableInfo, parent: TableInfo): ForeignKey | undefined {
  const links = child.foreignKeys.filter((f) => f.table === parent.name);
  // iDempiere's link column is named after the parent's key (C_Order.C_BPartner_ID, not Bill_BPartner_ID).
  return links.find((f) => f.column === parent.primaryKey[0]) ?? links.find((f) => !f.implicit) ?? links[0];
}
