import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { labelsFor } from '../records/lookups';
import { findColumn, getPoolSchema } from '../records/registry';
import { allOf, type RecordContext } from '../records/scope';
import type { Row } from '../records/service';
import { ident, prepare } from '../records/sql';
import { byIdOrUuid, definitions, tableOfId, yes } from './definitions';
import { definitionContext } from './dictionary-access';
import { aggregateExpression, measureSource, parseAggregate } from './measures';
import type { SessionContext } from './session-context';

/**
 * Charts (AD_Chart with its AD_ChartDatasource rows), their data computed in SQL over the session's records:
 * each data source aggregates its table (`ValueColumn`: `sum(GrandTotal)`, `count(C_Order_ID)`; measures.ts)
 * within its where clause and the session's client, organisations and table access, grouped by its category
 * column (a foreign key shows its identifier) or, for a time series, by period of its date column. The answer
 * is the original's: a category data set (`{row, column, value}`), a pie data set (`{key, value}`) or, for a
 * time series, an xy data set (`{series, x, y}`).
 */

export interface ChartData {
  name: string;
  domainLabel?: string;
  rangeLabel?: string;
  displayLegend: boolean;
  chartOrientation?: string;
  chartType: string;
  data: Record<string, string | number | null>[];
}

const PIE = new Set(['PC', 'RC']);
/** At most this many categories or periods per data source. */
const MAX_POINTS = 200;

export async function findChart(ctx: RecordContext, id: string): Promise<Row> {
  const [row] = await definitions(definitionContext(ctx), 'AD_Chart', { where: byIdOrUuid('AD_Chart', id) });
  if (!row) throw new AppError('NOT_FOUND', `No chart ${id.slice(0, 64)}`);
  return row;
}

export function charts(ctx: RecordContext, filter?: string): Promise<Row[]> {
  return definitions(definitionContext(ctx), 'AD_Chart', { filter, orderBy: sql`Name`, limit: 50 });
}

/** A period of a date column, as text that sorts in time order. */
function period(unit: string, column: SQL): SQL {
  switch (unit) {
    case 'D':
      return sql`strftime('%Y-%m-%d', ${column})`;
    case 'W':
      return sql`strftime('%Y-W%W', ${column})`;
    case 'Q':
      return sql`strftime('%Y', ${column}) || '-Q' || ((cast(strftime('%m', ${column}) as integer) + 2) / 3)`;
    case 'Y':
      return sql`strftime('%Y', ${column})`;
    default:
      return sql`strftime('%Y-%m', ${column})`;
  }
}

/** The start of the periods a time scope covers (`TimeScope` units back from now), as a date. */
function scopeStart(unit: string, scope: number): SQL {
  const units: Record<string, string> = { D: 'days', W: 'days', M: 'months', Q: 'months', Y: 'years' };
  const n = unit === 'W' ? scope * 7 : unit === 'Q' ? scope * 3 : scope;
  return sql`date('now', ${`-${n} ${units[unit] ?? 'months'}`})`;
}

export async function chartData(ctx: RecordContext, chart: Row, context: SessionContext): Promise<ChartData> {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const sources = await definitions(definitionContext(ctx), 'AD_ChartDatasource', {
    where: sql`AD_Chart_ID = ${chart.AD_Chart_ID}`,
  });
  const type = String(chart.ChartType);
  const timeSeries = yes(chart.IsTimeSeries);
  const unit = String(chart.TimeUnit ?? 'M');
  const data: ChartData['data'] = [];
  for (const source of sources) {
    const table = tableOfId(schema, source.AD_Table_ID);
    const aggregate = parseAggregate(String(source.ValueColumn), table.name);
    const { condition } = await measureSource(ctx, table.name, source.WhereClause as string | undefined, context);
    const value = aggregateExpression(table, aggregate);
    const seriesName = String(source.Name);
    let key: SQL;
    let where = condition;
    const categoryName = timeSeries ? source.DateColumn : source.CategoryColumn;
    const category = typeof categoryName === 'string' ? findColumn(table, categoryName) : undefined;
    if (!category)
      throw new AppError(
        'BAD_REQUEST',
        `Chart ${String(chart.Name)}: no column ${String(categoryName)} in ${table.name}`,
      );
    if (timeSeries) {
      key = period(unit, ident(category.name));
      const scope = Number(chart.TimeScope ?? 0);
      where = allOf(
        where,
        sql`${ident(category.name)} is not null`,
        scope > 0 ? sql`${ident(category.name)} >= ${scopeStart(unit, scope)}` : undefined,
      );
    } else key = ident(category.name);
    const { results } = await prepare(
      ctx.data.d1(ctx.pool),
      sql`select ${key} as k, ${value} as v from ${ident(table.name)}${where ? sql` where ${where}` : sql``} group by k order by k limit ${MAX_POINTS}`,
    ).all<{ k: string | number | null; v: number | null }>();
    // A foreign key as its record's identifier, read within the session's tenant.
    const labels = timeSeries
      ? undefined
      : (
          await labelsFor(
            ctx,
            schema,
            table,
            results.map((r) => ({ [category.name]: r.k })),
            [category],
          )
        ).get(category.name);
    for (const r of results) {
      const label = String(labels?.get(r.k) ?? (r.k === 0 && category.name === 'AD_Org_ID' ? '*' : (r.k ?? '')));
      const v = r.v ?? 0;
      if (PIE.has(type)) data.push({ key: label, value: v });
      else if (timeSeries) data.push({ series: seriesName, x: label, y: v });
      else data.push({ row: seriesName, column: label, value: v });
    }
  }
  const common = { name: String(chart.Name), displayLegend: yes(chart.IsDisplayLegend), chartType: type, data };
  if (PIE.has(type)) return common;
  return {
    ...common,
    ...(chart.DomainLabel ? { domainLabel: String(chart.DomainLabel) } : {}),
    ...(chart.RangeLabel ? { rangeLabel: String(chart.RangeLabel) } : {}),
    chartOrientation: String(chart.ChartOrientation ?? 'V'),
  };
}
