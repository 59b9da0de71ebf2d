import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  createGroup,
  deleteGroup,
  findGroupById,
  type Group,
  groupIdsByNames,
  groupNamesByIds,
  listGroups,
  updateGroup,
} from '../../core/identity/groups';
import { USER_GROUP_ID } from '../../core/identity/rights';
import { checkLogin, clientAddress } from '../../core/identity/throttle';
import { issueToken } from '../../core/identity/tokens';
import {
  createUser,
  deleteUser,
  findUserById,
  findUserWithGroups,
  listUsers,
  type UserWithGroups,
  updateUser,
} from '../../core/identity/users';
import { ADMINS_GROUP } from '../../core/messaging/access';
import { AppError } from '../../lib/errors';
import {
  IF_MATCH,
  IF_NONE_MATCH,
  loginThrottled,
  NOT_MODIFIED,
  preconditionFailedResponse,
  SECURITY,
  withEtag,
} from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { actorOf, principalOf, requireRight } from '../../middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import { auth, errorResponses, json, ok, PageOf, pageQuery, R2Error, requireAdmins } from './common';
import { EXAMPLES, TAGS } from './openapi';

const User = z
  .object({
    id: z.number().int(),
    login: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    description: z.string().nullable(),
    email: z.string().nullable(),
    enabled: z.boolean(),
    groups: z.array(z.string()).openapi({ description: "Names of the user's groups." }),
  })
  .openapi('R2User');
const UserInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional().openapi({ description: 'The user to edit (PUT).' }),
    login: z.string().trim().min(1).max(120),
    password: z.string().min(1).max(1024).optional().openapi({ description: 'Raw password; absent on edit: kept.' }),
    firstName: z.string().max(200).nullish(),
    lastName: z.string().max(200).nullish(),
    description: z.string().max(2000).nullish(),
    email: z.string().max(320).nullish(),
    enabled: z.boolean().optional(),
    groups: z
      .array(z.string().max(120))
      .max(50)
      .optional()
      .openapi({ description: 'Group names; only existing groups are linked.' }),
  })
  .openapi('R2UserInput');
const GroupModel = z
  .object({ id: z.number().int(), name: z.string(), description: z.string().nullable() })
  .openapi('R2Group');
const GroupInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional().openapi({ description: 'The group to edit (PUT).' }),
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).nullish(),
  })
  .openapi('R2GroupInput');
const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ description: 'The id.', example: 1 }) });

/** The identity rows' version keys: the same as every face's (core/ops/versions.ts). */
const userKey = (id: number) => ({ table: 'users', recordId: String(id) });
const groupKey = (id: number) => ({ table: 'groups', recordId: String(id) });
const precondition = preconditionFailedResponse(R2Error);

const userNotFound = (id: unknown) =>
  new AppError('NOT_FOUND', `User ${String(id).slice(0, 40)} not found`, {
    details: { ribbon2Code: 'USER_NOT_FOUND' },
  });
const groupNotFound = (id: unknown) =>
  new AppError('NOT_FOUND', `Group ${String(id).slice(0, 40)} not found`, {
    details: { ribbon2Code: 'GROUP_NOT_FOUND' },
  });

async function renderUsers(c: Context<AppEnv>, users: UserWithGroups[]) {
  const names = await groupNamesByIds(
    c.var.data.orm(),
    users.flatMap((u) => u.groupIds),
  );
  return users.map((u) => ({
    id: u.id,
    login: u.login,
    firstName: u.firstName,
    lastName: u.lastName,
    description: u.description,
    email: u.email,
    enabled: u.enabled,
    groups: u.groupIds.map((id) => names.get(id)).filter((n): n is string => Boolean(n)),
  }));
}

const renderGroup = (g: Group) => ({ id: g.id, name: g.name, description: g.description });

/** The docs' view of the optional body (plain schemas: the route parses it itself, see credentials()). */
const AuthFields = {
  type: 'object' as const,
  properties: { login: { type: 'string' as const }, password: { type: 'string' as const } },
  required: ['login', 'password'],
};

