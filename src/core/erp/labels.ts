import { type SQL, sql } from 'drizzle-orm';
import { compileFilter, type FilterNode, tableResolver } from '../filter';
import { requireTable } from '../records/registry';
import { allOf, scopeCondition } from '../records/scope';
import { type RecordContext, type Row, requireReadRight } from '../records/service';
import { ident, prepare } from '../records/sql';
import type { ColumnInfo, PoolSchema, TableInfo } from '../records/types';
import { singleKey } from '../records/values';
import { tableId } from './dictionary';

/**
 * iDempiere's labels: AD_Label rows assigned to records of any table through AD_LabelAssignment (by the
 * table's AD_Table_ID and the record's id). The REST face filters a model by its records' labels (`label`)
 * and shows them (`showlabel`). Both read AD_Label under the caller's rights, table access and tenant, like
 * any other read; assignments and labels that are inactive do not count.
 */

const LIMIT = 1000;

/** Labels and assignments the caller may read (table access on AD_Label, both tables in the scope). */
async function labelTables(ctx: RecordContext, schema: PoolSchema) {
  const label = requireTable(schema, 'AD_Label');
  const assignment = requireTable(schema, 'AD_LabelAssignment');
  await requireReadRight(ctx, label);
  return { label, assignment };
}

/**
 * The condition "the record carries a label matching `filter`" (the filter in the `$filter` grammar over
 * AD_Label's columns), for a statement reading `table` unaliased.
 */
export async function labelCondition(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  filter: FilterNode,
): Promise<SQL> {
  const { label, assignment } = await labelTables(ctx, schema);
  const key = singleKey(table);
  const labels = allOf(
    sql`l.IsActive = 1`,
    compileFilter(filter, tableResolver(label, { alias: 'l' })),
    scopeCondition(label, ctx.scope, 'read', 'l'),
  );
  const assigned = allOf(
    sql`la.IsActive = 1 and la.AD_Table_ID = ${tableId(table.name)}`,
    scopeCondition(assignment, ctx.scope, 'read', 'la'),
  );
  return sql`${ident(table.name)}.${ident(key.name)} in (select la.Record_ID from AD_LabelAssignment la where ${assigned}
    and la.AD_Label_ID in (select l.AD_Label_ID from AD_Label l where ${labels}))`;
}

/** The labels assigned to records of `table` (by key), by name; `columns` of AD_Label (its key included). */
export async function assignedLabels(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  keys: unknown[],
  columns: readonly ColumnInfo[],
): Promise<Map<unknown, Row[]>> {
  const { label, assignment } = await labelTables(ctx, schema);
  const ids = [...new Set(keys.filter((k) => k !== null && k !== undefined))].slice(0, 90);
  const byRecord = new Map<unknown, Row[]>();
  if (!ids.length) return byRecord;
  const list = sql.join(
    [...new Set([label.primaryKey[0], ...columns.map((c) => c.name)])].map((n) => sql`l.${ident(n)}`),
    sql`, `,
  );
  const where = allOf(
    sql`la.IsActive = 1 and l.IsActive = 1 and la.AD_Table_ID = ${tableId(table.name)}`,
    sql`la.Record_ID in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
    scopeCondition(assignment, ctx.scope, 'read', 'la'),
    scopeCondition(label, ctx.scope, 'read', 'l'),
  );
  const { results } = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select la.Record_ID as __record, ${list} from AD_LabelAssignment la join AD_Label l on l.AD_Label_ID = la.AD_Label_ID
      where ${where} order by l.Name, l.AD_Label_ID limit ${LIMIT}`,
  ).all<Row>();
  for (const { __record, ...row } of results) byRecord.set(__record, [...(byRecord.get(__record) ?? []), row]);
  return byRecord;
}
