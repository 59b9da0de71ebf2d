import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, compileOrderBy, type FilterNode, type OrderSpec, tableResolver } from '../filter';
import { requireRight } from '../identity/actor';
import { findTable, requireTable } from './registry';
import { allOf, type RecordContext, scopeCondition } from './scope';
import { identifierColumn, RECORD_RIGHTS, type Row, requireReadRight, uuColumn } from './service';
import { ident, prepare, sql, stable } from './sql';
import type { ColumnInfo, ForeignKey, PoolSchema, TableInfo } from './types';

/**
 * Related-record reads for the faces that render foreign keys and expansions (iDempiere): labels of
 * foreign keys, parents and children of a page of rows. Every lookup carries the caller's tenant scope, so
 * a record of another client never shows, not even as a label.
 */

const IN_CHUNK = 90;
/** Rows per expanded relation and page, whatever the client asks. */
export const EXPAND_LIMIT = 1000;
/** Result column carrying a foreign key's label, selected with the row (see labelColumns). */
export const LABEL_PREFIX = '__label__';

export interface KeyLookup {
  table: TableInfo;
  keyName: string;
  ids: unknown[];
  columns: readonly ColumnInfo[];
  extraWhere?: SQL;
  /** Further aliased select expressions (labelColumns), computed on the found rows only. */
  extraColumns?: SQL;
  limit?: number;
}

function lookupStatements(ctx: RecordContext, lookup: KeyLookup) {
  const db = ctx.data.d1(ctx.pool);
  const unique = [...new Set(lookup.ids.filter((v) => v !== null && v !== undefined))];
  const list = sql.join(
    [...new Set([lookup.keyName, ...lookup.columns.map((c) => c.name)])].map((n) => ident(n)),
    sql`, `,
  );
  const statements = [];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const chunk = unique.slice(i, i + IN_CHUNK);
    const where = allOf(
      sql`${ident(lookup.keyName)} in (${sql.join(
        chunk.map((v) => sql`${v}`),
        sql`, `,
      )})`,
      lookup.extraWhere,
      scopeCondition(lookup.table, ctx.scope, 'read'),
    );
    const columns = lookup.extraColumns ? sql`${list}, ${lookup.extraColumns}` : list;
    statements.push(
      prepare(db, sql`select ${columns} from ${ident(lookup.table.name)} where ${where} limit ${lookup.limit ?? 1000}`),
    );
  }
  return statements;
}

/**
 * `select key, cols from table where key in (ids)` for several lookups, chunked under D1's bound-parameter
 * limit, all in one batch (one round trip); answers the rows per lookup.
 */
export async function rowsByKeysBatch(ctx: RecordContext, lookups: KeyLookup[]): Promise<Row[][]> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const perLookup = lookups.map((lookup) => lookupStatements(ctx, lookup));
  const statements = perLookup.flat();
  if (statements.length === 0) return lookups.map(() => []);
  const results = await ctx.data.d1(ctx.pool).batch<Row>(statements);
  let next = 0;
  return perLookup.map((list) => {
    const mine = results.slice(next, next + list.length);
    next += list.length;
    return mine.flatMap((r) => r.results);
  });
}

/** The columns a record renders besides its key and UUID. */
export function shownColumns(table: TableInfo, columns: readonly ColumnInfo[]): ColumnInfo[] {
  const key = table.primaryKey[0];
  const uu = uuColumn(table);
  return columns.filter((c) => c.name !== key && c.name !== uu?.name);
}

/** Column-list keys by list (a face's shared lists, e.g. po.ts selectColumns, are keyed once). */
const listKeys = new WeakMap<readonly ColumnInfo[], string>();

/** The names of a column list, as a cache key. */
export function columnsKey(columns: readonly ColumnInfo[]): string {
  let key = listKeys.get(columns);
  if (key === undefined) {
    key = columns.map((c) => c.name).join(',');
    // Only frozen (shared, unchangeable) lists are remembered: a list that can change could go stale.
    if (Object.isFrozen(columns)) listKeys.set(columns, key);
  }
  return key;
}

/** A shown foreign key, its parent table and the parent's identifier column. */
interface LabelledKey {
  fk: ForeignKey;
  parent: TableInfo;
  label: ColumnInfo;
}

/** labelledKeys per table and column list (a table lives as long as its cached schema, as labelSql). */
const labelled = new WeakMap<TableInfo, Map<string, readonly LabelledKey[]>>();

/** Foreign keys among the shown columns, with their parent table and its identifier column. */
export function labelledKeys(
  schema: PoolSchema,
  table: TableInfo,
  columns: readonly ColumnInfo[],
): readonly LabelledKey[] {
  const key = columnsKey(columns);
  let byColumns = labelled.get(table);
  if (!byColumns) {
    byColumns = new Map();
    labelled.set(table, byColumns);
  }
  const known = byColumns.get(key);
  if (known) return known;
  const shown = shownColumns(table, columns);
  const found = table.foreignKeys.flatMap((fk) => {
    const parent = findTable(schema, fk.table);
    return parent && shown.some((c) => c.name === fk.column) ? [{ fk, parent, label: identifierColumn(parent) }] : [];
  });
  if (byColumns.size < 64) byColumns.set(key, found);
  return found;
}

