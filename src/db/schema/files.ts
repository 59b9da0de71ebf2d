import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The core file store (src/core/files/): iDempiere attachments and uploads, later DATAGERRY's media files.
 * A file is a row here and its bytes are parts in `atrium_file_parts` (one D1 row each, within D1's 2 MB
 * row limit). A file is `staging` while its parts are written (or an upload's chunks arrive) and `ready`
 * once complete; only ready files are listed or read. Every file belongs to a tenant and an owner (an
 * opaque key chosen by the service: `C_Order:1001`, `upload:<id>`), and a name unique among the owner's
 * ready files.
 */
export const files = sqliteTable(
  'atrium_files',
  {
    id: text('id').primaryKey(),
    /** The tenant the file belongs to (`client:11`, `global`): every statement names it. */
    tenant: text('tenant').notNull(),
    owner: text('owner').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull().default('application/octet-stream'),
    /** Bytes, and the SHA-256 (hex) of the whole content: set when the file becomes ready. */
    size: integer('size').notNull().default(0),
    sha256: text('sha256'),
    parts: integer('parts').notNull().default(0),
    /** `staging` or `ready`. */
    state: text('state').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    createdBy: integer('created_by'),
    /** Unix seconds after which the file is removed (abandoned staging files, finished uploads); null: kept. */
    expiresAt: integer('expires_at'),
  },
  // Lists and look-ups by name name `state = 'ready'`, so the partial unique index serves them.
  (t) => [
    uniqueIndex('atrium_files_name').on(t.tenant, t.owner, t.name).where(sql`state = 'ready'`),
    index('atrium_files_expires_idx').on(t.expiresAt),
  ],
);

/** A file's bytes, in order: base64 text of at most PART_BYTES raw bytes per row (core/files/limits.ts). */
export const fileParts = sqliteTable(
  'atrium_file_parts',
  {
    fileId: text('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    /** 1-based position (an upload's chunk order). */
    seq: integer('seq').notNull(),
    size: integer('size').notNull(),
    /** SHA-256 (hex) of this part's bytes. */
    sha256: text('sha256').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);

/**
 * iDempiere's chunked upload sessions (REST_Upload): one per initiated upload, owned by its user within a
 * tenant; its chunks are the parts of its file (`file_id`, a staging file until the upload completes).
 */
export const uploads = sqliteTable(
  'atrium_uploads',
  {
    id: text('id').primaryKey(),
    tenant: text('tenant').notNull(),
    userId: integer('user_id').notNull(),
    fileId: text('file_id').references(() => files.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type'),
    /** Declared at initiation (0: unknown), the received total once complete. */
    fileSize: integer('file_size').notNull().default(0),
    chunkSize: integer('chunk_size').notNull(),
    /** The whole file's SHA-256 (hex) the client declared, checked on completion. */
    sha256: text('sha256'),
    location: text('location').notNull().default('ARCHIVE'),
    /** INITIATED, UPLOADING, PROCESSING, COMPLETED, CANCELED or FAILED. */
    status: text('status').notNull(),
    totalChunks: integer('total_chunks'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at'),
    /** Unix seconds: an upload not completed by then fails and loses its chunks. */
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [
    index('atrium_uploads_user_idx').on(t.tenant, t.userId, t.status),
    index('atrium_uploads_expires_idx').on(t.expiresAt),
  ],
);
