import { createRoute, z } from '@hono/zod-openapi';
import { compileFilter, type FieldResolver } from '../../core/filter';
import { checkLogin, clientAddress } from '../../core/identity/throttle';
import { issueToken } from '../../core/identity/tokens';
import {
  createUser,
  deleteUser,
  findUserWithGroups,
  listUsers,
  USER_FILTER_FIELDS,
  type UserWithGroups,
  updateUser,
} from '../../core/identity/users';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, loginThrottled, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import {
  DeleteOf,
  DgError,
  deleted,
  errorResponses,
  InsertOf,
  inserted,
  json,
  ListOf,
  ListQuery,
  listResponse,
  OneOf,
  one,
  paging,
  putAndPatch,
  updated,
} from './envelope';
import { EXAMPLES, TAGS } from './openapi';
import { listPage } from './pipelines';
import { Id, location, notFound, precondition } from './route-common';

/** The user rows' version key: the same as every face's (core/ops/versions.ts). */
const userKey = (id: number) => ({ table: 'users', recordId: String(id) });

const User = z
  .object({
    public_id: z.number().int(),
    user_name: z.string(),
    active: z.boolean(),
    group_id: z.number().int().openapi({ description: "The user's primary group." }),
    registration_time: z.string(),
    authenticator: z.string().openapi({ example: 'LocalAuthenticationProvider' }),
    email: z.string().nullable(),
    image: z.string().nullable().openapi({ description: 'Avatar image (data URL), if any.' }),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
  })
  .openapi('DgUser');
const UserInput = z
  .object({
    public_id: z.number().int().optional(),
    user_name: z.string().trim().min(1).max(120),
    active: z.boolean().optional(),
    group_id: z.number().int().positive().optional(),
    password: z.string().min(1).max(1024).optional().openapi({ description: 'New password; absent on update: kept.' }),
    email: z.string().max(320).nullish(),
    image: z.string().max(100_000).nullish(),
    first_name: z.string().max(200).nullish(),
    last_name: z.string().max(200).nullish(),
  })
  .passthrough()
  .openapi('DgUserInput');

const renderUser = (u: UserWithGroups) => ({
  public_id: u.id,
  user_name: u.login,
  active: u.enabled,
  group_id: u.groupId,
  registration_time: u.registrationTime,
  authenticator: u.authenticator,
  email: u.email,
  image: u.image,
  first_name: u.firstName,
  last_name: u.lastName,
});

/** DATAGERRY names → the core's filterable user fields (password material is not among them). */
const USER_FIELDS: Record<string, (typeof USER_FILTER_FIELDS)[string]> = {
  public_id: USER_FILTER_FIELDS.id,
  user_name: USER_FILTER_FIELDS.login,
  active: USER_FILTER_FIELDS.enabled,
  email: USER_FILTER_FIELDS.email,
  first_name: USER_FILTER_FIELDS.firstName,
  last_name: USER_FILTER_FIELDS.lastName,
  registration_time: USER_FILTER_FIELDS.registrationTime,
  authenticator: USER_FILTER_FIELDS.authenticator,
  group_id: USER_FILTER_FIELDS.primaryGroupId,
};
const userResolver: FieldResolver = {
  resolve(path) {
    const field = USER_FIELDS[path];
    if (!field) throw new AppError('BAD_REQUEST', `Unknown field '${path.slice(0, 64)}'`);
    return field;
  },
};