/**
 * Extra select expressions that fetch each shown foreign key's label with the row itself (a correlated
 * lookup by the parent's key, within the caller's tenant), so a page and its labels are one query.
 */
export function labelColumns(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  columns: readonly ColumnInfo[],
): SQL | undefined {
  // Built once per table, columns and tenant scope (a table lives as long as its cached schema).
  const key = `${columnsKey(columns)}\u0000${JSON.stringify(ctx.scope)}`;
  let built = labelSql.get(table);
  if (!built) {
    built = new Map();
    labelSql.set(table, built);
  }
  if (built.has(key)) return built.get(key);
  const parts = labelledKeys(schema, table, columns).map(({ fk, parent, label }) => {
    const scoped = scopeCondition(parent, ctx.scope, 'read', '__p');
    return sql`(select __p.${ident(label.name)} from ${ident(parent.name)} as __p where __p.${ident(fk.references)} = ${ident(table.name)}.${ident(fk.column)}${scoped ? sql` and ${scoped}` : sql``}) as ${ident(LABEL_PREFIX + fk.column)}`;
  });
  const out = parts.length ? stable(sql.join(parts, sql`, `)) : undefined;
  if (built.size < 64) built.set(key, out);
  return out;
}

const labelSql = new WeakMap<TableInfo, Map<string, SQL | undefined>>();

/** Labels for foreign keys of rows fetched without label columns: one batch for the page (no N+1). */
export async function labelsFor(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  rows: Row[],
  columns: readonly ColumnInfo[],
): Promise<Map<string, Map<unknown, unknown>>> {
  const labels = new Map<string, Map<unknown, unknown>>();
  const missing = labelledKeys(schema, table, columns).filter(
    ({ fk }) => rows.length > 0 && !(LABEL_PREFIX + fk.column in rows[0]),
  );
  if (!missing.length) return labels;
  const found = await rowsByKeysBatch(
    ctx,
    missing.map(({ fk, parent, label }) => ({
      table: parent,
      keyName: fk.references,
      ids: rows.map((r) => r[fk.column]),
      columns: [label],
    })),
  );
  missing.forEach(({ fk, label }, i) => {
    labels.set(fk.column, new Map(found[i].map((r) => [r[fk.references], r[label.name]])));
  });
  return labels;
}

/**
 * Parent rows of a page (a foreign key expanded into its record), read under the parent's own access, with
 * `extraColumns` (their own labels) in the same statement.
 */
export async function parentRows(
  ctx: RecordContext,
  parent: TableInfo,
  keyName: string,
  ids: unknown[],
  columns: readonly ColumnInfo[],
  filter?: FilterNode,
  extraColumns?: SQL,
): Promise<Row[]> {
  await requireReadRight(ctx, parent);
  const [rows] = await rowsByKeysBatch(ctx, [
    { table: parent, keyName, ids, columns, extraWhere: compileFilter(filter, tableResolver(parent)), extraColumns },
  ]);
  return rows;
}

/** The key of the parent row whose identifier (Name, DocumentNo or Value) is `identifier`, within the scope. */
export async function resolveIdentifier(
  ctx: RecordContext,
  schema: PoolSchema,
  fk: ForeignKey,
  identifier: string,
): Promise<unknown> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const parent = requireTable(schema, fk.table);
  const label = identifierColumn(parent);
  if (label.name === fk.references) return identifier;
  const where = allOf(sql`${ident(label.name)} = ${identifier}`, scopeCondition(parent, ctx.scope, 'read'));
  const found = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${ident(fk.references)} as k from ${ident(parent.name)} where ${where} limit 2`,
  ).all<{ k: unknown }>();
  if (found.results.length !== 1)
    throw new AppError('BAD_REQUEST', `Identifier '${identifier.slice(0, 64)}' not found in ${fk.table}`);
  return found.results[0].k;
}

/**
 * Children of a page of rows: rows of `child` whose foreign key `link` points at one of `parentKeys`,
 * filtered and ordered as asked, within the scope; bounded by EXPAND_LIMIT.
 */
export async function childRows(
  ctx: RecordContext,
  child: TableInfo,
  link: ForeignKey,
  parentKeys: unknown[],
  options: { columns: readonly ColumnInfo[]; filter?: FilterNode; orderBy?: OrderSpec[]; where?: SQL },
): Promise<Row[]> {
  await requireReadRight(ctx, child);
  const ids = [...new Set(parentKeys)].slice(0, IN_CHUNK);
  if (ids.length === 0) return [];
  const resolver = tableResolver(child);
  const where = allOf(
    sql`${ident(link.column)} in (${sql.join(
      ids.map((v) => sql`${v}`),
      sql`, `,
    )})`,
    compileFilter(options.filter, resolver),
    options.where,
    scopeCondition(child, ctx.scope, 'read'),
  );
  const orderBy = options.orderBy?.length ? sql`${compileOrderBy(options.orderBy, resolver)}, ` : sql``;
  const list = sql.join(
    options.columns.map((c) => ident(c.name)),
    sql`, `,
  );
  const childKey = child.primaryKey[0];
  const { results } = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${list} from ${ident(child.name)} where ${where} order by ${orderBy}${ident(childKey ?? link.column)} limit ${EXPAND_LIMIT}`,
  ).all<Row>();
  return results;
}
