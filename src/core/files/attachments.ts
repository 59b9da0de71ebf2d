import { AppError } from '../../lib/errors';
import { type RecordRef, readableRecord, writableRecord } from '../records/access';
import type { RecordContext } from '../records/scope';
import type { TableInfo } from '../records/types';
import { checkFileName, contentTypeOf, MAX_ZIP_BYTES, tooLarge } from './limits';
import { contentOf, type FileContent } from './parts';
import { copyFile, deleteFiles, type FileSpace, findFile, listFiles, putFile, type StoredFile } from './store';
import { zipStream } from './zip';

/**
 * A record's attachments (iDempiere's AD_Attachment entries): the record's named files in the file store.
 * Reading needs what the record's GET needs, writing what its PUT needs, both decided through the caller's
 * RecordContext (records/access.ts). Nothing here knows a route: the models routes use it, and a view of
 * the same record (`/views/{name}/{id}/attachments`) passes the view's table and key to the same calls.
 */

/** The file space of a record: its tenant is the row's client (`global` for tables without one). */
export const attachmentTenant = (clientId?: number | null) =>
  clientId === undefined || clientId === null ? 'global' : `client:${clientId}`;
export const attachmentOwner = (tableName: string, key: string | number) => `${tableName}:${key}`;

function spaceOf(ctx: RecordContext, ref: RecordRef): FileSpace {
  return {
    db: ctx.data.d1(ctx.pool),
    pool: ctx.pool,
    actor: ctx.actor,
    tenant: attachmentTenant(ref.clientId),
    owner: attachmentOwner(ref.table.name, ref.key),
  };
}

export async function listAttachments(ctx: RecordContext, table: TableInfo, id: string): Promise<StoredFile[]> {
  return listFiles(spaceOf(ctx, await readableRecord(ctx, table, id)));
}

/** One attachment by name, with its bytes on demand; 404 when the record has no such entry. */
export async function getAttachment(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  name: string,
): Promise<FileContent> {
  const space = spaceOf(ctx, await readableRecord(ctx, table, id));
  const file = await findFile(space, name);
  if (!file) throw new AppError('NOT_FOUND', `No attachment entry is found for name ${name.slice(0, 255)}`);
  return contentOf(space.db, file);
}

/** Every attachment of the record as one zip, streamed; 404 without attachments, 413 beyond MAX_ZIP_BYTES. */
export async function attachmentsZip(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
): Promise<{ files: StoredFile[]; stream: ReadableStream<Uint8Array> }> {
  const space = spaceOf(ctx, await readableRecord(ctx, table, id));
  const files = await listFiles(space);
  if (!files.length) throw new AppError('NOT_FOUND', `No attachment is found for record with id ${id.slice(0, 64)}`);
  if (files.reduce((sum, f) => sum + f.size, 0) > MAX_ZIP_BYTES)
    throw tooLarge('The attachments together', MAX_ZIP_BYTES);
  return { files, stream: zipStream(space.db, files) };
}

export interface AttachmentInput {
  name: string;
  data: Uint8Array;
  contentType?: string;
  /** Replace an entry of the same name (else 409, as the original). */
  overwrite?: boolean;
}

export async function addAttachment(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  input: AttachmentInput,
): Promise<StoredFile> {
  const name = checkFileName(input.name);
  const space = spaceOf(ctx, await writableRecord(ctx, table, id));
  return putFile(
    space,
    { name, contentType: input.contentType || contentTypeOf(name), replace: Boolean(input.overwrite) },
    input.data,
  );
}

/**
 * A file the caller already holds (a completed upload) added to a record's attachments, replacing an entry
 * of the same name (iDempiere's MAttachment.addEntry does). D1 copies the bytes.
 */
export async function copyIntoAttachments(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  source: { file: StoredFile; tenant: string },
  as: { name: string; contentType?: string | null },
): Promise<{ record: RecordRef; file: StoredFile }> {
  const name = checkFileName(as.name);
  const record = await writableRecord(ctx, table, id);
  const file = await copyFile(spaceOf(ctx, record), source, {
    name,
    contentType: as.contentType || contentTypeOf(name),
    replace: true,
  });
  return { record, file };
}

/** Deletes one attachment by name, or all of them; 404 when there was none to delete. */
export async function deleteAttachments(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  name?: string,
): Promise<number> {
  const space = spaceOf(ctx, await writableRecord(ctx, table, id));
  const deleted = await deleteFiles(space, name);
  if (!deleted)
    throw new AppError(
      'NOT_FOUND',
      name === undefined
        ? `No attachment is found for record with id ${id.slice(0, 64)}`
        : `No attachment entry is found for name ${name.slice(0, 255)}`,
    );
  return deleted;
}
