import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { GROUP_SORT, listGroupsFiltered } from '../../core/cmdb/directory';
import {
  createGroup,
  deleteGroup,
  findGroupById,
  type GroupWithRights,
  listRights,
  type Right,
  updateGroup,
} from '../../core/identity/groups';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import {
  DeleteOf,
  deleted,
  errorResponses,
  InsertOf,
  inserted,
  json,
  ListOf,
  listQueryWith,
  listResponse,
  OneOf,
  one,
  paging,
  putAndPatch,
  updated,
} from './envelope';
import { EXAMPLES, TAGS } from './openapi';
import { listPage } from './pipelines';
import { RightModel, renderRight } from './rights.routes';
import { Id, location, notFound, precondition } from './route-common';

/** The group rows' version key: the same as every face's (core/ops/versions.ts). */
const groupKey = (id: number) => ({ table: 'groups', recordId: String(id) });
const Group = z
  .object({ public_id: z.number().int(), name: z.string(), label: z.string().nullable(), rights: z.array(RightModel) })
  .openapi('DgGroup');
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

/** DATAGERRY's groups (`/groups`): list, read, create, update, delete (with what becomes of their users). */
export function groupRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  const can = (right: string) => [dgAuth, requireRight(right)];

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
  return app;
}
