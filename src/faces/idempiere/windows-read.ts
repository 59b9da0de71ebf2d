import type { Context } from 'hono';
import { documentActionValues } from '../../core/erp/documents';
import { recordThrough } from '../../core/erp/record-through';
import {
  linkCondition,
  type TabDef,
  tabCondition,
  tabFields,
  tabKey,
  tabOrder,
  type WindowDef,
} from '../../core/erp/windows';
import { labelColumns } from '../../core/records/lookups';
import { pageCount } from '../../core/records/paging';
import { findColumn } from '../../core/records/registry';
import { allOf } from '../../core/records/scope';
import { listRecords, type Row } from '../../core/records/service';
import type { ColumnInfo } from '../../core/records/types';
import { columnValues } from '../../core/records/values';
import { AppError } from '../../lib/errors';
import type { AppEnv } from '../../middleware/env';
import { bodyValues } from './bodies';
import type { DictionaryCall } from './dictionary-render';
import { writeCaller } from './models-read';
import { type PoRecord, parseFilter, renderRows, selectColumns } from './po';
import { type ModelWrite, planChange, planCreate, planRemove } from './writes';

/**
 * Records through a window's tabs: what a tab shows (its displayed fields), a page of its records (its where
 * clause, a child's link to its parent record, the client's `$filter` and sort, pages of 100 as the original),
 * one record through a tab, and writes through a tab: the tab's flags (read-only, insert, delete) and the
 * window's access first, then the models' own write planning (rights, table access, tenant, one batch).
 * Child records in a body are named by their tab's slug (`order-line`), as the original's clients send them.
 */

export const PAGE_SIZE = 100;

/** The columns a tab shows: its displayed fields, with the key and UUID (`id`, `uid`). */
export async function tabColumns(call: DictionaryCall, tab: TabDef): Promise<readonly ColumnInfo[]> {
  const fields = await tabFields(call.ctx, tab, { displayed: true });
  return selectColumns(tab.table, fields.map((f) => String(f.ColumnName)).join(',') || undefined);
}

export async function renderTab(call: DictionaryCall, tab: TabDef, rows: Row[], columns: readonly ColumnInfo[]) {
  return renderRows(call.ctx, call.schema, tab.table, rows, columns);
}

export interface TabQuery {
  filter?: string;
  sort?: string;
  page?: number;
  /** The parent tab's record (a child tab's rows). */
  parentKey?: unknown;
  limit?: number;
}

/** A page of a tab's records, rendered, with the original's figures. */
export async function tabPage(call: DictionaryCall, tab: TabDef, query: TabQuery) {
  const columns = await tabColumns(call, tab);
  const size = query.limit ?? PAGE_SIZE;
  const pageNo = Math.max(0, query.page ?? 0);
  const page = await listRecords(call.ctx, tab.table, {
    select: columns.map((c) => c.name),
    filter: parseFilter(query.filter, tab.table),
    orderBy: tabOrder(tab, query.sort),
    page: { limit: size, offset: pageNo * size },
    where: allOf(
      tabCondition(tab, call.context),
      query.parentKey === undefined ? undefined : linkCondition(tab, query.parentKey),
    ),
    extraColumns: labelColumns(call.ctx, call.schema, tab.table, columns),
  });
  const records = await renderTab(call, tab, page.rows, columns);
  for (const record of records) record.slug = tab.slug;
  return {
    records,
    figures: {
      'page-count': pageCount(page.total, size),
      'page-size': size,
      'page-number': pageNo,
      'row-count': page.total,
    },
  };
}

/** One record through a tab (its where clause applies), with its version; or a 404. */
export async function tabRecord(
  call: DictionaryCall,
  tab: TabDef,
  id: string,
  columns: readonly ColumnInfo[],
): Promise<Row> {
  return recordThrough(call.ctx, call.schema, tab.table, id, columns, tabCondition(tab, call.context));
}

/** The parent record a child tab's rows link to: the column its link references (the parent's key). */
export function parentValue(tab: TabDef, parentRow: Row): unknown {
  const fk = tab.table.foreignKeys.find((f) => f.column === tab.link);
  return parentRow[fk?.references ?? tabKey(tab.parent as TabDef)];
}

/** Child arrays of a body named by child tab slugs → by their tables (as the models' writes read them). */
function bodyForTab(tabs: TabDef[], tab: TabDef, body: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...body };
  const children = tabs.filter((t) => t.parent === tab);
  for (const child of children) {
    if (!Array.isArray(body[child.slug])) continue;
    if (child.readOnly || !child.insert) throw new AppError('FORBIDDEN', `Tab is readonly: ${child.slug}`);
    delete out[child.slug];
    out[child.table.name] = body[child.slug];
  }
  return { out, children };
}

/** An answer's child arrays (named after tables) renamed to their tabs' slugs. */
function answerForTab(children: TabDef[], record: PoRecord): PoRecord {
  for (const child of children)
    if (record[child.table.name] !== undefined) {
      record[child.slug] = record[child.table.name];
      delete record[child.table.name];
    }
  return record;
}

