import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { GROUP_SORT, listGroupsFiltered, listRightsFiltered } from '../../core/cmdb/directory';
import { deleteUserSetting, listUserSettings, readUserSetting, saveUserSetting } from '../../core/cmdb/settings';
import { compileFilter, type FieldResolver } from '../../core/filter';
import {
  createGroup,
  deleteGroup,
  findGroupById,
  findRight,
  type GroupWithRights,
  listRights,
  type Right,
  updateGroup,
} from '../../core/identity/groups';
import { isMasterRight, SECURITY_LEVELS } from '../../core/identity/rights';
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
import { actorOf, requireRight } from '../../middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
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
  listQueryWith,
  listResponse,
  OneOf,
  one,
  paging,
  publicLink,
  putAndPatch,
  updated,
} from './envelope';
import { EXAMPLES, TAGS } from './openapi';
import { listPage, treeFilterOnly } from './pipelines';

/** The identity rows' version keys: the same as every face's (core/ops/versions.ts). */
const userKey = (id: number) => ({ table: 'users', recordId: String(id) });
const groupKey = (id: number) => ({ table: 'groups', recordId: String(id) });
const precondition = preconditionFailedResponse(DgError);

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
const RightModel = z
  .object({
    level: z.number().int().openapi({ description: 'Security level (see `/rights/levels`).' }),
    name: z.string().openapi({ example: 'base.framework.object.view' }),
    label: z.string(),
    description: z.string(),
    is_master: z.boolean().openapi({ description: 'A wildcard right (`….*`) that covers the rights under it.' }),
  })
  .openapi('DgRight');
type RightNodeType = z.infer<typeof RightModel> & { children?: RightNodeType[] };
/** `view=tree`: master rights with the rights under them. */
const RightNode: z.ZodType<RightNodeType> = z
  .object({
    ...RightModel.shape,
    get children() {
      return z.array(RightNode).optional().openapi({ description: 'Rights under this master right (`view=tree`).' });
    },
  })
  .openapi('DgRightNode');
const Group = z
  .object({ public_id: z.number().int(), name: z.string(), label: z.string().nullable(), rights: z.array(RightModel) })
  .openapi('DgGroup');
const SecurityLevels = z
  .object({
    CRITICAL: z.number().int(),
    DANGER: z.number().int(),
    SECURE: z.number().int(),
    PROTECTED: z.number().int(),
    PERMISSION: z.number().int(),
    NOTSET: z.number().int(),
  })
  .openapi('DgSecurityLevels');
const GroupInput = z
  .object({
    public_id: z.number().int().optional(),
    name: z.string().trim().min(1).max(120),
    label: z.string().max(200).nullish(),
    rights: z
      .array(z.union([z.string().max(120), z.object({ name: z.string().max(120) })]))
      .max(90)
      .default([])
      .openapi({ description: 'Rights by name (or `{name}` objects, as the group answers them).' }),
  })
  .openapi('DgGroupInput');
const Setting = z
  .object({
    identifier: z.string(),
    user_id: z.number().int(),
    payload: z.unknown().openapi({ description: "The setting's value: any JSON the client stores." }),
    setting_type: z.string().openapi({ description: 'GLOBAL or APPLICATION.' }),
  })
  .openapi('DgUserSetting');
const SettingInput = z
  .object({
    identifier: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/),
    user_id: z.number().int().optional().openapi({ description: 'Ignored: the path names the user.' }),
    payload: z.unknown().default({}).openapi({ description: 'Any JSON (at most 100 000 characters).' }),
    setting_type: z.enum(['GLOBAL', 'APPLICATION']).default('GLOBAL'),
  })
  .openapi('DgUserSettingInput');
