import { createRoute, z } from '@hono/zod-openapi';
import {
  findMediaFile,
  listMediaFiles,
  MEDIA_SORT,
  type MediaCriteria,
  mediaContent,
} from '../../core/cmdb/media-files';
import { addMediaFile, deleteMediaFile, type MediaInput, updateMediaFile } from '../../core/cmdb/media-writes';
import { MAX_FILE_BYTES } from '../../core/files/limits';
import { download } from '../../lib/download';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import {
  DgError,
  errorResponses,
  InsertOf,
  json,
  ListOf,
  ListQuery,
  listResponse,
  now,
  paging,
  publicLink,
} from './envelope';
import { TAGS } from './openapi';

/**
 * DATAGERRY's media library (`/media_file/`), as its backend answers its web UI: the list envelope
 * (selected by `metadata`, DATAGERRY's JSON of `metadata.*` keys, and `searchTerm`), one file by name or
 * `null`, its bytes, an upload (multipart `file` and `metadata`) answering `{result_id, raw}`, an update
 * and a delete answering the file. The object view's attachments are the files whose `reference` names
 * the object. Rights and the objects' ACL are the core's (core/cmdb/media-*.ts).
 */

const Metadata = z
  .object({
    reference: z.union([z.number().int(), z.array(z.number().int()), z.null()]),
    reference_type: z.string().nullable(),
    mime_type: z.string(),
    author_id: z.number().int().nullable(),
    folder: z.boolean(),
    parent: z.number().int().nullable(),
    permission: z.unknown(),
  })
  .openapi('DgMediaFileMetadata');
const MediaFile = z
  .object({
    public_id: z.number().int(),
    filename: z.string(),
    size: z.number().int().openapi({ description: 'Bytes (0 for a folder).' }),
    upload_date: z.object({ $date: z.number() }),
    metadata: Metadata,
  })
  .openapi('DgMediaFile');

const id = z.number().int().positive();
const MetadataInput = z
  .object({
    reference: z.union([id, z.array(id).max(100), z.null()]).optional(),
    reference_type: z.string().max(64).nullable().optional(),
    folder: z.boolean().optional(),
    parent: id.nullable().optional(),
    mime_type: z.string().max(255).optional(),
    author_id: z.number().int().nullable().optional(),
    public_id: id.optional(),
    permission: z.unknown().optional(),
  })
  .strict();

/** `metadata` (JSON text) as the UI sends it; an unknown key or a malformed value is a 400. */
function metadataOf(text: string | undefined): z.infer<typeof MetadataInput> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'metadata: not JSON');
  }
  const parsed = MetadataInput.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_REQUEST', `metadata: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

function criteriaOf(m: z.infer<typeof MetadataInput>): MediaCriteria {
  const list = m.reference === undefined || m.reference === null ? undefined : [m.reference].flat();
  return {
    ...(list?.length ? { reference: list } : {}),
    ...(m.reference_type !== undefined ? { reference_type: m.reference_type } : {}),
    ...(m.folder !== undefined ? { folder: m.folder } : {}),
    ...(m.parent !== undefined ? { parent: m.parent } : {}),
    ...(m.mime_type !== undefined ? { mime_type: m.mime_type } : {}),
    ...(m.author_id !== undefined && m.author_id !== null ? { author_id: m.author_id } : {}),
    ...(m.public_id !== undefined ? { public_id: m.public_id } : {}),
  };
}

