import { sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { compileFilter, type FilterNode, tableResolver } from '../filter';
import { ident, prepare } from './sql';
import type { ColumnType, TableInfo } from './types';

/**
 * Filters a small list the code built itself (e.g. iDempiere's model list) with the one filter engine: the
 * rows travel as one bound JSON parameter and the compiled condition runs over json_each, so the
 * semantics are exactly those of table filters. Answers the indexes of the rows kept.
 */
export async function filterInMemory(
  data: DataAccess,
  rows: Record<string, unknown>[],
  columns: { name: string; type: ColumnType }[],
  filter: FilterNode,
): Promise<Set<number>> {
  const table: TableInfo = {
    name: 'm',
    primaryKey: [],
    foreignKeys: [],
    columns: columns.map((c) => ({
      name: c.name,
      type: c.type,
      notNull: false,
      primaryKey: false,
      hidden: false,
      readOnly: true,
      hasDefault: false,
    })),
  };
  const where = compileFilter(filter, tableResolver(table));
  const projections = columns.map((c) => sql`value ->> ${`$."${c.name}"`} as ${ident(c.name)}`);
  const { results } = await prepare(
    data.d1(),
    sql`with m as (select key as __i, ${sql.join(projections, sql`, `)} from json_each(${JSON.stringify(rows.slice(0, 5000))}))
      select __i from m where ${where}`,
  ).all<{ __i: number }>();
  return new Set(results.map((r) => r.__i));
}