function requireWritable(window: WindowDef, tab: TabDef, what: 'insert' | 'update' | 'delete') {
  if (window.access !== 'write') throw new AppError('FORBIDDEN', `Access denied for window: ${window.slug}`);
  if (tab.readOnly) throw new AppError('FORBIDDEN', `Tab is readonly: ${tab.slug}`);
  if (what === 'insert' && !tab.insert) throw new AppError('FORBIDDEN', `Create not allow for tab: ${tab.slug}`);
  if (what === 'delete' && !tab.delete) throw new AppError('FORBIDDEN', `Delete not allow for tab: ${tab.slug}`);
}

export interface TabWrite {
  write: ModelWrite;
  /** The answer's record as the tab shows it. */
  shape: (record: PoRecord) => PoRecord;
  /** A dry run's answer (`$save=false`): the record as it would be written, nothing written. */
  preview: () => Promise<PoRecord>;
}

/** `doc-action` CO: the completion's values join the body's own (`PR` stays for the models' approval). */
function withDocAction(tab: TabDef, body: Record<string, unknown>): Record<string, unknown> {
  const action = body['doc-action'];
  if (action === undefined || action === null || action === '--' || action === 'PR') return body;
  const value = typeof action === 'object' ? (action as { id?: unknown }).id : action;
  const { 'doc-action': _, ...rest } = body;
  return { ...rest, ...documentActionValues(tab.table, value) };
}

/** A record inserted through a tab (a child tab's: linked to its parent record), with its children. */
export async function planTabInsert(
  c: Context<AppEnv>,
  call: DictionaryCall,
  window: WindowDef,
  tabs: TabDef[],
  tab: TabDef,
  body: Record<string, unknown>,
  parentKey?: unknown,
): Promise<TabWrite> {
  requireWritable(window, tab, 'insert');
  const { out, children } = bodyForTab(tabs, tab, withDocAction(tab, body));
  if (parentKey !== undefined && tab.link) {
    for (const key of Object.keys(out)) if (key.toLowerCase() === tab.link.toLowerCase()) delete out[key];
    out[tab.link] = parentKey;
  }
  // The window's sales or purchase side, as iDempiere's context gives new records (IsSOTrx).
  const soTrx = findColumn(tab.table, 'IsSOTrx');
  if (soTrx && !Object.keys(out).some((k) => k.toLowerCase() === 'issotrx')) out[soTrx.name] = window.isSOTrx;
  const write = await planCreate(await writeCaller(c, call.ctx), tab.table, out);
  const columns = await tabColumns(call, tab);
  return {
    write,
    shape: (record) => answerForTab(children, only(record, columns, children)),
    preview: async () => {
      const { values } = await bodyValues(call.ctx, call.schema, tab.table, out);
      const row: Row = {};
      for (const { column, value } of columnValues(tab.table, values, 'ignore', { allowEmpty: true }))
        row[column.name] = value;
      const [record] = await renderRows(call.ctx, call.schema, tab.table, [row], columns);
      return record;
    },
  };
}

/** The answer's properties the tab shows (its fields), its children, and id, uid, model-name. */
function only(record: PoRecord, columns: readonly ColumnInfo[], children: TabDef[]): PoRecord {
  const keep = new Set([
    'id',
    'uid',
    'model-name',
    ...columns.map((c) => c.name),
    ...children.map((t) => t.table.name),
  ]);
  return Object.fromEntries(Object.entries(record).filter(([k]) => keep.has(k)));
}

/** A record changed through a tab: read-only fields are ignored (as the original), children by slug. */
export async function planTabUpdate(
  c: Context<AppEnv>,
  call: DictionaryCall,
  window: WindowDef,
  tabs: TabDef[],
  tab: TabDef,
  id: string,
  body: Record<string, unknown>,
): Promise<TabWrite> {
  requireWritable(window, tab, 'update');
  const columns = await tabColumns(call, tab);
  await tabRecord(call, tab, id, columns);
  const fields = await tabFields(call.ctx, tab);
  const readOnly = new Set(fields.filter((f) => f.IsReadOnly === 1).map((f) => String(f.ColumnName).toLowerCase()));
  const { out, children } = bodyForTab(tabs, tab, withDocAction(tab, body));
  for (const key of Object.keys(out)) if (readOnly.has(key.toLowerCase()) && !isDocAction(key, body)) delete out[key];
  const write = await planChange(await writeCaller(c, call.ctx), tab.table, id, out);
  return {
    write,
    shape: (record) => answerForTab(children, only(record, columns, children)),
    preview: async () => ({ id: Number(id), ...(await bodyValues(call.ctx, call.schema, tab.table, out)).values }),
  };
}

/** Columns a `doc-action` sets stay, though their fields are read-only. */
const isDocAction = (key: string, body: Record<string, unknown>) =>
  body['doc-action'] !== undefined && ['docstatus', 'docaction', 'processed', 'isapproved'].includes(key.toLowerCase());

/** A record deleted through a tab. */
export async function planTabDelete(
  c: Context<AppEnv>,
  call: DictionaryCall,
  window: WindowDef,
  tab: TabDef,
  id: string,
): Promise<ModelWrite> {
  requireWritable(window, tab, 'delete');
  await tabRecord(call, tab, id, [findColumn(tab.table, tabKey(tab)) as ColumnInfo]);
  return planRemove(await writeCaller(c, call.ctx), tab.table, id);
}
