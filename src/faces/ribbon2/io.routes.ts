import { createRoute, z } from '@hono/zod-openapi';
import { normalizePath } from '../../core/messaging/access';
import {
  assignExport,
  deleteScheme,
  getScheme,
  importTarget,
  listSchemes,
  outboxFile,
  outboxFiles,
  PROTOCOLS,
  saveScheme,
} from '../../core/messaging/io';
import { createMessage } from '../../core/messaging/messages';
import { SECURITY } from '../../lib/openapi';
import { actorOf } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { admins, auth, errorResponses, json, ok, R2Error } from './common';
import { Message } from './messages.routes';
import { EXAMPLES, TAGS } from './openapi';

/** `config` as an object, or the seed's list of `{"key": value}` pairs. */
const Config = z.union([
  z.record(z.string(), z.string().max(2000)),
  z
    .array(z.record(z.string(), z.string().max(2000)))
    .transform((list) => Object.assign({}, ...list) as Record<string, string>),
]);
const Scheme = z
  .object({
    id: z.string().max(64).openapi({ description: 'The protocol as `type:protocol`.', example: 'export:plain' }),
    scheme: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/)
      .openapi({ description: 'The scheme name.', example: 'export-json' }),
    config: Config.openapi({
      description:
        "Config key → value, as an object or the seed's list of one-key objects; the protocol's required keys must be there.",
    }),
  })
  .openapi('R2SchemeInput');
/** What the scheme routes answer: config as an object, secrets masked (`********`). */
const SchemeModel = z
  .object({
    id: z.string(),
    scheme: z.string(),
    config: z
      .record(z.string(), z.string())
      .openapi({ description: 'Config key → value; secret values are `********`.' }),
  })
  .openapi('R2Scheme');
const SchemeParams = z.object({
  type: z
    .enum(['import', 'export', 'IMPORT', 'EXPORT'])
    .openapi({ description: 'Import or export.', example: 'export' }),
  protocol: z
    .string()
    .regex(/^[a-z]{1,32}$/)
    .openapi({ description: 'The protocol.', example: 'plain' }),
  name: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/)
    .openapi({ description: 'The scheme name.', example: 'export-json' }),
});
const ExportParams = SchemeParams.omit({ type: true });

/** The seed's CALL_ERROR: no IO module serves the protocol here (its gateway's call to the module fails). */
const callError = {
  504: {
    description: 'CALL_ERROR: no IO module serves this protocol on this server (only `plain` is built).',
    content: { 'application/json': { schema: R2Error } },
  },
} as const;

