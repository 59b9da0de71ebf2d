import { createRoute, z } from '@hono/zod-openapi';
import {
  newDirectoryPath,
  normalizePath,
  PERMISSION_ALIASES,
  PERMISSION_KEYS,
  type Permission,
} from '../../core/messaging/access';
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
import {
  IF_MATCH,
  IF_NONE_MATCH,
  NOT_MODIFIED,
  preconditionFailedResponse,
  SECURITY,
  withEtag,
} from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { actorOf } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite, readVersion } from '../../middleware/conditional';
import { changeOf, publishAfterCommit } from '../../middleware/feed';
import { auth, errorResponses, json, ok, PageOf, pageQuery, R2Error } from './common';
import { messageTopics } from './feed';
import { EXAMPLES, TAGS } from './openapi';

const Directory = z
  .object({
    id: z.number().int(),
    name: z.string().openapi({ description: 'Last part of the full name.', example: 'Test' }),
    fullName: z.string().openapi({ description: 'Dotted path from the root.', example: 'System.Test' }),
    description: z.string().nullable(),
  })
  .openapi('R2Directory');
const DirectoryInput = z
  .object({
    id: z
      .union([z.string(), z.number()])
      .optional()
      .openapi({ description: 'Ignored: `fullName` names the directory.' }),
    name: z.string().optional().openapi({ description: 'Ignored: derived from `fullName`.' }),
    fullName: z.string().min(1).max(1100).openapi({ description: 'Dotted path, e.g. `System.Test`.' }),
    description: z.string().max(2000).nullish(),
  })
  .openapi('R2DirectoryInput');
const PathParam = z.object({
  path: z
    .string()
    .min(1)
    .max(1100)
    .openapi({ description: 'Full name of the directory (dotted, e.g. `System.Test`).', example: 'System.Test' }),
});
const Permissions = z
  .object({
    canCreateDir: z.boolean(),
    canUpdateDir: z.boolean(),
    canDeleteDir: z.boolean(),
    canEditAccessDir: z.boolean(),
    canReadMessage: z.boolean(),
    canCreateMessage: z.boolean(),
    canUpdateMessage: z.boolean(),
    canDeleteMessage: z.boolean(),
  })
  .openapi('R2Permissions');
/** `permissions` as an object, or the seed's list of `{"key": bool}` pairs. */
const PermissionsInput = z.union([
  z.record(z.string(), z.boolean()),
  z.array(z.record(z.string(), z.boolean())).transform((list) => Object.assign({}, ...list) as Record<string, boolean>),
]);
const AccessInput = z
  .array(
    z.object({
      name: z.string().max(120).nullish().openapi({ description: 'User login or group name; null for `ALL`.' }),
      type: z.enum(['USER', 'GROUP', 'ALL']),
      permissions: PermissionsInput.openapi({
        description:
          'Permission → allowed, as an object or a list of one-key objects. Permissions not given are not set.',
      }),
    }),
  )
  .max(100)
  .openapi('R2AccessEntries');
const Property = z
  .object({
    uid: z.string(),
    type: z.string().openapi({ description: 'A registered property type, e.g. `MARK`.' }),
    content: z.string(),
    created: z.string(),
    createdBy: z.string(),
  })
  .openapi('R2Property');
export const Message = z
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
    uid: z.string().max(64).optional().openapi({ description: 'The message to edit (PUT).' }),
    directories: z
      .array(z.string().max(1100))
      .max(20)
      .default([])
      .openapi({ description: 'Full names of its directories.' }),
    header: z.string().min(1).max(1000),
    content: z.string().max(200_000).default(''),
    tags: z.array(z.string().max(100)).max(50).default([]),
    properties: z
      .array(
        z.object({ uid: z.string().optional(), type: z.string().max(40), content: z.string().max(10_000).default('') }),
      )
      .max(50)
      .default([]),
    parentUid: z.string().max(64).nullish().openapi({ description: 'The message this one replies to.' }),
  })
  .passthrough()
  .openapi('R2MessageInput');
const UidParam = z.object({
  uid: z
    .string()
    .min(1)
    .max(64)
    .openapi({ description: 'The message uid.', example: '00000000-0000-4000-8000-00000000a001' }),
});

