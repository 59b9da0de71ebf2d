import { createRoute, z } from '@hono/zod-openapi';
import { normalizePath, PERMISSION_ALIASES, PERMISSION_KEYS, type Permission } from '../../core/messaging/access';
import {
  type AccessEntry,
  createDirectory,
  DIRECTORY_ORDER,
  deleteDirectory,
  directoriesWithPermission,
  getAccess,
  getDirectory,
  listDirectories,
  myPermissions,
  setAccess,
  updateDirectory,
} from '../../core/messaging/directories';
import { exportMessage } from '../../core/messaging/io';
import {
  addProperty,
  createMessage,
  deleteMessage,
  listMessages,
  ORDERABLE,
  readMessage,
  updateMessage,
} from '../../core/messaging/messages';
import { AppError } from '../../lib/errors';
import { createRouter } from '../../lib/router';
import { actorOf } from '../../middleware/auth';
import { auth, errorResponses, json, ok, PageOf, pageQuery } from './common';

const Directory = z
  .object({ id: z.number().int(), name: z.string(), fullName: z.string(), description: z.string().nullable() })
  .openapi('R2Directory');
const DirectoryInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    name: z.string().optional(),
    fullName: z.string().min(1).max(1100),
    description: z.string().max(2000).nullish(),
  })
  .openapi('R2DirectoryInput');
const PathParam = z.object({ path: z.string().min(1).max(1100) });
/** `permissions` as an object, or the seed's list of `{"key": bool}` pairs. */
const Permissions = z.union([
  z.record(z.string(), z.boolean()),
  z.array(z.record(z.string(), z.boolean())).transform((list) => Object.assign({}, ...list) as Record<string, boolean>),
]);
const AccessInput = z
  .array(
    z.object({ name: z.string().max(120).nullish(), type: z.enum(['USER', 'GROUP', 'ALL']), permissions: Permissions }),
  )
  .max(100)
  .openapi('R2AccessEntries');
const Property = z
  .object({ uid: z.string(), type: z.string(), content: z.string(), created: z.string(), createdBy: z.string() })
  .openapi('R2Property');
const Message = z
  .object({
    id: z.number().int(),
    uid: z.string(),
    parentUid: z.string().nullish(),
    createdBy: z.string(),
    created: z.string(),
    updated: z.string().nullish(),
    updatedBy: z.string().nullish(),
    directories: z.array(z.string()),
    header: z.string(),
    content: z.string(),
    tags: z.array(z.string()),
    properties: z.array(Property),
  })
  .openapi('R2Message');
const MessageInput = z
  .object({
    uid: z.string().max(64).optional(),
    directories: z.array(z.string().max(1100)).max(20).default([]),
    header: z.string().min(1).max(1000),
    content: z.string().max(200_000).default(''),
    tags: z.array(z.string().max(100)).max(50).default([]),
    properties: z
      .array(
        z.object({ uid: z.string().optional(), type: z.string().max(40), content: z.string().max(10_000).default('') }),
      )
      .max(50)
      .default([]),
    parentUid: z.string().max(64).nullish(),
  })
  .passthrough()
  .openapi('R2MessageInput');
const UidParam = z.object({ uid: z.string().min(1).max(64) });

const permissionName = (key: string): Permission => {
  const name = (PERMISSION_ALIASES[key] ?? key) as Permission;
  if (!PERMISSION_KEYS.includes(name))
    throw new AppError('NOT_FOUND', `Permission '${key.slice(0, 64)}' not found`, {
      details: { ribbon2Code: 'PERMISSION_NOT_FOUND' },
    });
  return name;
};

