import { AppError } from '../../lib/errors';
import { auditStatement } from '../ops/audit';

type Db = D1Database | D1DatabaseSession;
export interface Actor {
  userId: number;
  login: string;
  requestId?: string;
  groupIds: number[];
  admin: boolean;
}

/** A CMDB type as DATAGERRY documents it. JSON columns are parsed here and nowhere else. */
export interface TypeField {
  type: string;
  name: string;
  label?: string;
  required?: boolean;
  options?: { name: string; label?: string }[];
  ref_types?: number[];
  [key: string]: unknown;
}
export interface TypeAcl {
  activated: boolean;
  groups: { includes: Record<string, string[]> };
}
export interface CmdbType {
  public_id: number;
  name: string;
  label: string | null;
  description: string | null;
  active: boolean;
  author_id: number | null;
  creation_time: string;
  version: string;
  render_meta: {
    icon?: string;
    sections?: { type: string; name: string; label?: string; fields: string[] }[];
    externals?: { name: string; href: string; label?: string; icon?: string; fields: string[] }[];
    summary?: { fields: string[] };
  };
  fields: TypeField[];
  acl: TypeAcl;
}

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

export function parseType(row: TypeRow): CmdbType {
  return {
    ...row,
    active: Boolean(row.active),
    render_meta: JSON.parse(row.render_meta),
    fields: JSON.parse(row.fields),
    acl: JSON.parse(row.acl),
  };
}

/** Types visible to the actor: ACL-activated types need a READ grant for one of the actor's groups. */
export function aclCondition(actor: Actor, alias: string): { sql: string; params: unknown[] } {
  if (actor.admin) return { sql: '1', params: [] };
  return {
    sql: `(coalesce(json_extract(${alias}.acl, '$.activated'), 0) = 0 or exists (
      select 1 from json_each(${alias}.acl, '$.groups.includes') g, json_each(g.value) p
      where g.key in (select cast(value as text) from json_each(?)) and p.value = ?))`,
    params: [JSON.stringify(actor.groupIds.map(String)), 'READ'],
  };
}

export function canOnType(actor: Actor, type: CmdbType, permission: 'CREATE' | 'READ' | 'UPDATE' | 'DELETE'): boolean {
  if (actor.admin || !type.acl?.activated) return true;
  return actor.groupIds.some((g) => (type.acl.groups?.includes?.[String(g)] ?? []).includes(permission));
}

export async function listTypes(
  db: Db,
  options: {
    limit: number;
    offset: number;
    sort: string;
    descending: boolean;
    where?: { sql: string; params: unknown[] };
  },
) {
  if (!TYPE_SORT.includes(options.sort as (typeof TYPE_SORT)[number]))
    throw new AppError('BAD_REQUEST', 'Invalid sort');
  const where = options.where ? `where ${options.where.sql}` : '';
  const params = options.where?.params ?? [];
  const [rows, count] = await db.batch([
    db
      .prepare(
        `select ${COLUMNS} from dg_types ${where} order by ${options.sort} ${options.descending ? 'desc' : 'asc'}, public_id limit ? offset ?`,
      )
      .bind(...params, options.limit, options.offset),
    db.prepare(`select count(*) as n from dg_types ${where}`).bind(...params),
  ]);
  return { types: (rows.results as unknown as TypeRow[]).map(parseType), total: (count.results[0] as { n: number }).n };
}

export async function findType(db: Db, id: number): Promise<CmdbType | null> {
  const row = await db.prepare(`select ${COLUMNS} from dg_types where public_id = ?`).bind(id).first<TypeRow>();
  return row ? parseType(row) : null;
}

export async function requireType(db: Db, id: number): Promise<CmdbType> {
  const type = await findType(db, id);
  if (!type) throw new AppError('NOT_FOUND', `Type ${id} not found`);
  return type;
}

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
    ...(meta.externals ?? []).flatMap((e) => e.fields ?? []),
  ];
  const unknown = referenced.find((name) => !names.has(name));
  if (unknown) throw new AppError('BAD_REQUEST', `render_meta names unknown field '${String(unknown).slice(0, 64)}'`);
}

export async function insertType(db: Db, actor: Actor, input: TypeInput): Promise<CmdbType> {
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
    auditStatement(db, {
      user: actor,
      table: 'dg_types',
      recordId: input.name,
      action: 'INSERT',
      after: input,
      requestId: actor.requestId,
    }),
  ]);
  return parseType((inserted.results as unknown as TypeRow[])[0]);
}

/** Version bump of a changed type: the patch number, as DATAGERRY does for edits. */
function bump(version: string): string {
  const [major = 1, minor = 0, patch = 0] = version.split('.').map(Number);
  return `${major}.${minor}.${patch + 1}`;
}

export async function updateType(db: Db, actor: Actor, id: number, input: TypeInput): Promise<CmdbType> {
  const before = await requireType(db, id);
  validateType(input);
  const clash = await db
    .prepare('select 1 from dg_types where name = ? and public_id <> ?')
    .bind(input.name, id)
    .first();
  if (clash) throw new AppError('CONFLICT', `Type ${input.name} already exists`);
  const [, updated] = await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'dg_types',
      recordId: id,
      action: 'UPDATE',
      before,
      after: input,
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
  ]);
  return parseType((updated.results as unknown as TypeRow[])[0]);
}

/** Refused (409) while objects of the type exist, unless `deleteObjects` (then they go in the same batch). */
export async function deleteType(db: Db, actor: Actor, id: number, deleteObjects: boolean): Promise<CmdbType> {
  const before = await requireType(db, id);
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
      user: actor,
      table: 'dg_types',
      recordId: id,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
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
