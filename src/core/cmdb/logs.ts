import { AppError } from '../../lib/errors';
import { type Actor, requireRight } from '../identity/actor';
import { isEncrypted } from '../ops/encryption';
import { sameValue } from '../records/history';
import type { CmdbObject, ObjectField } from './objects';
import { readObject, statusOf } from './objects';
import { renderObjects } from './render';
import { MASK, maskFields } from './secrets';
import { type CmdbType, typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's object logs (`CmdbObjectLog`), read from the audit trail: every object write has its audit
 * row with the object's image (objects.ts), so the log is complete without a log store of its own. A log
 * is `{public_id (the audit row's id), log_time, log_type, action, action_name, object_id, version,
 * user_id, user_name, changes, comment, render_state}`: CREATE (0), EDIT (1, `changes: {old: [{name,
 * value}], new: [...]}`), ACTIVE_CHANGE (2, `changes: {old, new}`) or DELETE (3). Reading them needs
 * `base.framework.log.view` and what reading the object needs (right, type ACL READ; else 404): the logs
 * of a deleted or hidden object are missing. Values are masked as the object's type masks them now, and
 * anything that looks like a ciphertext too.
 */
export const LOG_VIEW = 'base.framework.log.view';
const ACTIONS = { CREATE: 0, EDIT: 1, ACTIVE_CHANGE: 2, DELETE: 3 } as const;
const MAX_PAGE = 100;

export interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  user_login: string | null;
  action: string;
  before: string | null;
  after: string | null;
}
interface Image {
  type_id?: number;
  status?: number | null;
  active?: boolean | number;
  version?: string;
  fields: ObjectField[];
}

const COLUMNS = 'id, at, user_id, user_login, action, before, after';

/**
 * The pseudo-table of a deleted (hidden) DATAGERRY log: deleting log N writes the audit row
 * `(table_name 'dg_object_logs', record_id N, action DELETE)` and nothing else (log-lists.ts), so the audit
 * trail stays whole and the hiding is audited. Every DATAGERRY log view leaves such logs out.
 */
export const HIDDEN_LOGS = 'dg_object_logs';
/** True for an audit row `alias` that no DATAGERRY log delete has hidden. */
export const notHidden = (alias: string) =>
  `not exists (select 1 from audit_log h where h.table_name = '${HIDDEN_LOGS}' and h.record_id = cast(${alias}.id as text))`;

/** An audit image with every secret masked (the type's password fields, and ciphertext-looking values). */
export function imageOf(text: string | null, type: CmdbType | undefined): Image | undefined {
  if (!text) return undefined;
  const raw = JSON.parse(text) as Partial<Image> | null;
  if (!raw || typeof raw !== 'object') return undefined;
  const fields = maskFields(Array.isArray(raw.fields) ? raw.fields : [], type).map((f) =>
    typeof f.value === 'string' && isEncrypted(f.value) ? { ...f, value: MASK } : f,
  );
  return { ...raw, fields };
}

function fieldChanges(before: Image, after: Image) {
  const old: ObjectField[] = [];
  const now: ObjectField[] = [];
  const names = new Set([...before.fields.map((f) => f.name), ...after.fields.map((f) => f.name)]);
  for (const name of names) {
    const a = before.fields.find((f) => f.name === name)?.value ?? null;
    const b = after.fields.find((f) => f.name === name)?.value ?? null;
    if (!sameValue(a, b)) {
      old.push({ name, value: a });
      now.push({ name, value: b });
    }
  }
  return { old, new: now };
}

export function logOf(objectId: number, row: AuditRow, type: CmdbType | undefined, renderState: string | null = null) {
  const before = imageOf(row.before, type);
  const after = imageOf(row.after, type);
  let action: keyof typeof ACTIONS = row.action === 'INSERT' ? 'CREATE' : row.action === 'DELETE' ? 'DELETE' : 'EDIT';
  let changes: unknown = [];
  if (action === 'EDIT' && before && after) {
    const fields = fieldChanges(before, after);
    const activeChanged = Boolean(before.active) !== Boolean(after.active);
    if (activeChanged && fields.old.length === 0) {
      action = 'ACTIVE_CHANGE';
      changes = { old: Boolean(before.active), new: Boolean(after.active) };
    } else changes = fields;
  }
  return {
    public_id: row.id,
    log_time: { $date: Date.parse(row.at) },
    log_type: 'CmdbObjectLog' as const,
    action: ACTIONS[action],
    action_name: action,
    object_id: objectId,
    version: (after ?? before)?.version ?? null,
    user_id: row.user_id,
    user_name: row.user_login ?? 'Unknown',
    changes,
    comment: '',
    render_state: renderState,
  };
}

