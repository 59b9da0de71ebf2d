import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { labelColumns } from '../records/lookups';
import { allOf } from '../records/scope';
import { listRecords, type RecordContext, type Row, recordMatch } from '../records/service';
import type { ColumnInfo, PoolSchema, TableInfo } from '../records/types';
import { withVersionColumn } from '../records/versions';

/**
 * One record of `table` through a window tab's or a REST view's where clause (`condition`), with its labels
 * and version, under the caller's rights and scope; a record outside the clause is a 404 like a missing one.
 */
export async function recordThrough(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: string,
  columns: readonly ColumnInfo[],
  condition: SQL | undefined,
): Promise<Row> {
  const page = await listRecords(ctx, table, {
    select: columns.map((c) => c.name),
    page: { limit: 1, offset: 0 },
    where: allOf(recordMatch(table, id), condition),
    extraColumns: withVersionColumn(table, labelColumns(ctx, schema, table, columns)),
  });
  const row = page.rows[0];
  if (!row) throw new AppError('NOT_FOUND', `No record found matching id ${id.slice(0, 64)}`);
  return row;
}
