import type { Orm } from '../../db/data-access';
import { auditLog } from '../../db/schema';

export type AuditAction = 'INSERT' | 'UPDATE' | 'DELETE' | 'SNAPSHOT';

export interface AuditEntry {
  user?: { userId: number; login: string };
  pool?: string;
  table: string;
  recordId?: string | number | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

/**
 * The audit row as a drizzle statement, to be put in the same `batch()` as the write it records:
 * D1 has no interactive transactions, and a batch is atomic.
 */
export function auditInsert(orm: Orm, entry: AuditEntry) {
  return orm.insert(auditLog).values({
    userId: entry.user?.userId ?? null,
    userLogin: entry.user?.login ?? null,
    pool: entry.pool ?? 'default',
    tableName: entry.table,
    recordId: entry.recordId == null ? null : String(entry.recordId),
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: entry.requestId ?? null,
  });
}

/** The same audit row as a raw D1 statement, for services that batch raw statements. */
export function auditStatement(db: D1Database | D1DatabaseSession, entry: AuditEntry): D1PreparedStatement {
  return db
    .prepare(
      'insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(
      entry.user?.userId ?? null,
      entry.user?.login ?? null,
      entry.pool ?? 'default',
      entry.table,
      entry.recordId == null ? null : String(entry.recordId),
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.requestId ?? null,
    );
}
