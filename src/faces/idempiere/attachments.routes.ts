import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  addAttachment,
  attachmentsZip,
  deleteAttachments,
  getAttachment,
  listAttachments,
} from '../../core/files/attachments';
import { decodeBase64, MAX_FILE_BYTES, MAX_ZIP_BYTES, toBase64 } from '../../core/files/limits';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import type { RecordContext } from '../../core/records/service';
import type { TableInfo } from '../../core/records/types';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError } from './errors';
import { AsJson, answerFile, download, fileResponse } from './files';
import { contextOf, tableFor } from './models-read';
import { RecordParam, TableParam } from './models-schemas';
import { EXAMPLES, TAGS } from './openapi';

/**
 * `/models/{tableName}/{id}/attachments`: a record's files (iDempiere's AD_Attachment), through the core's
 * attachment service (core/files/attachments.ts): reading needs what the record's GET needs, writing what
 * its PUT needs. Registered before the models routes, whose `/{id}/{columnName}` would take
 * `attachments` for a column. The same operations through a view (views-files.routes.ts) use
 * `attachmentRouteSet` with their own way of finding the record.
 */

/** A JSON body carries the file base64 encoded: its limit follows the largest file (core/files/limits.ts). */
export const ATTACHMENT_BODY_LIMIT = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024;

const AttachmentParam = z.object({
  tableName: TableParam.shape.tableName.openapi({ example: 'C_Order' }),
  id: RecordParam.shape.id.openapi({ example: '1001' }),
});
const FileNameParam = z
  .string()
  .min(1)
  .max(255)
  .openapi({ description: 'The attachment entry: its file name.', example: 'order-notes.txt' });
const Entry = z.object({
  name: z.string().openapi({ description: 'The file name.', example: 'order-notes.txt' }),
  contentType: z
    .string()
    .openapi({ description: 'Its content type (from the name when none was given).', example: 'text/plain' }),
});
const Attachments = z.object({ attachments: z.array(Entry) }).openapi('IdAttachments');
const AttachmentInput = z
  .object({
    name: z.string().min(1).max(255).openapi({ description: "The file name (unique among the record's attachments)." }),
    data: z.string().min(1).openapi({ description: 'The file content, base64 encoded.' }),
    overwrite: z.boolean().optional().openapi({ description: 'Replace an entry of the same name (else 409).' }),
  })
  .openapi('IdAttachmentInput');
const Added = Entry.extend({ size: z.number().int().openapi({ description: 'Bytes stored.' }) }).openapi(
  'IdAttachmentAdded',
);
const Deleted = z.object({ msg: z.string().openapi({ example: 'Deleted' }) }).openapi('IdAttachmentsDeleted');

const tooLarge = (what: string) => ({
  413: json(IdError, `Payload too large: ${what}`),
});

async function tableOf(ctx: RecordContext, name: string, need: 'read' | 'write') {
  // Reads see a table without access as a missing record (404, as GET); writes are decided as PUT decides.
  if (need === 'read') return (await tableFor(ctx, name, 'read', 'record')).table;
  return requireTable(await getPoolSchema(ctx.data, ctx.pool), name);
}

/** The record whose attachments a request names: its table and id, found as the record's GET or PUT finds it. */
export interface AttachedRecord {
  ctx: RecordContext;
  table: TableInfo;
  id: string;
}

/**
 * Where a set of attachment routes lives: `/models/{tableName}/{id}/attachments` or the same through a view.
 * `find` decides the record (read: as its GET, write: as its PUT); the attachment service decides the rest.
 */
export interface AttachmentTarget {
  /** The path up to and including `/attachments`. */
  path: string;
  /** The path parameters (with `id`); `fileName` is added for one entry. */
  params: z.ZodObject<{ id: z.ZodString } & z.ZodRawShape>;
  tags: string[];
  /** Operation ids: list, add, deleteAll, zip, get, deleteOne. */
  ids: Record<'list' | 'add' | 'deleteAll' | 'zip' | 'get' | 'deleteOne', string>;
  /** One sentence added to every description: where the record is looked for. */
  scope: string;
  /** An attachment the example record has (the demo data's). */
  fileExample: string;
  find(c: Context<AppEnv>, params: Record<string, string>, need: 'read' | 'write'): Promise<AttachedRecord>;
}

