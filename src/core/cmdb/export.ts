import { AppError } from '../../lib/errors';
import type { FilterNode } from '../filter';
import type { Actor } from '../identity/actor';
import { listObjects } from './objects';
import { renderObjects } from './render';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's object export in the formats Atrium writes: CSV (objects of one type) and JSON. The objects
 * are those the caller may read (listObjects: right `object.view`, type ACL READ), at most 1000 per file,
 * rendered (passwords masked; a ref field's value is the referenced id). XLSX and XML are not offered: no
 * maintained library for them runs on Workers without the network.
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
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['extension'];

const MAX_OBJECTS = 1000;

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

/** A cell: text as written (quotes doubled when the cell holds a comma, quote or line break). */
function cell(value: unknown): string {
  const text =
    value === null || value === undefined ? 'None' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(objects: Rendered[], columns: ExportColumns): string {
  const types = new Set(objects.map((o) => o.type_information.type_id));
  if (types.size > 1) throw new AppError('BAD_REQUEST', 'CSV can export only objects of the same type');
  const header = columns.header ?? ['public_id', 'active'];
  const names = columns.columns ?? objects[0]?.fields.map((f) => f.name) ?? [];
  const rows = objects.map((o) => [
    ...header.map((h) => objectValue(o, h)),
    ...names.map((name) => o.fields.find((f) => f.name === name)?.value ?? null),
  ]);
  return [[...header, ...names], ...rows]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
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
): Promise<{ body: string; mediaType: string; extension: string }> {
  const { objects } = await listObjects(db, actor, {
    limit: MAX_OBJECTS,
    offset: 0,
    sort: options.sort,
    descending: options.descending,
    filter: options.filter,
  });
  const rendered = await renderObjects(db, objects);
  const columns = options.columns ?? {};
  return options.format === 'CsvExportType'
    ? { body: csv(rendered, columns), mediaType: 'text/csv', extension: 'csv' }
    : { body: json(rendered, columns), mediaType: 'application/json', extension: 'json' };
}
