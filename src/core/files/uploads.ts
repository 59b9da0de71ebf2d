import { AppError } from '../../lib/errors';
import { auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import type { RecordContext } from '../records/scope';
import { RECORD_RIGHTS } from '../records/service';
import { checkFileName, contentTypeOf, MAX_FILE_BYTES, PART_BYTES, tooLarge } from './limits';
import { contentOf, type FileContent } from './parts';
import { type FileSpace, fileById, insertFile, now, removal } from './store';

/**
 * iDempiere's chunked uploads (REST_Upload), on the core file store. A session belongs to the user who
 * opened it, within the session's tenant: anyone else's is missing (404). Its chunks are the parts of a
 * staging file; once every chunk is in and the whole file's SHA-256 holds, the file becomes ready. An
 * upload not completed by `expiresAt` fails and loses its chunks (lazily on access, and by the periodic
 * job: upload-expiry.ts); RETENTION_SECONDS later the session and its file are removed. Opening, filling
 * and cancelling a session are writes (`record.add`, never for a read-only user); reading needs
 * `record.view`. Chunks: upload-chunks.ts.
 */

export type UploadStatus = 'INITIATED' | 'UPLOADING' | 'PROCESSING' | 'COMPLETED' | 'CANCELED' | 'FAILED';
export const UPLOAD_LOCATIONS = ['ARCHIVE', 'ATTACHMENT', 'IMAGE'] as const;
export type UploadLocation = (typeof UPLOAD_LOCATIONS)[number];

export const UPLOADS_TABLE = 'atrium_uploads';
export const DEFAULT_EXPIRY_SECONDS = 24 * 60 * 60;
export const MAX_EXPIRY_SECONDS = 7 * 24 * 60 * 60;
/** How long an ended session (completed, cancelled, failed) and a completed upload's file are kept. */
export const RETENTION_SECONDS = 7 * 24 * 60 * 60;
/** Sessions a user may have open at once (each may hold up to MAX_FILE_BYTES). */
export const MAX_OPEN_UPLOADS = 20;
/** Chunks of one upload, and the sessions one list answers. */
export const MAX_CHUNKS = 1024;
export const MAX_LISTED_UPLOADS = 100;

export interface Upload {
  id: string;
  tenant: string;
  userId: number;
  fileId: string | null;
  fileName: string;
  contentType: string | null;
  fileSize: number;
  chunkSize: number;
  sha256: string | null;
  location: UploadLocation;
  status: UploadStatus;
  totalChunks: number | null;
  expiresAt: number;
}

const OPEN = `('INITIATED', 'UPLOADING', 'PROCESSING')`;
export const isOpen = (status: UploadStatus) =>
  status === 'INITIATED' || status === 'UPLOADING' || status === 'PROCESSING';
const COLUMNS = `id, tenant, user_id as userId, file_id as fileId, file_name as fileName, content_type as contentType,
  file_size as fileSize, chunk_size as chunkSize, sha256, location, status, total_chunks as totalChunks, expires_at as expiresAt`;

/** The tenant uploads are kept in: the session's client (`unscoped` for a system administrator without one). */
export function uploadTenant(ctx: RecordContext): string {
  return ctx.scope === 'unscoped' ? 'unscoped' : `client:${ctx.scope.clientId}`;
}

export function uploadSpace(ctx: RecordContext, uploadId: string): FileSpace {
  return {
    db: ctx.data.d1(ctx.pool),
    pool: ctx.pool,
    actor: ctx.actor,
    tenant: uploadTenant(ctx),
    owner: `upload:${uploadId}`,
  };
}

/** An audit row of a session (its status and what changed; never bytes). */
export function auditUpload(
  ctx: Pick<RecordContext, 'data' | 'pool' | 'actor'>,
  uploadId: string,
  action: 'INSERT' | 'UPDATE' | 'DELETE',
  change: { before?: unknown; after?: unknown },
) {
  return auditStatement(ctx.data.d1(ctx.pool), {
    table: UPLOADS_TABLE,
    pool: ctx.pool,
    recordId: uploadId,
    action,
    ...change,
    user: auditUser(ctx.actor),
    requestId: ctx.actor.requestId,
  });
}

/**
 * Statements that end the sessions matching `where` (bound with `binds`, over `atrium_uploads`): overdue
 * open sessions fail and lose their chunks; sessions past their retention go with their file. Used on
 * access (one session) and by the periodic job (all of them).
 */
export function expiryStatements(
  space: Pick<FileSpace, 'db' | 'pool' | 'actor'>,
  at: number,
  where: string,
  ...binds: unknown[]
): D1PreparedStatement[] {
  const overdue = `${where} and status in ${OPEN} and expires_at <= ${Number(at)}`;
  const ended = `${where} and expires_at + ${RETENTION_SECONDS} <= ${Number(at)}`;
  const audit = (action: string, select: string) =>
    space.db
      .prepare(
        `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
         select ?, ?, ?, '${UPLOADS_TABLE}', id, '${action}', ${select}, ? from atrium_uploads where ${action === 'DELETE' ? ended : overdue}`,
      )
      .bind(
        auditUser(space.actor)?.userId ?? null,
        auditUser(space.actor)?.login ?? null,
        space.pool,
        space.actor.requestId ?? null,
        ...binds,
      );
  return [
    audit('UPDATE', `json_object('status', status), json_object('status', 'FAILED', 'reason', 'expired')`),
    ...removal(space, `id in (select file_id from atrium_uploads where ${overdue})`, ...binds),
    space.db
      .prepare(
        `update atrium_uploads set status = 'FAILED', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where ${overdue}`,
      )
      .bind(...binds),
    audit('DELETE', `json_object('status', status, 'fileName', file_name), null`),
    ...removal(space, `id in (select file_id from atrium_uploads where ${ended})`, ...binds),
    space.db.prepare(`delete from atrium_uploads where ${ended}`).bind(...binds),
  ];
}

/**
 * The caller's session (404 for anyone else's, in any tenant). An overdue one is failed first, and one
 * past its retention removed (then 404), so an answer never shows a session the periodic job would end.
 */
export async function loadUpload(ctx: RecordContext, uploadId: string): Promise<Upload> {
  const db = ctx.data.d1(ctx.pool);
  const mine = `id = ? and tenant = ? and user_id = ?`;
  const binds = [uploadId, uploadTenant(ctx), ctx.actor.userId];
  let row = await db
    .prepare(`select ${COLUMNS} from atrium_uploads where ${mine}`)
    .bind(...binds)
    .first<Upload>();
  const due = row && row.expiresAt <= now() && (isOpen(row.status) || row.expiresAt + RETENTION_SECONDS <= now());
  if (due) {
    await db.batch(expiryStatements({ db, pool: ctx.pool, actor: ctx.actor }, now(), mine, ...binds));
    row = await db
      .prepare(`select ${COLUMNS} from atrium_uploads where ${mine}`)
      .bind(...binds)
      .first<Upload>();
  }
  if (!row) throw new AppError('NOT_FOUND', `Upload session not found: ${uploadId.slice(0, 64)}`);
  return row;
}

export interface UploadRequest {
  fileName?: string;
  contentType?: string;
  fileSize?: number;
  chunkSize?: number;
  sha256?: string;
  uploadLocation?: string;
  expiresInSeconds?: number;
}

/** Opens a session: its row and its (empty, staging) file, audited in one batch. */
export async function initiateUpload(ctx: RecordContext, request: UploadRequest) {
  requireWrite(ctx.actor, RECORD_RIGHTS.add);
  if (!request.fileName?.trim()) throw new AppError('BAD_REQUEST', 'fileName is required in request.');
  const fileName = checkFileName(request.fileName);
  const fileSize = request.fileSize ?? 0;
  if (fileSize > MAX_FILE_BYTES) throw tooLarge('fileSize', MAX_FILE_BYTES);
  const chunkSize = Math.min(request.chunkSize && request.chunkSize > 0 ? request.chunkSize : PART_BYTES, PART_BYTES);
  const sha256 = request.sha256?.trim().toLowerCase() || null;
  if (sha256 !== null && !/^[0-9a-f]{64}$/.test(sha256))
    throw new AppError('BAD_REQUEST', 'sha256 must be the SHA-256 of the file as 64 hexadecimal digits');
  const location = (request.uploadLocation?.trim() || 'ARCHIVE') as UploadLocation;
  if (!UPLOAD_LOCATIONS.includes(location)) throw new AppError('BAD_REQUEST', 'Invalid uploadLocation in request.');
  const lifetime = request.expiresInSeconds ?? DEFAULT_EXPIRY_SECONDS;
  if (lifetime < 1 || lifetime > MAX_EXPIRY_SECONDS)
    throw new AppError('BAD_REQUEST', `expiresInSeconds must be between 1 and ${MAX_EXPIRY_SECONDS}`);
  const db = ctx.data.d1(ctx.pool);
  const tenant = uploadTenant(ctx);
  const open = await db
    .prepare(
      `select count(*) as n from atrium_uploads where tenant = ? and user_id = ? and status in ${OPEN} and expires_at > ?`,
    )
    .bind(tenant, ctx.actor.userId, now())
    .first<{ n: number }>();
  if ((open?.n ?? 0) >= MAX_OPEN_UPLOADS)
    throw new AppError('TOO_MANY_REQUESTS', `At most ${MAX_OPEN_UPLOADS} uploads may be open at once`, {
      retryAfter: 60,
    });
  const id = crypto.randomUUID();
  const expiresAt = now() + lifetime;
  const contentType = request.contentType?.trim() || null;
  const space = uploadSpace(ctx, id);
  await db.batch([
    insertFile(
      space,
      id,
      { name: fileName, contentType: contentType ?? contentTypeOf(fileName) },
      { size: 0, sha256: null, parts: 0 },
      expiresAt,
    ),
    db
      .prepare(
        `insert into atrium_uploads (id, tenant, user_id, file_id, file_name, content_type, file_size, chunk_size, sha256, location, status, expires_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INITIATED', ?)`,
      )
      .bind(id, tenant, ctx.actor.userId, id, fileName, contentType, fileSize, chunkSize, sha256, location, expiresAt),
    auditUpload(ctx, id, 'INSERT', {
      after: { fileName, contentType, fileSize, chunkSize, sha256, location, status: 'INITIATED', expiresAt },
    }),
  ]);
  return { uploadId: id, chunkSize, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

const MESSAGES: Record<UploadStatus, (chunks: number) => string> = {
  COMPLETED: () => 'File upload completed and processed.',
  PROCESSING: () => 'File is currently being processed.',
  FAILED: () => 'File processing failed or upload expired before completion.',
  UPLOADING: (n) => `File upload in progress. ${n} chunks received.`,
  INITIATED: () => 'File upload initiated, awaiting chunks.',
  CANCELED: () => 'Upload has been canceled.',
};

/** A session as the status answers show it, with the chunks received (in order). */
function statusOf(upload: Upload, chunks: { chunkOrder: number; receivedSize: number }[]) {
  const expired = upload.status === 'FAILED' && upload.expiresAt <= now();
  return {
    uploadId: upload.id,
    fileName: upload.fileName,
    fileSize: upload.fileSize,
    imageId: 0,
    chunkSize: upload.chunkSize,
    status: upload.status,
    uploadedChunks: chunks,
    totalReceivedSize: chunks.reduce((sum, c) => sum + c.receivedSize, 0),
    message: expired ? 'Upload session has expired.' : MESSAGES[upload.status](chunks.length),
  };
}
export type UploadStatusAnswer = ReturnType<typeof statusOf>;

export async function uploadStatus(ctx: RecordContext, uploadId: string): Promise<UploadStatusAnswer> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const upload = await loadUpload(ctx, uploadId);
  const { results } = await ctx.data
    .d1(ctx.pool)
    .prepare(
      `select seq as chunkOrder, size as receivedSize from atrium_file_parts where file_id = ? order by seq limit ${MAX_CHUNKS}`,
    )
    .bind(upload.fileId ?? '')
    .all<{ chunkOrder: number; receivedSize: number }>();
  return statusOf(upload, results);
}

/** The caller's sessions not completed or cancelled (failed ones included, as the original), oldest first. */
export async function pendingUploads(ctx: RecordContext): Promise<UploadStatusAnswer[]> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const db = ctx.data.d1(ctx.pool);
  const mine = `tenant = ? and user_id = ?`;
  const binds = [uploadTenant(ctx), ctx.actor.userId];
  const pending = `${mine} and status not in ('COMPLETED', 'CANCELED')`;
  const results = await db.batch([
    ...expiryStatements({ db, pool: ctx.pool, actor: ctx.actor }, now(), mine, ...binds),
    db
      .prepare(
        `select ${COLUMNS} from atrium_uploads where ${pending} order by created_at, id limit ${MAX_LISTED_UPLOADS}`,
      )
      .bind(...binds),
    db
      .prepare(
        `select p.file_id as fileId, p.seq as chunkOrder, p.size as receivedSize from atrium_file_parts p
         where p.file_id in (select file_id from atrium_uploads where ${pending} order by created_at, id limit ${MAX_LISTED_UPLOADS})
         order by p.file_id, p.seq limit ${MAX_LISTED_UPLOADS * MAX_CHUNKS}`,
      )
      .bind(...binds),
  ]);
  const [uploads, chunks] = results.slice(-2).map((r) => r.results) as [
    Upload[],
    { fileId: string; chunkOrder: number; receivedSize: number }[],
  ];
  return uploads.map((u) =>
    statusOf(
      u,
      chunks.filter((c) => c.fileId === u.fileId).map(({ chunkOrder, receivedSize }) => ({ chunkOrder, receivedSize })),
    ),
  );
}

/** A completed upload's file, with its content type (declared, else from the name); 400 before completion. */
export async function uploadFile(
  ctx: RecordContext,
  uploadId: string,
): Promise<FileContent & { contentType: string; upload: Upload }> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const upload = await loadUpload(ctx, uploadId);
  if (upload.status !== 'COMPLETED')
    throw new AppError('BAD_REQUEST', `Upload is not completed yet or cancelled. Current status: ${upload.status}`);
  const space = uploadSpace(ctx, upload.id);
  const file = upload.fileId ? await fileById(space, upload.fileId) : undefined;
  if (!file) throw new AppError('NOT_FOUND', `File not found for upload: ${upload.id}`);
  return { ...contentOf(space.db, file), contentType: upload.contentType || contentTypeOf(upload.fileName), upload };
}

/** Cancels a session: its chunks or file are removed and it is marked CANCELED, in one audited batch. */
export async function cancelUpload(ctx: RecordContext, uploadId: string): Promise<string> {
  requireWrite(ctx.actor, RECORD_RIGHTS.add);
  const upload = await loadUpload(ctx, uploadId);
  if (upload.status === 'CANCELED') throw new AppError('BAD_REQUEST', `Upload session has been canceled: ${upload.id}`);
  const db = ctx.data.d1(ctx.pool);
  await db.batch([
    ...removal({ db, pool: ctx.pool, actor: ctx.actor }, 'id = ? and tenant = ?', upload.fileId ?? '', upload.tenant),
    db
      .prepare(
        `update atrium_uploads set status = 'CANCELED', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where id = ?`,
      )
      .bind(upload.id),
    auditUpload(ctx, upload.id, 'UPDATE', { before: { status: upload.status }, after: { status: 'CANCELED' } }),
  ]);
  return `Upload ${upload.id} canceled successfully.`;
}
