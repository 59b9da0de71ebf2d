import { AppError } from '../../lib/errors';
import { findColumn, visibleColumns } from './registry';
import { findRecord, type RecordContext, type Row, uuColumn } from './service';
import type { ColumnInfo, TableInfo } from './types';
import { singleKey } from './values';
import { auditTableOf } from './versions';

/**
 * A record's history and its revert, from the audit trail (every write and its audit row are one batch, so
 * the trail is complete). An entry shows what changed, column by column, over the record's visible
 * columns only: a hidden column never appears, whatever an old image holds. AD_User's entries come from the
 * identity core's `users` images, translated to AD_User's columns (password material is in none of them).
 *
 * A revert restores the visible, writable columns to their values before one UPDATE entry, as an ordinary
 * update (the caller runs it through the same write path: rights, table access, tenant, If-Match, audit).
 * An INSERT or DELETE entry cannot be reverted (409): undoing an insert is a delete, and a deleted record
 * has no history to read (it is not found); the caller deletes or re-creates the record instead.
 */
export type HistoryAction = 'INSERT' | 'UPDATE' | 'DELETE' | 'SNAPSHOT';

export interface Change {
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: number;
  at: string;
  user: string | null;
  action: HistoryAction;
  changes: Record<string, Change>;
}

export interface AuditRow {
  id: number;
  at: string;
  user: string | null;
  action: HistoryAction;
  before: string | null;
  after: string | null;
}

export const MAX_HISTORY_PAGE = 100;

/** The identity core's user images (`users`) as AD_User's columns; anything else is left out. */
const USER_COLUMNS: Record<string, string> = {
  id: 'AD_User_ID',
  login: 'Name',
  firstName: 'FirstName',
  lastName: 'LastName',
  email: 'EMail',
  description: 'Description',
  enabled: 'IsActive',
  language: 'AD_Language',
  registrationTime: 'Created',
  updatedAt: 'Updated',
};

/** An audit row's image as an object (undefined when there is none). */
export const parseImage = (text: string | null): Record<string, unknown> | undefined => {
  if (!text) return undefined;
  const value = JSON.parse(text) as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
};

/** An audit image as the record's visible columns (by their registry names), values as the face shows them. */
function visibleImage(table: TableInfo, raw: Record<string, unknown> | undefined): Map<string, unknown> | undefined {
  if (!raw) return undefined;
  const users = auditTableOf(table) === 'users';
  const out = new Map<string, unknown>();
  for (const [name, value] of Object.entries(raw)) {
    const column = findColumn(table, users ? (USER_COLUMNS[name] ?? '') : name);
    if (!column || column.hidden) continue;
    out.set(column.name, shown(column, value));
  }
  return out;
}

function shown(column: ColumnInfo, value: unknown): unknown {
  if (column.type === 'boolean' && (value === 0 || value === 1)) return value === 1;
  return value ?? null;
}

/** Equal as JSON (audit images and values read back compare by value). */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes an audit row records. An insert shows its non-empty values, a delete what it removed, an
 * update the columns both images hold and that differ (an image that omits a column says nothing of it).
 */
export function changesOf(
  action: HistoryAction,
  before: Map<string, unknown> | undefined,
  after: Map<string, unknown> | undefined,
): Record<string, Change> {
  const changes: Record<string, Change> = {};
  if (action === 'INSERT' || action === 'DELETE') {
    const image = action === 'INSERT' ? after : before;
    for (const [name, value] of image ?? []) {
      if (value === null) continue;
      changes[name] = action === 'INSERT' ? { before: null, after: value } : { before: value, after: null };
    }
    return changes;
  }
  if (!before || !after) return changes;
  for (const [name, value] of before)
    if (after.has(name) && !sameValue(value, after.get(name)))
      changes[name] = { before: value, after: after.get(name) };
  return changes;
}

function entryOf(table: TableInfo, row: AuditRow): HistoryEntry {
  const before = visibleImage(table, parseImage(row.before));
  const after = visibleImage(table, parseImage(row.after));
  return { id: row.id, at: row.at, user: row.user, action: row.action, changes: changesOf(row.action, before, after) };
}

const AUDIT_COLUMNS = 'id, at, user_login as user, action, before, after';