export function ioRoutes() {
  const app = createRouter();
  const security = SECURITY.ribbon2;
  // The core checks io.view / io.edit; the face narrows schemes and outboxes to Admins (`admins`).

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/protocol',
      operationId: 'ribbon2ListProtocols',
      tags: [TAGS.io.name],
      description: 'The import and export protocols this server has, with the config keys each scheme needs.',
      security,
      middleware: [auth],
      summary: 'Available import/export protocols',
      responses: {
        200: json(
          z.array(
            z
              .object({
                id: z.string().openapi({ example: 'import:plain' }),
                type: z.string().openapi({ description: 'IMPORT or EXPORT.' }),
                protocol: z.string(),
                requiredConfigKeys: z.array(z.string()).openapi({ description: 'Config keys a scheme must set.' }),
              })
              .openapi('R2Protocol'),
          ),
        ),
        ...errorResponses,
      },
    }),
    (c) =>
      c.json(
        PROTOCOLS.map((p) => ({ ...p, requiredConfigKeys: [...p.requiredConfigKeys] })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/io/scheme',
      operationId: 'ribbon2SaveScheme',
      tags: [TAGS.io.name],
      description:
        'Creates or replaces a scheme (members of `Admins`): `id` names the protocol (`type:protocol`), `config` its settings. Secret values (keys naming a password, secret, token or key) are stored encrypted and answered masked.',
      security,
      middleware: admins,
      summary: 'Create or update a scheme (secret config values stored encrypted, answered masked)',
      request: {
        body: { content: { 'application/json': { schema: Scheme, example: EXAMPLES.scheme } }, required: true },
      },
      responses: { 200: json(SchemeModel), ...errorResponses, ...callError },
    }),
    async (c) => c.json(await saveScheme(c.var.data.d1(), c.env, actorOf(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/scheme',
      operationId: 'ribbon2ListSchemes',
      tags: [TAGS.io.name],
      description: 'Every scheme, without config (members of `Admins`).',
      security,
      middleware: admins,
      summary: 'The schemes',
      responses: {
        200: json(
          z.array(
            z
              .object({ id: z.string(), type: z.string(), protocol: z.string(), scheme: z.string() })
              .openapi('R2SchemeSummary'),
          ),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listSchemes(c.var.data.d1(), actorOf(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/scheme/{type}/{protocol}/{name}',
      operationId: 'ribbon2GetScheme',
      tags: [TAGS.io.name],
      description: 'One scheme with its config, secrets masked (members of `Admins`).',
      security,
      middleware: admins,
      summary: 'One scheme with its config (secrets masked)',
      request: { params: SchemeParams },
      responses: { 200: json(SchemeModel), ...errorResponses, ...callError },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getScheme(c.var.data.d1(), actorOf(c), p.type, p.protocol, p.name), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/io/scheme/{type}/{protocol}/{name}',
      operationId: 'ribbon2DeleteScheme',
      tags: [TAGS.io.name],
      description: 'Deletes a scheme (members of `Admins`). Answers a raw 200.',
      security,
      middleware: admins,
      summary: 'Delete a scheme',
      request: { params: SchemeParams },
      responses: { 200: ok, ...errorResponses, ...callError },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await deleteScheme(c.var.data.d1(), actorOf(c), p.type, p.protocol, p.name);
      return c.body(null, 200);
    },
  );

  for (const action of ['assign', 'dismiss'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/io/export/scheme/{protocol}/{name}/${action}/{dir}`,
        operationId: action === 'assign' ? 'ribbon2AssignExportScheme' : 'ribbon2DismissExportScheme',
        tags: [TAGS.io.name],
        security,
        middleware: admins,
        summary: `${action === 'assign' ? 'Assign' : 'Dismiss'} an export scheme to a directory`,
        description:
          action === 'assign'
            ? 'Every message created or edited in the directory from now on is exported through the scheme (members of `Admins`). Answers a raw 200.'
            : "Stops exporting the directory's messages through the scheme (members of `Admins`). Answers a raw 200.",
        request: {
          params: ExportParams.extend({
            dir: z.string().max(1100).openapi({ description: 'Full name of the directory.', example: 'System.Test' }),
          }),
        },
        responses: { 200: ok, ...errorResponses, ...callError },
      }),
      async (c) => {
        const p = c.req.valid('param');
        await assignExport(c.var.data.d1(), actorOf(c), p.protocol, p.name, normalizePath(p.dir), action === 'assign');
        return c.body(null, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/export/outbox/{protocol}/{name}',
      operationId: 'ribbon2ListOutboxFiles',
      tags: [TAGS.io.name],
      description:
        "The files in a plain export scheme's outbox (members of `Admins`): one JSON file per message exported, kept for a limited time.",
      security,
      middleware: admins,
      summary: "Files in a plain export scheme's outbox",
      request: { params: ExportParams },
      responses: {
        200: json(z.array(z.string()).openapi({ description: 'File names (`<message uid>.json`).' })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await outboxFiles(c.env.CACHE, actorOf(c), p.protocol, p.name), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/export/outbox/{protocol}/{name}/{file}',
      operationId: 'ribbon2GetOutboxFile',
      tags: [TAGS.io.name],
      description: 'One exported file: the message as it was when exported (members of `Admins`).',
      security,
      middleware: admins,
      summary: 'One exported file',
      request: {
        params: ExportParams.extend({
          file: z
            .string()
            .regex(/^[A-Za-z0-9-]{1,64}\.json$/)
            .openapi({
              description: 'A file name from the outbox list.',
              example: '00000000-0000-4000-8000-00000000a001.json',
            }),
        }),
      },
      responses: { 200: json(Message), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      // The outbox holds the messages exportMessage stored (core/messaging/io.ts).
      const file = (await outboxFile(c.env.CACHE, actorOf(c), p.protocol, p.name, p.file)) as z.infer<typeof Message>;
      return c.json(file, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/io/import/{protocol}/{name}',
      operationId: 'ribbon2ImportDocument',
      tags: [TAGS.io.name],
      description:
        "Imports a document through a plain import scheme: it becomes a message in the scheme's directory (permission canCreateMessage there).",
      security,
      middleware: [auth],
      summary: "Import a document through a plain import scheme: it becomes a message in the scheme's directory",
      request: {
        params: ExportParams,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  header: z.string().min(1).max(1000),
                  content: z.string().max(200_000).default(''),
                  tags: z.array(z.string().max(100)).max(50).default([]),
                })
                .openapi('R2ImportDocument'),
              example: EXAMPLES.import,
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Message), ...errorResponses, ...callError },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const directory = await importTarget(c.var.data.d1(), p.protocol, p.name);
      const message = await createMessage(c.var.data.d1(), actorOf(c), {
        ...c.req.valid('json'),
        directories: [directory],
      });
      return c.json(message, 200);
    },
  );
  return app;
}