/**
 * Access entries that fail validation (a `type` other than USER, GROUP or ALL, a value that is not a
 * boolean, not a list) are the seed's PERMISSION_VALIDATION_FAILED ("input data of request is incorrect"),
 * not a generic validation error. Other parts of the request keep the shared hook's treatment.
 */
function permissionValidation(
  result: { success: true } | { success: false; target: string; error: { issues: readonly unknown[] } },
): undefined {
  if (result.success) return;
  throw new AppError('VALIDATION', 'Permission data validation failed', {
    details: {
      target: result.target,
      issues: result.error.issues,
      ...(result.target === 'json' ? { ribbon2Code: 'PERMISSION_VALIDATION_FAILED' } : {}),
    },
  });
}

/** Version keys: messages are audited by uid, directories by full name (core/ops/versions.ts). */
const messageKey = (uid: string) => ({ table: 'r2_messages', recordId: uid });
const directoryKey = (fullName: string) => ({ table: 'r2_directories', recordId: fullName });
const precondition = preconditionFailedResponse(R2Error);
/** Messages a directory rule may hide: If-Match is checked in the write's batch only (after the 404). */
const HIDDEN_IS_MISSING = { early: false };

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
  const security = SECURITY.ribbon2;
  /** Operation ids stay unique: the misspelled mount's carry a `Direcotry` suffix. */
  const id = (name: string) => `ribbon2${name}${prefix.endsWith('/direcotry') ? 'Direcotry' : ''}`;

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/access/permission/current/{path}`,
      operationId: id('GetMyPermissions'),
      tags: [TAGS.directories.name],
      description:
        "My effective permissions in the directory: its own rules, else its nearest ancestor's with rules, else the defaults (only canReadMessage).",
      security,
      middleware: [auth],
      summary: 'My effective permissions in a directory',
      request: { params: PathParam },
      responses: { 200: json(Permissions), ...errorResponses },
    }),
    async (c) =>
      c.json(await myPermissions(c.var.data.d1(), actorOf(c), normalizePath(c.req.valid('param').path)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/permission/{perm}`,
      operationId: id('ListDirectoriesWithPermission'),
      tags: [TAGS.directories.name],
      description:
        'The directories where I hold the permission (`canCreateDir`, `canUpdateDir`, `canDeleteDir`, `canEditAccessDir`, `canReadMessage`, `canCreateMessage`, `canUpdateMessage`, `canDeleteMessage`); PERMISSION_NOT_FOUND for another name.',
      security,
      middleware: [auth],
      summary: 'Directories where I hold a permission',
      request: {
        params: z.object({
          perm: z.string().max(64).openapi({ description: 'A permission name.', example: 'canCreateMessage' }),
        }),
      },
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
      operationId: id('SetDirectoryAccess'),
      tags: [TAGS.directories.name],
      description:
        "Replaces the directory's access rules (permission canEditAccessDir): one entry per user, group or everyone (`ALL`). Unknown users, groups or permissions are USER_NOT_FOUND, GROUP_NOT_FOUND, PERMISSION_NOT_FOUND; malformed entries (another `type`, a value that is not a boolean, two `ALL` entries) PERMISSION_VALIDATION_FAILED. Answers a raw 200.",
      security,
      middleware: [auth],
      summary: 'Replace the access rules of a directory (canEditAccessDir)',
      request: {
        params: PathParam,
        body: { content: { 'application/json': { schema: AccessInput, example: EXAMPLES.access } }, required: true },
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
    (result) => permissionValidation(result),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${prefix}/access/{path}`,
      operationId: id('GetDirectoryAccess'),
      tags: [TAGS.directories.name],
      description: "The directory's own access rules.",
      security,
      middleware: [auth],
      summary: 'The access rules of a directory',
      // The demo's rules are on System.
      request: { params: z.object({ path: PathParam.shape.path.openapi({ example: 'System' }) }) },
      responses: {
        200: json(
          z.array(
            z
              .object({
                name: z.string().nullable().openapi({ description: 'User login or group name; null for `ALL`.' }),
                type: z.enum(['USER', 'GROUP', 'ALL']),
                permissions: z
                  .record(z.string(), z.boolean())
                  .openapi({ description: 'The permissions this entry sets, and whether each is allowed.' }),
              })
              .openapi('R2AccessEntry'),
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
      operationId: id('CreateDirectory'),
      tags: [TAGS.directories.name],
      description:
        'Creates the directory and any missing parents; the permission canCreateDir is checked on the last existing ancestor.',
      security,
      middleware: [auth],
      summary: 'Create a directory and its missing parents (canCreateDir on the last existing ancestor)',
      request: {
        body: {
          content: { 'application/json': { schema: DirectoryInput, example: EXAMPLES.createDirectory } },
          required: true,
        },
      },
      responses: { 200: json(Directory), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await createDirectory(c.var.data.d1(), actorOf(c), newDirectoryPath(body.fullName), body.description ?? null),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: prefix,
      operationId: id('UpdateDirectory'),
      tags: [TAGS.directories.name],
      description:
        'Updates the description of the directory named by `fullName` (permission canUpdateDir); nothing else changes. DIRECTORY_NOT_FOUND for an unknown one.',
      security,
      middleware: [auth],
      summary: "Update a directory's description (canUpdateDir)",
      request: {
        headers: IF_MATCH,
        body: {
          content: { 'application/json': { schema: DirectoryInput, example: EXAMPLES.updateDirectory } },
          required: true,
        },
      },
      responses: { 200: withEtag(json(Directory)), ...precondition, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const fullName = normalizePath(body.fullName);
      await conditionalWrite(c, directoryKey(fullName));
      const directory = await updateDirectory(c.var.data.d1(), actorOf(c), fullName, body.description ?? null);
      await etagAfterWrite(c, directoryKey(fullName));
      return c.json(directory, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: prefix,
      operationId: id('ListDirectories'),
      tags: [TAGS.directories.name],
      description: 'A page of directories.',
      security,
      middleware: [auth],
      summary: 'A page of directories',
      request: { query: pageQuery(Object.keys(DIRECTORY_ORDER) as [keyof typeof DIRECTORY_ORDER]) },
      responses: { 200: json(PageOf(Directory).openapi('R2DirectoryPage')), ...errorResponses },
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
      operationId: id('GetDirectory'),
      tags: [TAGS.directories.name],
      description:
        'One directory by full name, with its `ETag` (`If-None-Match`: 304 while it is unchanged); DIRECTORY_NOT_FOUND for an unknown one.',
      security,
      middleware: [auth],
      summary: 'One directory by full name',
      request: { params: PathParam, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(Directory)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const fullName = normalizePath(c.req.valid('param').path);
      const version = await readVersion(c, directoryKey(fullName));
      const directory = await getDirectory(c.var.data.d1(), actorOf(c), fullName);
      return answerVersion(c, directoryKey(fullName), version) ?? c.json(directory, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${prefix}/{path}`,
      operationId: id('DeleteDirectory'),
      tags: [TAGS.directories.name],
      description: 'Deletes the directory and its subtree (permission canDeleteDir). Answers a raw 200.',
      security,
      middleware: [auth],
      summary: 'Delete a directory and its subtree (canDeleteDir)',
      request: { params: PathParam, headers: IF_MATCH },
      responses: { 200: ok, ...precondition, ...errorResponses },
    }),
    async (c) => {
      const fullName = normalizePath(c.req.valid('param').path);
      await conditionalWrite(c, directoryKey(fullName));
      await deleteDirectory(c.var.data.d1(), actorOf(c), fullName);
      return c.body(null, 200);
    },
  );
  return app;
}

