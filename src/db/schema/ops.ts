import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One audit trail for every face: who changed which record of which table, with before/after images. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    userId: integer('user_id'),
    userLogin: text('user_login'),
    pool: text('pool').notNull().default('default'),
    tableName: text('table_name').notNull(),
    recordId: text('record_id'),
    /** INSERT, UPDATE, DELETE or SNAPSHOT (Liberty's audit endpoint). */
    action: text('action').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    requestId: text('request_id'),
  },
  (t) => [index('audit_log_record_idx').on(t.tableName, t.recordId), index('audit_log_at_idx').on(t.at)],
);

/** The pool registry, mirrored from the POOLS config at bootstrap so it can be listed and joined. */
export const pools = sqliteTable('pools', {
  alias: text('alias').primaryKey(),
  binding: text('binding').notNull(),
  description: text('description'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** Liberty setup's revision log (created by migration 0002): which migration ran on which pool, by whom. */
export const revisions = sqliteTable('atrium_revisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  pool: text('pool').notNull(),
  migration: text('migration'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  createdBy: text('created_by'),
});

/**
 * Preconditions of a write batch (If-Match): a batch asserts one by inserting a row that the CHECK refuses
 * when the precondition does not hold, which aborts the whole batch. Never holds a row.
 */
export const preconditions = sqliteTable('atrium_preconditions', { ok: integer('ok').notNull() }, (t) => [
  check('atrium_precondition', sql`${t.ok} = 1`),
]);

/**
 * Idempotency keys: the first response to a POST carrying `Idempotency-Key`, kept 24 h per (user, key).
 * `pending` while it runs, `applied` once its write committed (set in that write's own batch), `done`
 * with the response stored.
 */
export const idempotencyKeys = sqliteTable(
  'atrium_idempotency',
  {
    userId: integer('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull(),
    status: integer('status'),
    contentType: text('content_type'),
    body: text('body'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    /** Unix seconds; the key may be reused after this. */
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('atrium_idempotency_expires_idx').on(t.expiresAt)],
);

/**
 * Data versions (migration 0013): one row per table, set to a new random value by that table's triggers on
 * every insert, update and delete, whatever the path (services, stored queries, cascades). Figures derived
 * from a table (list counts, numbered pages) are cached per isolate with the versions they were read at and
 * used only while a read in the same snapshot finds the same versions (src/core/ops/table-versions.ts).
 */
export const tableVersions = sqliteTable('atrium_table_versions', {
  name: text('name').primaryKey(),
  version: integer('version').notNull().default(0),
});

/**
 * Who writes in the current batch, for writers that cannot stamp rows themselves (Liberty's stored SQL): such
 * a batch sets the one row first and deletes it last; the stamp triggers of migration 0040 fill `UpdatedBy`
 * and `Updated` (`updated_by`, `updated_at` of users) from it wherever the statement left them unchanged.
 * Empty between batches (0 = System).
 */
export const batchActor = sqliteTable(
  'atrium_actor',
  { id: integer('id').primaryKey(), userId: integer('user_id').notNull() },
  (t) => [check('atrium_actor_one', sql`${t.id} = 1`)],
);
