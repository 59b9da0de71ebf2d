import { createRoute, z } from '@hono/zod-openapi';
import { allCategories } from '../../core/cmdb/categories';
import { deleteType, insertType, listTypes, readType, TYPE_SORT, updateType } from '../../core/cmdb/types';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite, readVersion } from '../../middleware/conditional';
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
  ListQuery,
  listResponse,
  OneOf,
  one,
  putAndPatch,
  updated,
} from './envelope';
import { TypeModel } from './models';
import { EXAMPLES, TAGS } from './openapi';
import { listPage } from './pipelines';
import { bodyOf, HIDDEN_IS_MISSING, location, precondition, rowKey, TypeId } from './route-common';
import { typeListPaging } from './web-ui';

const Field = z
  .object({
    type: z.enum(['text', 'password', 'textarea', 'number', 'checkbox', 'radio', 'select', 'date', 'ref']),
    name: z.string().max(64),
    label: z.string().max(200).optional(),
  })
  .passthrough();
const TypeInput = z
  .object({
    public_id: z.number().int().optional(),
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    label: z.string().max(200).nullish(),
    description: z.string().max(5000).nullish(),
    active: z.boolean().optional(),
    render_meta: z
      .object({
        icon: z.string().max(200).optional(),
        sections: z
          .array(
            z.object({ type: z.string(), name: z.string(), label: z.string().optional(), fields: z.array(z.string()) }),
          )
          .max(50)
          .optional(),
        externals: z
          .array(
            z.object({
              name: z.string(),
              href: z.string().max(2000),
              label: z.string().optional(),
              icon: z.string().optional(),
              fields: z.array(z.string()),
            }),
          )
          .max(50)
          .optional(),
        summary: z.object({ fields: z.array(z.string()) }).optional(),
      })
      .optional(),
    fields: z.array(Field).max(200).optional(),
    acl: z
      .object({
        activated: z.boolean(),
        groups: z.object({ includes: z.record(z.string(), z.array(z.enum(['CREATE', 'READ', 'UPDATE', 'DELETE']))) }),
      })
      .optional(),
  })
  .openapi('DgTypeInput');

/** DATAGERRY's types (`/types`): list, read, create, update, delete (docs/faces/datagerry.md). */
export function typeRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  // A first, narrowing check only: the cmdb services decide again from the core Actor (right, read-only
  // user, type ACL), whatever the face lets through.
  const can = (right: string) => [dgAuth, requireRight(right)];

  // Types
  app.openapi(
    createRoute({
      method: 'get',
      path: '/types',
      operationId: 'datagerryListTypes',
      tags: [TAGS.types.name],
      description:
        'A page of the types the caller may read (right `base.framework.type.view`; a type ACL can hide types). `filter` applies to `public_id`, `name`, `label`, `description`, `active`, `author_id`, `creation_time`, `version` and the field definitions (`fields.name`, `fields.type`, `fields.label`, `fields.required`, or `$elemMatch` on `fields`).',
      security,
      middleware: can('base.framework.type.view'),
      summary: 'Types',
      request: { query: ListQuery },
      responses: { 200: json(ListOf(TypeModel).openapi('DgTypeList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { p, options } = typeListPaging(q, TYPE_SORT, Object.keys(TypeModel.shape));
      const [db, actor] = [c.var.data.d1(), actorOf(c)];
      const page = await listPage(
        c,
        p,
        async (o) => {
          const { types, total } = await listTypes(db, actor, { ...options, ...o });
          return { results: types, total };
        },
        { 'framework.categories': () => allCategories(db, actor) },
      );
      return c.json(listResponse(c, 'Type', p, p.project(page.results), page.total, q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/types/{public_id}',
      operationId: 'datagerryGetType',
      tags: [TAGS.types.name],
      description:
        'One type (right `base.framework.type.view`), with its `ETag` (`If-None-Match`: 304 while it is unchanged).',
      security,
      middleware: can('base.framework.type.view'),
      summary: 'One type',
      request: { params: TypeId, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(OneOf(TypeModel).openapi('DgTypeResult'))), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_types', id));
      const type = await readType(c.var.data.d1(), actorOf(c), id);
      return answerVersion(c, rowKey('dg_types', id), version) ?? c.json(one('Type', type), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/types',
      operationId: 'datagerryCreateType',
      tags: [TAGS.types.name],
      description:
        'Inserts a type (right `base.framework.type.add`); answers it (200, as the seed shows) with its id and `Location`.',
      security,
      middleware: can('base.framework.type.add'),
      summary: 'Insert a type',
      request: { body: bodyOf(TypeInput, EXAMPLES.type) },
      responses: { 200: json(InsertOf(TypeModel).openapi('DgTypeInserted'), 'Inserted'), ...errorResponses },
    }),
    async (c) => {
      const type = await insertType(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      location(c, `/types/${type.public_id}`);
      return c.json(inserted('Type', type.public_id, type), 200);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/types/{public_id}',
      operationId: 'datagerryUpdateType',
      tags: [TAGS.types.name],
      description:
        'Replaces a type (right `base.framework.type.edit`). Objects keep their values; fields no longer in the type make them "unclean" (see `/objects/clean`).',
      security,
      middleware: can('base.framework.type.edit'),
      summary: 'Update a type',
      request: { params: TypeId, headers: IF_MATCH, body: bodyOf(TypeInput, EXAMPLES.type) },
      responses: {
        202: withEtag(json(OneOf(TypeModel).openapi('DgTypeUpdated'), 'Accepted')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_types', id), undefined, HIDDEN_IS_MISSING);
      const type = await updateType(c.var.data.d1(), c.env, actorOf(c), id, c.req.valid('json'));
      await etagAfterWrite(c, rowKey('dg_types', id));
      location(c, `/types/${type.public_id}`);
      return c.json(updated('Type', type), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/types/{public_id}',
      operationId: 'datagerryDeleteType',
      tags: [TAGS.types.name],
      description:
        'Deletes a type (right `base.framework.type.delete`); 409 while objects of it exist, unless `delete_objects=true` deletes them too.',
      security,
      middleware: can('base.framework.type.delete'),
      summary: 'Delete a type (409 while it has objects, unless delete_objects=true)',
      request: {
        params: TypeId,
        headers: IF_MATCH,
        query: z.object({
          delete_objects: z.enum(['true', 'false']).optional().openapi({
            description: "`true` deletes the type's objects with it (otherwise their existence is a 409).",
          }),
        }),
      },
      responses: {
        202: json(DeleteOf(TypeModel).openapi('DgTypeDeleted'), 'Accepted'),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_types', id), undefined, HIDDEN_IS_MISSING);
      const type = await deleteType(c.var.data.d1(), actorOf(c), id, c.req.valid('query').delete_objects === 'true');
      return c.json(deleted('Type', type), 202);
    },
  );
  return app;
}