export function messageRoutes() {
  const app = createRouter();
  const security = SECURITY.ribbon2;
  const orderable = Object.keys(ORDERABLE) as [keyof typeof ORDERABLE, ...(keyof typeof ORDERABLE)[]];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/message/property/{uid}',
      operationId: 'ribbon2AddMessageProperty',
      tags: [TAGS.messages.name],
      description:
        'Adds a property to a message (permission canUpdateMessage); properties cannot be changed or removed. MESSAGE_NOT_FOUND, or PROPERTY_TYPE_NOT_FOUND for an unregistered type.',
      security,
      middleware: [auth],
      summary: 'Add a property to a message (canUpdateMessage)',
      request: {
        params: UidParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ type: z.string().max(40), content: z.string().max(10_000).default('') })
                .openapi('R2PropertyInput'),
              example: EXAMPLES.property,
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Property), ...errorResponses },
    }),
    async (c) => {
      const uid = c.req.valid('param').uid;
      const { property, directories } = await addProperty(c.var.data.d1(), actorOf(c), uid, c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, messageTopics(directories), 'UPDATE', uid)]);
      return c.json(property, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/message',
      operationId: 'ribbon2CreateMessage',
      tags: [TAGS.messages.name],
      description:
        'Creates a message in one or more directories (permission canCreateMessage in each); `parentUid` makes it a reply. MESSAGE_DIRECORIES_REQUIRED when no directory is given.',
      security,
      middleware: [auth],
      summary: 'Create a message (canCreateMessage in each directory)',
      request: {
        body: {
          content: { 'application/json': { schema: MessageInput, example: EXAMPLES.createMessage } },
          required: true,
        },
      },
      responses: { 200: json(Message), ...errorResponses },
    }),
    async (c) => {
      const message = await createMessage(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, messageTopics(message.directories), 'INSERT', message.uid)]);
      await exportMessage(c.var.data.d1(), c.env.CACHE, message);
      return c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/message',
      operationId: 'ribbon2UpdateMessage',
      tags: [TAGS.messages.name],
      description:
        'Edits the message named by `uid` (permission canUpdateMessage): header, content, directories and tags change, new properties are added; answers it with `updated` and `updatedBy`.',
      security,
      middleware: [auth],
      summary: 'Edit a message: header, content, directories, tags; properties can only be added',
      request: {
        headers: IF_MATCH,
        body: {
          content: { 'application/json': { schema: MessageInput, example: EXAMPLES.updateMessage } },
          required: true,
        },
      },
      responses: { 200: withEtag(json(Message)), ...precondition, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      if (!body.uid)
        throw new AppError('NOT_FOUND', 'Message uid is required', { details: { ribbon2Code: 'MESSAGE_NOT_FOUND' } });
      await conditionalWrite(c, messageKey(body.uid), undefined, HIDDEN_IS_MISSING);
      const { message, previousDirectories } = await updateMessage(c.var.data.d1(), actorOf(c), body.uid, body);
      publishAfterCommit(c, [
        changeOf(c, messageTopics(previousDirectories, message.directories), 'UPDATE', message.uid),
      ]);
      await etagAfterWrite(c, messageKey(body.uid));
      await exportMessage(c.var.data.d1(), c.env.CACHE, message);
      return c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/message',
      operationId: 'ribbon2ListMessages',
      tags: [TAGS.messages.name],
      description: 'A page of the messages I may read, optionally in one directory or with one tag.',
      security,
      middleware: [auth],
      summary: 'A page of the messages I may read (filter by directory and tag)',
      request: {
        query: pageQuery(orderable).extend({
          directory: z
            .string()
            .max(1100)
            .optional()
            .openapi({ description: 'Only messages in this directory (full name).', example: 'System.Test' }),
          tag: z
            .string()
            .max(100)
            .optional()
            .openapi({ description: 'Only messages with this tag.', example: 'welcome' }),
        }),
      },
      responses: { 200: json(PageOf(Message).openapi('R2MessagePage')), ...errorResponses },
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
      operationId: 'ribbon2GetMessage',
      tags: [TAGS.messages.name],
      description: 'One message, if it is readable in one of its directories; MESSAGE_NOT_FOUND otherwise.',
      security,
      middleware: [auth],
      summary: 'One message (only if readable in one of its directories)',
      request: { params: UidParam, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(Message)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const uid = c.req.valid('param').uid;
      const version = await readVersion(c, messageKey(uid));
      const message = await readMessage(c.var.data.d1(), actorOf(c), uid);
      return answerVersion(c, messageKey(uid), version) ?? c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/message/{uid}',
      operationId: 'ribbon2DeleteMessage',
      tags: [TAGS.messages.name],
      description: 'Deletes a message (permission canDeleteMessage in each of its directories). Answers a raw 200.',
      security,
      middleware: [auth],
      summary: 'Delete a message (canDeleteMessage in each of its directories)',
      request: { params: UidParam, headers: IF_MATCH },
      responses: { 200: ok, ...precondition, ...errorResponses },
    }),
    async (c) => {
      await conditionalWrite(c, messageKey(c.req.valid('param').uid), undefined, HIDDEN_IS_MISSING);
      const message = await deleteMessage(c.var.data.d1(), actorOf(c), c.req.valid('param').uid);
      publishAfterCommit(c, [changeOf(c, messageTopics(message.directories), 'DELETE', message.uid)]);
      return c.body(null, 200);
    },
  );
  return app;
}