const Id = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The resource's public id.", example: 1 }),
});

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
const renderRight = (r: Right) => ({
  level: r.level,
  name: r.name,
  label: r.label,
  description: r.description,
  is_master: isMasterRight(r.name),
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

async function rightsByName(c: Context<AppEnv>): Promise<Map<string, Right>> {
  return new Map((await listRights(c.var.data.orm())).map((r) => [r.name, r]));
}

async function renderGroups(c: Context<AppEnv>, groups: GroupWithRights[]) {
  const all = await rightsByName(c);
  return groups.map((g) => ({
    public_id: g.id,
    name: g.name,
    label: g.label,
    rights: g.rights
      .map((name) => all.get(name))
      .filter((r): r is Right => Boolean(r))
      .map(renderRight),
  }));
}

const location = (c: Context<AppEnv>, path: string) => c.header('Location', publicLink(c, `/rest${path}`));
const notFound = (what: string, id: unknown) =>
  new AppError('NOT_FOUND', `${what} ${String(id).slice(0, 64)} not found`);

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

  // Settings
  const UserId = z.object({
    public_id: z.coerce.number().int().positive().openapi({ description: "The user's public id.", example: 1 }),
  });
  const SettingId = UserId.extend({
    identifier: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/)
      .openapi({ description: "The setting's identifier.", example: 'dashboard' }),
  });
  const settingBody = {
    content: { 'application/json': { schema: SettingInput, example: EXAMPLES.setting } },
    required: true,
  };
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users/{public_id}/settings',
      operationId: 'datagerryListUserSettings',
      tags: [TAGS.settings.name],
      description: "Every setting of the user: the caller's own, or anyone's for an administrator (403 otherwise).",
      security,
      middleware: [dgAuth],
      summary: "A user's settings (own, or admin)",
      request: { params: UserId },
      responses: {
        200: json(
          z
            .object({ results: z.array(Setting), response_type: z.string(), model: z.string(), time: z.string() })
            .openapi('DgUserSettings'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const results = await listUserSettings(c.var.data.d1(), actorOf(c), id);
      c.header('X-Total-Count', String(results.length));
      return c.json({ results, response_type: 'GET', model: 'UserSetting', time: new Date().toISOString() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users/{public_id}/settings/{identifier}',
      operationId: 'datagerryGetUserSetting',
      tags: [TAGS.settings.name],
      description: 'One setting of the user, in a one-item `results` list.',
      security,
      middleware: [dgAuth],
      summary: 'One setting',
      request: { params: SettingId },
      responses: {
        200: json(
          z
            .object({ results: z.array(Setting), response_type: z.string(), model: z.string(), time: z.string() })
            .openapi('DgUserSettingResult'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { public_id, identifier } = c.req.valid('param');
      const setting = await readUserSetting(c.var.data.d1(), actorOf(c), public_id, identifier);
      return c.json(
        { results: [setting], response_type: 'GET', model: 'UserSetting', time: new Date().toISOString() },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/users/{public_id}/settings',
      operationId: 'datagerryCreateUserSetting',
      tags: [TAGS.settings.name],
      description:
        "Inserts a setting for the user (the path's user, whatever the body says); 409 when the identifier exists.",
      security,
      middleware: [dgAuth],
      summary: 'Insert a setting',
      request: { params: UserId, body: settingBody },
      responses: { 201: json(InsertOf(Setting).openapi('DgUserSettingInserted'), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const body = c.req.valid('json');
      const setting = await saveUserSetting(c.var.data.d1(), actorOf(c), { ...body, user_id: id }, 'insert');
      location(c, `/users/${id}/settings/${setting.identifier}`);
      return c.json(inserted('UserSetting', setting.identifier, setting), 201);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/users/{public_id}/settings/{identifier}',
      operationId: 'datagerryUpdateUserSetting',
      tags: [TAGS.settings.name],
      description: 'Replaces a setting of the user.',
      security,
      middleware: [dgAuth],
      summary: 'Update a setting',
      request: { params: SettingId, body: settingBody },
      responses: { 202: json(OneOf(Setting).openapi('DgUserSettingUpdated'), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const { public_id, identifier } = c.req.valid('param');
      const setting = await saveUserSetting(
        c.var.data.d1(),
        actorOf(c),
        { ...c.req.valid('json'), identifier, user_id: public_id },
        'update',
      );
      location(c, `/users/${public_id}/settings/${identifier}`);
      return c.json(updated('UserSetting', setting), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/users/{public_id}/settings/{identifier}',
      operationId: 'datagerryDeleteUserSetting',
      tags: [TAGS.settings.name],
      description: 'Deletes a setting of the user.',
      security,
      middleware: [dgAuth],
      summary: 'Delete a setting',
      request: { params: SettingId },
      responses: { 202: json(DeleteOf(Setting).openapi('DgUserSettingDeleted'), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const { public_id, identifier } = c.req.valid('param');
      return c.json(
        deleted('UserSetting', await deleteUserSetting(c.var.data.d1(), actorOf(c), public_id, identifier)),
        202,
      );
    },
  );

  // Groups
  app.openapi(
    createRoute({
      method: 'get',
      path: '/groups',
      operationId: 'datagerryListGroups',
      tags: [TAGS.groups.name],
      description:
        'A page of groups with their rights (right `base.user-management.group.view`). `filter` applies to `public_id`, `name`, `label` and `rights` (by name, `{"rights": "base.*"}`, or by the right objects, `{"rights.level": {"$gte": 80}}`).',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'Groups',
      request: {
        query: listQueryWith({ sort: 'public_id', filter: '{"name":"admin"}', projection: '{"public_id":1,"name":1}' }),
      },
      responses: { 200: json(ListOf(Group).openapi('DgGroupList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, GROUP_SORT, 'public_id', Object.keys(Group.shape));
      const page = await listPage(c, p, async (o) => {
        const r = await listGroupsFiltered(c.var.data.d1(), actorOf(c), { ...o, filter: p.filter });
        return { results: await renderGroups(c, r.groups), total: r.total };
      });
      return c.json(listResponse(c, 'Group', p, p.project(page.results), page.total, q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/groups/{public_id}',
      operationId: 'datagerryGetGroup',
      tags: [TAGS.groups.name],
      description: 'One group with its rights, and its `ETag` (`If-None-Match`: 304 while it is unchanged).',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'One group',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(OneOf(Group).openapi('DgGroupResult'))), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const notModified = await conditionalRead(c, groupKey(c.req.valid('param').public_id));
      if (notModified) return notModified;
      const group = await findGroupById(c.var.data.orm(), c.req.valid('param').public_id);
      if (!group) throw notFound('Group', c.req.valid('param').public_id);
      return c.json(one('Group', (await renderGroups(c, [group]))[0]), 200);
    },
  );
  const rightNames = (rights: z.infer<typeof GroupInput>['rights']) =>
    rights.map((r) => (typeof r === 'string' ? r : r.name));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/groups',
      operationId: 'datagerryCreateGroup',
      tags: [TAGS.groups.name],
      description:
        'Inserts a group (right `base.user-management.group.add`); rights are given by name. Answers it (200, as the seed shows) with `Location`.',
      security,
      middleware: can('base.user-management.group.add'),
      summary: 'Insert a group (rights by name)',
      request: {
        body: {
          content: { 'application/json': { schema: GroupInput, example: EXAMPLES.createGroup } },
          required: true,
        },
      },
      responses: { 200: json(InsertOf(Group).openapi('DgGroupInserted'), 'Inserted'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const group = await createGroup(
        c.var.data.orm(),
        { name: body.name, label: body.label ?? null, rights: rightNames(body.rights) },
        actorOf(c),
      );
      location(c, `/groups/${group.id}`);
      return c.json(inserted('Group', group.id, (await renderGroups(c, [group]))[0]), 200);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/groups/{public_id}',
      operationId: 'datagerryUpdateGroup',
      tags: [TAGS.groups.name],
      description: "Replaces a group's name, label and rights (right `base.user-management.group.edit`).",
      security,
      middleware: can('base.user-management.group.edit'),
      summary: 'Update a group',
      request: {
        params: Id,
        headers: IF_MATCH,
        body: {
          content: { 'application/json': { schema: GroupInput, example: EXAMPLES.updateGroup } },
          required: true,
        },
      },
      responses: {
        202: withEtag(json(OneOf(Group).openapi('DgGroupUpdated'), 'Accepted')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const body = c.req.valid('json');
      await conditionalWrite(c, groupKey(id));
      const group = await updateGroup(
        c.var.data.orm(),
        id,
        { name: body.name, label: body.label ?? null, rights: rightNames(body.rights) },
        actorOf(c),
      );
      await etagAfterWrite(c, groupKey(id));
      location(c, `/groups/${id}`);
      return c.json(updated('Group', (await renderGroups(c, [group]))[0]), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/groups/{public_id}',
      operationId: 'datagerryDeleteGroup',
      tags: [TAGS.groups.name],
      description:
        'Deletes a group (right `base.user-management.group.delete`). Its users move to `group_id` (`action=MOVE`) or are deleted (`action=DELETE`); groups 1 (admin) and 2 (user) cannot be deleted.',
      security,
      middleware: can('base.user-management.group.delete'),
      summary:
        'Delete a group; action=MOVE&group_id= moves its users, action=DELETE deletes them (groups 1 and 2 cannot be deleted)',
      request: {
        params: Id,
        headers: IF_MATCH,
        query: z.object({
          action: z.enum(['NONE', 'MOVE', 'DELETE']).optional().openapi({
            description:
              "What happens to the group's users: MOVE to `group_id`, DELETE them, or NONE (DATAGERRY's GroupDeleteMode; as no action).",
          }),
          group_id: z.coerce
            .number()
            .int()
            .positive()
            .optional()
            .openapi({ description: 'Group the users move to (`action=MOVE`).', example: 2 }),
        }),
      },
      responses: {
        202: json(DeleteOf(Group).openapi('DgGroupDeleted'), 'Accepted'),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const q = c.req.valid('query');
      if (q.action === 'MOVE' && !q.group_id) throw new AppError('BAD_REQUEST', 'action=MOVE needs group_id');
      const how =
        q.action === 'MOVE'
          ? { action: 'MOVE' as const, moveTo: q.group_id ?? 0 }
          : q.action === 'DELETE'
            ? { action: 'DELETE' as const }
            : { action: 'NONE' as const };
      await conditionalWrite(c, groupKey(id));
      const group = await deleteGroup(c.var.data.orm(), id, how, actorOf(c));
      return c.json(deleted('Group', (await renderGroups(c, [group]))[0]), 202);
    },
  );

  // Rights
  app.openapi(
    createRoute({
      method: 'get',
      path: '/rights/levels',
      operationId: 'datagerryListSecurityLevels',
      tags: [TAGS.rights.name],
      description: 'The security levels and their numbers.',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'Security levels',
      responses: { 200: json(OneOf(SecurityLevels).openapi('DgSecurityLevelsResult')), ...errorResponses },
    }),
    (c) => c.json(one('Security-Level', SECURITY_LEVELS), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/rights',
      operationId: 'datagerryListRights',
      tags: [TAGS.rights.name],
      description:
        'A page of the rights catalogue, as a list or (`view=tree`) master rights with their children. `filter` applies to `name`, `level`, `label`, `description` and `is_master` (a tree is built from the rights it keeps). Answers 202, as the seed shows for this route.',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'The rights catalogue (view=list|tree)',
      request: {
        query: listQueryWith({
          sort: 'name',
          filter: '{"name":{"$regex":"^base"}}',
          projection: '{"name":1,"level":1}',
        }).extend({
          view: z
            .enum(['list', 'tree'])
            .default('list')
            .openapi({ description: '`list` (flat) or `tree` (master rights with their `children`).' }),
        }),
      },
      responses: {
        202: json(ListOf(RightNode).openapi('DgRightList'), 'The page (202, as the seed shows)'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, ['name', 'level'], 'name', [...Object.keys(RightModel.shape), 'children']);
      const all = (await listRightsFiltered(c.var.data.d1(), actorOf(c), p.filter)).map(renderRight);
      const order = (sort: string, descending: boolean) =>
        all.sort(
          (a, b) => (sort === 'level' ? a.level - b.level : a.name.localeCompare(b.name)) * (descending ? -1 : 1),
        );
      order(p.sort, p.descending);
      if (q.view === 'tree') {
        treeFilterOnly(p);
        type Node = ReturnType<typeof renderRight> & { children?: Node[] };
        const parentOf = (name: string) =>
          all
            .filter((r) => r.is_master && r.name !== name && name.startsWith(r.name.slice(0, -1)))
            .sort((a, b) => b.name.length - a.name.length)[0]?.name;
        const nodes = new Map<string, Node>(all.map((r) => [r.name, { ...r }]));
        const roots: Node[] = [];
        for (const r of all) {
          const parent = parentOf(r.name);
          const node = nodes.get(r.name) as Node;
          if (parent) (nodes.get(parent) as Node).children = [...((nodes.get(parent) as Node).children ?? []), node];
          else roots.push(node);
        }
        const results = p.project(roots.slice(p.offset, p.offset + p.limit));
        return c.json(listResponse(c, 'Right', p, results, roots.length, q, { view: 'tree' }), 202);
      }
      const page = await listPage(c, p, async (o) => ({
        results: order(o.sort, o.descending).slice(o.offset, o.offset + o.limit),
        total: all.length,
      }));
      return c.json(listResponse(c, 'Right', p, p.project(page.results), page.total, q, { view: 'list' }), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/rights/{name}',
      operationId: 'datagerryGetRight',
      tags: [TAGS.rights.name],
      description: 'One right by name.',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'One right',
      request: {
        params: z.object({
          name: z
            .string()
            .regex(/^[a-z0-9.*-]{1,120}$/)
            .openapi({ description: "The right's name.", example: 'base.framework.object.view' }),
        }),
      },
      responses: { 200: json(OneOf(RightModel).openapi('DgRightResult')), ...errorResponses },
    }),
    async (c) => {
      const right = await findRight(c.var.data.orm(), c.req.valid('param').name);
      if (!right) throw notFound('Right', c.req.valid('param').name);
      return c.json(one('Right', renderRight(right)), 200);
    },
  );
  return app;
}
