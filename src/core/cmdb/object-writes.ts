import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, canOnType, objectReadable } from './acl';
import {
  type CmdbObject,
  COLUMNS,
  type Db,
  type ObjectField,
  type ObjectRow,
  objectNotFound,
  parse,
  statusOf,
  storedStatus,
  visibleObject,
} from './objects';
import { maskFields, maskObject, sealFields } from './secrets';
import { type CmdbType, type TypeField, typesByIds, visibleType } from './types';

/**
 * CMDB object writes: fields validated against the type, versioning, the audit image; insert, update,
 * delete and activation, each with its audit rows in one batch. Rights and type ACL as in objects.ts.
 */
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

/**
 * Validates fields against the type: unknown names and wrong types are 400; a ref must name an object the
 * actor can see (a hidden target is refused exactly like a missing one) of an allowed type. A ref an
 * update leaves unchanged is not re-checked: the caller learns nothing from it.
 */
async function validateFields(
  db: Db,
  actor: Actor,
  type: CmdbType,
  fields: ObjectField[],
  previous: readonly ObjectField[] = [],
): Promise<ObjectField[]> {
  const byName = new Map(type.fields.map((f) => [f.name, f]));
  const seen = new Set<string>();
  for (const field of fields) {
    const definition = byName.get(field.name);
    if (!definition)
      throw new AppError('BAD_REQUEST', `Type ${type.name} has no field '${String(field.name).slice(0, 64)}'`);
    if (seen.has(field.name)) throw new AppError('BAD_REQUEST', `Field '${field.name}' is given twice`);
    seen.add(field.name);
    checkValue(definition, field.value);
    const unchanged = previous.some((p) => p.name === field.name && p.value === field.value);
    if (definition.type === 'ref' && typeof field.value === 'number' && !unchanged) {
      const target = await prepare(
        db,
        sql`select o.type_id from dg_objects o where o.public_id = ${field.value} and ${objectReadable(actor)}`,
      ).first<{ type_id: number }>();
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

/**
 * What the audit trail keeps of an object, in every one of its audit rows: its state and its fields with
 * password values masked (never a ciphertext nor a clear secret). History diffs these images (history.ts).
 */
export interface ObjectImage {
  type_id: number;
  status: boolean | null;
  active: boolean;
  version: string;
  fields: ObjectField[];
}

export function objectImage(
  o: Pick<CmdbObject, 'type_id' | 'status' | 'active' | 'version' | 'fields'>,
  type: CmdbType | undefined,
): ObjectImage {
  return {
    type_id: o.type_id,
    status: o.status ?? null,
    active: Boolean(o.active),
    version: o.version,
    fields: maskFields(o.fields, type),
  };
}

const RETURNING =
  'returning public_id, type_id, status, version, creation_time, author_id, last_edit_time, editor_id, active, fields, views';

/** Right `object.add` on a visible type (hidden: 404 like missing) whose ACL grants CREATE. */
export async function insertObject(
  db: Db,
  env: Cloudflare.Env,
  actor: Actor,
  input: { type_id: number; active?: boolean; status?: boolean | number | null; fields: ObjectField[] },
): Promise<CmdbObject> {
  requireWrite(actor, CMDB_RIGHTS.objectAdd);
  // An object created inactive has its activation set: that needs the activation right, as everywhere.
  if (input.active === false) requireWrite(actor, CMDB_RIGHTS.objectActivation);
  const type = await visibleType(db, actor, input.type_id);
  if (!canOnType(actor, type, 'CREATE')) throw new AppError('FORBIDDEN', `No CREATE access to type ${type.name}`);
  const fields = await sealFields(env, type, await validateFields(db, actor, type, input.fields));
  const [row] = await db.batch([
    db
      .prepare(
        `insert into dg_objects (type_id, status, author_id, active, fields) values (?, ?, ?, ?, ?) ${RETURNING}`,
      )
      .bind(
        type.public_id,
        storedStatus(statusOf(input.status)),
        actor.userId,
        input.active === false ? 0 : 1,
        JSON.stringify(fields),
      ),
    db
      .prepare(
        "insert into audit_log (user_id, user_login, table_name, record_id, action, after, request_id) values (?, ?, 'dg_objects', (select max(public_id) from dg_objects), 'INSERT', ?, ?)",
      )
      .bind(
        auditUser(actor)?.userId ?? null,
        auditUser(actor)?.login ?? null,
        JSON.stringify(
          objectImage(
            {
              type_id: type.public_id,
              status: statusOf(input.status),
              active: input.active !== false,
              version: '1.0.0',
              fields,
            },
            type,
          ),
        ),
        actor.requestId ?? null,
      ),
  ]);
  return maskObject(parse((row.results as unknown as ObjectRow[])[0]), type);
}

/**
 * Right `object.edit` on a visible object whose type's ACL grants UPDATE (and `object.activation` when the
 * activation changes, on every path: PUT, PATCH, revert). A password field sent as `********` keeps its
 * stored value.
 */
export async function updateObject(
  db: Db,
  env: Cloudflare.Env,
  actor: Actor,
  id: number,
  input: { active?: boolean; status?: boolean | number | null; fields: ObjectField[] },
): Promise<CmdbObject> {
  requireWrite(actor, CMDB_RIGHTS.objectEdit);
  const before = await visibleObject(db, actor, id);
  if (input.active !== undefined && input.active !== before.active) requireWrite(actor, CMDB_RIGHTS.objectActivation);
  const type = await visibleType(db, actor, before.type_id);
  if (!canOnType(actor, type, 'UPDATE')) throw new AppError('FORBIDDEN', `No UPDATE access to type ${type.name}`);
  const validated = await validateFields(db, actor, type, input.fields, before.fields);
  const fields = await sealFields(env, type, validated, before.fields);
  const version = nextVersion(before.version, before.fields, fields);
  const active = input.active ?? before.active;
  const status = input.status === undefined ? before.status : statusOf(input.status);
  const [, row] = await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_objects',
      recordId: id,
      action: 'UPDATE',
      before: objectImage(before, type),
      after: objectImage({ type_id: before.type_id, status, active, version, fields }, type),
      requestId: actor.requestId,
    }),
    db
      .prepare(
        `update dg_objects set fields = ?, version = ?, active = ?, status = ?, editor_id = ?, last_edit_time = strftime('%Y-%m-%dT%H:%M:%fZ','now') where public_id = ? ${RETURNING}`,
      )
      .bind(JSON.stringify(fields), version, active ? 1 : 0, storedStatus(status), actor.userId, id),
  ]);
  return maskObject(parse((row.results as unknown as ObjectRow[])[0]), type);
}

