import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode, type ResolvedField } from '../filter';
import { prepare, sql } from '../records/sql';

/** DATAGERRY's catalogue tables (templates, links…) share one filter-field error, resolver and page read. */

type Db = D1Database | D1DatabaseSession;

/** The face's one answer to a filter on a field the list does not have (also for hidden ones). */
export const unknownField = (path: string) =>
  new AppError('BAD_REQUEST', `Unknown filter field '${path.slice(0, 64)}'`);

/**
 * A resolver over a fixed map of columns and their kinds, qualified by the table's alias; `extra` is
 * consulted first (e.g. a JSON path). Column names come only from the map, never from the filter.
 */
export function columnResolver(
  alias: string,
  kinds: Record<string, ResolvedField['type']>,
  extra?: (path: string) => ResolvedField | undefined,
): FieldResolver {
  return {
    resolve(path) {
      const found = extra?.(path);
      if (found) return found;
      if (!Object.hasOwn(kinds, path)) throw unknownField(path);
      return { expr: sql`${sql.raw(alias)}.${sql.identifier(path)}`, type: kinds[path] };
    },
  };
}

export interface TablePageQuery {
  limit: number;
  offset: number;
  sort: string;
  descending: boolean;
  filter?: FilterNode;
}

/**
 * One sorted, filtered page of `table` (aliased `alias`, its `columns` a constant list) and the number of
 * rows the filter matches, in one batch. `sortable` is the allowlist of sort keys (else 400).
 */
export async function tablePage<Row>(
  db: Db,
  from: { table: string; alias: string; columns: string; sortable: readonly string[]; resolver: FieldResolver },
  o: TablePageQuery,
): Promise<{ rows: Row[]; total: number }> {
  if (!from.sortable.includes(o.sort)) throw new AppError('BAD_REQUEST', 'Invalid sort');
  const where: SQL = compileFilter(o.filter, from.resolver) ?? sql`1 = 1`;
  const source = sql`${sql.identifier(from.table)} ${sql.raw(from.alias)}`;
  const alias = sql.raw(from.alias);
  const dir = sql.raw(o.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select ${sql.raw(from.columns)} from ${source} where ${where}
        order by ${alias}.${sql.identifier(o.sort)} ${dir}, ${alias}.public_id limit ${o.limit} offset ${o.offset}`,
    ),
    prepare(db, sql`select count(*) as n from ${source} where ${where}`),
  ]);
  return { rows: rows.results as unknown as Row[], total: (count.results[0] as { n: number }).n };
}
