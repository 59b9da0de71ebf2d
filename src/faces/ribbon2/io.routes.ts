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
import { AppError } from '../../lib/errors';
import { createRouter } from '../../lib/router';
import { actorOf } from '../../middleware/auth';
import { auth, errorResponses, json, ok, requireAdmins } from './common';

/** `config` as an object, or the seed's list of `{"key": value}` pairs. */
const Config = z.union([
  z.record(z.string(), z.string().max(2000)),
  z
    .array(z.record(z.string(), z.string().max(2000)))
    .transform((list) => Object.assign({}, ...list) as Record<string, string>),
]);
const Scheme = z
  .object({ id: z.string().max(64), scheme: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), config: Config })
  .openapi('R2Scheme');
const SchemeParams = z.object({
  type: z.enum(['import', 'export', 'IMPORT', 'EXPORT']),
  protocol: z.string().regex(/^[a-z]{1,32}$/),
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/),
});

export function ioRoutes() {
  const app = createRouter();
  const tags = ['Ribbon2'];
  const security = [{ bearerAuth: [] }];
  // The core checks io.view / io.edit; the face narrows schemes and outboxes to Admins.
  const admins = [auth, requireAdmins];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/protocol',
      tags,
      security,
      middleware: [auth],
      summary: 'Available import/export protocols',
      responses: {
        200: json(
          z.array(
            z.object({
              id: z.string(),
              type: z.string(),
              protocol: z.string(),
              requiredConfigKeys: z.array(z.string()),
            }),
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
      tags,
      security,
      middleware: admins,
      summary: 'Create or update a scheme (secret config values stored encrypted, answered masked)',
      request: { body: { content: { 'application/json': { schema: Scheme } }, required: true } },
      responses: { 200: json(Scheme), ...errorResponses },
    }),
    async (c) => c.json(await saveScheme(c.var.data.d1(), c.env, actorOf(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/scheme',
      tags,
      security,
      middleware: admins,
      summary: 'The schemes',
      responses: {
        200: json(z.array(z.object({ id: z.string(), type: z.string(), protocol: z.string(), scheme: z.string() }))),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listSchemes(c.var.data.d1(), actorOf(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/io/scheme/{type}/{protocol}/{name}',
      tags,
      security,
      middleware: admins,
      summary: 'One scheme with its config (secrets masked)',
      request: { params: SchemeParams },
      responses: { 200: json(Scheme), ...errorResponses },
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
      tags,
      security,
      middleware: admins,
      summary: 'Delete a scheme',
      request: { params: SchemeParams },
      responses: { 200: ok, ...errorResponses },
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
        tags,
        security,
        middleware: admins,
        summary: `${action === 'assign' ? 'Assign' : 'Dismiss'} an export scheme to a directory`,
        request: { params: SchemeParams.omit({ type: true }).extend({ dir: z.string().max(1100) }) },
        responses: { 200: ok, ...errorResponses },
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
      tags,
      security,
      middleware: admins,
      summary: "Files in a plain export scheme's outbox",
      request: { params: SchemeParams.omit({ type: true }) },
      responses: { 200: json(z.array(z.string())), ...errorResponses },
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
      tags,
      security,
      middleware: admins,
      summary: 'One exported file',
      request: {
        params: SchemeParams.omit({ type: true }).extend({ file: z.string().regex(/^[A-Za-z0-9-]{1,64}\.json$/) }),
      },
      responses: { 200: json(z.unknown()), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await outboxFile(c.env.CACHE, actorOf(c), p.protocol, p.name, p.file), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/io/import/{protocol}/{name}',
      tags,
      security,
      middleware: [auth],
      summary: "Import a document through a plain import scheme: it becomes a message in the scheme's directory",
      request: {
        params: SchemeParams.omit({ type: true }),
        body: {
          content: {
            'application/json': {
              schema: z.object({
                header: z.string().min(1).max(1000),
                content: z.string().max(200_000).default(''),
                tags: z.array(z.string().max(100)).max(50).default([]),
              }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(z.record(z.string(), z.unknown())), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      if (p.protocol !== 'plain')
        throw new AppError('BAD_REQUEST', 'Unknown protocol', { details: { ribbon2Code: 'INVALID_REQUEST' } });
      const directory = await importTarget(c.var.data.d1(), p.name);
      const message = await createMessage(c.var.data.d1(), actorOf(c), {
        ...c.req.valid('json'),
        directories: [directory],
      });
      return c.json(message, 200);
    },
  );
  return app;
}
