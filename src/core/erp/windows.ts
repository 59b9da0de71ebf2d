import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type OrderSpec, parseODataFilter, tableResolver } from '../filter';
import { findColumn, getPoolSchema } from '../records/registry';
import type { RecordContext, Row } from '../records/service';
import type { PoolSchema, TableInfo } from '../records/types';
import { singleKey } from '../records/values';
import { definitions, tableOfId, yes } from './definitions';
import type { DictionaryAccess } from './dictionary-access';
import { definitionContext } from './dictionary-access';
import { fillContext, type SessionContext } from './session-context';
import { slugify } from './slug';

/**
 * Windows as iDempiere's dictionary defines them (AD_Window, AD_Tab, AD_Field): a window is opened by its slug
 * when the role has access to it (else 403; no such window: 404); its tabs are ordered by SeqNo, a tab of level
 * n+1 following a tab of level n being its child; a tab reads one table, limited by its where clause (the
 * `$filter` grammar with `@#…@` context variables) and, for a child, by its link to the parent tab's record.
 * What a tab shows are its displayed fields. Records are read and written by the records core through the
 * session's full context (rights, tenant, organisations, table access); this module only decides which.
 */

export interface WindowDef {
  row: Row;
  id: number;
  name: string;
  slug: string;
  isSOTrx: boolean;
  access: 'read' | 'write';
}

export interface TabDef {
  row: Row;
  id: number;
  name: string;
  slug: string;
  level: number;
  table: TableInfo;
  readOnly: boolean;
  insert: boolean;
  delete: boolean;
  where?: string;
  orderBy?: string;
  /** The column linking this tab's rows to its parent tab's record (child tabs only). */
  link?: string;
  parent?: TabDef;
}

const windowOf = (row: Row, access: 'read' | 'write'): WindowDef => ({
  row,
  id: Number(row.AD_Window_ID),
  name: String(row.Name),
  slug: slugify(String(row.Name)),
  isSOTrx: yes(row.IsSOTrx),
  access,
});

/** The windows the role may open, by name; `filter` is a client's `$filter` over AD_Window's columns. */
export async function listWindows(ctx: RecordContext, access: DictionaryAccess, filter?: string): Promise<WindowDef[]> {
  const rows = await definitions(definitionContext(ctx), 'AD_Window', { filter, orderBy: sql`Name` });
  return rows.flatMap((row) => {
    const granted = access.window(Number(row.AD_Window_ID));
    return granted ? [windowOf(row, granted)] : [];
  });
}

/** The window a slug names, if the role may open it: else 403 (it exists) or 404. */
export async function openWindow(ctx: RecordContext, access: DictionaryAccess, slug: string): Promise<WindowDef> {
  const rows = await definitions(definitionContext(ctx), 'AD_Window', { orderBy: sql`AD_Window_ID` });
  const row = rows.find((r) => slugify(String(r.Name)) === slug);
  if (!row) throw new AppError('NOT_FOUND', `No match found for window name: ${slug.slice(0, 64)}`);
  const granted = access.window(Number(row.AD_Window_ID));
  if (!granted) throw new AppError('FORBIDDEN', `Access denied for window: ${slug.slice(0, 64)}`);
  return windowOf(row, granted);
}

/** A window's tabs in order, each with its table, its parent tab and the column linking it to that parent. */
export async function windowTabs(ctx: RecordContext, window: WindowDef): Promise<TabDef[]> {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const rows = await definitions(definitionContext(ctx), 'AD_Tab', {
    where: sql`AD_Window_ID = ${window.id}`,
    orderBy: sql`SeqNo, AD_Tab_ID`,
  });
  const tabs: TabDef[] = [];
  for (const row of rows) {
    const level = Number(row.TabLevel ?? 0);
    const tab: TabDef = {
      row,
      id: Number(row.AD_Tab_ID),
      name: String(row.Name),
      slug: slugify(String(row.Name)),
      level,
      table: tableOfId(schema, row.AD_Table_ID),
      readOnly: yes(row.IsReadOnly) || window.access === 'read',
      insert: yes(row.IsInsertRecord),
      delete: yes(row.IsDeleteable),
      where: typeof row.WhereClause === 'string' && row.WhereClause.trim() ? row.WhereClause : undefined,
      orderBy: typeof row.OrderByClause === 'string' && row.OrderByClause.trim() ? row.OrderByClause : undefined,
    };
    if (level > 0) {
      tab.parent = [...tabs].reverse().find((t) => t.level === level - 1);
      if (!tab.parent) continue;
      tab.link = linkColumn(tab.table, tab.parent.table, row.LinkColumn);
      if (!tab.link) continue;
    }
    tabs.push(tab);
  }
  return tabs;
}