/** A page of the object's logs, newest first (`log_time`/`public_id` order the same way), and their number. */
export async function objectLogs(
  db: Db,
  actor: Actor,
  objectId: number,
  page: { limit: number; offset: number; ascending?: boolean },
) {
  requireRight(actor, LOG_VIEW);
  const object = await readObject(db, actor, objectId);
  const [rows, count] = await db.batch([
    db
      .prepare(
        `select ${COLUMNS} from audit_log a where table_name = 'dg_objects' and record_id = ? and ${notHidden('a')}
         order by id ${page.ascending ? 'asc' : 'desc'} limit ? offset ?`,
      )
      .bind(String(objectId), Math.min(page.limit, MAX_PAGE), page.offset),
    db
      .prepare(
        `select count(*) as n from audit_log a where table_name = 'dg_objects' and record_id = ? and ${notHidden('a')}`,
      )
      .bind(String(objectId)),
  ]);
  const type = (await typesByIds(db, [object.type_id])).get(object.type_id);
  return {
    logs: (rows.results as unknown as AuditRow[]).map((r) => logOf(objectId, r, type)),
    total: (count.results[0] as { n: number }).n,
  };
}

/** The object as it was after each audit row (before it, for a delete), for DATAGERRY's `render_state`. */
function stateAfter(object: CmdbObject, row: AuditRow, type: CmdbType | undefined): CmdbObject | undefined {
  const image = imageOf(row.after ?? row.before, type);
  if (!image) return undefined;
  return {
    ...object,
    status: statusOf(image.status),
    active: Boolean(image.active ?? object.active),
    version: image.version ?? object.version,
    fields: image.fields,
    last_edit_time: row.at,
    editor_id: row.user_id,
  };
}

/** Logs with their `render_state`: the states rendered for the actor in one go. */
async function withStates(db: Db, actor: Actor, object: CmdbObject, rows: AuditRow[], type: CmdbType | undefined) {
  const states = rows.map((row) => stateAfter(object, row, type));
  const rendered = await renderObjects(
    db,
    states.filter((s): s is CmdbObject => s !== undefined),
    actor,
  );
  let next = 0;
  return rows.map((row, i) => logOf(object.public_id, row, type, states[i] ? JSON.stringify(rendered[next++]) : null));
}

async function loggedObject(db: Db, actor: Actor, id: number) {
  requireRight(actor, LOG_VIEW);
  const row = await db
    .prepare(
      `select ${COLUMNS}, record_id from audit_log a where id = ? and table_name = 'dg_objects' and ${notHidden('a')}`,
    )
    .bind(id)
    .first<AuditRow & { record_id: string }>();
  if (!row) throw new AppError('NOT_FOUND', `Log ${id} not found`);
  const object = await readObject(db, actor, Number(row.record_id)).catch(() => {
    throw new AppError('NOT_FOUND', `Log ${id} not found`);
  });
  return { row, object, type: (await typesByIds(db, [object.type_id])).get(object.type_id) };
}

/** The object log `id` with its `render_state` (404 when it is no object's, or the object is not readable). */
export async function objectLog(db: Db, actor: Actor, id: number) {
  const { row, object, type } = await loggedObject(db, actor, id);
  return (await withStates(db, actor, object, [row], type))[0];
}

/** The object's other EDIT logs (the newest hundred) with their `render_state`: for comparing versions. */
export async function correspondingLogs(db: Db, actor: Actor, id: number) {
  const { object, type } = await loggedObject(db, actor, id);
  const { results } = await db
    .prepare(
      `select ${COLUMNS} from audit_log a where table_name = 'dg_objects' and record_id = ? and action = 'UPDATE' and id <> ? and ${notHidden('a')}
       order by id desc limit ${MAX_PAGE}`,
    )
    .bind(String(object.public_id), id)
    .all<AuditRow>();
  const edits = results.filter((row) => logOf(object.public_id, row, type).action_name === 'EDIT');
  return withStates(db, actor, object, edits, type);
}
