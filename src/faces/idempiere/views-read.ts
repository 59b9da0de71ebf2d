import type { Context } from 'hono';
import { modelsOf } from '../../core/erp/dictionary';
import { recordThrough } from '../../core/erp/record-through';
import { fillContext } from '../../core/erp/session-context';
import {
  type ViewColumnDef,
  type ViewDef,
  viewColumn,
  viewCondition,
  viewOrder,
  viewSelect,
} from '../../core/erp/views';
import { labelColumns } from '../../core/records/lookups';
import { pageCount } from '../../core/records/paging';
import { listRecords, type Row } from '../../core/records/service';
import type { ColumnInfo } from '../../core/records/types';
import { AppError } from '../../lib/errors';
import type { AppEnv } from '../../middleware/env';
import type { DictionaryCall } from './dictionary-render';
import { maxRecords } from './models-read';
import { type PoRecord, parseOrderBy, renderRows, selectColumns } from './po';
import { expandRecords } from './query';
import { mandatory, property, toYaml, type Yaml } from './yaml';

/**
 * Records through a REST view (core/erp/views.ts decides what a view is): read as /models reads its table,
 * limited by the view's where clause, shown with the view's columns under their names, the record marked with
 * `view-name` and a foreign key that has a reference view with that view's `view-name`, as the original.
 */

export interface ViewQuery {
  $select?: string;
  $expand?: string;
  $filter?: string;
  $orderby?: string;
  $top?: number;
  $skip?: number;
}

/** The table's columns to read for the view's chosen columns (the key and UUID always: `id`, `uid`). */
function tableColumns(view: ViewDef, chosen: ViewColumnDef[]): readonly ColumnInfo[] {
  return selectColumns(view.table, chosen.map((c) => c.column.name).join(',') || undefined);
}

export async function renderView(call: DictionaryCall, view: ViewDef, rows: Row[], chosen: ViewColumnDef[]) {
  const records = await renderRows(call.ctx, call.schema, view.table, rows, tableColumns(view, chosen));
  return records.map((record) => asViewRecord(view, record, chosen));
}

/** A PO json record of the view's table as the view shows it: the chosen columns under their view names. */
export function asViewRecord(view: ViewDef, record: PoRecord, chosen: ViewColumnDef[] = view.columns): PoRecord {
  const key = view.table.primaryKey[0];
  const out: PoRecord = { id: record.id };
  if (record.uid !== undefined) out.uid = record.uid;
  out['model-name'] = record['model-name'];
  out['view-name'] = view.name;
  for (const c of chosen) {
    const value = c.column.name === key ? record.id : record[c.column.name];
    if (value === undefined) continue;
    out[c.name] =
      c.referenceView && value && typeof value === 'object' ? { ...value, 'view-name': c.referenceView.name } : value;
  }
  return out;
}

/** A page of a view's records (expanded: `views` are every view, for related and reference views). */
export async function viewPage(
  c: Context<AppEnv>,
  call: DictionaryCall,
  views: ViewDef[],
  view: ViewDef,
  q: ViewQuery,
) {
  const chosen = withExpandColumns(view, viewSelect(view, q.$select), q.$expand);
  const columns = tableColumns(view, chosen);
  const max = maxRecords(c);
  const top = !q.$top ? max : Math.min(q.$top, max);
  const skip = q.$skip ?? 0;
  const page = await listRecords(call.ctx, view.table, {
    select: columns.map((col) => col.name),
    orderBy: viewOrder(view, parseOrderBy(q.$orderby)),
    page: { limit: top, offset: skip },
    where: viewCondition(view, call.context, q.$filter),
    extraColumns: labelColumns(call.ctx, call.schema, view.table, columns),
  });
  const records = await renderView(call, view, page.rows, chosen);
  await expandView(call, views, view, records, page.rows, q.$expand);
  const figures = {
    'page-count': pageCount(page.total, top),
    'records-size': top,
    'skip-records': skip,
    'row-count': page.total,
    'array-count': records.length,
  };
  return { figures, records };
}

/** One record through a view (its where clause applies) with its version, or a 404. */
export async function viewRecord(call: DictionaryCall, view: ViewDef, id: string, chosen: ViewColumnDef[]) {
  const columns = tableColumns(view, chosen);
  return recordThrough(call.ctx, call.schema, view.table, id, columns, viewCondition(view, call.context));
}

