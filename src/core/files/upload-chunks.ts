import { AppError } from '../../lib/errors';
import { auditUser, requireRight, requireWrite } from '../identity/actor';
import { getPoolSchema, requireTable } from '../records/registry';
import type { RecordContext } from '../records/scope';
import { RECORD_RIGHTS } from '../records/service';
import { copyIntoAttachments } from './attachments';
import { MAX_FILE_BYTES, PART_BYTES, sha256Hex, toBase64, tooLarge } from './limits';
import { digestOf, partsOf } from './parts';
import { auditFile, fileImage, now, removal } from './store';
import {
  auditUpload,
  isOpen,
  loadUpload,
  MAX_CHUNKS,
  RETENTION_SECONDS,
  UPLOAD_LOCATIONS,
  type Upload,
  uploadFile,
  uploadSpace,
} from './uploads';

/**
 * The chunks of an upload (`PUT /uploads/{id}/chunks/{n}`) and what completes it, and the copy of a
 * completed upload into a record's attachments. A chunk is checked against its SHA-256 before anything is
 * stored; the last chunk completes the upload in the same request (the original assembles in a background
 * thread; here nothing needs assembling, the chunks already are the file's parts): the whole file's SHA-256
 * is computed by streaming the parts, and only a match makes the file ready.
 */

export interface ChunkAnswer {
  uploadId: string;
  chunkOrder: number;
  receivedSize: number;
  message: string;
  isLastChunk: boolean;
}

export async function putChunk(
  ctx: RecordContext,
  uploadId: string,
  chunk: { order: number; totalChunks: number; sha256: string; bytes: Uint8Array },
): Promise<ChunkAnswer> {
  requireWrite(ctx.actor, RECORD_RIGHTS.add);
  const upload = await loadUpload(ctx, uploadId);
  if (upload.status === 'CANCELED') throw new AppError('BAD_REQUEST', `Upload session has been canceled: ${upload.id}`);
  if (chunk.totalChunks <= 0) throw new AppError('BAD_REQUEST', 'Total chunks must be greater than 0');
  if (chunk.totalChunks > MAX_CHUNKS) throw new AppError('BAD_REQUEST', `Total chunks must be at most ${MAX_CHUNKS}`);
  if (chunk.order < 1 || chunk.order > chunk.totalChunks)
    throw new AppError('BAD_REQUEST', `Chunk order must be between 1 and ${chunk.totalChunks}`);
  if (upload.status === 'FAILED' && upload.expiresAt <= now())
    throw new AppError('GONE', `Upload session has expired: ${upload.id}`);
  if (!isOpen(upload.status) || upload.status === 'PROCESSING')
    throw new AppError('CONFLICT', `Upload session is already: ${upload.status.toLowerCase()}`);
  if (upload.totalChunks !== null && upload.totalChunks !== chunk.totalChunks)
    throw new AppError('BAD_REQUEST', `X-Total-Chunks must stay ${upload.totalChunks} for this upload`);
  if (chunk.bytes.byteLength > PART_BYTES) throw tooLarge('A chunk', PART_BYTES);
  const sha256 = await sha256Hex(chunk.bytes);
  if (sha256 !== chunk.sha256.trim().toLowerCase())
    throw new AppError('BAD_REQUEST', `SHA-256 mismatch for chunk ${chunk.order}: nothing was stored`);
  const db = ctx.data.d1(ctx.pool);
  const fileId = upload.fileId ?? '';
  const others = await db
    .prepare('select coalesce(sum(size), 0) as n from atrium_file_parts where file_id = ? and seq != ?')
    .bind(fileId, chunk.order)
    .first<{ n: number }>();
  if ((others?.n ?? 0) + chunk.bytes.byteLength > MAX_FILE_BYTES) throw tooLarge('The upload', MAX_FILE_BYTES);
  const results = await db.batch([
    // The file row must exist (foreign key): a session cancelled meanwhile makes this a conflict, nothing stored.
    db
      .prepare(
        `insert into atrium_file_parts (file_id, seq, size, sha256, data) values (?, ?, ?, ?, ?)
         on conflict (file_id, seq) do update set size = excluded.size, sha256 = excluded.sha256, data = excluded.data`,
      )
      .bind(fileId, chunk.order, chunk.bytes.byteLength, sha256, toBase64(chunk.bytes)),
    db
      .prepare(
        `update atrium_uploads set status = 'UPLOADING', total_chunks = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
         where id = ? and status in ('INITIATED', 'UPLOADING')`,
      )
      .bind(chunk.totalChunks, upload.id),
    auditUpload(ctx, upload.id, 'UPDATE', {
      after: { status: 'UPLOADING', chunkOrder: chunk.order, receivedSize: chunk.bytes.byteLength, sha256 },
    }),
    db
      .prepare('select count(*) as n, coalesce(sum(size), 0) as total from atrium_file_parts where file_id = ?')
      .bind(fileId),
  ]);
  const received = results[3].results[0] as { n: number; total: number };
  const answer = {
    uploadId: upload.id,
    chunkOrder: chunk.order,
    receivedSize: chunk.bytes.byteLength,
    message: `Chunk ${chunk.order} uploaded successfully.`,
    isLastChunk: false,
  };
  if (received.n !== chunk.totalChunks) return answer;
  return { ...answer, isLastChunk: await complete(ctx, upload, received.total) };
}

