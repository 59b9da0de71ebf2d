import { is, SQL } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { auditLog } from '../../db/schema';

export type AuditAction = 'INSERT' | 'UPDATE' | 'DELETE' | 'SNAPSHOT';

export interface AuditEntry {
  user?: { userId: number; login: string };
  pool?: string;
  table: string;
  /**
   * The row's id as every audit row of that row writes it (the key as text, or the uid where the domain
   * audits by uid): a row's version is its newest audit row for (table, recordId) (versions.ts). An SQL
   * expression (drizzle statements only) reads a key known only inside the batch, such as a new row's id.
   */
  recordId?: string | number | null | SQL;
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
    recordId: entry.recordId == null ? null : is(entry.recordId, SQL) ? entry.recordId : String(entry.recordId),
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
      entry.recordId == null ? null : String(entry.recordId as string | number),
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.requestId ?? null,
    );
}

/**
 * The audit row of a row whose id is known only inside the batch (a new row): `recordSql`, a scalar
 * subquery bound with `binds`, reads it, so the row's first audit row already has its one record id.
 */
export function auditStatementReading(
  db: D1Database | D1DatabaseSession,
  entry: Omit<AuditEntry, 'recordId'>,
  recordSql: string,
  ...binds: unknown[]
): D1PreparedStatement {
  return db
    .prepare(
      `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id) values (?, ?, ?, ?, (${recordSql}), ?, ?, ?, ?)`,
    )
    .bind(
      entry.user?.userId ?? null,
      entry.user?.login ?? null,
      entry.pool ?? 'default',
      entry.table,
      ...binds,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.requestId ?? null,
    );
}

/**
 * One audit row per row a write changes as a side effect (the objects of a deleted type, the children of a
 * deleted category): `select` yields `record_id, before, after` (JSON text) per row, bound with `binds`.
 * It runs in the write's batch before the statements that change those rows, so every row's versions move.
 */
export function auditRowsOf(
  db: D1Database | D1DatabaseSession,
  entry: Pick<AuditEntry, 'user' | 'pool' | 'table' | 'action' | 'requestId'>,
  select: string,
  ...binds: unknown[]
): D1PreparedStatement {
  return db
    .prepare(
      `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
       select ?, ?, ?, ?, r.record_id, ?, r.before, r.after, ? from (${select}) r`,
    )
    .bind(
      entry.user?.userId ?? null,
      entry.user?.login ?? null,
      entry.pool ?? 'default',
      entry.table,
      entry.action,
      entry.requestId ?? null,
      ...binds,
    );
}
