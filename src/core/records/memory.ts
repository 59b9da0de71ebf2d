import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { badRequest } from '../../lib/errors';
import { compileFilter, type FilterNode, tableResolver } from '../filter';
import { documentResolver, inferShape, type ObjectShape } from '../filter/documents';
import type { Stage } from '../filter/pipeline';
import { compilePipeline, type PipelinePage, type PipelineSource } from '../filter/pipeline-sql';
import { pageAndCount } from '../ops/table-versions';
import { ident, numbered, prepare } from './sql';
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

/** Documents an in-memory pipeline takes at most: a list built by code is small, a bigger one is a 400. */
export const MEMORY_LIMIT = 5000;

/**
 * A list the code built, as a pipeline collection (`core/filter/pipeline-sql.ts`): the documents travel
 * as one bound JSON parameter (json_each), so they go through exactly the stages and filter semantics
 * of table collections. The shape is inferred from the documents (their keys are the allowlist).
 */
export function memoryCollection(documents: unknown[], shape?: ObjectShape): PipelineSource {
  if (documents.length > MEMORY_LIMIT)
    throw badRequest(`The list has more than ${MEMORY_LIMIT} entries for a pipeline: narrow it with a first $match`);
  const inferred = shape ?? inferShape(documents);
  if (inferred.kind !== 'object') throw badRequest('Invalid filter: the list does not hold documents');
  const json = JSON.stringify(documents);
  return {
    rows: (where) =>
      sql`select m.value as doc, m.key as ord from json_each(${json}) m${where ? sql` where ${where}` : sql``}`,
    shape: inferred,
    resolver: documentResolver(sql`m.value`, inferred),
  };
}

/** Runs a compiled pipeline: its page and its total from one snapshot (totals kept as every list's are). */
export async function runPipeline(
  db: D1Database | D1DatabaseSession,
  compiled: { page: SQL; count: SQL },
): Promise<{ documents: unknown[]; total: number }> {
  const count = numbered(compiled.count);
  const page = numbered(compiled.page);
  const { rows, total } = await pageAndCount<{ doc: string }>(db, db.prepare(page.sql).bind(...page.params), {
    text: count.sql,
    params: count.params,
  });
  return { documents: rows.map((r) => JSON.parse(r.doc)), total };
}

/**
 * An aggregation pipeline over documents the code built (`lookups`: the other in-memory collections its
 * `$lookup` stages may name), paged like a list.
 */
export async function pipelineInMemory(
  db: D1Database | D1DatabaseSession,
  documents: unknown[],
  stages: Stage[],
  page: PipelinePage,
  lookups: Record<string, unknown[]> = {},
): Promise<{ documents: unknown[]; total: number }> {
  const source = memoryCollection(documents);
  source.lookup = (from) => (Object.hasOwn(lookups, from) ? memoryCollection(lookups[from]) : undefined);
  return runPipeline(db, compilePipeline(stages, source, page));
}
