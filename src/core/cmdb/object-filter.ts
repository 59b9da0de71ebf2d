import type { ArrayField, FieldResolver, FilterNode } from '../filter';
import type { Actor } from '../identity/actor';
import { prepare, sql } from '../records/sql';
import { typeReadable } from './acl';
import { unknownField } from './table-page';

type Db = D1Database | D1DatabaseSession;

/**
 * Filter paths of CMDB objects (the `dg_objects` row aliased `o`): the columns, `fields.<name>`, and the
 * `fields` array as Mongo sees it. Used by every object list and by the leading `$match` of a pipeline.
 */

const COLUMN_FIELDS: Record<string, 'integer' | 'text' | 'boolean' | 'timestamp'> = {
  public_id: 'integer',
  type_id: 'integer',
  status: 'boolean',
  version: 'text',
  creation_time: 'timestamp',
  author_id: 'integer',
  last_edit_time: 'timestamp',
  editor_id: 'integer',
  active: 'boolean',
  views: 'integer',
};

const FIELD_PATH = /^fields\.([A-Za-z0-9_-]{1,64})$/;

/**
 * The elements of an object's `fields` ({name, value}) as Mongo filters see them (`$elemMatch`,
 * `fields.name`, `fields.value`), password fields of the object's type left out: no filter ever compares a
 * secret, whatever the pattern.
 */
const FIELDS_ARRAY: ArrayField = {
  from: sql`json_each(o.fields) as el`,
  guard: sql`json_extract(el.value, '$.name') not in (select json_extract(pf.value, '$.name')
    from dg_types pt, json_each(pt.fields) pf where pt.public_id = o.type_id and json_extract(pf.value, '$.type') = 'password')`,
  element: {
    resolve(path) {
      if (path === 'name') return { expr: sql`json_extract(el.value, '$.name')`, type: 'text' };
      if (path === 'value')
        return {
          expr: sql`json_extract(el.value, '$.value')`,
          type: 'json',
          present: sql`json_type(el.value, '$.value') is not null`,
          jsonType: sql`json_type(el.value, '$.value')`,
        };
      throw unknownField(`fields.${path}`);
    },
  },
};

/**
 * Filter paths: the object's own columns; `fields.<name>` for a field value (read with json_each from the
 * object's fields; the name is bound, never pasted), where `<name>` must be a non-password field of a type
 * the actor can see, else the unknown-field 400; and, as in Mongo, `fields.name` / `fields.value` (keys of
 * the fields array's elements: some element matches) and `{"fields": {"$elemMatch": {...}}}`.
 */
export function objectResolver(filterable: ReadonlySet<string>): FieldResolver {
  return {
    resolve(path) {
      const type = COLUMN_FIELDS[path];
      if (type) return { expr: sql`o.${sql.identifier(path)}`, type };
      const field = FIELD_PATH.exec(path);
      if (field && filterable.has(field[1])) {
        const element = sql`(select f.value from json_each(o.fields) f where json_extract(f.value, '$.name') = ${field[1]} limit 1)`;
        return {
          expr: sql`json_extract(${element}, '$.value')`,
          type: 'json',
          present: sql`json_type(${element}, '$.value') is not null`,
          jsonType: sql`json_type(${element}, '$.value')`,
        };
      }
      throw unknownField(path);
    },
    array: (path) => (path === 'fields' ? FIELDS_ARRAY : undefined),
    through: (path) =>
      path === 'fields.name' || path === 'fields.value' ? { array: 'fields', path: path.slice(7) } : undefined,
  };
}

/**
 * The field names a filter names: `fields.<name>` paths (`paths`), and the names compared with the `name`
 * key of the fields array's elements (`values`: `fields.name`, or `name` inside `$elemMatch`).
 */
function namedFields(
  node: FilterNode | undefined,
  out = { paths: new Set<string>(), values: new Set<string>() },
  inFields = false,
) {
  if (!node) return out;
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const child of node.children) namedFields(child, out, inFields);
      break;
    case 'not':
      namedFields(node.child, out, inFields);
      break;
    case 'elemMatch':
      if (!inFields && node.field.path === 'fields') namedFields(node.where, out, true);
      break;
    default: {
      const path = node.field.path;
      if (inFields ? path === 'name' : path === 'fields.name') {
        const values = node.kind === 'in' ? node.values : 'value' in node ? [node.value] : [];
        for (const v of values) if (typeof v === 'string') out.values.add(v);
      } else if (!inFields) {
        const name = FIELD_PATH.exec(path)?.[1];
        if (name && name !== 'value') out.paths.add(name);
      }
    }
  }
  return out;
}

/**
 * Of the `fields.<name>` names a filter uses, those some visible type defines and none as a password. A
 * password field named as a value of the elements' `name` is refused like an unknown `fields.<name>`.
 */
export async function filterableFields(db: Db, actor: Actor, filter: FilterNode | undefined): Promise<Set<string>> {
  const { paths, values } = namedFields(filter);
  const names = [...new Set([...paths, ...values])];
  if (names.length === 0) return new Set();
  const { results } = await prepare(
    db,
    sql`select json_extract(f.value, '$.name') as name, max(json_extract(f.value, '$.type') = 'password') as secret
      from dg_types t, json_each(t.fields) f
      where ${typeReadable(actor, 't')} and json_extract(f.value, '$.name') in (select value from json_each(${JSON.stringify(names)}))
      group by 1`,
  ).all<{ name: string; secret: number }>();
  const secret = results.find((r) => r.secret && values.has(r.name));
  if (secret) throw unknownField(`fields.${secret.name}`);
  return new Set(results.filter((r) => !r.secret).map((r) => r.name));
}
