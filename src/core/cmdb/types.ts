import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode, type ResolvedField } from '../filter';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditRowsOf, auditStatement, auditStatementReading } from '../ops/audit';
import { prepare, sql } from '../records/sql';
import type { ColumnType } from '../records/types';
import { type AclPermission, CMDB_RIGHTS, typeAllows, typeReadable } from './acl';
import { secretFieldChanges } from './secrets';
import { unknownField } from './table-page';
import type { CmdbType, TypeAcl, TypeField } from './type-model';

export type { CmdbType, TypeAcl, TypeField } from './type-model';

type Db = D1Database | D1DatabaseSession;

export const FIELD_TYPES = [
  'text',
  'password',
  'textarea',
  'number',
  'checkbox',
  'radio',
  'select',
  'date',
  'ref',
] as const;
export const TYPE_SORT = ['public_id', 'name', 'label', 'active', 'creation_time'] as const;

interface TypeRow extends Omit<CmdbType, 'active' | 'render_meta' | 'fields' | 'acl'> {
  active: number;
  render_meta: string;
  fields: string;
  acl: string;
}

const COLUMNS =
  'public_id, name, label, description, active, author_id, creation_time, version, render_meta, fields, acl';
const COLUMN_SQL = sql.raw(
  COLUMNS.split(', ')
    .map((c) => `t.${c}`)
    .join(', '),
);

export function parseType(row: TypeRow): CmdbType {
  return {
    ...row,
    active: Boolean(row.active),
    render_meta: JSON.parse(row.render_meta),
    fields: JSON.parse(row.fields),
    acl: JSON.parse(row.acl),
  };
}

export interface TypeListOptions {
  limit: number;
  offset: number;
  sort: string;
  descending: boolean;
  filter?: FilterNode;
  /** Only types on which the actor holds these ACL permissions (DATAGERRY's web UI asks for them). */
  permissions?: readonly AclPermission[];
}

const TYPE_COLUMNS: Record<string, ColumnType> = {
  public_id: 'integer',
  name: 'text',
  label: 'text',
  description: 'text',
  active: 'boolean',
  author_id: 'integer',
  creation_time: 'timestamp',
  version: 'text',
};
/** Keys of a type's field definitions a filter may read (never a default `value`: it could be a secret). */
const FIELD_KEYS: Record<string, ResolvedField> = {
  name: { expr: sql`json_extract(el.value, '$.name')`, type: 'text' },
  type: { expr: sql`json_extract(el.value, '$.type')`, type: 'text' },
  label: { expr: sql`json_extract(el.value, '$.label')`, type: 'text' },
  required: { expr: sql`json_extract(el.value, '$.required')`, type: 'json' },
};

/**
 * Type filters (alias `t`): the columns, and the field definitions as Mongo sees them: `fields.name`,
 * `fields.type`, `fields.label`, `fields.required` (some field matches) or `{"fields": {"$elemMatch": …}}`.
 */
const typeResolver: FieldResolver = {
  resolve(path) {
    const type = TYPE_COLUMNS[path];
    if (type) return { expr: sql`t.${sql.identifier(path)}`, type };
    throw unknownField(path);
  },
  array: (path) =>
    path === 'fields'
      ? {
          from: sql`json_each(t.fields) as el`,
          element: {
            resolve(key) {
              if (Object.hasOwn(FIELD_KEYS, key)) return FIELD_KEYS[key];
              throw unknownField(`fields.${key}`);
            },
          },
        }
      : undefined,
  through: (path) => {
    const key = /^fields\.(\w+)$/.exec(path)?.[1];
    return key && Object.hasOwn(FIELD_KEYS, key) ? { array: 'fields', path: key } : undefined;
  },
};

