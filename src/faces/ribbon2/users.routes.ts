import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { groupIdsByNames, groupNamesByIds } from '../../core/identity/groups';
import { USER_GROUP_ID } from '../../core/identity/rights';
import {
  createUser,
  deleteUser,
  findUserById,
  findUserWithGroups,
  listUsers,
  type UserWithGroups,
  updateUser,
} from '../../core/identity/users';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf } from '../../middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { adminReaders, admins, errorResponses, IdParam, json, ok, PageOf, pageQuery, precondition } from './common';
import { EXAMPLES, TAGS } from './openapi';

export const User = z
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

/** The identity rows' version keys: the same as every face's (core/ops/versions.ts). */
const userKey = (id: number) => ({ table: 'users', recordId: String(id) });

export const userNotFound = (id: unknown) =>
  new AppError('NOT_FOUND', `User ${String(id).slice(0, 40)} not found`, {
    details: { ribbon2Code: 'USER_NOT_FOUND' },
  });

export async function renderUsers(c: Context<AppEnv>, users: UserWithGroups[]) {
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

export function userRoutes() {
  const app = createRouter();
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

  return app;
}