/** DATAGERRY's login (`/auth/login`) and users (`/users`): list, read, create, update, delete. */
export function userRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  const can = (right: string) => [dgAuth, requireRight(right)];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      operationId: 'datagerryLogin',
      tags: [TAGS.auth.name],
      description:
        'Checks the user name and password (throttled: repeated failures answer 429 with `Retry-After`) and answers the user, a JWT and its issue and expiry times (Unix seconds).',
      security: SECURITY.none,
      summary: 'Log in: user, token and its lifetime',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ user_name: z.string().min(1).max(120), password: z.string().min(1).max(1024) })
                .openapi('DgLoginRequest'),
              example: EXAMPLES.login,
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(
          z
            .object({
              user: User,
              token: z.string().openapi({ description: 'The JWT: send it as `Authorization: Bearer <token>`.' }),
              token_issued_at: z.number().int().openapi({ description: 'Issue time (Unix seconds).' }),
              token_expire: z.number().int().openapi({ description: 'Expiry time (Unix seconds).' }),
            })
            .openapi('DgLogin'),
        ),
        ...errorResponses,
        ...loginThrottled(DgError),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const orm = c.var.data.orm();
      const id = await checkLogin(c.env, orm, {
        login: body.user_name,
        password: body.password,
        client: clientAddress(c.req.raw.headers),
      });
      const user = id === null ? undefined : await findUserWithGroups(orm, id);
      if (!user) throw new AppError('UNAUTHENTICATED', 'Invalid user name or password');
      const { token, claims } = await issueToken(c.env, user);
      return c.json({ user: renderUser(user), token, token_issued_at: claims.iat, token_expire: claims.exp }, 200);
    },
  );

  // Users
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      operationId: 'datagerryListUsers',
      tags: [TAGS.users.name],
      description: 'A page of users (right `base.user-management.user.view`); `filter` applies to the user properties.',
      security,
      middleware: can('base.user-management.user.view'),
      summary: 'Users',
      request: { query: ListQuery },
      responses: { 200: json(ListOf(User).openapi('DgUserList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(
        q,
        Object.keys(USER_FIELDS).filter((k) => USER_FIELDS[k].sort),
        'public_id',
        Object.keys(User.shape),
      );
      const page = await listPage(c, p, async (o) => {
        const where = compileFilter(p.filter, userResolver);
        const r = await listUsers(c.var.data.orm(), { ...o, sort: USER_FIELDS[o.sort].sort, where });
        return { results: r.users.map(renderUser), total: r.total };
      });
      return c.json(listResponse(c, 'User', p, p.project(page.results), page.total, q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users/{public_id}',
      operationId: 'datagerryGetUser',
      tags: [TAGS.users.name],
      description:
        'One user (right `base.user-management.user.view`), with its `ETag` (`If-None-Match`: 304 while it is unchanged).',
      security,
      middleware: can('base.user-management.user.view'),
      summary: 'One user',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(OneOf(User).openapi('DgUserResult'))), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const notModified = await conditionalRead(c, userKey(c.req.valid('param').public_id));
      if (notModified) return notModified;
      const user = await findUserWithGroups(c.var.data.orm(), c.req.valid('param').public_id);
      if (!user) throw notFound('User', c.req.valid('param').public_id);
      return c.json(one('User', renderUser(user)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      operationId: 'datagerryCreateUser',
      tags: [TAGS.users.name],
      description:
        'Inserts a user (right `base.user-management.user.add`); the password is hashed and never returned. Answers it (200, as the seed shows) with `Location`.',
      security,
      middleware: can('base.user-management.user.add'),
      summary: 'Insert a user (the password is hashed, never returned)',
      request: {
        body: { content: { 'application/json': { schema: UserInput, example: EXAMPLES.createUser } }, required: true },
      },
      responses: { 200: json(InsertOf(User).openapi('DgUserInserted'), 'Inserted'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const user = await createUser(
        c.var.data.orm(),
        {
          login: body.user_name,
          password: body.password,
          enabled: body.active ?? true,
          groupId: body.group_id,
          email: body.email ?? null,
          image: body.image ?? null,
          firstName: body.first_name ?? null,
          lastName: body.last_name ?? null,
        },
        actorOf(c),
      );
      location(c, `/users/${user.id}`);
      return c.json(inserted('User', user.id, renderUser(user)), 200);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/users/{public_id}',
      operationId: 'datagerryUpdateUser',
      tags: [TAGS.users.name],
      description: 'Updates a user (right `base.user-management.user.edit`); without `password` the old one is kept.',
      security,
      middleware: can('base.user-management.user.edit'),
      summary: 'Update a user (no password: kept)',
      request: {
        params: Id,
        headers: IF_MATCH,
        body: { content: { 'application/json': { schema: UserInput, example: EXAMPLES.updateUser } }, required: true },
      },
      responses: {
        202: withEtag(json(OneOf(User).openapi('DgUserUpdated'), 'Accepted')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const body = c.req.valid('json');
      await conditionalWrite(c, userKey(id));
      const user = await updateUser(
        c.var.data.orm(),
        id,
        {
          login: body.user_name,
          password: body.password,
          enabled: body.active,
          groupId: body.group_id,
          email: body.email,
          image: body.image,
          firstName: body.first_name,
          lastName: body.last_name,
        },
        actorOf(c),
      );
      await etagAfterWrite(c, userKey(id));
      location(c, `/users/${id}`);
      return c.json(updated('User', renderUser(user)), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/users/{public_id}',
      operationId: 'datagerryDeleteUser',
      tags: [TAGS.users.name],
      description: 'Deletes a user (right `base.user-management.user.delete`).',
      security,
      middleware: can('base.user-management.user.delete'),
      summary: 'Delete a user',
      request: { params: Id, headers: IF_MATCH },
      responses: { 202: json(DeleteOf(User).openapi('DgUserDeleted'), 'Accepted'), ...precondition, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, userKey(id));
      const user = await deleteUser(c.var.data.orm(), id, actorOf(c));
      return c.json(deleted('User', renderUser(user)), 202);
    },
  );
  return app;
}