const METADATA_PARAM = z.string().max(4000).optional().openapi({
  description:
    "DATAGERRY's selection, as JSON: `reference` (an object id or a list: attached to any of them), `reference_type`, `folder`, `parent` (`null`: the top folder), `mime_type`, `author_id`, `public_id`.",
  example: '{"reference":1,"reference_type":"object"}',
});
const ListMediaQuery = ListQuery.extend({
  metadata: METADATA_PARAM,
  searchTerm: z.string().max(200).optional().openapi({
    description:
      'Files (not folders) whose name, reference type or MIME type contain it; a number also finds a file by id, by an object it is attached to, or by its folder.',
  }),
});
const FileParam = z.object({
  file: z.string().min(1).max(255).openapi({ description: "The file's name.", example: 'notes.txt' }),
});
const tags = [TAGS.media.name];
const security = SECURITY.datagerry;
const view = [dgAuth, requireRight('base.framework.object.view')];
const edit = [dgAuth, requireRight('base.framework.object.edit')];
const MODEL = 'MediaFile';
const UploadForm = z
  .object({
    file: z.any().openapi({ type: 'string', format: 'binary', description: 'The file (for a folder, any content).' }),
    metadata: z.string().max(4000).optional().openapi({
      description:
        'JSON: `reference` and `reference_type` (`"object"`) to attach it to objects, `folder: true` for a folder, `parent` (a folder id), `mime_type`, `permission`.',
      example: '{"reference":1,"reference_type":"object"}',
    }),
  })
  .openapi('DgMediaUpload');
const ChangeBody = z
  .object({
    public_id: id,
    filename: z.string().min(1).max(255),
    metadata: MetadataInput.pick({ reference: true, reference_type: true, parent: true }).passthrough(),
  })
  .passthrough()
  .openapi('DgMediaFileChange');

/** The upload (its own body limit: a file of up to MAX_FILE_BYTES). */
export function mediaUploadRoutes() {
  const app = createRouter({ bodyLimit: MAX_FILE_BYTES + 64 * 1024 });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/media_file',
      operationId: 'datagerryUploadMediaFile',
      tags,
      summary: 'Upload a file',
      description: `Adds a file (multipart: \`file\`, \`metadata\`), or a folder with \`metadata.folder\` (right \`base.framework.object.edit\`; a read-only user uploads nothing). Attaching it to objects (\`reference\`) needs UPDATE on each object's type (an object the caller cannot read is refused like a missing one, 400). As DATAGERRY, a file of the same name with the same metadata is replaced and the new one keeps its references. At most ${MAX_FILE_BYTES} bytes (413). Answers 201 \`{result_id, raw}\`.`,
      security,
      middleware: edit,
      request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
      responses: {
        201: json(InsertOf(MediaFile).openapi('DgMediaFileInserted'), 'Stored'),
        409: json(DgError, 'Changed meanwhile'),
        413: json(DgError, 'Too large'),
        415: json(DgError, 'Not multipart/form-data'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const form = c.req.valid('form');
      const file = form.file as unknown;
      if (!(file instanceof Blob)) throw new AppError('BAD_REQUEST', 'file: a file is required');
      const metadata = metadataOf(form.metadata) as MediaInput;
      const name = file instanceof File && file.name ? file.name : 'file';
      const saved = await addMediaFile(c.var.data.d1(), actorOf(c), {
        filename: name,
        contentType: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
        metadata,
      });
      c.header('Location', publicLink(c, `/rest/media_file/${encodeURIComponent(saved.filename)}`));
      return c.json(
        { result_id: saved.public_id, raw: saved, response_type: 'INSERT', model: MODEL, time: now() },
        201,
      );
    },
  );
  return app;
}

