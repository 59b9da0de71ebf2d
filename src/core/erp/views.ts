import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type OrderSpec, parseODataFilter, tableResolver } from '../filter';
import { findColumn, getPoolSchema } from '../records/registry';
import type { RecordContext, Row } from '../records/service';
import type { ColumnInfo, TableInfo } from '../records/types';
import { definitions, tableOfId } from './definitions';
import { definitionContext } from './dictionary-access';
import { fillContext, type SessionContext } from './session-context';

/**
 * iDempiere REST's views (REST_View, REST_ViewColumn, REST_ViewRelated): a named projection of one table or
 * database view (RV_C_Order), its columns under their own names (`name` for `Name`), limited by its where
 * clause (the `$filter` grammar with `@#…@` context variables). Definitions are read as every dictionary row
 * (client 0's and the tenant's); the records through a view with the caller's full context (rights, tenant,
 * organisations, table access), as /models reads them. A client names columns by the view's names.
 */

export interface ViewRef {
  id: number;
  uid: string;
  name: string;
}

export interface ViewColumnDef {
  id: number;
  uid: string;
  name: string;
  column: ColumnInfo;
  referenceView?: ViewRef;
}

export interface ViewRelatedDef {
  id: number;
  uid: string;
  name: string;
  view: ViewRef;
  autoExpand: boolean;
}

export interface ViewDef extends ViewRef {
  row: Row;
  table: TableInfo;
  where?: string;
  columns: ViewColumnDef[];
  related: ViewRelatedDef[];
}

const ref = (row: Row | undefined, idColumn: string): ViewRef | undefined =>
  row ? { id: Number(row[idColumn]), uid: String(row.REST_View_UU), name: String(row.Name) } : undefined;

/** The views (all, or those a `$filter` over REST_View's columns keeps), by name, with columns and relateds. */
export async function listViews(ctx: RecordContext, filter?: string): Promise<ViewDef[]> {
  const dctx = definitionContext(ctx);
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const [rows, all, columns, related] = await Promise.all([
    definitions(dctx, 'REST_View', { filter, orderBy: sql`Name` }),
    definitions(dctx, 'REST_View'),
    definitions(dctx, 'REST_ViewColumn', { orderBy: sql`REST_View_ID, SeqNo, REST_ViewColumn_ID` }),
    definitions(dctx, 'REST_ViewRelated', { orderBy: sql`REST_View_ID, SeqNo, REST_ViewRelated_ID` }),
  ]);
  const byId = new Map(all.map((r) => [Number(r.REST_View_ID), r]));
  const views: ViewDef[] = [];
  for (const row of rows) {
    let table: TableInfo;
    try {
      table = tableOfId(schema, row.AD_Table_ID);
    } catch {
      continue; // a view over a table this pool does not have: not served
    }
    const id = Number(row.REST_View_ID);
    views.push({
      row,
      id,
      uid: String(row.REST_View_UU),
      name: String(row.Name),
      table,
      where: typeof row.WhereClause === 'string' && row.WhereClause.trim() ? row.WhereClause : undefined,
      columns: columns
        .filter((c) => Number(c.REST_View_ID) === id)
        .flatMap((c) => {
          const column = findColumn(table, String(c.ColumnName));
          if (!column || column.hidden) return [];
          const target = ref(byId.get(Number(c.REST_ReferenceView_ID)), 'REST_View_ID');
          return [
            {
              id: Number(c.REST_ViewColumn_ID),
              uid: String(c.REST_ViewColumn_UU),
              name: String(c.Name),
              column,
              ...(target ? { referenceView: target } : {}),
            },
          ];
        }),
      related: related
        .filter((r) => Number(r.REST_View_ID) === id)
        .flatMap((r) => {
          const view = ref(byId.get(Number(r.REST_RelatedRestView_ID)), 'REST_View_ID');
          if (!view) return [];
          const autoExpand = r.IsRestAutoExpand === 1 || r.IsRestAutoExpand === true;
          return [
            {
              id: Number(r.REST_ViewRelated_ID),
              uid: String(r.REST_ViewRelated_UU),
              name: String(r.Name),
              view,
              autoExpand,
            },
          ];
        }),
    });
  }
  return views;
}

/** The view a name names (case-insensitive), or a 404. */
export async function openView(ctx: RecordContext, name: string): Promise<ViewDef> {
  return viewNamed(await listViews(ctx), name);
}

export function viewNamed(views: ViewDef[], name: string): ViewDef {
  const view = views.find((v) => v.name.toLowerCase() === name.toLowerCase());
  if (!view) throw new AppError('NOT_FOUND', `No match found for view name: ${name.slice(0, 64)}`);
  return view;
}

/** A view's column by its name in the view (or, as the original also accepts, its table column's). */
export function viewColumn(view: ViewDef, name: string): ViewColumnDef | undefined {
  const folded = name.toLowerCase();
  return (
    view.columns.find((c) => c.name.toLowerCase() === folded) ??
    view.columns.find((c) => c.column.name.toLowerCase() === folded)
  );
}

function requireViewColumn(view: ViewDef, name: string, where: string): ViewColumnDef {
  const found = viewColumn(view, name);
  if (!found)
    throw new AppError('BAD_REQUEST', `Unknown column '${name.slice(0, 64)}' in ${where} of view ${view.name}`);
  return found;
}

/** Only the view's columns, by their view names: a filter cannot reach what the view does not show. */
function viewResolver(view: ViewDef): FieldResolver {
  return {
    resolve(path) {
      const { column } = requireViewColumn(view, path, '$filter');
      return { expr: sql`${sql.identifier(column.name)}`, type: column.type };
    },
  };
}

/**
 * The view's where clause (written against its table's columns, as iDempiere's) and a client's `$filter`
 * (the view's column names) as one condition.
 */
export function viewCondition(view: ViewDef, context: SessionContext, filter?: string): SQL | undefined {
  const own = view.where
    ? compileFilter(parseODataFilter(fillContext(view.where, context)), tableResolver(view.table))
    : undefined;
  const client = filter?.trim() ? compileFilter(parseODataFilter(filter), viewResolver(view)) : undefined;
  if (own && client) return sql`(${own}) and (${client})`;
  return own ?? client;
}

/** `$select` (view names) → the table's columns; none: every column of the view. */
export function viewSelect(view: ViewDef, select?: string): ViewColumnDef[] {
  const names = (select ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length > 100) throw new AppError('BAD_REQUEST', 'Too many columns in $select');
  return names.length ? names.map((n) => requireViewColumn(view, n, '$select')) : view.columns;
}

/** `$orderby` terms with view names → the table's columns. */
export function viewOrder(view: ViewDef, order: OrderSpec[]): OrderSpec[] {
  return order.map((o) => ({ ...o, path: requireViewColumn(view, o.path, '$orderby').column.name }));
}

/**
 * A write body with the view's column names → the table's (`name` → `Name`), for the models' write planning.
 * A property the view does not have is a 400: a view writes only what it shows.
 */
export function viewBody(view: ViewDef, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === 'id' || name === 'uid' || name === 'model-name' || name === 'view-name') continue;
    out[requireViewColumn(view, name, 'the body').column.name] = value;
  }
  return out;
}