/**
 * Right `object.delete`; all or nothing: every id must exist and be visible (else 404 for the first that is
 * not, hidden or missing alike) and its type's ACL must grant DELETE.
 */
export async function deleteObjects(db: Db, actor: Actor, ids: number[]): Promise<CmdbObject[]> {
  requireWrite(actor, CMDB_RIGHTS.objectDelete);
  if (ids.length === 0 || ids.length > 90) throw new AppError('BAD_REQUEST', 'Between 1 and 90 ids');
  const { results } = await prepare(
    db,
    sql`select ${COLUMNS} from dg_objects o where o.public_id in (select value from json_each(${JSON.stringify(ids)})) and ${objectReadable(actor)}`,
  ).all<ObjectRow>();
  const found = new Map(results.map((r) => [r.public_id, parse(r)]));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw objectNotFound(missing);
  const objects = ids.map((id) => found.get(id) as CmdbObject);
  const types = await typesByIds(
    db,
    objects.map((o) => o.type_id),
  );
  for (const o of objects) {
    const type = types.get(o.type_id);
    if (type && !canOnType(actor, type, 'DELETE'))
      throw new AppError('FORBIDDEN', `No DELETE access to type ${type.name}`);
  }
  const shown = objects.map((o) => maskObject(o, types.get(o.type_id)));
  await db.batch([
    ...shown.map((o) =>
      auditStatement(db, {
        user: auditUser(actor),
        table: 'dg_objects',
        recordId: o.public_id,
        action: 'DELETE',
        before: objectImage(o, types.get(o.type_id)),
        requestId: actor.requestId,
      }),
    ),
    db.prepare('delete from dg_objects where public_id in (select value from json_each(?))').bind(JSON.stringify(ids)),
  ]);
  return shown;
}

/** Right `object.activation` on a visible object whose type's ACL grants UPDATE. Answers the new state and type. */
export async function setObjectState(
  db: Db,
  actor: Actor,
  id: number,
  active: boolean,
): Promise<{ active: boolean; type_id: number }> {
  requireWrite(actor, CMDB_RIGHTS.objectActivation);
  const before = await visibleObject(db, actor, id);
  const type = await visibleType(db, actor, before.type_id);
  if (!canOnType(actor, type, 'UPDATE')) throw new AppError('FORBIDDEN', `No UPDATE access to type ${type.name}`);
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_objects',
      recordId: id,
      action: 'UPDATE',
      before: objectImage(before, type),
      after: objectImage({ ...before, active }, type),
      requestId: actor.requestId,
    }),
    db
      .prepare(
        "update dg_objects set active = ?, editor_id = ?, last_edit_time = strftime('%Y-%m-%dT%H:%M:%fZ','now') where public_id = ?",
      )
      .bind(active ? 1 : 0, actor.userId, id),
  ]);
  return { active, type_id: before.type_id };
}