/** The record (read access, within the tenant scope: else 404 like a missing one) and its audit key. */
async function readableRecord(ctx: RecordContext, table: TableInfo, id: string): Promise<Row> {
  const row = await findRecord(ctx, table, id);
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return row;
}

/** A page of the record's history, newest first, and the number of entries. Needs read access to the record. */
export async function recordHistory(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  page: { limit: number; offset: number },
): Promise<{ entries: HistoryEntry[]; total: number }> {
  const row = await readableRecord(ctx, table, id);
  const recordId = String(row[singleKey(table).name]);
  const { rows, total } = await readAuditPage(ctx.data.d1(ctx.pool), auditTableOf(table), recordId, {
    limit: Math.min(page.limit, MAX_HISTORY_PAGE),
    offset: page.offset,
  });
  return { entries: rows.map((r) => entryOf(table, r)), total };
}

/** A page of one row's audit rows, newest first (the caller bounds the limit), and their number: one batch. */
export async function readAuditPage(
  db: D1Database | D1DatabaseSession,
  tableName: string,
  recordId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, count] = await db.batch([
    db
      .prepare(
        `select ${AUDIT_COLUMNS} from audit_log where table_name = ? and record_id = ? order by id desc limit ? offset ?`,
      )
      .bind(tableName, recordId, page.limit, page.offset),
    db.prepare('select count(*) as n from audit_log where table_name = ? and record_id = ?').bind(tableName, recordId),
  ]);
  return { rows: rows.results as unknown as AuditRow[], total: (count.results[0] as { n: number }).n };
}

/** History entry `historyId` of one row, which a revert may undo: 404 when it is not that row's, 409 unless an UPDATE. */
export async function readRevertable(
  db: D1Database | D1DatabaseSession,
  tableName: string,
  recordId: string,
  historyId: number,
): Promise<AuditRow> {
  const audit = await db
    .prepare(`select ${AUDIT_COLUMNS} from audit_log where id = ? and table_name = ? and record_id = ?`)
    .bind(historyId, tableName, recordId)
    .first<AuditRow>();
  if (!audit) throw new AppError('NOT_FOUND', `History entry ${historyId} not found for this record`);
  if (audit.action !== 'UPDATE') throw cannotRevert(audit);
  return audit;
}

export const cannotRevert = (entry: { id: number; action: string }) =>
  new AppError(
    'CONFLICT',
    entry.action === 'INSERT'
      ? `History entry ${entry.id} is the record's creation: it cannot be reverted (delete the record instead)`
      : `History entry ${entry.id} is a ${entry.action}: only an update can be reverted`,
  );

/**
 * What a revert of history entry `historyId` writes: the record's visible, writable columns (not its key,
 * UUID or tenant) as they were before that update, where they differ from now, keyed by column name (an
 * update body). 404 when the entry is not this record's; 409 for an INSERT/DELETE entry, or when nothing
 * differs (the record already has those values).
 */
export async function revertValues(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  historyId: number,
): Promise<Record<string, unknown>> {
  const row = await readableRecord(ctx, table, id);
  const recordId = String(row[singleKey(table).name]);
  const audit = await readRevertable(ctx.data.d1(ctx.pool), auditTableOf(table), recordId, historyId);
  const before = visibleImage(table, parseImage(audit.before)) ?? new Map();
  const fixed = new Set([singleKey(table).name, uuColumn(table)?.name, 'AD_Client_ID', 'Created', 'Updated']);
  // AD_User is a read-only view written through the identity core: its user columns are what it writes.
  const users = auditTableOf(table) === 'users';
  const writable = new Set(
    visibleColumns(table)
      .filter((c) => (users || !c.readOnly) && !fixed.has(c.name))
      .map((c) => c.name),
  );
  const values: Record<string, unknown> = {};
  for (const [name, value] of before) {
    const column = findColumn(table, name);
    if (!column || !writable.has(column.name)) continue;
    if (!sameValue(shown(column, row[column.name]), value)) values[column.name] = value;
  }
  if (!Object.keys(values).length)
    throw new AppError(
      'CONFLICT',
      `Nothing to revert: the record already has the values it had before history entry ${historyId}`,
    );
  return values;
}