/**
 * Every chunk is in: the size must match what was declared, then one request claims the session
 * (PROCESSING, audited; a concurrent last chunk finds it claimed and stops there), streams the parts
 * through SHA-256, and either makes the file ready and the session COMPLETED in one batch, or fails the
 * session and removes its chunks when the hash differs from the declared one.
 */
async function complete(ctx: RecordContext, upload: Upload, total: number): Promise<boolean> {
  if (upload.fileSize > 0 && total !== upload.fileSize)
    throw new AppError(
      'BAD_REQUEST',
      `Mismatch in total received size. Expected: ${upload.fileSize}, Received: ${total}`,
    );
  const db = ctx.data.d1(ctx.pool);
  const [claim] = await db.batch([
    db
      .prepare(
        `update atrium_uploads set status = 'PROCESSING', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
         where id = ? and status in ('INITIATED', 'UPLOADING') returning id`,
      )
      .bind(upload.id),
    db
      .prepare(
        `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
         select ?, ?, ?, 'atrium_uploads', ?, 'UPDATE', null, json_object('status', 'PROCESSING'), ? where changes() = 1`,
      )
      .bind(
        auditUser(ctx.actor)?.userId ?? null,
        auditUser(ctx.actor)?.login ?? null,
        ctx.pool,
        upload.id,
        ctx.actor.requestId ?? null,
      ),
  ]);
  if (!claim.results.length) return false;
  const fileId = upload.fileId ?? '';
  const parts = await partsOf(db, fileId);
  const digest = await digestOf(db, fileId, parts);
  const space = uploadSpace(ctx, upload.id);
  if (upload.sha256 && digest.sha256 !== upload.sha256) {
    await db.batch([
      ...removal(space, 'id = ? and tenant = ?', fileId, upload.tenant),
      db
        .prepare(
          `update atrium_uploads set status = 'FAILED', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where id = ?`,
        )
        .bind(upload.id),
      auditUpload(ctx, upload.id, 'UPDATE', { after: { status: 'FAILED', reason: 'SHA-256 mismatch' } }),
    ]);
    throw new AppError(
      'BAD_REQUEST',
      'SHA-256 mismatch for the whole file: the upload failed and its chunks were removed',
    );
  }
  const meta = { size: digest.size, sha256: digest.sha256, parts: parts.length };
  const file = { name: upload.fileName, contentType: upload.contentType ?? 'application/octet-stream' };
  await db.batch([
    db
      .prepare(
        `update atrium_files set state = 'ready', size = ?, sha256 = ?, parts = ?, expires_at = ? where id = ? and state = 'staging'`,
      )
      .bind(meta.size, meta.sha256, meta.parts, upload.expiresAt + RETENTION_SECONDS, fileId),
    db
      .prepare(
        `update atrium_uploads set status = 'COMPLETED', file_size = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where id = ?`,
      )
      .bind(meta.size, upload.id),
    auditFile(space, { recordId: fileId, action: 'INSERT', after: fileImage(space, { ...file, ...meta }) }),
    auditUpload(ctx, upload.id, 'UPDATE', { after: { status: 'COMPLETED', fileSize: meta.size, sha256: meta.sha256 } }),
  ]);
  return true;
}

export interface CopyRequest {
  copyLocation?: string;
  tableName?: string;
  recordId?: string;
}

/**
 * A completed upload copied into a record's attachments (`copyLocation: ATTACHMENT`), which needs what the
 * record's PUT needs. ARCHIVE and IMAGE name iDempiere tables (AD_Archive, AD_Image) Atrium does not have: 501.
 */
export async function copyUpload(ctx: RecordContext, uploadId: string, request: CopyRequest) {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const source = await uploadFile(ctx, uploadId);
  const location = request.copyLocation?.trim();
  if (!location) throw new AppError('BAD_REQUEST', 'copyLocation is required in request.');
  if (!(UPLOAD_LOCATIONS as readonly string[]).includes(location))
    throw new AppError('BAD_REQUEST', 'Invalid copyLocation in request.');
  if (location !== 'IMAGE' && (!request.tableName?.trim() || !request.recordId?.trim()))
    throw new AppError('BAD_REQUEST', 'tableName and recordId are required in request.');
  if (location !== 'ATTACHMENT')
    throw new AppError('NOT_IMPLEMENTED', `copyLocation ${location} is not available here: copy to ATTACHMENT`);
  const table = requireTable(await getPoolSchema(ctx.data, ctx.pool), request.tableName as string);
  const copied = await copyIntoAttachments(
    ctx,
    table,
    (request.recordId as string).trim(),
    { file: source.file, tenant: source.upload.tenant },
    { name: source.upload.fileName, contentType: source.contentType },
  );
  return {
    uploadId: source.upload.id,
    tableName: request.tableName as string,
    recordId: copied.record.key,
    recordUU: copied.record.uuid,
    copyLocation: 'ATTACHMENT' as const,
    fileName: copied.file.name,
    contentType: copied.file.contentType,
    fileSize: copied.file.size,
  };
}