/** Registers the reference's attachment operations (and the original's delete of one entry) for a target. */
export function attachmentRouteSet(app: ReturnType<typeof createRouter>, target: AttachmentTarget) {
  const auth = authenticate();
  const { path, tags, ids, scope } = target;
  const tail = scope ? ` ${scope}` : '';
  const security = SECURITY.bearer;
  const params = target.params;
  const entryParams = target.params.extend({ fileName: FileNameParam.openapi({ example: target.fileExample }) });
  const valid = (c: Context<AppEnv>) =>
    (c.req as unknown as { valid(t: 'param'): Record<string, string> }).valid('param');

  app.openapi(
    createRoute({
      method: 'get',
      path,
      operationId: ids.list,
      tags,
      summary: "A record's attachments",
      description: `The record's attachment entries (name and content type), by name. Needs what the record's GET needs (the role's table access, the session's tenant): else 404.${tail}`,
      middleware: [auth] as const,
      security,
      request: { params },
      responses: { 200: json(Attachments), ...errorResponses },
    }),
    async (c) => {
      const { ctx, table, id } = await target.find(c, valid(c), 'read');
      const files = await listAttachments(ctx, table, id);
      return c.json({ attachments: files.map((f) => ({ name: f.name, contentType: f.contentType })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path,
      operationId: ids.add,
      tags,
      summary: 'Add an attachment to a record (base64 content)',
      description: `Adds a file to the record's attachments: \`name\` and \`data\` (base64). A name the record already has is a 409 unless \`overwrite\` is true. Needs what the record's PUT needs (\`record.edit\`, never for a read-only user; write access to the table; a row of the session's own client). At most ${MAX_FILE_BYTES} bytes per file (413 beyond; larger files are not accepted through /uploads either). Stored with its audit row in one transaction.${tail}`,
      middleware: [auth] as const,
      security,
      request: {
        params,
        body: {
          content: {
            'application/json': {
              schema: AttachmentInput,
              examples: { text: { summary: 'A small text file', value: EXAMPLES.addAttachment } },
            },
          },
          required: true,
        },
      },
      responses: {
        201: json(Added, 'Created'),
        409: json(IdError, 'An attachment of that name exists (and `overwrite` is not true)'),
        ...tooLarge(`a file over ${MAX_FILE_BYTES} bytes`),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const data = decodeBase64(body.data);
      const { ctx, table, id } = await target.find(c, valid(c), 'write');
      const file = await addAttachment(ctx, table, id, { name: body.name, data, overwrite: body.overwrite });
      return c.json({ name: file.name, contentType: file.contentType, size: file.size }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path,
      operationId: ids.deleteAll,
      tags,
      summary: "Delete all of a record's attachments",
      description: `Deletes every attachment of the record (each with its audit row, in one transaction); 404 when it has none. Needs what the record's PUT needs.${tail}`,
      middleware: [auth] as const,
      security,
      request: { params },
      responses: { 200: json(Deleted), ...errorResponses },
    }),
    async (c) => {
      const { ctx, table, id } = await target.find(c, valid(c), 'write');
      await deleteAttachments(ctx, table, id);
      return c.json({ msg: 'Deleted' }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${path}/zip`,
      operationId: ids.zip,
      tags,
      summary: "A record's attachments as one zip archive",
      description: `Every attachment of the record in one zip (entries stored, not compressed), streamed; with \`json\`, the zip as \`{data}\` (base64). 404 when the record has no attachments; 413 when they add up to more than ${MAX_ZIP_BYTES} bytes. Needs what the record's GET needs.${tail}`,
      middleware: [auth] as const,
      security,
      request: { params, query: AsJson },
      responses: { 200: fileResponse('The zip archive'), ...tooLarge('the attachments together'), ...errorResponses },
    }),
    async (c) => {
      const { ctx, table, id } = await target.find(c, valid(c), 'read');
      const zip = await attachmentsZip(ctx, table, id);
      const fileName = `${table.name}_${id}.zip`;
      if (c.req.valid('query').json === undefined)
        return download(zip.stream, { contentType: 'application/octet-stream', fileName });
      return c.json({ data: toBase64(new Uint8Array(await new Response(zip.stream).arrayBuffer())) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${path}/{fileName}`,
      operationId: ids.get,
      tags,
      summary: 'One attachment of a record, by file name',
      description: `The attachment's bytes with its content type (as a download), or \`{data}\` (base64) with \`json\`. 404 when the record has no entry of that name, or the record is not readable (as its GET).${tail}`,
      middleware: [auth] as const,
      security,
      request: { params: entryParams, query: AsJson },
      responses: { 200: fileResponse('The file, in the media type it was stored with', '*/*'), ...errorResponses },
    }),
    async (c) => {
      const named = valid(c);
      const { ctx, table, id } = await target.find(c, named, 'read');
      const content = await getAttachment(ctx, table, id, named.fileName);
      return answerFile(content, c.req.valid('query').json, content.file.contentType);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${path}/{fileName}`,
      operationId: ids.deleteOne,
      tags,
      summary: 'Delete one attachment of a record, by file name',
      description: `Deletes the named attachment (with its audit row); 404 when the record has no entry of that name. Needs what the record's PUT needs. (The original plugin's route; not in its OpenAPI document.)${tail}`,
      middleware: [auth] as const,
      security,
      request: { params: entryParams },
      responses: { 200: json(Deleted), ...errorResponses },
    }),
    async (c) => {
      const named = valid(c);
      const { ctx, table, id } = await target.find(c, named, 'write');
      await deleteAttachments(ctx, table, id, named.fileName);
      return c.json({ msg: 'Deleted' }, 200);
    },
  );
}

export function attachmentRoutes() {
  const app = createRouter({ bodyLimit: ATTACHMENT_BODY_LIMIT });
  attachmentRouteSet(app, {
    path: '/models/{tableName}/{id}/attachments',
    params: AttachmentParam,
    tags: [TAGS.models.name],
    ids: {
      list: 'idempiereListAttachments',
      add: 'idempiereAddAttachment',
      deleteAll: 'idempiereDeleteAttachments',
      zip: 'idempiereGetAttachmentsZip',
      get: 'idempiereGetAttachment',
      deleteOne: 'idempiereDeleteAttachment',
    },
    scope: '',
    fileExample: 'order-notes.txt',
    find: async (c, { tableName, id }, need) => {
      const ctx = await contextOf(c);
      return { ctx, table: await tableOf(ctx, tableName, need), id };
    },
  });
  return app;
}