/** Types the actor may see (right `type.view`, type ACL READ) and the filter matches, one page and the total. */
export async function listTypes(db: Db, actor: Actor, options: TypeListOptions) {
  requireRight(actor, CMDB_RIGHTS.typeView);
  if (!TYPE_SORT.includes(options.sort as (typeof TYPE_SORT)[number]))
    throw new AppError('BAD_REQUEST', 'Invalid sort');
  const conditions = [
    typeReadable(actor, 't'),
    options.permissions?.length ? typeAllows(actor, 't', options.permissions) : undefined,
    compileFilter(options.filter, typeResolver),
  ].filter((c): c is SQL => c !== undefined);
  const where = sql.join(conditions, sql` and `);
  const dir = sql.raw(options.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select ${COLUMN_SQL} from dg_types t where ${where} order by t.${sql.identifier(options.sort)} ${dir}, t.public_id limit ${options.limit} offset ${options.offset}`,
    ),
    prepare(db, sql`select count(*) as n from dg_types t where ${where}`),
  ]);
  return { types: (rows.results as unknown as TypeRow[]).map(parseType), total: (count.results[0] as { n: number }).n };
}

const typeNotFound = (id: number) => new AppError('NOT_FOUND', `Type ${id} not found`);

/** A type the actor may see, else 404 exactly like a missing one (no right checked: callers decide). */
export async function visibleType(db: Db, actor: Actor, id: number): Promise<CmdbType> {
  const row = await prepare(
    db,
    sql`select ${COLUMN_SQL} from dg_types t where t.public_id = ${id} and ${typeReadable(actor, 't')}`,
  ).first<TypeRow>();
  if (!row) throw typeNotFound(id);
  return parseType(row);
}

/** One type for a reader (right `type.view`); hidden is 404 like missing. */
export async function readType(db: Db, actor: Actor, id: number): Promise<CmdbType> {
  requireRight(actor, CMDB_RIGHTS.typeView);
  return visibleType(db, actor, id);
}

/** The types of objects already read under the ACL (masking, rendering): no check of its own. */
export async function typesByIds(db: Db, ids: number[]): Promise<Map<number, CmdbType>> {
  if (!ids.length) return new Map();
  const { results } = await db
    .prepare(`select ${COLUMNS} from dg_types where public_id in (select value from json_each(?))`)
    .bind(JSON.stringify([...new Set(ids)]))
    .all<TypeRow>();
  return new Map(results.map((r) => [r.public_id, parseType(r)]));
}

export interface TypeInput {
  name: string;
  label?: string | null;
  description?: string | null;
  active?: boolean;
  render_meta?: CmdbType['render_meta'];
  fields?: TypeField[];
  acl?: TypeAcl;
}

/** Field names unique, types known, sections/summary/externals name existing fields. */
function validateType(input: TypeInput): void {
  const names = new Set<string>();
  for (const field of input.fields ?? []) {
    if (!FIELD_TYPES.includes(field.type as (typeof FIELD_TYPES)[number]))
      throw new AppError('BAD_REQUEST', `Unknown field type '${String(field.type).slice(0, 32)}'`);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(field.name))
      throw new AppError('BAD_REQUEST', `Invalid field name '${String(field.name).slice(0, 64)}'`);
    if (names.has(field.name)) throw new AppError('BAD_REQUEST', `Field '${field.name}' is defined twice`);
    names.add(field.name);
  }
  const meta = input.render_meta ?? {};
  const referenced = [
    ...(meta.sections ?? []).flatMap((s) => s.fields ?? []),
    ...(meta.summary?.fields ?? []),
    // An external link may also name `object_id`: the object's public id (render.ts).
    ...(meta.externals ?? []).flatMap((e) => e.fields ?? []).filter((name) => name !== 'object_id'),
  ];
  const unknown = referenced.find((name) => !names.has(name));
  if (unknown) throw new AppError('BAD_REQUEST', `render_meta names unknown field '${String(unknown).slice(0, 64)}'`);
}

export async function insertType(db: Db, actor: Actor, input: TypeInput): Promise<CmdbType> {
  requireWrite(actor, CMDB_RIGHTS.typeAdd);
  validateType(input);
  if (await db.prepare('select 1 from dg_types where name = ?').bind(input.name).first())
    throw new AppError('CONFLICT', `Type ${input.name} already exists`);
  const [inserted] = await db.batch([
    db
      .prepare(
        `insert into dg_types (name, label, description, active, author_id, render_meta, fields, acl) values (?, ?, ?, ?, ?, ?, ?, ?) returning ${COLUMNS}`,
      )
      .bind(
        input.name,
        input.label ?? null,
        input.description ?? null,
        input.active === false ? 0 : 1,
        actor.userId,
        JSON.stringify(input.render_meta ?? {}),
        JSON.stringify(input.fields ?? []),
        JSON.stringify(input.acl ?? { activated: false, groups: { includes: {} } }),
      ),
    // Recorded under the new public id, like every later audit row of the type (its version, versions.ts).
    auditStatementReading(
      db,
      { user: auditUser(actor), table: 'dg_types', action: 'INSERT', after: input, requestId: actor.requestId },
      'select cast(public_id as text) from dg_types where name = ?',
      input.name,
    ),
  ]);
  return parseType((inserted.results as unknown as TypeRow[])[0]);
}

/** Version bump of a changed type: the patch number, as DATAGERRY does for edits. */
function bump(version: string): string {
  const [major = 1, minor = 0, patch = 0] = version.split('.').map(Number);
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * Right `type.edit` on a type the actor can see (hidden: 404). Fields that become or stop being
 * `password` fields convert the stored values of the type's objects in the same batch (secrets.ts).
 */
export async function updateType(
  db: Db,
  env: Cloudflare.Env,
  actor: Actor,
  id: number,
  input: TypeInput,
): Promise<CmdbType> {
  requireWrite(actor, CMDB_RIGHTS.typeEdit);
  const before = await visibleType(db, actor, id);
  validateType(input);
  const clash = await db
    .prepare('select 1 from dg_types where name = ? and public_id <> ?')
    .bind(input.name, id)
    .first();
  if (clash) throw new AppError('CONFLICT', `Type ${input.name} already exists`);
  const secrets = await secretFieldChanges(db, env, before, input.fields ?? before.fields);
  const [, updated] = await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_types',
      recordId: id,
      action: 'UPDATE',
      before,
      after: secrets.converted.length ? { ...input, converted_objects: secrets.converted } : input,
      requestId: actor.requestId,
    }),
    db
      .prepare(
        `update dg_types set name = ?, label = ?, description = ?, active = ?, version = ?, render_meta = ?, fields = ?, acl = ? where public_id = ? returning ${COLUMNS}`,
      )
      .bind(
        input.name,
        input.label ?? null,
        input.description ?? null,
        input.active === false ? 0 : 1,
        bump(before.version),
        JSON.stringify(input.render_meta ?? before.render_meta),
        JSON.stringify(input.fields ?? before.fields),
        JSON.stringify(input.acl ?? before.acl),
        id,
      ),
    ...secrets.statements,
    // Each converted object changed: its own audit row (values masked as the new type masks them).
    ...secrets.images.map((image) =>
      auditStatement(db, {
        user: auditUser(actor),
        table: 'dg_objects',
        recordId: image.id,
        action: 'UPDATE',
        before: { fields: image.before },
        after: { fields: image.after },
        requestId: actor.requestId,
      }),
    ),
  ]);
  return parseType((updated.results as unknown as TypeRow[])[0]);
}

/**
 * Right `type.delete` on a type the actor can see (hidden: 404). Refused (409) while objects of the type
 * exist, unless `deleteObjects` (then they go in the same batch).
 */
export async function deleteType(db: Db, actor: Actor, id: number, deleteObjects: boolean): Promise<CmdbType> {
  requireWrite(actor, CMDB_RIGHTS.typeDelete);
  const before = await visibleType(db, actor, id);
  const count = await db
    .prepare('select count(*) as n from dg_objects where type_id = ?')
    .bind(id)
    .first<{ n: number }>();
  if ((count?.n ?? 0) > 0 && !deleteObjects)
    throw new AppError(
      'CONFLICT',
      `Type ${id} still has ${count?.n} object(s); pass delete_objects=true to delete them`,
    );
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_types',
      recordId: id,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
    // Every row this delete changes gets its own audit row first (their versions move with it).
    auditRowsOf(
      db,
      { user: auditUser(actor), table: 'dg_objects', action: 'DELETE', requestId: actor.requestId },
      `select cast(public_id as text) as record_id, json_object('type_id', type_id, 'version', version, 'active', json(case active when 0 then 'false' else 'true' end)) as before, null as after
       from dg_objects where type_id = ?`,
      id,
    ),
    auditRowsOf(
      db,
      { user: auditUser(actor), table: 'dg_categories', action: 'UPDATE', requestId: actor.requestId },
      `select cast(public_id as text) as record_id, json_object('types', json(types)) as before, json_object('removed_type', ?) as after
       from dg_categories where exists (select 1 from json_each(dg_categories.types) where value = ?)`,
      id,
      id,
    ),
    db.prepare('delete from dg_objects where type_id = ?').bind(id),
    db.prepare('delete from dg_types where public_id = ?').bind(id),
    db
      .prepare(
        "update dg_categories set types = (select coalesce(json_group_array(value), '[]') from json_each(dg_categories.types) where value <> ?)",
      )
      .bind(id),
  ]);
  return before;
}