/** The view as an OpenAPI document (YAML): its record under the view's column names, and its paths. */
export function viewYaml(view: ViewDef, baseUrl: string): string {
  const [model] = modelsOf([view.table]);
  const properties: { [key: string]: Yaml } = {
    id: { type: 'integer', readOnly: true, description: 'record id' },
    uid: { type: 'string', readOnly: true, description: 'record uuid' },
    'model-name': { type: 'string', readOnly: true, description: 'the table, in lower case' },
    'view-name': { type: 'string', readOnly: true, description: 'the view' },
  };
  for (const c of view.columns) properties[c.name] = property(view.table, c.column);
  const required = view.columns.filter((c) => mandatory(view.table, c.column)).map((c) => c.name);
  const ref = `#/components/schemas/${view.name}`;
  const ok = { description: 'Successful response', content: { 'application/json': { schema: { $ref: ref } } } };
  const path = `/views/${view.name}`;
  return toYaml({
    openapi: '3.0.0',
    info: { title: `views/${view.name}`, version: '1.0.0', description: model?.name ?? view.table.name },
    servers: [{ url: baseUrl }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { [view.name]: { type: 'object', properties, ...(required.length ? { required } : {}) } },
    },
    security: [{ bearerAuth: [] }],
    paths: {
      [path]: { get: { summary: `Get ${view.name} records`, responses: { '200': ok } } },
      [`${path}/{id}`]: {
        get: {
          summary: `Get a ${view.name} record`,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok },
        },
      },
    },
  });
}

const expandNames = (expand?: string) =>
  (expand ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The view columns an `$expand` names are read (and shown, expanded) even when `$select` leaves them out. */
export function withExpandColumns(view: ViewDef, chosen: ViewColumnDef[], expand?: string): ViewColumnDef[] {
  const out = [...chosen];
  for (const name of expandNames(expand)) {
    const column = viewColumn(view, name);
    if (column && !out.includes(column)) out.push(column);
  }
  return out;
}

/**
 * `$expand` of a view: a related view (its records linked to each record, as an array under the related
 * view's name, limited by that view's where clause) or a view column that is a foreign key (the parent
 * record, as its reference view shows it when it has one). Related views marked auto-expand always come.
 * Each relation is one query per page through the models' expansion (rights, table access, scope).
 */
export async function expandView(
  call: DictionaryCall,
  views: ViewDef[],
  view: ViewDef,
  records: PoRecord[],
  rows: Row[],
  expand?: string,
) {
  const wanted = expandNames(expand);
  if (wanted.length > 10) throw new AppError('BAD_REQUEST', 'At most 10 items in $expand');
  for (const r of view.related) if (r.autoExpand && !wanted.includes(r.name)) wanted.push(r.name);
  if (!rows.length) return;
  for (const name of wanted) {
    const temps = rows.map((): PoRecord => ({}));
    const related = view.related.find((r) => r.name.toLowerCase() === name.toLowerCase());
    if (related) {
      const target = views.find((v) => v.id === related.view.id);
      if (!target) continue;
      const filter = target.where ? fillContext(target.where, call.context) : undefined;
      const select = target.columns.map((c) => c.column.name).join(',') || undefined;
      await expandRecords(call.ctx, call.schema, view.table, temps, rows, [
        { name: target.table.name, select, filter },
      ]);
      records.forEach((record, i) => {
        const children = (temps[i][target.table.name] as PoRecord[] | undefined) ?? [];
        record[related.name] = children.map((child) => asViewRecord(target, child));
      });
      continue;
    }
    const column = viewColumn(view, name);
    if (!column || !view.table.foreignKeys.some((f) => f.column === column.column.name))
      throw new AppError('BAD_REQUEST', `Cannot expand '${name.slice(0, 64)}' of view ${view.name}`);
    const target = column.referenceView && views.find((v) => v.id === column.referenceView?.id);
    const select = target ? target.columns.map((c) => c.column.name).join(',') || undefined : undefined;
    await expandRecords(call.ctx, call.schema, view.table, temps, rows, [{ name: column.column.name, select }]);
    records.forEach((record, i) => {
      const parent = temps[i][column.column.name] as PoRecord | undefined;
      if (parent && typeof parent === 'object') record[column.name] = target ? asViewRecord(target, parent) : parent;
    });
  }
}