/**
 * `login` and `password` from the query string (the original gateway reads only those) or from JSON or
 * form fields. Like the original, any other body, or one that cannot be parsed, is ignored, never a 415.
 */
async function credentials(c: Context<AppEnv>): Promise<{ login: string; password: string } | null> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  let body: Record<string, unknown> = {};
  try {
    if (/^application\/([\w.-]+\+)?json\b/.test(type)) {
      const parsed: unknown = await c.req.json();
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } else if (/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/.test(type))
      body = await c.req.parseBody();
  } catch {}
  const field = (name: 'login' | 'password') => {
    const value = c.req.query(name) ?? body[name];
    return typeof value === 'string' ? value : undefined;
  };
  const login = field('login');
  const password = field('password');
  return login !== undefined && password !== undefined ? { login, password } : null;
}

export function identityRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth',
      operationId: 'ribbon2Login',
      security: SECURITY.none,
      tags: [TAGS.auth.name],
      description:
        'Checks `login` and `password` (throttled: repeated failures answer 429 with `Retry-After`) and answers the raw JWT as text. Wrong credentials are a raw 403 `Forbidden`, as in the original.',
      summary: 'Log in with login and password (query string, JSON or form fields); answers the raw JWT',
      request: {
        query: z.object({
          login: z.string().optional().openapi({ description: 'Login name (or in the body).', example: 'admin' }),
          password: z.string().optional().openapi({ description: 'Password (or in the body).' }),
        }),
        body: {
          description: '`login` and `password` as JSON or form fields, when not in the query string.',
          content: {
            'application/json': { schema: AuthFields, example: { login: 'admin', password: 'admin' } },
            'application/x-www-form-urlencoded': { schema: AuthFields, example: { login: 'admin', password: 'admin' } },
          },
        },
      },
      responses: {
        200: { description: 'The raw JWT', content: { 'text/plain': { schema: z.string() } } },
        400: errorResponses[400],
        403: {
          description: 'Bad credentials (raw 403 `Forbidden`)',
          content: { 'text/plain': { schema: z.string() } },
        },
        ...loginThrottled(R2Error),
      },
    }),
    async (c) => {
      const given = await credentials(c);
      if (!given || given.login.length > 120 || given.password.length > 1024)
        throw new AppError('BAD_REQUEST', 'login and password are required (query string, JSON or form fields)');
      const orm = c.var.data.orm();
      const userId = await checkLogin(c.env, orm, { ...given, client: clientAddress(c.req.raw.headers) });
      const user = userId === null ? undefined : await findUserById(orm, userId);
      if (!user) return c.text('Forbidden', 403);
      const { token } = await issueToken(c.env, user);
      return c.text(token, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/account',
      operationId: 'ribbon2GetAccount',
      tags: [TAGS.auth.name],
      description: 'The user the token belongs to, with the names of their groups.',
      summary: 'The current user',
      middleware: [auth],
      security: SECURITY.ribbon2,
      responses: { 200: json(User), ...errorResponses },
    }),
    async (c) => {
      const orm = c.var.data.orm();
      const user = await findUserWithGroups(orm, principalOf(c).userId);
      if (!user) throw userNotFound(principalOf(c).userId);
      return c.json((await renderUsers(c, [user]))[0], 200);
    },
  );

  const admins = [auth, requireAdmins];
  // Reading users and groups: Ribbon2's Admins rule narrows the core's view rights, never replaces them.
  const adminReaders = (right: string) => [auth, requireAdmins, requireRight(right)];
  const userOrder = ['id', 'login', 'firstName', 'lastName', 'email', 'enabled'] as const;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/user',
      operationId: 'ribbon2CreateUser',
      tags: [TAGS.users.name],
      description:
        'Creates a user (members of `Admins`); only existing groups are linked. Answers the user without password.',
      summary: 'Create a user (Admins)',
      middleware: admins,
      security: SECURITY.ribbon2,
      request: {
        body: { content: { 'application/json': { schema: UserInput, example: EXAMPLES.createUser } }, required: true },
      },
      responses: { 200: json(User), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const orm = c.var.data.orm();
      const extra = await groupIdsByNames(orm, body.groups ?? []);
      const created = await createUser(
        orm,
        {
          login: body.login,
          password: body.password,
          firstName: body.firstName ?? null,
          lastName: body.lastName ?? null,
          description: body.description ?? null,
          email: body.email ?? null,
          enabled: body.enabled ?? true,
          groupId: USER_GROUP_ID,
          extraGroupIds: extra,
        },
        actorOf(c),
      );
      return c.json((await renderUsers(c, [created]))[0], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/user',
      operationId: 'ribbon2UpdateUser',
      tags: [TAGS.users.name],
      description:
        'Edits the user named by `id` (members of `Admins`); without `password` the old one is kept. USER_NOT_FOUND for an unknown id.',
      summary: 'Edit a user (Admins); without password the old one is kept',
      middleware: admins,
      security: SECURITY.ribbon2,
      request: {
        headers: IF_MATCH,
        body: { content: { 'application/json': { schema: UserInput, example: EXAMPLES.updateUser } }, required: true },
      },
      responses: { 200: withEtag(json(User)), ...precondition, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const orm = c.var.data.orm();
      const id = Number(body.id);
      const current = Number.isSafeInteger(id) ? await findUserWithGroups(orm, id) : undefined;
      if (!current) throw userNotFound(body.id);
      await conditionalWrite(c, userKey(id));
      const groupIds = body.groups ? [current.groupId, ...(await groupIdsByNames(orm, body.groups))] : undefined;
      const updated = await updateUser(
        orm,
        id,
        {
          login: body.login,
          password: body.password,
          firstName: body.firstName,
          lastName: body.lastName,
          description: body.description,
          email: body.email,
          enabled: body.enabled,
          groupIds,
        },
        actorOf(c),
      );
      await etagAfterWrite(c, userKey(id));
      return c.json((await renderUsers(c, [updated]))[0], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/user',
      operationId: 'ribbon2ListUsers',
      tags: [TAGS.users.name],
      description: 'A page of users (members of `Admins`).',
      summary: 'A page of users (Admins)',
      middleware: adminReaders('base.user-management.user.view'),
      security: SECURITY.ribbon2,
      request: { query: pageQuery(userOrder) },
      responses: { 200: json(PageOf(User).openapi('R2UserPage')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const orm = c.var.data.orm();
      const page = await listUsers(orm, {
        limit: q.size,
        offset: q.page * q.size,
        sort: q.orderBy,
        descending: q.direction === 'DESC',
      });
      return c.json({ content: await renderUsers(c, page.users), totalCount: page.total }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/user/{id}',
      operationId: 'ribbon2GetUser',
      tags: [TAGS.users.name],
      description: 'One user (members of `Admins`); USER_NOT_FOUND for an unknown id.',
      summary: 'One user (Admins)',
      middleware: adminReaders('base.user-management.user.view'),
      security: SECURITY.ribbon2,
      request: { params: IdParam, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(User)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const notModified = await conditionalRead(c, userKey(c.req.valid('param').id));
      if (notModified) return notModified;
      const orm = c.var.data.orm();
      const user = await findUserWithGroups(orm, c.req.valid('param').id);
      if (!user) throw userNotFound(c.req.valid('param').id);
      return c.json((await renderUsers(c, [user]))[0], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/user/{id}',
      operationId: 'ribbon2DeleteUser',
      tags: [TAGS.users.name],
      description: 'Deletes a user (members of `Admins`); answers a raw 200 with no body.',
      summary: 'Delete a user (Admins)',
      middleware: admins,
      security: SECURITY.ribbon2,
      request: { params: IdParam, headers: IF_MATCH },
      responses: { 200: ok, ...precondition, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      if (!(await findUserById(c.var.data.orm(), id))) throw userNotFound(id);
      await conditionalWrite(c, userKey(id));
      await deleteUser(c.var.data.orm(), id, actorOf(c));
      return c.body(null, 200);
    },
  );

  const groupOrder = ['id', 'name'] as const;
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/group',
      operationId: 'ribbon2CreateGroup',
      tags: [TAGS.groups.name],
      description: 'Creates a group (members of `Admins`).',
      summary: 'Create a group (Admins)',
      middleware: admins,
      security: SECURITY.ribbon2,
      request: {
        body: {
          content: { 'application/json': { schema: GroupInput, example: EXAMPLES.createGroup } },
          required: true,
        },
      },
      responses: { 200: json(GroupModel), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const group = await createGroup(
        c.var.data.orm(),
        { name: body.name, label: body.name, description: body.description ?? null },
        actorOf(c),
      );
      return c.json(renderGroup(group), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/group',
      operationId: 'ribbon2UpdateGroup',
      tags: [TAGS.groups.name],
      description: 'Edits the group named by `id` (members of `Admins`); GROUP_NOT_FOUND for an unknown id.',
      summary: 'Edit a group (Admins)',
      middleware: admins,
      security: SECURITY.ribbon2,
      request: {
        headers: IF_MATCH,
        body: {
          content: { 'application/json': { schema: GroupInput, example: EXAMPLES.updateGroup } },
          required: true,
        },
      },
      responses: { 200: withEtag(json(GroupModel)), ...precondition, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const id = Number(body.id);
      if (!Number.isSafeInteger(id) || !(await findGroupById(c.var.data.orm(), id))) throw groupNotFound(body.id);
      await conditionalWrite(c, groupKey(id));
      const group = await updateGroup(
        c.var.data.orm(),
        id,
        { name: body.name, description: body.description ?? null },
        actorOf(c),
      );
      await etagAfterWrite(c, groupKey(id));
      return c.json(renderGroup(group), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/group',
      operationId: 'ribbon2ListGroups',
      tags: [TAGS.groups.name],
      description: 'A page of groups (members of `Admins`).',
      summary: 'A page of groups (Admins)',
      middleware: adminReaders('base.user-management.group.view'),
      security: SECURITY.ribbon2,
      request: { query: pageQuery(groupOrder) },
      responses: { 200: json(PageOf(GroupModel).openapi('R2GroupPage')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listGroups(c.var.data.orm(), {
        limit: q.size,
        offset: q.page * q.size,
        sort: q.orderBy,
        descending: q.direction === 'DESC',
      });
      return c.json({ content: page.groups.map(renderGroup), totalCount: page.total }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/group/{id}',
      operationId: 'ribbon2GetGroup',
      tags: [TAGS.groups.name],
      description: 'One group (members of `Admins`); GROUP_NOT_FOUND for an unknown id.',
      summary: 'One group (Admins)',
      middleware: adminReaders('base.user-management.group.view'),
      security: SECURITY.ribbon2,
      request: { params: IdParam, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(GroupModel)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const notModified = await conditionalRead(c, groupKey(c.req.valid('param').id));
      if (notModified) return notModified;
      const group = await findGroupById(c.var.data.orm(), c.req.valid('param').id);
      if (!group) throw groupNotFound(c.req.valid('param').id);
      return c.json(renderGroup(group), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/group/{id}',
      operationId: 'ribbon2DeleteGroup',
      tags: [TAGS.groups.name],
      description:
        'Deletes a group (members of `Admins`); its members move to the base user group. Answers a raw 200 with no body. The base groups and `Admins` itself cannot be deleted (ACCESS_DENIED).',
      summary: 'Delete a group (Admins); its members move to the base user group',
      middleware: admins,
      security: SECURITY.ribbon2,
      request: { params: IdParam, headers: IF_MATCH },
      responses: { 200: ok, ...precondition, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const group = await findGroupById(c.var.data.orm(), id);
      if (!group) throw groupNotFound(id);
      // Admins is this face's administrators group: protected as the base groups are (a narrowing).
      if (group.name.toLowerCase() === ADMINS_GROUP.toLowerCase())
        throw new AppError('FORBIDDEN', 'The Admins group cannot be deleted');
      await conditionalWrite(c, groupKey(id));
      await deleteGroup(c.var.data.orm(), id, { action: 'MOVE', moveTo: USER_GROUP_ID }, actorOf(c));
      return c.body(null, 200);
    },
  );
  return app;
}
