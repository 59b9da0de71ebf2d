import { AppError } from '../../lib/errors';
import { type Actor, requireRight } from '../identity/actor';
import { isEncrypted } from '../ops/encryption';
import { changesOf, type HistoryEntry, parseImage, readAuditPage, readRevertable, sameValue } from '../records/history';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, objectReadable } from './acl';
import { updateObject } from './object-writes';
import { type CmdbObject, type ObjectField, statusOf } from './objects';
import { MASK, secretNames } from './secrets';
import { type CmdbType, typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * An object's history and revert (issue 17), from the audit trail. Every object audit row holds the
 * object's image (objects.ts `objectImage`: type, status, activation, version, fields with passwords
 * masked). An entry's changes are the image's top-level values and one `fields.<name>` per field value.
 * Values are masked again as the object's type masks them NOW (a field that became a password since has
 * its old clear values in older images) and anything that looks like a ciphertext is masked too: history
 * never shows a secret, encrypted or clear.
 *
 * A revert writes the object's values from before one UPDATE entry through `updateObject` (right
 * `object.edit`, `object.activation` when it changes the activation, type ACL UPDATE, validation, version
 * bump, audit row). Password values never come back from history: a field that is a password now keeps its
 * stored value, whatever the image holds.
 * INSERT and DELETE entries cannot be reverted (409), as for records.
 */

const TOP_LEVEL = ['type_id', 'status', 'active', 'version'] as const;
const MAX_PAGE = 1000;

type Image = Map<string, unknown>;

/** An audit image as flat entries (`active`, `fields.ip`…), every secret masked by the current type. */
function flatten(raw: Record<string, unknown> | undefined, type: CmdbType | undefined): Image | undefined {
  if (!raw) return undefined;
  const secret = secretNames(type?.fields);
  const out: Image = new Map();
  for (const key of TOP_LEVEL) if (key in raw) out.set(key, raw[key] ?? null);
  if (Array.isArray(raw.fields))
    for (const field of raw.fields as ObjectField[]) {
      if (!field || typeof field.name !== 'string') continue;
      const value = field.value ?? null;
      const hidden = secret.has(field.name) || (typeof value === 'string' && isEncrypted(value));
      out.set(`fields.${field.name}`, hidden && value !== null && value !== '' ? MASK : value);
    }
  return out;
}

/** The stored object, if the actor may read it (right `object.view`, type ACL READ), else 404. */
async function readable(db: Db, actor: Actor, id: number): Promise<{ object: CmdbObject; type?: CmdbType }> {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const row = await prepare(
    db,
    sql`select o.public_id, o.type_id, o.status, o.version, o.active, o.fields from dg_objects o where o.public_id = ${id} and ${objectReadable(actor)}`,
  ).first<{
    public_id: number;
    type_id: number;
    status: number | null;
    version: string;
    active: number;
    fields: string;
  }>();
  if (!row) throw new AppError('NOT_FOUND', `Object ${id} not found`);
  const object = {
    ...row,
    status: statusOf(row.status),
    active: Boolean(row.active),
    fields: JSON.parse(row.fields),
  } as CmdbObject;
  return { object, type: (await typesByIds(db, [row.type_id])).get(row.type_id) };
}

/** A page of the object's history, newest first, and the number of entries (same read rules as its GET). */
export async function objectHistory(
  db: Db,
  actor: Actor,
  id: number,
  page: { limit: number; offset: number },
): Promise<{ entries: HistoryEntry[]; total: number }> {
  const { type } = await readable(db, actor, id);
  const { rows, total } = await readAuditPage(db, 'dg_objects', String(id), {
    limit: Math.min(page.limit, MAX_PAGE),
    offset: page.offset,
  });
  const entries = rows.map((r) => ({
    id: r.id,
    at: r.at,
    user: r.user,
    action: r.action,
    changes: changesOf(r.action, flatten(parseImage(r.before), type), flatten(parseImage(r.after), type)),
  }));
  return { entries, total };
}

/**
 * Restores the object to its state before history entry `historyId` (an UPDATE of this object): status,
 * activation and the field values the image holds, for the fields the type still has. 404 when the entry
 * is not this object's; 409 for INSERT/DELETE entries and when nothing would change.
 */
export async function revertObject(
  db: Db,
  env: Cloudflare.Env,
  actor: Actor,
  id: number,
  historyId: number,
): Promise<CmdbObject> {
  const { object, type } = await readable(db, actor, id);
  const audit = await readRevertable(db, 'dg_objects', String(id), historyId);
  const before = parseImage(audit.before) ?? {};
  const secret = secretNames(type?.fields);
  const then = new Map(
    (Array.isArray(before.fields) ? (before.fields as ObjectField[]) : []).map((f) => [f.name, f.value ?? null]),
  );
  // Every field the type has: its value then when the image holds it, else as now. A field that is a
  // password NOW always keeps its stored value, whatever the image holds (it may predate the field becoming
  // a password, and then hold clear text that must never be written back).
  const fields = (type?.fields ?? []).map((definition) => {
    const current = object.fields.find((f) => f.name === definition.name)?.value ?? null;
    if (secret.has(definition.name))
      return { name: definition.name, value: current !== null && current !== '' ? MASK : current };
    return { name: definition.name, value: then.has(definition.name) ? then.get(definition.name) : current };
  });
  // Images written before statuses were booleans hold 1/0.
  const status = 'status' in before ? statusOf(before.status as boolean | number | null) : object.status;
  const active = 'active' in before ? Boolean(before.active) : object.active;
  const shownNow = object.fields.map((f) => ({
    name: f.name,
    value: secret.has(f.name) && f.value !== null && f.value !== '' ? MASK : f.value,
  }));
  if (status === object.status && active === object.active && sameValue(sortByName(fields), sortByName(shownNow)))
    throw new AppError(
      'CONFLICT',
      `Nothing to revert: object ${id} already has the values it had before history entry ${historyId}`,
    );
  return updateObject(db, env, actor, id, { fields, status, active });
}

const sortByName = (fields: { name: string; value: unknown }[]) =>
  [...fields].sort((a, b) => a.name.localeCompare(b.name)).map((f) => [f.name, f.value ?? null]);
