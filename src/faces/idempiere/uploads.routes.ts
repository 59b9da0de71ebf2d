import { createRoute, z } from '@hono/zod-openapi';
import { DEMO_UPLOAD } from '../../core/files/demo';
import { MAX_FILE_BYTES, PART_BYTES } from '../../core/files/limits';
import { copyUpload, putChunk } from '../../core/files/upload-chunks';
import {
  cancelUpload,
  initiateUpload,
  MAX_EXPIRY_SECONDS,
  pendingUploads,
  UPLOAD_LOCATIONS,
  uploadFile,
  uploadStatus,
} from '../../core/files/uploads';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError } from './errors';
import { AsJson, answerFile, fileResponse } from './files';
import { contextOf } from './models-read';
import { EXAMPLES, TAGS } from './openapi';

/**
 * `/uploads`: iDempiere's chunked upload protocol over the core (core/files/uploads.ts, upload-chunks.ts).
 * A chunk's body is its raw bytes, at most one file-store part (1 MiB), which is also this router's body
 * limit.
 */

const Location = z.enum(UPLOAD_LOCATIONS).openapi('IdUploadLocation');
const Status = z
  .enum(['INITIATED', 'UPLOADING', 'PROCESSING', 'COMPLETED', 'CANCELED', 'FAILED'])
  .openapi('IdUploadStatus');
const UploadId = z.object({
  uploadId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .openapi({
      description: 'The upload session (its uuid, as initiation answered it).',
      example: DEMO_UPLOAD.id,
    }),
});
const ChunkParam = UploadId.extend({
  chunkOrder: z.coerce.number().int().openapi({ description: "The chunk's position, from 1.", example: 1 }),
});
const Initiation = z
  .object({
    fileName: z.string().max(255).optional().openapi({ description: 'The file name (required).' }),
    contentType: z.string().max(255).optional().openapi({ description: 'Its content type.' }),
    fileSize: z
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: `Its size in bytes (at most ${MAX_FILE_BYTES}; 0 or absent: unknown).` }),
    chunkSize: z
      .number()
      .int()
      .optional()
      .openapi({ description: `The preferred chunk size; the answer says the one to use (at most ${PART_BYTES}).` }),
    sha256: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: "The whole file's SHA-256 (hex), checked when the last chunk arrives." }),
    uploadLocation: z
      .string()
      .max(32)
      .optional()
      .openapi({ description: '`ARCHIVE` (default), `ATTACHMENT` or `IMAGE`: kept with the session here.' }),
    expiresInSeconds: z
      .number()
      .int()
      .optional()
      .openapi({
        description: `Seconds until an unfinished session expires (default 86400, at most ${MAX_EXPIRY_SECONDS}).`,
      }),
  })
  .openapi('IdUploadInitiationRequest');
const Initiated = z
  .object({
    uploadId: z.string(),
    chunkSize: z.number().int().openapi({ description: 'The chunk size to use.' }),
    expiresAt: z.string().openapi({ description: 'When the session expires unless completed (ISO 8601).' }),
  })
  .openapi('IdUploadInitiationResponse');
const ChunkAnswer = z
  .object({
    uploadId: z.string(),
    chunkOrder: z.number().int(),
    receivedSize: z.number().int().openapi({ description: 'Bytes received in this chunk.' }),
    message: z.string(),
    isLastChunk: z.boolean().openapi({ description: 'This chunk completed the upload (the file is ready).' }),
  })
  .openapi('IdUploadChunkResponse');
const UploadStatus = z
  .object({
    uploadId: z.string(),
    fileName: z.string(),
    fileSize: z.number().int(),
    imageId: z.number().int().openapi({ description: 'Always 0: Atrium keeps no AD_Image.' }),
    chunkSize: z.number().int(),
    status: Status,
    uploadedChunks: z.array(z.object({ chunkOrder: z.number().int(), receivedSize: z.number().int() })).openapi({
      description: 'The chunks received, in order: what a resumed upload still has to send is the rest.',
    }),
    totalReceivedSize: z.number().int(),
    message: z.string(),
  })
  .openapi('IdUploadStatusResponse');
const CopyRequest = z
  .object({
    copyLocation: z
      .string()
      .max(32)
      .optional()
      .openapi({ description: '`ATTACHMENT` (`ARCHIVE` and `IMAGE`: 501 here).' }),
    tableName: z.string().max(64).optional().openapi({ description: "The destination record's table." }),
    recordId: z
      .union([z.string().max(64), z.number().int()])
      .optional()
      .openapi({ description: 'Its id or UUID.' }),
  })
  .openapi('IdCopyUploadedFileRequest');
const Copied = z
  .object({
    uploadId: z.string(),
    tableName: z.string(),
    recordId: z.union([z.number().int(), z.string()]),
    recordUU: z.string().optional(),
    copyLocation: Location,
    fileName: z.string(),
    contentType: z.string(),
    fileSize: z.number().int(),
  })
  .openapi('IdCopyUploadedFileResponse');

const responses = {
  ...errorResponses,
  409: json(IdError, 'The session is already completed, processing or failed'),
  410: json(IdError, 'The session expired before it was completed'),
  413: json(IdError, `A chunk over ${PART_BYTES} bytes, or a file over ${MAX_FILE_BYTES}`),
} as const;

