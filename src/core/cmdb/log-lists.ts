import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser, inAdminGroup, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, typeReadable } from './acl';
import { type AuditRow, HIDDEN_LOGS, LOG_VIEW, logOf, notHidden } from './logs';
import { typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's log settings pages (`/logs/object/exists`, `/notexists`, `/deleted`) and deleting a log, over
 * the audit trail. DATAGERRY lists every object log to whoever holds `log.view`; Atrium narrows that to
 * the logs of objects the caller could read: right `object.view`, and READ on the object's type (the type
 * the object has now, or, for a deleted object, the type its audit image names; a log whose type is gone
 * too only for the admin group).
 *
 * Deleting a log never erases the audit trail: it writes one audit row of its own (`dg_object_logs`, the
 * log's id, DELETE, the log's summary as `before`), which hides the log from every DATAGERRY log view
 * (logs.ts `notHidden`); Liberty's audit endpoint still shows both rows. It needs `log.delete` (DANGER,
 * only the admin group holds it by default), is refused to read-only users, and only reaches logs the
 * caller sees (else 404, as a missing or already deleted log).
 */
export const LOG_DELETE = 'base.framework.log.delete';
export type LogListKind = 'exists' | 'notexists' | 'deleted';
export const LOG_LIST_SORT = [
  'public_id',
  'log_time',
  'object_id',
  'action',
  'action_name',
  'user_name',
  'author_name',
  'version',
  'comment',
  'changes',
] as const;
export type LogListSort = (typeof LOG_LIST_SORT)[number];

// Identifiers only from this allowlist; comment and changes have no stored order: the log's id.
const ORDER: Record<LogListSort, SQL> = {
  public_id: sql`a.id`,
  log_time: sql`a.id`,
  object_id: sql`cast(a.record_id as integer)`,
  action: sql`a.action`,
  action_name: sql`a.action`,
  user_name: sql`a.user_login`,
  author_name: sql`a.user_login`,
  version: sql`json_extract(coalesce(a.after, a.before), '$.version')`,
  comment: sql`a.id`,
  changes: sql`a.id`,
};
// The UI offers pages of up to 500 rows; the face bounds a page at 1000 (its MAX_LIMIT), and so does this.
const MAX_PAGE = 1000;

const KIND: Record<LogListKind, SQL> = {
  exists: sql`a.action <> 'DELETE' and o.public_id is not null`,
  notexists: sql`a.action <> 'DELETE' and o.public_id is null`,
  deleted: sql`a.action = 'DELETE'`,
};

/** The object logs (alias `a`) the actor sees, with their object (`o`, if it exists) and type (`t`). */
function visibleLogs(actor: Actor, where: SQL): SQL {
  const acl = inAdminGroup(actor) ? sql`1 = 1` : sql`t.public_id is not null and ${typeReadable(actor, 't')}`;
  return sql`from audit_log a
    left join dg_objects o on o.public_id = cast(a.record_id as integer)
    left join dg_types t on t.public_id = coalesce(o.type_id, json_extract(coalesce(a.after, a.before), '$.type_id'))
    where a.table_name = 'dg_objects' and ${sql.raw(notHidden('a'))} and ${where} and ${acl}`;
}

const COLUMNS = sql`a.id, a.at, a.user_id, a.user_login, a.action, a.before, a.after, a.record_id, t.public_id as type_id`;
type Row = AuditRow & { record_id: string; type_id: number | null };

/** A page of one of the settings pages' lists and its total (bounded; the audit trail is long). */
export async function logList(
  db: Db,
  actor: Actor,
  kind: LogListKind,
  page: { limit: number; offset: number; sort: LogListSort; descending: boolean },
) {
  requireRight(actor, LOG_VIEW);
  requireRight(actor, CMDB_RIGHTS.objectView);
  const from = visibleLogs(actor, KIND[kind]);
  const direction = sql.raw(page.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select ${COLUMNS} ${from} order by ${ORDER[page.sort]} ${direction}, a.id ${direction}
        limit ${Math.min(page.limit, MAX_PAGE)} offset ${page.offset}`,
    ),
    prepare(db, sql`select count(*) as n ${from}`),
  ]);
  const found = rows.results as unknown as Row[];
  const types = await typesByIds(db, [...new Set(found.flatMap((r) => (r.type_id == null ? [] : [r.type_id])))]);
  return {
    logs: found.map((r) => logOf(Number(r.record_id), r, r.type_id == null ? undefined : types.get(r.type_id))),
    total: (count.results[0] as { n: number }).n,
  };
}

/** Hides the log `id` from DATAGERRY's log views with its own audit row (see above); answers `true`. */
export async function deleteLog(db: Db, actor: Actor, id: number): Promise<true> {
  requireWrite(actor, LOG_DELETE);
  requireRight(actor, LOG_VIEW);
  const row = await prepare(db, sql`select ${COLUMNS} ${visibleLogs(actor, sql`a.id = ${id}`)}`).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Log ${id} not found`);
  const log = logOf(Number(row.record_id), row, undefined);
  await auditStatement(db, {
    user: auditUser(actor),
    table: HIDDEN_LOGS,
    recordId: id,
    action: 'DELETE',
    before: { object_id: log.object_id, action_name: log.action_name, log_time: row.at, user_name: log.user_name },
    requestId: actor.requestId,
  }).run();
  return true;
}