export function mediaRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/media_file',
      operationId: 'datagerryListMediaFiles',
      tags,
      summary: 'Files of the media library',
      description:
        'A page of the files the caller may see (right `base.framework.object.view`; a file attached to objects is seen through one the caller may read under its type\'s ACL). `metadata` selects, as DATAGERRY: `{"reference":1,"reference_type":"object"}` is object 1\'s attachments (the object view\'s attachments tab). `filter` is taken and not applied, as DATAGERRY. Sort by `public_id`, `filename`, `size`, `upload_date`.',
      security,
      middleware: view,
      request: { query: ListMediaQuery },
      responses: { 200: json(ListOf(MediaFile).openapi('DgMediaFileList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging({ ...q, filter: undefined }, MEDIA_SORT, 'public_id', Object.keys(MediaFile.shape));
      const page = await listMediaFiles(c.var.data.d1(), actorOf(c), {
        criteria: criteriaOf(metadataOf(q.metadata)),
        search: q.searchTerm?.trim() || undefined,
        limit: p.limit,
        offset: p.offset,
        sort: p.sort,
        descending: p.descending,
      });
      return c.json(listResponse(c, MODEL, p, p.project(page.files), page.total, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/media_file/download/{file}',
      operationId: 'datagerryDownloadMediaFile',
      tags,
      summary: 'Download a file',
      description:
        'The bytes of the newest file of that name that `metadata` selects and the caller may see (right `base.framework.object.view`), as a download; 404 when there is none.',
      security,
      middleware: view,
      request: { params: FileParam, query: z.object({ metadata: METADATA_PARAM }) },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      const criteria = criteriaOf(metadataOf(c.req.valid('query').metadata));
      const found = await mediaContent(c.var.data.d1(), actorOf(c), file, criteria);
      return download(found.content.stream(), {
        contentType: 'application/octet-stream',
        fileName: found.file.filename,
        size: found.content.file.size,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/media_file/{file}',
      operationId: 'datagerryGetMediaFile',
      tags,
      summary: 'One file by name',
      description:
        'The newest file of that name that `metadata` selects and the caller may see (right `base.framework.object.view`), or `null` when there is none (200, as DATAGERRY: its web UI asks this to know whether a name is taken).',
      security,
      middleware: view,
      request: { params: FileParam, query: z.object({ metadata: METADATA_PARAM }) },
      responses: { 200: json(z.union([MediaFile, z.null()]), 'The file, or null'), ...errorResponses },
    }),
    async (c) => {
      const criteria = criteriaOf(metadataOf(c.req.valid('query').metadata));
      return c.json(await findMediaFile(c.var.data.d1(), actorOf(c), c.req.valid('param').file, criteria), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/media_file',
      operationId: 'datagerryUpdateMediaFile',
      tags,
      summary: 'Rename, move or re-attach a file',
      description:
        'Changes a file\'s name, folder (`metadata.parent`) and the objects it is attached to (`metadata.reference`, replacing those the caller can see; others stay) (right `base.framework.object.edit`). Attaching or detaching an object needs UPDATE on its type; renaming or moving a file needs UPDATE on every object it is attached to. Without `attachment={"reference":true}` a name taken in the folder becomes `copy_(n)_name`, as DATAGERRY. The web UI\'s attachments tab removes an attachment this way. Answers the file.',
      security,
      middleware: edit,
      request: {
        query: z.object({
          attachment: z.string().max(200).optional().openapi({
            description: '`{"reference": true}`: only the references change.',
            example: '{"reference":true}',
          }),
        }),
        body: {
          content: {
            'application/json': {
              schema: ChangeBody,
              example: { public_id: 1, filename: 'notes.txt', metadata: { reference: [], reference_type: 'object' } },
            },
          },
          required: true,
        },
      },
      responses: { 200: json(MediaFile, 'The file as changed'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      let referenceOnly = false;
      const attachment = c.req.valid('query').attachment;
      if (attachment !== undefined) {
        try {
          referenceOnly = (JSON.parse(attachment) as { reference?: unknown })?.reference === true;
        } catch {
          throw new AppError('BAD_REQUEST', 'attachment: not JSON');
        }
      }
      const file = await updateMediaFile(c.var.data.d1(), actorOf(c), {
        public_id: body.public_id,
        filename: body.filename,
        metadata: body.metadata as MediaInput,
        referenceOnly,
      });
      return c.json(file, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/media_file/{file}',
      operationId: 'datagerryDeleteMediaFile',
      tags,
      summary: 'Delete a file or folder',
      description:
        'Deletes a file, or a folder with everything in it, by public id (right `base.framework.object.edit`, and UPDATE on every object a deleted file is attached to). `metadata` is taken and ignored, as DATAGERRY. Answers the deleted file.',
      security,
      middleware: edit,
      request: {
        params: z.object({
          file: z.coerce.number().int().positive().openapi({ description: "The file's public id.", example: 1 }),
        }),
        query: z.object({ metadata: METADATA_PARAM }),
      },
      responses: { 200: json(MediaFile, 'The deleted file'), ...errorResponses },
    }),
    async (c) => c.json(await deleteMediaFile(c.var.data.d1(), actorOf(c), c.req.valid('param').file), 200),
  );
  return app;
}
