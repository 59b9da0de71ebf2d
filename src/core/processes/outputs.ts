import { AppError } from '../../lib/errors';
import { attachmentTenant } from '../files/attachments';
import { contentOf, type FileContent } from '../files/parts';
import { now, putFile, type StoredFile } from '../files/store';
import { inAdminGroup, requireRight } from '../identity/actor';
import type { RecordContext } from '../records/scope';
import { RECORD_RIGHTS } from '../records/service';
import type { ProcessOutput } from './types';

/**
 * A run's output files (the report or export of iDempiere's ProcessInfo) live in the core file store as the
 * files of their instance (owner `process-output:<id>`, in the client's space) for OUTPUT_SECONDS, then the
 * `files.expire` job removes them. The owner is not `AD_PInstance:<id>`, the instance record's attachments:
 * an output is its user's (`/files`), not everyone's who may read the instance row. Names carry the
 * instance id (`Order_Detail_1000003.html`), so `/files?fileName=` finds one file per name.
 */

/** The file-store owner of an instance's outputs. */
export const outputOwner = (instanceId: number) => `process-output:${instanceId}`;

/** How long an output stays readable through /files: a day. */
export const OUTPUT_SECONDS = 24 * 3600;

export const outputName = (output: ProcessOutput, instanceId: number) =>
  `${output.name.replace(/[^\w.-]+/g, '_').slice(0, 100)}_${instanceId}.${output.file.extension}`;

export async function storeOutput(
  ctx: RecordContext,
  clientId: number,
  instanceId: number,
  output: ProcessOutput,
): Promise<StoredFile> {
  return putFile(
    {
      db: ctx.data.d1(ctx.pool),
      pool: ctx.pool,
      actor: ctx.actor,
      tenant: attachmentTenant(clientId),
      owner: outputOwner(instanceId),
    },
    {
      name: outputName(output, instanceId),
      contentType: output.file.contentType,
      replace: true,
      expiresAt: now() + OUTPUT_SECONDS,
    },
    output.file.bytes,
  );
}

/**
 * An output by name, for `/files`: within the session's client, of an instance of the caller (members of the
 * admin group: anyone's). `length` must be the file's size, as the original checks (403 otherwise).
 */
export async function readOutput(
  ctx: RecordContext,
  clientId: number,
  fileName: string,
  length: number,
): Promise<FileContent> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const db = ctx.data.d1(ctx.pool);
  const row = await db
    .prepare(
      `select f.id, f.name, f.content_type as contentType, f.size, f.sha256, f.parts, f.created_at as createdAt,
         f.created_by as createdBy, i.AD_User_ID as userId
       from atrium_files f join AD_PInstance i on f.owner = 'process-output:' || i.AD_PInstance_ID
       where f.tenant = ? and f.name = ? and f.state = 'ready' and (f.expires_at is null or f.expires_at > ?)
         and f.owner like 'process-output:%' limit 1`,
    )
    .bind(attachmentTenant(clientId), fileName, now())
    .first<StoredFile & { userId: number | null }>();
  if (!row || (row.userId !== ctx.actor.userId && !inAdminGroup(ctx.actor)))
    throw new AppError('NOT_FOUND', `File not found: ${fileName.slice(0, 255)}`);
  if (row.size !== length) throw new AppError('FORBIDDEN', `Access denied for file: ${fileName.slice(0, 255)}`);
  return contentOf(db, row);
}
