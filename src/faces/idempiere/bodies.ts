import { resolveIdentifier } from '../../core/records/lookups';
import { findColumn, findTable, requireTable } from '../../core/records/registry';
import type { RecordContext } from '../../core/records/service';
import type { ForeignKey, PoolSchema, TableInfo } from '../../core/records/types';
import type { WriteValue } from '../../core/records/values';
import { planInsert, planUpdate, type WriteStep } from '../../core/records/writes';
import { AppError } from '../../lib/errors';
import { childLink } from './query';

/**
 * A PO json body as the original reads it: column values (case-insensitive names), foreign keys as an id,
 * `{id}` or `{identifier, tableName}`, arrays named after a child table, and, as its type converters do, a
 * foreign key given as an object with columns of the referenced record (iDempiere's Location and Image
 * converters): with an `id` that record is updated, without one (or with 0) a new one is inserted and
 * linked; either way in the same batch as the record itself, before it.
 */

/** Properties of a PO json body that are not columns. */
export const NOT_COLUMNS = new Set(['id', 'uid', 'model-name', 'tableName', 'doc-action', '(delete)']);
/** Properties of a foreign-key object that only name the record. */
const REFERENCE = new Set(['id', 'uid', 'identifier', 'tablename', 'propertylabel', 'model-name']);
/** Child records per array. */
const MAX_CHILDREN = 100;
/** Nested referenced records, per body (the converters' depth). */
const MAX_DEPTH = 2;

/** The original's Image converter names: the object's properties → AD_Image's columns. */
const CONVERTED: Record<string, Record<string, string>> = {
  AD_Image: { file_name: 'Name', url: 'ImageURL', data: 'BinaryData' },
};

export interface ChildArray {
  table: TableInfo;
  link: ForeignKey;
  entries: Record<string, unknown>[];
}

export interface BodyValues {
  values: Record<string, unknown>;
  /** Columns the core sets from rows written earlier in the batch (a referenced record inserted with it). */
  computed: Record<string, WriteValue>;
  children: ChildArray[];
  /** Writes of referenced records, to run before the record's own. */
  before: WriteStep[];
}

export const isUserView = (table: TableInfo) => table.name.toLowerCase() === 'ad_user';

/** An empty optional reference: iDempiere stores a foreign key of 0 as none (tenant columns keep their 0). */
function noReference(table: TableInfo, fk: ForeignKey | undefined, value: unknown): boolean {
  if (!fk || fk.implicit || (value !== 0 && value !== '0')) return false;
  return findColumn(table, fk.column)?.notNull === false;
}

function converted(parent: TableInfo, object: Record<string, unknown>): Record<string, unknown> {
  const names = CONVERTED[parent.name] ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object))
    if (!REFERENCE.has(key.toLowerCase())) out[names[key.toLowerCase()] ?? key] = value;
  return out;
}

/** A foreign key given with the referenced record's columns: its update, or its insert linked by SQL. */
async function referencedWrite(
  ctx: RecordContext,
  schema: PoolSchema,
  fk: ForeignKey,
  object: Record<string, unknown>,
  depth: number,
): Promise<{ value: WriteValue; computed: boolean; steps: WriteStep[] }> {
  if (depth >= MAX_DEPTH) throw new AppError('BAD_REQUEST', 'Referenced records are nested too deeply');
  const parent = requireTable(schema, fk.table);
  if (isUserView(parent))
    throw new AppError('BAD_REQUEST', 'AD_User records are written through their own requests (the user store)');
  const nested = await bodyValues(ctx, schema, parent, converted(parent, object), depth + 1);
  if (nested.children.length)
    throw new AppError('BAD_REQUEST', `Child records of ${parent.name} cannot be nested here`);
  const id = object.id;
  const options = { readOnly: 'ignore' as const, computed: nested.computed };
  if (id !== undefined && id !== null && id !== 0 && id !== '0') {
    if (typeof id !== 'number' && typeof id !== 'string')
      throw new AppError('BAD_REQUEST', `Invalid id of a ${parent.name} record`);
    const step = await planUpdate(ctx, schema, parent, id, nested.values, options);
    return { value: typeof id === 'string' ? Number(id) : id, computed: false, steps: [...nested.before, step] };
  }
  const step = await planInsert(ctx, schema, parent, nested.values, options);
  return { value: step.ref(fk.references), computed: true, steps: [...nested.before, step] };
}

/** A PO json body → column values, computed links, child arrays and the referenced records' writes. */
export async function bodyValues(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  body: Record<string, unknown>,
  depth = 0,
): Promise<BodyValues> {
  const out: BodyValues = { values: {}, computed: {}, children: [], before: [] };
  for (const [key, value] of Object.entries(body)) {
    if (NOT_COLUMNS.has(key)) continue;
    if (Array.isArray(value)) {
      const child = findTable(schema, key);
      if (!child) throw new AppError('BAD_REQUEST', `Unknown column or child table '${key.slice(0, 64)}'`);
      if (isUserView(child))
        throw new AppError(
          'BAD_REQUEST',
          'AD_User records are the user store: create a contact with its own POST /models/AD_User (C_BPartner_ID links it)',
        );
      const link = childLink(child, table);
      if (!link) throw new AppError('BAD_REQUEST', `${child.name} is not a child of ${table.name}`);
      if (value.length > MAX_CHILDREN)
        throw new AppError('BAD_REQUEST', `At most ${MAX_CHILDREN} ${child.name} records per request`);
      if (!value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v)))
        throw new AppError('BAD_REQUEST', `${child.name} must be an array of records`);
      out.children.push({ table: child, link, entries: value as Record<string, unknown>[] });
      continue;
    }
    const fk = table.foreignKeys.find((f) => f.column.toLowerCase() === key.toLowerCase());
    if (value !== null && typeof value === 'object') {
      const ref = value as Record<string, unknown>;
      const columns = Object.keys(ref).filter((k) => !REFERENCE.has(k.toLowerCase()));
      if (fk && columns.length) {
        const written = await referencedWrite(ctx, schema, fk, ref, depth);
        out.before.push(...written.steps);
        if (written.computed) out.computed[fk.column] = written.value;
        else out.values[key] = written.value;
        continue;
      }
      // A foreign key (or a list value) as an object: its id, or the parent found by its identifier.
      if (ref.id !== undefined && (ref.id === null || typeof ref.id !== 'object'))
        out.values[key] = noReference(table, fk, ref.id) ? null : ref.id;
      else if (fk && typeof ref.identifier === 'string')
        out.values[key] = await resolveIdentifier(ctx, schema, fk, ref.identifier);
      else throw new AppError('BAD_REQUEST', `Invalid value for ${key.slice(0, 64)}`);
      continue;
    }
    out.values[key] = noReference(table, fk, value) ? null : value;
  }
  return out;
}
