import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode } from '../filter';
import { auditStatement } from '../ops/audit';
import { prepare } from '../records/sql';
import { type Actor, type CmdbType, canOnType, requireType, type TypeField, typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/** CMDB objects: native form, the type-validated writes, versioning, ACL inside every query. */
export interface ObjectField {
  name: string;
  value: unknown;
}
export interface CmdbObject {
  public_id: number;
  type_id: number;
  status: number | null;
  version: string;
  creation_time: string;
  author_id: number | null;
  last_edit_time: string | null;
  editor_id: number | null;
  active: boolean;
  fields: ObjectField[];
  views: number;
}
interface ObjectRow extends Omit<CmdbObject, 'active' | 'fields'> {
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
const COLUMNS = sql.raw(
  'o.public_id, o.type_id, o.status, o.version, o.creation_time, o.author_id, o.last_edit_time, o.editor_id, o.active, o.fields, o.views',
);

const parse = (r: ObjectRow): CmdbObject => ({ ...r, active: Boolean(r.active), fields: JSON.parse(r.fields) });

/** Objects whose type the actor may READ (type ACL), as a condition on alias `o`. */
export function objectAcl(actor: Actor): SQL {
  if (actor.admin) return sql`1 = 1`;
  return sql`exists (select 1 from dg_types t where t.public_id = o.type_id and (
    coalesce(json_extract(t.acl, '$.activated'), 0) = 0 or exists (
      select 1 from json_each(t.acl, '$.groups.includes') g, json_each(g.value) p
      where g.key in (select cast(value as text) from json_each(${JSON.stringify(actor.groupIds.map(String))})) and p.value = 'READ')))`;
}

const COLUMN_FIELDS: Record<string, 'integer' | 'text' | 'boolean' | 'timestamp'> = {
  public_id: 'integer',
  type_id: 'integer',
  status: 'integer',
  version: 'text',
  creation_time: 'timestamp',
  author_id: 'integer',
  last_edit_time: 'timestamp',
  editor_id: 'integer',
  active: 'boolean',
};

/**
 * Filter paths: the object's own columns, and `fields.<name>` for a field value (read with json_each from
 * the object's fields; the name is bound, never pasted).
 */
export const objectResolver: FieldResolver = {
  resolve(path) {
    const type = COLUMN_FIELDS[path];
    if (type) return { expr: sql`o.${sql.identifier(path)}`, type };
    const field = /^fields\.([A-Za-z0-9_-]{1,64})$/.exec(path);
    if (field)
      return {
        expr: sql`(select json_extract(f.value, '$.value') from json_each(o.fields) f where json_extract(f.value, '$.name') = ${field[1]} limit 1)`,
        type: 'json',
      };
    throw new AppError('BAD_REQUEST', `Unknown filter field '${path.slice(0, 64)}'`);
  },
};

export async function listObjects(
  db: Db,
  actor: Actor,
  options: { limit: number; offset: number; sort: string; descending: boolean; filter?: FilterNode; where?: SQL },
): Promise<{ objects: CmdbObject[]; total: number }> {
  if (!OBJECT_SORT.includes(options.sort as (typeof OBJECT_SORT)[number]))
    throw new AppError('BAD_REQUEST', 'Invalid sort');
  const conditions = [objectAcl(actor), compileFilter(options.filter, objectResolver), options.where].filter(
    (c): c is SQL => c !== undefined,
  );
  const where = sql.join(conditions, sql` and `);
  const dir = sql.raw(options.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select ${COLUMNS} from dg_objects o where ${where} order by o.${sql.identifier(options.sort)} ${dir}, o.public_id ${dir} limit ${options.limit} offset ${options.offset}`,
    ),
    prepare(db, sql`select count(*) as n from dg_objects o where ${where}`),
  ]);
  return { objects: (rows.results as unknown as ObjectRow[]).map(parse), total: (count.results[0] as { n: number }).n };
}

/** One object the actor may read: a hidden object is a 404 like a missing one. */
export async function readObject(db: Db, actor: Actor, id: number): Promise<CmdbObject> {
  const row = await prepare(
    db,
    sql`select ${COLUMNS} from dg_objects o where o.public_id = ${id} and ${objectAcl(actor)}`,
  ).first<ObjectRow>();
  if (!row) throw new AppError('NOT_FOUND', `Object ${id} not found`);
  return parse(row);
}

function checkValue(field: TypeField, value: unknown): void {
  if (value === null || value === undefined || value === '') {
    if (field.required) throw new AppError('BAD_REQUEST', `Field '${field.name}' is required`);
    return;
  }
  const fail = () => new AppError('BAD_REQUEST', `Field '${field.name}' expects ${field.type}`);
  switch (field.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail();
      return;
    case 'checkbox':
      if (typeof value !== 'boolean') throw fail();
      return;
    case 'date':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw fail();
      return;
    case 'ref':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw fail();
      return;
    case 'radio':
    case 'select':
      if (typeof value !== 'string') throw fail();
      if (field.options?.length && !field.options.some((o) => o.name === value))
        throw new AppError('BAD_REQUEST', `Field '${field.name}' has no option '${value.slice(0, 64)}'`);
      return;
    default:
      if (typeof value !== 'string') throw fail();
      if (value.length > 100_000) throw new AppError('BAD_REQUEST', `Field '${field.name}' is too long`);
  }
}

/** Validates fields against the type: unknown names and wrong types are 400; refs must point at existing objects of the allowed types. */
async function validateFields(db: Db, type: CmdbType, fields: ObjectField[]): Promise<ObjectField[]> {
  const byName = new Map(type.fields.map((f) => [f.name, f]));
  const seen = new Set<string>();
  for (const field of fields) {
    const definition = byName.get(field.name);
    if (!definition)
      throw new AppError('BAD_REQUEST', `Type ${type.name} has no field '${String(field.name).slice(0, 64)}'`);
    if (seen.has(field.name)) throw new AppError('BAD_REQUEST', `Field '${field.name}' is given twice`);
    seen.add(field.name);
    checkValue(definition, field.value);
    if (definition.type === 'ref' && typeof field.value === 'number') {
      const target = await db
        .prepare('select type_id from dg_objects where public_id = ?')
        .bind(field.value)
        .first<{ type_id: number }>();
      if (!target) throw new AppError('BAD_REQUEST', `Field '${field.name}' references missing object ${field.value}`);
      if (definition.ref_types?.length && !definition.ref_types.includes(target.type_id))
        throw new AppError('BAD_REQUEST', `Field '${field.name}' cannot reference an object of type ${target.type_id}`);
    }
  }
  for (const definition of type.fields)
    if (definition.required && !seen.has(definition.name))
      throw new AppError('BAD_REQUEST', `Field '${definition.name}' is required`);
  return fields.map((f) => ({ name: f.name, value: f.value ?? null }));
}

/** Major when every field changed, minor when more than half did, patch otherwise. */
export function nextVersion(version: string, before: ObjectField[], after: ObjectField[]): string {
  const [major = 1, minor = 0, patch = 0] = version.split('.').map(Number);
  const names = new Set([...before.map((f) => f.name), ...after.map((f) => f.name)]);
  if (names.size === 0) return `${major}.${minor}.${patch + 1}`;
  const value = (list: ObjectField[], name: string) => JSON.stringify(list.find((f) => f.name === name)?.value ?? null);
  const changed = [...names].filter((n) => value(before, n) !== value(after, n)).length;
  if (changed === names.size) return `${major + 1}.0.0`;
  if (changed > names.size / 2) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export async function insertObject(
  db: Db,
  actor: Actor,
  input: { type_id: number; active?: boolean; status?: number | null; fields: ObjectField[] },
): Promise<CmdbObject> {
  const type = await requireType(db, input.type_id);
  if (!canOnType(actor, type, 'CREATE')) throw new AppError('FORBIDDEN', `No CREATE access to type ${type.name}`);
  const fields = await validateFields(db, type, input.fields);
  const [row] = await db.batch([
    db
      .prepare(
        'insert into dg_objects (type_id, status, author_id, active, fields) values (?, ?, ?, ?, ?) returning public_id, type_id, status, version, creation_time, author_id, last_edit_time, editor_id, active, fields, views',
      )
      .bind(type.public_id, input.status ?? null, actor.userId, input.active === false ? 0 : 1, JSON.stringify(fields)),
    db
      .prepare(
        "insert into audit_log (user_id, user_login, table_name, record_id, action, after, request_id) values (?, ?, 'dg_objects', (select max(public_id) from dg_objects), 'INSERT', ?, ?)",
      )
      .bind(actor.userId, actor.login, JSON.stringify({ type_id: type.public_id, fields }), actor.requestId ?? null),
  ]);
  return parse((row.results as unknown as ObjectRow[])[0]);
}

export async function updateObject(
  db: Db,
  actor: Actor,
  id: number,
  input: { active?: boolean; status?: number | null; fields: ObjectField[] },
): Promise<CmdbObject> {
  const before = await readObject(db, actor, id);
  const type = await requireType(db, before.type_id);
  if (!canOnType(actor, type, 'UPDATE')) throw new AppError('FORBIDDEN', `No UPDATE access to type ${type.name}`);
  const fields = await validateFields(db, type, input.fields);
  const version = nextVersion(before.version, before.fields, fields);
  const [, row] = await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'dg_objects',
      recordId: id,
      action: 'UPDATE',
      before,
      after: { ...input, fields, version },
      requestId: actor.requestId,
    }),
    db
      .prepare(
        "update dg_objects set fields = ?, version = ?, active = ?, status = ?, editor_id = ?, last_edit_time = strftime('%Y-%m-%dT%H:%M:%fZ','now') where public_id = ? returning public_id, type_id, status, version, creation_time, author_id, last_edit_time, editor_id, active, fields, views",
      )
      .bind(
        JSON.stringify(fields),
        version,
        (input.active ?? before.active) ? 1 : 0,
        input.status === undefined ? before.status : input.status,
        actor.userId,
        id,
      ),
  ]);
  return parse((row.results as unknown as ObjectRow[])[0]);
}

/** Deletes objects, all or nothing: every id must exist, be visible and deletable. */
export async function deleteObjects(db: Db, actor: Actor, ids: number[]): Promise<CmdbObject[]> {
  if (ids.length === 0 || ids.length > 90) throw new AppError('BAD_REQUEST', 'Between 1 and 90 ids');
  const objects = [];
  for (const id of ids) objects.push(await readObject(db, actor, id));
  const types = await typesByIds(
    db,
    objects.map((o) => o.type_id),
  );
  for (const o of objects) {
    const type = types.get(o.type_id);
    if (type && !canOnType(actor, type, 'DELETE'))
      throw new AppError('FORBIDDEN', `No DELETE access to type ${type.name}`);
  }
  await db.batch([
    ...objects.map((o) =>
      auditStatement(db, {
        user: actor,
        table: 'dg_objects',
        recordId: o.public_id,
        action: 'DELETE',
        before: o,
        requestId: actor.requestId,
      }),
    ),
    db.prepare('delete from dg_objects where public_id in (select value from json_each(?))').bind(JSON.stringify(ids)),
  ]);
  return objects;
}

export async function setObjectState(db: Db, actor: Actor, id: number, active: boolean): Promise<boolean> {
  const before = await readObject(db, actor, id);
  await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'dg_objects',
      recordId: id,
      action: 'UPDATE',
      before: { active: before.active },
      after: { active },
      requestId: actor.requestId,
    }),
    db
      .prepare(
        "update dg_objects set active = ?, editor_id = ?, last_edit_time = strftime('%Y-%m-%dT%H:%M:%fZ','now') where public_id = ?",
      )
      .bind(active ? 1 : 0, actor.userId, id),
  ]);
  return active;
}

/** Objects referencing `id` through a `ref` field of their type. */
export function referencesTo(id: number): SQL {
  return sql`exists (select 1 from dg_types rt, json_each(rt.fields) tf, json_each(o.fields) f
    where rt.public_id = o.type_id and json_extract(tf.value, '$.type') = 'ref'
      and json_extract(tf.value, '$.name') = json_extract(f.value, '$.name') and json_extract(f.value, '$.value') = ${id})`;
}

/** Objects of a type whose fields no longer match it (unknown names, or missing type fields). */
export function uncleanOf(type: CmdbType): SQL {
  const names = JSON.stringify(type.fields.map((f) => f.name));
  return sql`o.type_id = ${type.public_id} and (
    exists (select 1 from json_each(o.fields) f where json_extract(f.value, '$.name') not in (select value from json_each(${names})))
    or exists (select 1 from json_each(${names}) n where n.value not in (select json_extract(f.value, '$.name') from json_each(o.fields) f)))`;
}

/** Cleans: drops unknown fields, adds missing ones as null; one batch for all the type's unclean objects (bounded). */
export async function cleanObjects(db: Db, actor: Actor, typeId: number): Promise<CmdbObject[]> {
  const type = await requireType(db, typeId);
  const { objects } = await listObjects(db, actor, {
    limit: 1000,
    offset: 0,
    sort: 'public_id',
    descending: false,
    where: uncleanOf(type),
  });
  if (objects.length === 0) return [];
  const statements = objects.map((o) => {
    const fields = type.fields.map((f) => ({
      name: f.name,
      value: o.fields.find((x) => x.name === f.name)?.value ?? null,
    }));
    o.fields = fields;
    return db.prepare('update dg_objects set fields = ? where public_id = ?').bind(JSON.stringify(fields), o.public_id);
  });
  await db.batch([
    ...statements,
    auditStatement(db, {
      user: actor,
      table: 'dg_objects',
      recordId: `clean:${typeId}`,
      action: 'UPDATE',
      after: { cleaned: objects.map((o) => o.public_id) },
      requestId: actor.requestId,
    }),
  ]);
  return objects;
}

export { typesByIds };
