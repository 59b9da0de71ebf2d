import type { SQL } from 'drizzle-orm';
import { pageAndCount } from '../ops/table-versions';
import { prepare, render, sql } from './sql';

export interface PageBounds {
  /** Used when the client sends no limit. */
  defaultLimit: number;
  /** Hard cap: every list is bounded, whatever the client asks. */
  maxLimit: number;
}

export interface Page {
  limit: number;
  offset: number;
}

/** Clamps a client's limit/offset. `limit` 0 or absent means the default (faces map their own "0 = all" to the cap). */
export function clampPage(limit: number | undefined, offset: number | undefined, bounds: PageBounds): Page {
  const wanted = limit === undefined || !Number.isFinite(limit) || limit <= 0 ? bounds.defaultLimit : Math.floor(limit);
  return {
    limit: Math.min(wanted, bounds.maxLimit),
    offset: offset === undefined || !Number.isFinite(offset) || offset < 0 ? 0 : Math.floor(offset),
  };
}

export interface PagedQuery {
  /** The select list (e.g. sql`"a", "b"`). */
  columns: SQL;
  /** The FROM clause body (a table identifier, or joins). */
  from: SQL;
  where?: SQL;
  orderBy?: SQL;
  /**
   * Per-row expressions (foreign-key labels: correlated lookups) computed on the page's rows only: the page
   * is chosen first (filtered, sorted, limited) by an inner query named `as`, and these run in an outer
   * query over its rows, sorted again the same way (a page's worth). `orderColumns`: what else the inner
   * query selects so that the outer one can sort (the ORDER BY's columns that `columns` lacks).
   */
  perRow?: { columns: SQL; as: string; orderColumns?: SQL };
}

/**
 * One page and the total count under the same WHERE, in one D1 round trip (a batch is one consistent
 * snapshot, so the two figures agree). The total of a repeated list is not counted again while the tables
 * its WHERE reads are unchanged (core/ops/table-versions.ts): exact, without reading every matching row.
 */
export async function selectPage<Row = Record<string, unknown>>(
  db: D1Database | D1DatabaseSession,
  query: PagedQuery,
  page: Page,
): Promise<{ rows: Row[]; total: number }> {
  const where = query.where ? sql` where ${query.where}` : sql``;
  const orderBy = query.orderBy ? sql` order by ${query.orderBy}` : sql``;
  const count = render(sql`select count(*) as total from ${query.from}${where}`);
  const perRow = query.perRow;
  const inner = perRow?.orderColumns ? sql`${query.columns}, ${perRow.orderColumns}` : query.columns;
  const chosen = sql`select ${inner} from ${query.from}${where}${orderBy} limit ${page.limit} offset ${page.offset}`;
  return pageAndCount<Row>(
    db,
    prepare(
      db,
      perRow
        ? sql`select ${query.columns}, ${perRow.columns} from (${chosen}) as ${sql.identifier(perRow.as)}${orderBy}`
        : chosen,
    ),
    { text: count.sql, params: count.params },
  );
}

/** Total pages for a total and a page size (at least 1, as the paging envelopes show). */
export function pageCount(total: number, size: number): number {
  return size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
}
