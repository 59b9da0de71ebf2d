import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, parseODataFilter, tableResolver } from '../filter';
import { findColumn, getPoolSchema, requireTable } from '../records/registry';
import { allOf, type RecordContext, scopeCondition } from '../records/scope';
import { requireReadRight } from '../records/service';
import { ident, prepare } from '../records/sql';
import type { ColumnInfo, TableInfo } from '../records/types';
import { fillContext, type SessionContext } from './session-context';

/**
 * Measures: what iDempiere computes with an SQL statement from a dictionary row (a status line's values, a
 * chart's values), written here as aggregates over a table of the registry, never as SQL:
 *
 *   count(C_Order) where IsSOTrx eq true      count(Table) or count(Table.Column): rows, or non-empty values
 *   sum(C_Invoice.GrandTotal) where …         sum, avg, min, max of a column
 *   {0} - {1}                                 the sum or difference of two earlier measures
 *
 * separated by `;`. A `where` is the `$filter` grammar with `@#…@` session variables. Each aggregate reads
 * its table through the records core's checks (the core read right, the role's table access) within the
 * session's client and organisations, so a measure never counts rows the session could not read; all of a
 * row's aggregates run in one batch.
 */

export type AggregateFn = 'count' | 'sum' | 'avg' | 'min' | 'max';

export interface Aggregate {
  kind: 'aggregate';
  fn: AggregateFn;
  table: string;
  column?: string;
  where?: string;
}
export interface Arithmetic {
  kind: 'arithmetic';
  left: number;
  op: '+' | '-';
  right: number;
}
export type Measure = Aggregate | Arithmetic;

const AGGREGATE =
  /^(count|sum|avg|min|max)\(\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s*\)(?:\s+where\s+([\s\S]+))?$/i;
const ARITHMETIC = /^\{(\d+)\}\s*([-+])\s*\{(\d+)\}$/;

/** Splits on `;` outside quoted literals. */
function split(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === ';' && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** One aggregate (`sum(GrandTotal)`, or `count(C_Order.C_Order_ID) where …`); `table` when it names none. */
export function parseAggregate(text: string, table?: string): Aggregate {
  const m = AGGREGATE.exec(text.trim());
  if (!m) throw new AppError('BAD_REQUEST', `Invalid measure '${text.slice(0, 80)}'`);
  const fn = m[1].toLowerCase() as AggregateFn;
  // `fn(Name)` with a default table names a column of it; without one, a table.
  const [tableName, column] = m[3] ? [m[2], m[3]] : table ? [table, m[2]] : [m[2], undefined];
  if (fn !== 'count' && !column) throw new AppError('BAD_REQUEST', `${fn}() needs a column: ${text.slice(0, 80)}`);
  return { kind: 'aggregate', fn, table: tableName, column, where: m[4]?.trim() };
}

export function parseMeasures(text: string): Measure[] {
  const measures = split(text).map((part, i): Measure => {
    const arithmetic = ARITHMETIC.exec(part);
    if (!arithmetic) return parseAggregate(part);
    const [left, right] = [Number(arithmetic[1]), Number(arithmetic[3])];
    if (left >= i || right >= i) throw new AppError('BAD_REQUEST', `Measure ${i} may only combine earlier measures`);
    return { kind: 'arithmetic', left, op: arithmetic[2] as '+' | '-', right };
  });
  if (measures.length > 20) throw new AppError('BAD_REQUEST', 'At most 20 measures');
  return measures;
}

/** The aggregate's SQL expression over its column (checked in the registry). */
export function aggregateExpression(table: TableInfo, aggregate: Pick<Aggregate, 'fn' | 'column'>): SQL {
  if (!aggregate.column) return sql`count(*)`;
  const column = findColumn(table, aggregate.column);
  if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${aggregate.column.slice(0, 64)}' in ${table.name}`);
  if (aggregate.fn !== 'count' && !isNumeric(column))
    throw new AppError('BAD_REQUEST', `${aggregate.fn}() needs a number column, ${column.name} is ${column.type}`);
  return sql`${sql.raw(aggregate.fn)}(${ident(column.name)})`;
}

const isNumeric = (column: ColumnInfo) => column.type === 'integer' || column.type === 'real';

/** A measure's table and condition: its where clause (context bound), within the session's tenant. */
export async function measureSource(
  ctx: RecordContext,
  tableName: string,
  where: string | undefined,
  context: SessionContext,
) {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const table = requireTable(schema, tableName);
  await requireReadRight(ctx, table);
  const filter = where?.trim()
    ? compileFilter(parseODataFilter(fillContext(where, context)), tableResolver(table))
    : undefined;
  return { table, condition: allOf(filter, scopeCondition(table, ctx.scope, 'read')) };
}

/** Evaluates measures in order: aggregates in one batch, then the arithmetic on them. */
export async function evaluateMeasures(
  ctx: RecordContext,
  measures: Measure[],
  context: SessionContext,
): Promise<(number | null)[]> {
  const db = ctx.data.d1(ctx.pool);
  const statements: D1PreparedStatement[] = [];
  for (const measure of measures) {
    if (measure.kind !== 'aggregate') continue;
    const { table, condition } = await measureSource(ctx, measure.table, measure.where, context);
    statements.push(
      prepare(
        db,
        sql`select ${aggregateExpression(table, measure)} as v from ${ident(table.name)}${condition ? sql` where ${condition}` : sql``}`,
      ),
    );
  }
  const results = statements.length ? await db.batch<{ v: number | null }>(statements) : [];
  const values: (number | null)[] = [];
  let next = 0;
  for (const measure of measures) {
    if (measure.kind === 'aggregate') {
      const value = results[next++].results[0]?.v ?? null;
      values.push(value === null && (measure.fn === 'count' || measure.fn === 'sum') ? 0 : value);
    } else {
      const [a, b] = [values[measure.left], values[measure.right]];
      values.push(a === null || b === null ? null : measure.op === '+' ? a + b : a - b);
    }
  }
  return values;
}
