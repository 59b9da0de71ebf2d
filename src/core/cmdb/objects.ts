import type { SQL } from 'drizzle-orm';
import { sessionPool } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { compileFilter, type FilterNode } from '../filter';
import { type Actor, requireRight } from '../identity/actor';
import { pageAndCount } from '../ops/table-versions';
import { prepare, render, sql } from '../records/sql';
import { CMDB_RIGHTS, objectReadable } from './acl';
import { filterableFields, objectResolver } from './object-filter';
import { maskObject } from './secrets';
import { type CmdbType, typesByIds, visibleType } from './types';

export type Db = D1Database | D1DatabaseSession;

/**
 * CMDB objects: native form and reads (writes: object-writes.ts; cleaning: object-clean.ts). Every function decides from the core
 * Actor: the DATAGERRY right of the operation, then the type ACL (READ inside every query: a hidden object
 * is answered exactly like a missing one; CREATE/UPDATE/DELETE on visible types). Password field values
 * leave this module masked (secrets.ts).
 */
export interface ObjectField {
  name: string;
  value: unknown;
}
export interface CmdbObject {
  public_id: number;
  type_id: number;
  /** DATAGERRY's `status` is a boolean (stored as 1/0). */
  status: boolean | null;
  version: string;
  creation_time: string;
  author_id: number | null;
  last_edit_time: string | null;
  editor_id: number | null;
  active: boolean;
  fields: ObjectField[];
  views: number;
}
export interface ObjectRow extends Omit<CmdbObject, 'active' | 'fields' | 'status'> {
  status: number | null;
  active: number;
  fields: string;
}

export const OBJECT_SORT = [
  'public_id',
  'type_id',
  'version',
  'creation_time',
  'author_id',
  'last_edit_time',
  'active',
] as const;
export const COLUMNS = sql.raw(
  'o.public_id, o.type_id, o.status, o.version, o.creation_time, o.author_id, o.last_edit_time, o.editor_id, o.active, o.fields, o.views',
);

export const parse = (r: ObjectRow): CmdbObject => ({
  ...r,
  status: statusOf(r.status),
  active: Boolean(r.active),
  fields: JSON.parse(r.fields),
});

/** A status as given (a boolean, or the number clients of the integer column sent) or stored → boolean/null. */
export const statusOf = (value: boolean | number | null | undefined): boolean | null =>
  value === null || value === undefined ? null : Boolean(value);
export const storedStatus = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

export interface ObjectListOptions {
  limit: number;
  offset: number;
  sort: string;
  descending: boolean;
  filter?: FilterNode;
}

/** Objects as stored (ciphertexts included), ACL-filtered: for the cmdb object modules only (never answered). */
export async function queryObjects(
  db: Db,
  actor: Actor,
  options: ObjectListOptions & { where?: SQL },
): Promise<{ objects: CmdbObject[]; total: number; typesVersion?: string }> {
  if (!OBJECT_SORT.includes(options.sort as (typeof OBJECT_SORT)[number]))
    throw new AppError('BAD_REQUEST', 'Invalid sort');
  const resolver = objectResolver(await filterableFields(db, actor, options.filter));
  const conditions = [objectReadable(actor), compileFilter(options.filter, resolver), options.where].filter(
    (c): c is SQL => c !== undefined,
  );
  const where = sql.join(conditions, sql` and `);
  const dir = sql.raw(options.descending ? 'desc' : 'asc');
  // The total is counted again only after a write to the tables the count reads (core/ops/table-versions.ts).
  const count = render(sql`select count(*) as n from dg_objects o where ${where}`);
  const { rows, total, versions } = await pageAndCount<ObjectRow>(
    db,
    prepare(
      db,
      sql`select ${COLUMNS} from dg_objects o where ${where} order by o.${sql.identifier(options.sort)} ${dir}, o.public_id ${dir} limit ${options.limit} offset ${options.offset}`,
    ),
    { text: count.sql, params: count.params },
    { alsoVersions: ['dg_types'] },
  );
  return { objects: rows.map(parse), total, typesVersion: versions?.get('dg_types') };
}

/**
 * Types by id per pool, kept with the dg_types version read in the same batch as the page they mask
 * (core/ops/table-versions.ts): a list page then needs no query of its own for them.
 */
const keptTypes = new Map<string, { version: string; types: Map<number, CmdbType> }>();

async function typesFor(db: Db, ids: number[], version: string | undefined): Promise<Map<number, CmdbType>> {
  const pool = version === undefined ? undefined : sessionPool(db);
  const kept = pool === undefined ? undefined : keptTypes.get(pool);
  if (kept && kept.version === version && ids.every((id) => kept.types.has(id))) return kept.types;
  const types = await typesByIds(db, ids);
  if (pool !== undefined && version !== undefined) {
    const merged = new Map(kept?.version === version ? kept.types : []);
    for (const [id, type] of types) merged.set(id, type);
    if (merged.size <= 500) keptTypes.set(pool, { version, types: merged });
  }
  return types;
}

/** The objects as readers see them: password values masked by their type. */
export async function masked(db: Db, objects: CmdbObject[], typesVersion?: string): Promise<CmdbObject[]> {
  const types = await typesFor(
    db,
    objects.map((o) => o.type_id),
    typesVersion,
  );
  return objects.map((o) => maskObject(o, types.get(o.type_id)));
}

/** Right `object.view`; only objects of types the actor may READ. */
export async function listObjects(db: Db, actor: Actor, options: ObjectListOptions) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const page = await queryObjects(db, actor, options);
  return { objects: await masked(db, page.objects, page.typesVersion), total: page.total };
}

export const objectNotFound = (id: number) => new AppError('NOT_FOUND', `Object ${id} not found`);

/** One stored object the actor may read (ACL READ), else 404 like a missing one. */
export async function visibleObject(db: Db, actor: Actor, id: number): Promise<CmdbObject> {
  const row = await prepare(
    db,
    sql`select ${COLUMNS} from dg_objects o where o.public_id = ${id} and ${objectReadable(actor)}`,
  ).first<ObjectRow>();
  if (!row) throw objectNotFound(id);
  return parse(row);
}

/** Right `object.view`, ACL READ: a hidden object is a 404 like a missing one. */
export async function readObject(db: Db, actor: Actor, id: number): Promise<CmdbObject> {
  requireRight(actor, CMDB_RIGHTS.objectView);
  return (await masked(db, [await visibleObject(db, actor, id)]))[0];
}

/** Following a type's objects (the live feed): right `object.view` and READ on the type (hidden: 404). */
export async function followType(db: Db, actor: Actor, typeId: number): Promise<void> {
  requireRight(actor, CMDB_RIGHTS.objectView);
  await visibleType(db, actor, typeId);
}

/** Objects referencing `id` through a `ref` field of their type (alias `o`). */
export function referencesTo(id: number): SQL {
  return sql`exists (select 1 from dg_types rt, json_each(rt.fields) tf, json_each(o.fields) f
    where rt.public_id = o.type_id and json_extract(tf.value, '$.type') = 'ref'
      and json_extract(tf.value, '$.name') = json_extract(f.value, '$.name') and json_extract(f.value, '$.value') = ${id})`;
}

/** Right `object.view` and READ on object `id` (else 404); then the visible objects referencing it. */
export async function listReferences(db: Db, actor: Actor, id: number, options: ObjectListOptions) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  await visibleObject(db, actor, id);
  const page = await queryObjects(db, actor, { ...options, where: referencesTo(id) });
  return { objects: await masked(db, page.objects, page.typesVersion), total: page.total };
}
