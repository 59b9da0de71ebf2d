import { AppError } from '../../lib/errors';
import type { FilterNode } from '../filter';
import type { Actor } from '../identity/actor';
import { renderXlsx } from '../print/xlsx';
import { listObjects } from './objects';
import { renderObjects } from './render';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's object export in the formats Atrium writes: CSV (objects of one type), JSON and XLSX (a
 * sheet per type, core/print/xlsx.ts). The objects are those the caller may read (listObjects: right
 * `object.view`, type ACL READ), at most 1000 per file, rendered (passwords masked; a ref field's value is
 * the referenced id). XML is not offered.
 */
export const EXPORT_FORMATS = [
  {
    extension: 'CsvExportType',
    label: 'CSV',
    icon: 'file-csv',
    multiTypeSupport: false,
    helperText: 'Export as CSV (only of the same type)',
    active: true,
  },
  {
    extension: 'JsonExportType',
    label: 'JSON',
    icon: 'file-code',
    multiTypeSupport: true,
    helperText: 'Export as JSON',
    active: true,
  },
  {
    extension: 'XlsxExportType',
    label: 'XLSX',
    icon: 'file-excel',
    multiTypeSupport: true,
    helperText: 'Export as XLSX (a sheet per type)',
    active: true,
  },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['extension'];

const MAX_OBJECTS = 1000;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `metadata` of the render view: the object columns and the fields to write, as the UI's table shows them. */
export interface ExportColumns {
  header?: string[];
  columns?: string[];
}

type Rendered = Awaited<ReturnType<typeof renderObjects>>[number];

/** A column of the object itself: `public_id`, `active`, `type_label` or another object_information key. */
function objectValue(o: Rendered, head: string): unknown {
  if (head === 'type_label') return o.type_information.type_label;
  const info = o.object_information as Record<string, unknown>;
  return info[head === 'public_id' ? 'object_id' : head] ?? null;
}

/** A value as DATAGERRY writes it in a cell: `None` for nothing, JSON for a list or an object. */
const text = (value: unknown) =>
  value === null || value === undefined ? 'None' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** A CSV cell: the text, quotes doubled when the cell holds a comma, quote or line break. */
function cell(value: unknown): string {
  const t = text(value);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The header row and a row per object (objects of one type): the object columns, then the fields. */
function table(objects: Rendered[], columns: ExportColumns): unknown[][] {
  const header = columns.header ?? ['public_id', 'active'];
  const names = columns.columns ?? objects[0]?.fields.map((f) => f.name) ?? [];
  const rows = objects.map((o) => [
    ...header.map((h) => objectValue(o, h)),
    ...names.map((name) => o.fields.find((f) => f.name === name)?.value ?? null),
  ]);
  return [[...header, ...names], ...rows];
}

function csv(objects: Rendered[], columns: ExportColumns): string {
  const types = new Set(objects.map((o) => o.type_information.type_id));
  if (types.size > 1) throw new AppError('BAD_REQUEST', 'CSV can export only objects of the same type');
  return table(objects, columns)
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** A sheet per type (in type id order, named by its label), each with its header row, as DATAGERRY. */
function xlsx(objects: Rendered[], columns: ExportColumns): Uint8Array {
  const byType = new Map<number, Rendered[]>();
  for (const o of objects)
    byType.set(o.type_information.type_id, [...(byType.get(o.type_information.type_id) ?? []), o]);
  return renderXlsx(
    [...byType.entries()]
      .sort(([a], [b]) => a - b)
      .map(([id, list]) => ({
        name: list[0].type_information.type_label ?? `Type ${id}`,
        rows: table(list, columns).map((row) => row.map(text)),
      })),
  );
}

function json(objects: Rendered[], columns: ExportColumns): string {
  const header = columns.header ?? ['public_id', 'active', 'type_label'];
  return JSON.stringify(
    objects.map((o) => ({
      ...Object.fromEntries(header.map((h) => [h === 'public_id' ? 'object_id' : h, objectValue(o, h)])),
      fields: o.fields
        .filter((f) => !columns.columns || columns.columns.includes(f.name))
        .map((f) => ({ name: f.name, value: f.value })),
    })),
    null,
    2,
  );
}

/** The export file of the objects the filter matches: its text, media type and file extension. */
export async function exportObjects(
  db: Db,
  actor: Actor,
  options: { format: ExportFormat; filter?: FilterNode; sort: string; descending: boolean; columns?: ExportColumns },
): Promise<{ body: string | Uint8Array; mediaType: string; extension: string }> {
  const { objects } = await listObjects(db, actor, {
    limit: MAX_OBJECTS,
    offset: 0,
    sort: options.sort,
    descending: options.descending,
    filter: options.filter,
  });
  const rendered = await renderObjects(db, objects);
  const columns = options.columns ?? {};
  if (options.format === 'CsvExportType')
    return { body: csv(rendered, columns), mediaType: 'text/csv', extension: 'csv' };
  if (options.format === 'XlsxExportType')
    return { body: xlsx(rendered, columns), mediaType: XLSX_TYPE, extension: 'xlsx' };
  return { body: json(rendered, columns), mediaType: 'application/json', extension: 'json' };
}
