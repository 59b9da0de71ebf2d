import { createRoute, z } from '@hono/zod-openapi';
import {
  newDirectoryPath,
  normalizePath,
  PERMISSION_ALIASES,
  PERMISSION_KEYS,
  type Permission,
} from '../../core/messaging/access';
import {
  createDirectory,
  DIRECTORY_ORDER,
  deleteDirectory,
  directoriesWithPermission,
  getDirectory,
  listDirectories,
  myPermissions,
  updateDirectory,
} from '../../core/messaging/directories';
import { type AccessEntry, getAccess, setAccess } from '../../core/messaging/rules';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite, readVersion } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { auth, errorResponses, json, ok, PageOf, pageQuery, precondition } from './common';
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

/** Version keys: directories are audited by full name (core/ops/versions.ts). */
const directoryKey = (fullName: string) => ({ table: 'r2_directories', recordId: fullName });

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