/** Directory routes, mounted at `/api/directory` and at the seed's misspelling `/api/direcotry`. */
export function directoryRoutes(prefix: string) {
  const app = createRouter();
  const tags = ['Ribbon2'];
  const security = [{ bearerAuth: [] }];

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/access/permission/current/{path}`,
      tags,
      security,
      middleware: [auth],
      summary: 'My effective permissions in a directory',
      request: { params: PathParam },
      responses: { 200: json(z.record(z.string(), z.boolean())), ...errorResponses },
    }),
    async (c) =>
      c.json(await myPermissions(c.var.data.d1(), actorOf(c), normalizePath(c.req.valid('param').path)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/permission/{perm}`,
      tags,
      security,
      middleware: [auth],
      summary: 'Directories where I hold a permission',
      request: { params: z.object({ perm: z.string().max(64) }) },
      responses: { 200: json(z.array(Directory)), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await directoriesWithPermission(c.var.data.d1(), actorOf(c), permissionName(c.req.valid('param').perm)),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${prefix}/access/{path}`,
      tags,
      security,
      middleware: [auth],
      summary: 'Replace the access rules of a directory (canEditAccessDir)',
      request: {
        params: PathParam,
        body: { content: { 'application/json': { schema: AccessInput } }, required: true },
      },
      responses: { 200: ok, ...errorResponses },
    }),
    async (c) => {
      await setAccess(
        c.var.data.d1(),
        actorOf(c),
        normalizePath(c.req.valid('param').path),
        c.req.valid('json') as AccessEntry[],
      );
      return c.body(null, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/access/{path}`,
      tags,
      security,
      middleware: [auth],
      summary: 'The access rules of a directory',
      request: { params: PathParam },
      responses: {
        200: json(
          z.array(
            z.object({ name: z.string().nullable(), type: z.string(), permissions: z.record(z.string(), z.boolean()) }),
          ),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getAccess(c.var.data.d1(), actorOf(c), normalizePath(c.req.valid('param').path)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: prefix,
      tags,
      security,
      middleware: [auth],
      summary: 'Create a directory and its missing parents (canCreateDir on the last existing ancestor)',
      request: { body: { content: { 'application/json': { schema: DirectoryInput } }, required: true } },
      responses: { 200: json(Directory), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await createDirectory(c.var.data.d1(), actorOf(c), normalizePath(body.fullName), body.description ?? null),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: prefix,
      tags,
      security,
      middleware: [auth],
      summary: "Update a directory's description (canUpdateDir)",
      request: { body: { content: { 'application/json': { schema: DirectoryInput } }, required: true } },
      responses: { 200: json(Directory), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await updateDirectory(c.var.data.d1(), actorOf(c), normalizePath(body.fullName), body.description ?? null),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: prefix,
      tags,
      security,
      middleware: [auth],
      summary: 'A page of directories',
      request: { query: pageQuery(Object.keys(DIRECTORY_ORDER) as [keyof typeof DIRECTORY_ORDER]) },
      responses: { 200: json(PageOf(Directory)), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await listDirectories(c.var.data.d1(), actorOf(c), {
          limit: q.size,
          offset: q.page * q.size,
          orderBy: q.orderBy,
          descending: q.direction === 'DESC',
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/{path}`,
      tags,
      security,
      middleware: [auth],
      summary: 'One directory by full name',
      request: { params: PathParam },
      responses: { 200: json(Directory), ...errorResponses },
    }),
    async (c) => c.json(await getDirectory(c.var.data.d1(), actorOf(c), normalizePath(c.req.valid('param').path)), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${prefix}/{path}`,
      tags,
      security,
      middleware: [auth],
      summary: 'Delete a directory and its subtree (canDeleteDir)',
      request: { params: PathParam },
      responses: { 200: ok, ...errorResponses },
    }),
    async (c) => {
      await deleteDirectory(c.var.data.d1(), actorOf(c), normalizePath(c.req.valid('param').path));
      return c.body(null, 200);
    },
  );
  return app;
}

export function messageRoutes() {
  const app = createRouter();
  const tags = ['Ribbon2'];
  const security = [{ bearerAuth: [] }];
  const orderable = Object.keys(ORDERABLE) as [keyof typeof ORDERABLE, ...(keyof typeof ORDERABLE)[]];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/message/property/{uid}',
      tags,
      security,
      middleware: [auth],
      summary: 'Add a property to a message (canUpdateMessage)',
      request: {
        params: UidParam,
        body: {
          content: {
            'application/json': {
              schema: z.object({ type: z.string().max(40), content: z.string().max(10_000).default('') }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Property), ...errorResponses },
    }),
    async (c) =>
      c.json(await addProperty(c.var.data.d1(), actorOf(c), c.req.valid('param').uid, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/message',
      tags,
      security,
      middleware: [auth],
      summary: 'Create a message (canCreateMessage in each directory)',
      request: { body: { content: { 'application/json': { schema: MessageInput } }, required: true } },
      responses: { 200: json(Message), ...errorResponses },
    }),
    async (c) => {
      const message = await createMessage(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      await exportMessage(c.var.data.d1(), c.env.CACHE, message);
      return c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/message',
      tags,
      security,
      middleware: [auth],
      summary: 'Edit a message: header, content, directories, tags; properties can only be added',
      request: { body: { content: { 'application/json': { schema: MessageInput } }, required: true } },
      responses: { 200: json(Message), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      if (!body.uid)
        throw new AppError('NOT_FOUND', 'Message uid is required', { details: { ribbon2Code: 'MESSAGE_NOT_FOUND' } });
      const message = await updateMessage(c.var.data.d1(), actorOf(c), body.uid, body);
      await exportMessage(c.var.data.d1(), c.env.CACHE, message);
      return c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/message',
      tags,
      security,
      middleware: [auth],
      summary: 'A page of the messages I may read (filter by directory and tag)',
      request: {
        query: pageQuery(orderable).extend({
          directory: z.string().max(1100).optional(),
          tag: z.string().max(100).optional(),
        }),
      },
      responses: { 200: json(PageOf(Message)), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await listMessages(c.var.data.d1(), actorOf(c), {
          page: q.page,
          size: q.size,
          orderBy: q.orderBy,
          descending: q.direction === 'DESC',
          directory: q.directory,
          tag: q.tag,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/message/{uid}',
      tags,
      security,
      middleware: [auth],
      summary: 'One message (only if readable in one of its directories)',
      request: { params: UidParam },
      responses: { 200: json(Message), ...errorResponses },
    }),
    async (c) => c.json(await readMessage(c.var.data.d1(), actorOf(c), c.req.valid('param').uid), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/message/{uid}',
      tags,
      security,
      middleware: [auth],
      summary: 'Delete a message (canDeleteMessage in each of its directories)',
      request: { params: UidParam },
      responses: { 200: ok, ...errorResponses },
    }),
    async (c) => {
      await deleteMessage(c.var.data.d1(), actorOf(c), c.req.valid('param').uid);
      return c.body(null, 200);
    },
  );
  return app;
}
