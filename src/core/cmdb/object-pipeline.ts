import type { SQL } from 'drizzle-orm';
import {
  arrayOf,
  compilePipeline,
  type FilterNode,
  leadingMatch,
  type MongoQuery,
  objectShape,
  type PipelineCollection,
  VALUE,
} from '../filter';
import { type Actor, requireRight } from '../identity/actor';
import { runPipeline } from '../records/memory';
import { sql } from '../records/sql';
import { CMDB_RIGHTS, objectReadable } from './acl';
import { filterableFields, objectResolver } from './object-filter';
import { type CmdbObject, listObjects, listReferences, referencesTo, visibleObject } from './objects';

type Db = D1Database | D1DatabaseSession;

/**
 * The object lists with DATAGERRY's `filter` as its backend takes it: a query object, or an aggregation
 * pipeline (core/filter/pipeline.ts). A query, or a pipeline of `$match` stages only, is the plain list
 * (objects.ts). Other pipelines run on the objects as JSON documents, exactly as the native list answers
 * them (password values masked in the SQL itself, so no stage ever sees a secret), over the objects the
 * caller may read only (the type ACL is the source's WHERE, before any stage); `$lookup` reads
 * `framework.objects` under the same ACL.
 */

export const OBJECT_SHAPE = objectShape({
  public_id: VALUE,
  type_id: VALUE,
  status: VALUE,
  version: VALUE,
  creation_time: VALUE,
  author_id: VALUE,
  last_edit_time: VALUE,
  editor_id: VALUE,
  active: VALUE,
  fields: arrayOf(objectShape({ name: VALUE, value: VALUE }), true),
  views: VALUE,
});

/** A field of object `o` that secrets.ts masks: a password field of its type, or a leftover ciphertext. */
const SECRET = sql`(json_extract(f.value, '$.name') in (select json_extract(tf.value, '$.name') from dg_types st, json_each(st.fields) tf
    where st.public_id = o.type_id and json_extract(tf.value, '$.type') = 'password')
  or (json_type(f.value, '$.value') = 'text' and substr(json_extract(f.value, '$.value'), 1, 4) = 'ENC:'
    and json_extract(f.value, '$.name') not in (select json_extract(tf.value, '$.name') from dg_types st, json_each(st.fields) tf where st.public_id = o.type_id)))`;
const EMPTY = sql`(json_type(f.value, '$.value') is null or json_type(f.value, '$.value') = 'null' or json_extract(f.value, '$.value') = '')`;
const FIELDS = sql`(select json_group_array(case when ${SECRET} and not ${EMPTY} then json_set(f.value, '$.value', '********') else json(f.value) end) from json_each(o.fields) f)`;
const bool = (column: SQL) =>
  sql`case when ${column} is null then null when ${column} then json('true') else json('false') end`;

/** Object `o` as the JSON document the native list answers. */
const OBJECT_DOC = sql`json_object('public_id', o.public_id, 'type_id', o.type_id, 'status', ${bool(sql`o.status`)},
  'version', o.version, 'creation_time', o.creation_time, 'author_id', o.author_id, 'last_edit_time', o.last_edit_time,
  'editor_id', o.editor_id, 'active', ${bool(sql`o.active`)}, 'fields', json(${FIELDS}), 'views', o.views)`;

/** Foreign fields of a `$lookup` that are indexed columns. */
const COLUMNS = new Set(['public_id', 'type_id', 'author_id', 'editor_id']);

/** The objects `actor` may read (and `extra`, on `o`), as pipeline documents. */
function objectsCollection(actor: Actor, extra?: SQL): PipelineCollection {
  return {
    rows: (where) => {
      const conditions = [objectReadable(actor), extra, where].filter((c): c is SQL => c !== undefined);
      return sql`select ${OBJECT_DOC} as doc, o.public_id as ord from dg_objects o where ${sql.join(conditions, sql` and `)}`;
    },
    shape: OBJECT_SHAPE,
    column: (path) => (COLUMNS.has(path) ? sql`o.${sql.identifier(path)}` : undefined),
  };
}

export interface ObjectQueryOptions {
  limit: number;
  offset: number;
  sort: string;
  descending: boolean;
  query?: MongoQuery;
  /** Only (in)active objects: Atrium's `active` parameter, applied before any stage. */
  active?: boolean;
  /** Only the objects referencing this one (`/objects/{id}/references`). */
  referencing?: number;
  /**
   * Whole objects whatever the pipeline makes of them (for rendering): each document read back as the
   * object its `public_id` names, as DATAGERRY's backend reads its pipeline's documents back as objects.
   */
  whole?: boolean;
}

export type ObjectQueryResult =
  | { objects: CmdbObject[]; documents?: undefined; total: number }
  | { documents: unknown[]; objects?: undefined; total: number };

const and = (a: FilterNode | undefined, b: FilterNode | undefined): FilterNode | undefined =>
  a && b ? { kind: 'and', children: [a, b] } : (a ?? b);

/**
 * Right `object.view` (and READ on `referencing`, else 404): a page of objects for a query or a pipeline
 * of `$match` stages, of documents for any other pipeline.
 */
export async function queryObjectList(db: Db, actor: Actor, options: ObjectQueryOptions): Promise<ObjectQueryResult> {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const stages = options.query?.pipeline;
  const { filter, rest } = stages ? leadingMatch(stages) : { filter: options.query?.filter, rest: [] };
  const active: FilterNode | undefined =
    options.active === undefined
      ? undefined
      : { kind: 'cmp', op: 'eq', field: { path: 'active' }, value: options.active };
  const paging = { limit: options.limit, offset: options.offset, sort: options.sort, descending: options.descending };
  if (rest.length === 0) {
    const list = { ...paging, filter: and(filter, active) };
    return options.referencing === undefined
      ? listObjects(db, actor, list)
      : listReferences(db, actor, options.referencing, list);
  }
  if (options.referencing !== undefined) await visibleObject(db, actor, options.referencing);
  const extra = [
    options.active === undefined ? undefined : sql`o.active = ${options.active ? 1 : 0}`,
    options.referencing === undefined ? undefined : referencesTo(options.referencing),
  ].filter((c): c is SQL => c !== undefined);
  const objects = objectsCollection(actor, extra.length ? sql.join(extra, sql` and `) : undefined);
  const source = {
    ...objects,
    resolver: objectResolver(await filterableFields(db, actor, filter)),
    lookup: (from: string) => (from === 'framework.objects' ? objectsCollection(actor) : undefined),
  };
  const reread = options.whole ? { key: 'public_id', collection: objectsCollection(actor) } : undefined;
  return runPipeline(db, compilePipeline(stages ?? [], source, { ...paging, reread }));
}

/** A pipeline's document that is still a whole object (for `view=render`), else undefined. */
export function asObject(document: unknown): CmdbObject | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const o = document as Record<string, unknown>;
  const whole =
    typeof o.public_id === 'number' &&
    typeof o.type_id === 'number' &&
    typeof o.version === 'string' &&
    typeof o.active === 'boolean' &&
    Array.isArray(o.fields);
  return whole ? (o as unknown as CmdbObject) : undefined;
}
