import { createRoute, z } from '@hono/zod-openapi';
import {
  createGroup,
  deleteGroup,
  findGroupById,
  type Group,
  listGroups,
  updateGroup,
} from '../../core/identity/groups';
import { USER_GROUP_ID } from '../../core/identity/rights';
import { ADMINS_GROUP } from '../../core/messaging/access';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf } from '../../middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { adminReaders, admins, errorResponses, IdParam, json, ok, PageOf, pageQuery, precondition } from './common';
import { EXAMPLES, TAGS } from './openapi';

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

/** The identity rows' version keys: the same as every face's (core/ops/versions.ts). */
const groupKey = (id: number) => ({ table: 'groups', recordId: String(id) });

const groupNotFound = (id: unknown) =>
  new AppError('NOT_FOUND', `Group ${String(id).slice(0, 40)} not found`, {
    details: { ribbon2Code: 'GROUP_NOT_FOUND' },
  });
const renderGroup = (g: Group) => ({ id: g.id, name: g.name, description: g.description });

export function groupRoutes() {
  const app = createRouter();
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