/** The link of a child tab: the column given, else the foreign key named as the parent's key, else any to it. */
function linkColumn(child: TableInfo, parent: TableInfo, given: unknown): string | undefined {
  if (typeof given === 'string' && given) return findColumn(child, given)?.name;
  const fks = child.foreignKeys.filter((f) => f.table === parent.name);
  return (fks.find((f) => f.column.toLowerCase() === `${parent.name}_id`.toLowerCase()) ?? fks[0])?.column;
}

/** The window's first tab (level 0): its records are the window's. */
export function headerTab(tabs: TabDef[]): TabDef {
  const tab = tabs.find((t) => t.level === 0);
  if (!tab) throw new AppError('NOT_FOUND', 'The window has no tab');
  return tab;
}

export function findTab(tabs: TabDef[], slug: string): TabDef {
  const tab = tabs.find((t) => t.slug === slug);
  if (!tab) throw new AppError('NOT_FOUND', `No match found for tab name: ${slug.slice(0, 64)}`);
  return tab;
}

/** The tabs directly below a tab. */
export function childTabs(tabs: TabDef[], parent: TabDef): TabDef[] {
  return tabs.filter((t) => t.parent === parent);
}

/** A child tab of `parent` by slug: another tab is a 400 (as the original: not a child tab), none a 404. */
export function childTab(tabs: TabDef[], parent: TabDef, slug: string): TabDef {
  const tab = findTab(tabs, slug);
  if (tab.parent !== parent)
    throw new AppError('BAD_REQUEST', `${slug.slice(0, 64)} is not child tab of ${parent.slug}`);
  return tab;
}

/** A tab's fields in order (displayed ones, or all). */
export async function tabFields(
  ctx: RecordContext,
  tab: TabDef,
  options: { filter?: string; displayed?: boolean } = {},
) {
  const rows = await definitions(definitionContext(ctx), 'AD_Field', {
    where: options.displayed ? sql`AD_Tab_ID = ${tab.id} and IsDisplayed = 1` : sql`AD_Tab_ID = ${tab.id}`,
    filter: options.filter,
    orderBy: sql`SeqNo, AD_Field_ID`,
  });
  return rows.filter((r) => findColumn(tab.table, String(r.ColumnName)));
}

/** The tab's where clause as a condition on its table (context variables bound), if it has one. */
export function tabCondition(tab: TabDef, context: SessionContext): SQL | undefined {
  if (!tab.where) return undefined;
  return compileFilter(parseODataFilter(fillContext(tab.where, context)), tableResolver(tab.table));
}

/** The rows of a child tab that belong to a parent record: its link column holds the parent's key. */
export function linkCondition(tab: TabDef, parentKey: unknown): SQL {
  if (!tab.link) throw new AppError('BAD_REQUEST', `${tab.slug} is not a child tab`);
  return sql`${sql.identifier(tab.link)} = ${parentKey as string | number}`;
}

/** The tab's sort: the client's column (`!Name` descending), else the tab's own order. */
export function tabOrder(tab: TabDef, sortColumn?: string): OrderSpec[] {
  if (sortColumn?.trim()) {
    const descending = sortColumn.startsWith('!');
    return [{ path: descending ? sortColumn.slice(1) : sortColumn, direction: descending ? 'desc' : 'asc' }];
  }
  if (!tab.orderBy) return [];
  return tab.orderBy.split(',').map((part) => {
    const [path, dir] = part.trim().split(/\s+/);
    return { path, direction: dir?.toLowerCase() === 'desc' ? 'desc' : 'asc' };
  });
}

/** The key of a tab's record (its table's single key). */
export const tabKey = (tab: TabDef) => singleKey(tab.table).name;

/** The schema, for callers that render. */
export const schemaOf = (ctx: RecordContext): Promise<PoolSchema> => getPoolSchema(ctx.data, ctx.pool);