export function uploadRoutes() {
  const app = createRouter({ bodyLimit: PART_BYTES });
  const auth = authenticate();
  const tags = [TAGS.uploads.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/uploads',
      operationId: 'idempiereInitiateUpload',
      tags,
      summary: 'Initiate an upload session',
      description: `Opens a chunked upload for one file (at most ${MAX_FILE_BYTES} bytes: 413 beyond). The answer says the chunk size to use and when the session expires if not completed. A write: needs \`record.add\` (never for a read-only user); at most 20 sessions open per user (429).`,
      middleware: [auth] as const,
      security,
      request: {
        body: {
          content: {
            'application/json': {
              schema: Initiation,
              examples: { file: { summary: 'A 21-byte text file', value: EXAMPLES.initiateUpload } },
            },
          },
          required: true,
        },
      },
      responses: {
        201: json(Initiated, 'Created'),
        ...responses,
        429: json(IdError, 'Too many sessions open'),
      },
    }),
    async (c) => c.json(await initiateUpload(await contextOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/uploads',
      operationId: 'idempiereListUploads',
      tags,
      summary: "The caller's pending uploads",
      description: `The caller's sessions that are neither completed nor cancelled (failed and expired ones included), oldest first, each as its status (at most 100).`,
      middleware: [auth] as const,
      security,
      responses: { 200: json(z.array(UploadStatus)), ...errorResponses },
    }),
    async (c) => c.json(await pendingUploads(await contextOf(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/uploads/{uploadId}/chunks/{chunkOrder}',
      operationId: 'idempiereUploadChunk',
      tags,
      summary: 'Upload one chunk',
      description: `The chunk's raw bytes (at most ${PART_BYTES}) with \`X-Total-Chunks\` and \`X-Content-SHA256\` (hex): a chunk whose SHA-256 differs is refused (400) and nothing is stored. Sending a chunk again replaces it. The last chunk completes the upload: the sizes must add up to the declared \`fileSize\` (400) and the whole file must match the declared \`sha256\` (else the session fails, 400). An expired session answers 410; a completed, processing or failed one 409.`,
      middleware: [auth] as const,
      security,
      request: {
        params: ChunkParam,
        headers: z.object({
          'x-total-chunks': z.coerce
            .number()
            .int()
            .openapi({ description: 'X-Total-Chunks: how many chunks the file has.', example: 1 }),
          'x-content-sha256': z
            .string()
            .regex(/^[0-9A-Fa-f]{64}$/)
            .openapi({
              description: "X-Content-SHA256: the chunk's SHA-256 as 64 hexadecimal digits.",
              example: '15adc8b3de59878780c6e082c6054cb8a1619ebba8b3cee9f83ad1a6a75616eb',
            }),
        }),
        body: {
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
          required: true,
        },
      },
      responses: { 200: json(ChunkAnswer), ...responses },
    }),
    async (c) => {
      const { uploadId, chunkOrder } = c.req.valid('param');
      const headers = c.req.valid('header');
      const ctx = await contextOf(c);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const answer = await putChunk(ctx, uploadId, {
        order: chunkOrder,
        totalChunks: headers['x-total-chunks'],
        sha256: headers['x-content-sha256'],
        bytes,
      });
      return c.json(answer, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/uploads/{uploadId}',
      operationId: 'idempiereGetUpload',
      tags,
      summary: 'The status of an upload',
      description:
        "The session's status and the chunks received so far (a client resumes by sending the others). Another user's session, or one of another tenant, is a 404.",
      middleware: [auth] as const,
      security,
      request: {
        params: UploadId,
        query: z.object({
          expiresInSeconds: z.coerce.number().int().optional().openapi({
            description:
              'Accepted for compatibility; Atrium issues no presigned URLs, so the answer has no `presignedURL`.',
            example: 3600,
          }),
        }),
      },
      responses: { 200: json(UploadStatus), ...errorResponses },
    }),
    async (c) => c.json(await uploadStatus(await contextOf(c), c.req.valid('param').uploadId), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/uploads/{uploadId}',
      operationId: 'idempiereCancelUpload',
      tags,
      summary: 'Cancel an upload',
      description: 'Cancels the session and removes its chunks or its file; a session cancelled already is a 400.',
      middleware: [auth] as const,
      security,
      request: { params: UploadId },
      responses: {
        200: json(z.object({ message: z.string() }).openapi('IdUploadCanceled')),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ message: await cancelUpload(await contextOf(c), c.req.valid('param').uploadId) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/uploads/{uploadId}/file',
      operationId: 'idempiereGetUploadFile',
      tags,
      summary: 'The uploaded file',
      description:
        "A completed upload's file: its bytes with its content type, or `{data}` (base64) with `json`. 400 before completion.",
      middleware: [auth] as const,
      security,
      request: { params: UploadId, query: AsJson },
      responses: { 200: fileResponse('The file, in the media type it was stored with', '*/*'), ...errorResponses },
    }),
    async (c) => {
      const content = await uploadFile(await contextOf(c), c.req.valid('param').uploadId);
      return answerFile(content, c.req.valid('query').json, content.contentType);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/uploads/{uploadId}/copy',
      operationId: 'idempiereCopyUpload',
      tags,
      summary: "Copy a completed upload into a record's attachments",
      description:
        "Adds the completed upload's file to the record's attachments (replacing an entry of the same name), which needs what the record's PUT needs. `copyLocation` `ARCHIVE` and `IMAGE` name iDempiere tables Atrium does not have: 501.",
      middleware: [auth] as const,
      security,
      request: {
        params: UploadId,
        body: {
          content: {
            'application/json': {
              schema: CopyRequest,
              examples: { attachment: { summary: 'Into order 1001', value: EXAMPLES.copyUpload } },
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(Copied),
        501: json(IdError, 'copyLocation ARCHIVE or IMAGE'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const recordId = body.recordId === undefined ? undefined : String(body.recordId);
      const answer = await copyUpload(await contextOf(c), c.req.valid('param').uploadId, { ...body, recordId });
      return c.json(answer, 200);
    },
  );
  return app;
}
