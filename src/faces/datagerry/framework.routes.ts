import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  allCategories,
  CATEGORY_SORT,
  deleteCategory,
  insertCategory,
  listCategories,
  readCategory,
  updateCategory,
} from '../../core/cmdb/categories';
import { categoryTree } from '../../core/cmdb/category-tree';
import {
  cleanObjects,
  deleteObjects,
  insertObject,
  listUnclean,
  OBJECT_SORT,
  readObject,
  setObjectState,
  updateObject,
} from '../../core/cmdb/objects';
import { mongoDate, renderObjects } from '../../core/cmdb/render';
import { deleteType, insertType, listTypes, readType, TYPE_SORT, updateType } from '../../core/cmdb/types';
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
import type { AppEnv } from '../../lib/types';
import { actorOf, requireRight } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite, readVersion } from '../../middleware/conditional';
import { changeOf, publishAfterCommit } from '../../middleware/feed';
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
import { objectTopic } from './feed';
import { CategoryListItem, CategoryModel, NativeObject, ObjectModel, RenderedObject, TypeModel } from './models';
import { ObjectListItem, ObjectListQuery, objectList } from './object-list';
import { EXAMPLES, TAGS } from './openapi';
import { listPage, TYPES_FOR_LOOKUP, treeFilterOnly } from './pipelines';
import { ObjectCreated, ObjectStatus, ObjectUpdated, objectUpdated, typeListPaging } from './web-ui';

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
const ObjectInput = z
  .object({
    type_id: z.number().int().positive(),
    status: ObjectStatus,
    active: z.boolean().optional(),
    fields: z.array(z.object({ name: z.string().max(64), value: z.unknown() })).max(200),
  })
  .passthrough()
  .openapi('DgObjectInput');
const CategoryInput = z
  .object({
    public_id: z.number().int().optional(),
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    label: z.string().max(200).nullish(),
    meta: z.object({ icon: z.string().max(200).optional(), order: z.number().int().nullish() }).optional(),
    parent: z.number().int().positive().nullish(),
    types: z.array(z.number().int().positive()).max(90).optional(),
  })
  .openapi('DgCategoryInput');
const Id = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The resource's public id.", example: 1 }),
});
const TypeId = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The type's public id.", example: 1 }),
});
const bodyOf = <T extends z.ZodType>(schema: T, example: unknown) => ({
  content: { 'application/json': { schema, example } },
  required: true,
});

/** A cmdb row's version key: the audit trail's table and the public id (core/ops/versions.ts). */
const rowKey = (table: 'dg_types' | 'dg_objects' | 'dg_categories', id: number) => ({ table, recordId: String(id) });
const precondition = preconditionFailedResponse(DgError);
/** Types and objects a type ACL may hide: If-Match is checked in the write's batch only (after the 404). */
const HIDDEN_IS_MISSING = { early: false };

const location = (c: Context<AppEnv>, path: string) => c.header('Location', publicLink(c, `/rest${path}`));

export function frameworkRoutes() {
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

  // Objects (specific paths before /objects/{public_id})
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/clean/{public_id}',
      operationId: 'datagerryListUncleanObjects',
      tags: [TAGS.objects.name],
      description: 'Objects of the type whose fields no longer match it (right `base.framework.type.clean`).',
      security,
      middleware: can('base.framework.type.clean'),
      summary: 'Objects of a type whose fields no longer match it',
      request: { params: TypeId },
      responses: { 200: json(ListOf(ObjectModel).openapi('DgObjectList')), ...errorResponses },
    }),
    async (c) => {
      const q = ListQuery.parse({ limit: 0 });
      const { objects, total } = await listUnclean(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      return c.json(listResponse(c, 'Object', paging(q, OBJECT_SORT), objects, total, q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/objects/clean/{public_id}',
      operationId: 'datagerryCleanObjects',
      tags: [TAGS.objects.name],
      description:
        'Drops the fields the type no longer has and adds the missing ones (null) to every object of the type; answers the cleaned objects.',
      security,
      middleware: can('base.framework.type.clean'),
      summary: 'Clean them: drop unknown fields, add missing ones',
      request: { params: TypeId },
      responses: { 202: json(OneOf(z.array(ObjectModel)).openapi('DgObjectsCleaned'), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const cleaned = await cleanObjects(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      publishAfterCommit(
        c,
        cleaned.map((o) => changeOf(c, objectTopic(o.type_id), 'UPDATE', o.public_id)),
      );
      return c.json(updated('Object', cleaned), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects',
      operationId: 'datagerryListObjects',
      tags: [TAGS.objects.name],
      description:
        'A page of the objects the caller may read (right `base.framework.object.view` and the type ACL), `native` or `render`ed; `filter` applies to columns and to field values as `fields.<name>`.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Objects (view native|render, filter on columns and fields.<name>, projection)',
      request: { query: ObjectListQuery },
      responses: { 200: json(ListOf(ObjectListItem).openapi('DgObjectPage')), ...errorResponses },
    }),
    async (c) => c.json(await objectList(c, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/native',
      operationId: 'datagerryGetNativeObject',
      tags: [TAGS.objects.name],
      description:
        'One object as stored: field names and values (passwords masked), times as `{"$date": <milliseconds>}` as the seed shows.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'One object, native',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(NativeObject)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_objects', id));
      const object = await readObject(c.var.data.d1(), actorOf(c), id);
      const notModified = answerVersion(c, rowKey('dg_objects', id), version);
      if (notModified) return notModified;
      c.header('X-Total-Count', '1');
      return c.json(
        { ...object, creation_time: mongoDate(object.creation_time), last_edit_time: mongoDate(object.last_edit_time) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/references',
      operationId: 'datagerryListObjectReferences',
      tags: [TAGS.objects.name],
      description: 'A page of the objects whose `ref` fields point to this object; same parameters as the object list.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Objects referencing this one',
      request: { params: Id, query: ObjectListQuery },
      responses: { 200: json(ListOf(ObjectListItem).openapi('DgObjectPage')), ...errorResponses },
    }),
    async (c) => c.json(await objectList(c, c.req.valid('query'), c.req.valid('param').public_id), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/state',
      operationId: 'datagerryGetObjectState',
      tags: [TAGS.objects.name],
      description: 'Whether the object is active: `true` or `false`.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Activation state',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: {
        200: withEtag(json(z.boolean().openapi({ description: 'Whether the object is active.' }))),
        ...NOT_MODIFIED,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_objects', id));
      const object = await readObject(c.var.data.d1(), actorOf(c), id);
      return answerVersion(c, rowKey('dg_objects', id), version) ?? c.json(object.active, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/objects/{public_id}/state',
      operationId: 'datagerrySetObjectState',
      tags: [TAGS.objects.name],
      description:
        'Activates or deactivates an object (right `base.framework.object.activation`); the body is `true`, `false` or `{"active": …}`.',
      security,
      middleware: can('base.framework.object.activation'),
      summary: 'Set the activation state (body: true or false)',
      request: {
        params: Id,
        headers: IF_MATCH,
        body: {
          content: {
            'application/json': {
              schema: z.union([z.boolean(), z.object({ active: z.boolean() })]),
              examples: {
                plain: { summary: 'The state', value: false },
                object: { summary: 'As an object', value: { active: false } },
              },
            },
          },
          required: true,
        },
      },
      responses: {
        202: withEtag(json(OneOf(z.boolean()).openapi('DgObjectState'), 'Accepted')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const active = typeof body === 'boolean' ? body : body.active;
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_objects', id), undefined, HIDDEN_IS_MISSING);
      const state = await setObjectState(c.var.data.d1(), actorOf(c), id, active);
      publishAfterCommit(c, [changeOf(c, objectTopic(state.type_id), 'UPDATE', id)]);
      await etagAfterWrite(c, rowKey('dg_objects', id));
      return c.json(updated('Object', state.active), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}',
      operationId: 'datagerryGetObject',
      tags: [TAGS.objects.name],
      description:
        'One object rendered with its type: object and type information, labelled fields, sections, summaries, externals.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'One object, rendered',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(RenderedObject)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const db = c.var.data.d1();
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_objects', id));
      const object = await readObject(db, actorOf(c), id);
      const notModified = answerVersion(c, rowKey('dg_objects', id), version);
      if (notModified) return notModified;
      c.header('X-Total-Count', '1');
      return c.json((await renderObjects(db, [object], actorOf(c)))[0], 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/objects',
      operationId: 'datagerryCreateObject',
      tags: [TAGS.objects.name],
      description:
        "Inserts an object; its fields are validated against its type (unknown fields, missing required ones, wrong types are 400). Answers the new id (200, with `Location`), as DATAGERRY's backend does; `status` may be a boolean.",
      security,
      middleware: can('base.framework.object.add'),
      summary: 'Insert an object (validated against its type)',
      request: { body: bodyOf(ObjectInput, EXAMPLES.object) },
      responses: { 200: json(ObjectCreated, 'Inserted: the new id'), ...errorResponses },
    }),
    async (c) => {
      const object = await insertObject(c.var.data.d1(), c.env, actorOf(c), c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, objectTopic(object.type_id), 'INSERT', object.public_id)]);
      location(c, `/objects/${object.public_id}`);
      return c.json(object.public_id, 200);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/objects/{public_id}',
      operationId: 'datagerryUpdateObject',
      tags: [TAGS.objects.name],
      description:
        "Updates an object's fields (validated against its type) and `active`/`status`; the version goes up by how much changed. Answers 200, as the seed shows for objects, with DATAGERRY's `{results, failed}` and the object as `result`.",
      security,
      middleware: can('base.framework.object.edit'),
      summary: 'Update an object (version bump by how much changed)',
      request: {
        params: Id,
        headers: IF_MATCH,
        body: bodyOf(ObjectInput.partial({ type_id: true }).openapi('DgObjectUpdate'), EXAMPLES.updateObject),
      },
      responses: {
        200: withEtag(json(ObjectUpdated, 'Updated')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_objects', id), undefined, HIDDEN_IS_MISSING);
      const object = await updateObject(c.var.data.d1(), c.env, actorOf(c), id, c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, objectTopic(object.type_id), 'UPDATE', id)]);
      await etagAfterWrite(c, rowKey('dg_objects', id));
      location(c, `/objects/${id}`);
      return c.json(objectUpdated(object), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/objects/{public_id}',
      operationId: 'datagerryDeleteObjects',
      tags: [TAGS.objects.name],
      description:
        'Deletes one object, or several (`1,2,3`, at most 90) all or nothing (right `base.framework.object.delete`). Answers (200, as the seed shows) the deleted object, or the list of them.',
      security,
      middleware: can('base.framework.object.delete'),
      summary: 'Delete one object, or several (`1,2,3`), all or nothing',
      // Named like the other /objects/{public_id} paths: OpenAPI forbids paths that differ only by a parameter name.
      request: {
        headers: IF_MATCH,
        params: z.object({
          public_id: z
            .string()
            .regex(/^\d{1,12}(,\d{1,12}){0,89}$/)
            .openapi({ description: 'One object id, or several separated by commas (at most 90).', example: '1,2,3' }),
        }),
      },
      responses: {
        200: json(
          DeleteOf(
            z.union([ObjectModel, z.array(ObjectModel)]).openapi({
              description: 'The deleted object, or the list of them when several ids were given.',
            }),
          ).openapi('DgObjectsDeleted'),
          'Deleted',
        ),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const ids = [...new Set(c.req.valid('param').public_id.split(',').map(Number))];
      if (ids.length > 1 && c.req.header('if-match'))
        throw new AppError('BAD_REQUEST', 'If-Match names one object: delete several without it');
      await conditionalWrite(c, rowKey('dg_objects', ids[0]), undefined, HIDDEN_IS_MISSING);
      const removed = await deleteObjects(c.var.data.d1(), actorOf(c), ids);
      publishAfterCommit(
        c,
        removed.map((o) => changeOf(c, objectTopic(o.type_id), 'DELETE', o.public_id)),
      );
      location(c, `/objects/${ids[0]}`); // as the seed's examples show, the (first) deleted object
      return c.json(deleted('Object', ids.length === 1 ? removed[0] : removed), 200);
    },
  );

  // Categories
  app.openapi(
    createRoute({
      method: 'get',
      path: '/categories',
      operationId: 'datagerryListCategories',
      tags: [TAGS.categories.name],
      description:
        'A page of categories as a flat list, or (`view=tree`) the root categories with their children (built from the categories the filter keeps). `filter` applies to `public_id`, `name`, `label`, `parent`, `meta.icon`, `meta.order` and `types` (`{"types": 1}`: the category holds type 1).',
      security,
      middleware: can('base.framework.category.view'),
      summary: 'Categories (view=list|tree)',
      request: {
        query: listQueryWith({
          sort: 'public_id',
          filter: '{"types":1}',
          projection: '{"public_id":1,"name":1,"types":1}',
        }).extend({
          view: z
            .enum(['list', 'tree'])
            .default('list')
            .openapi({ description: '`list` (flat, sortable) or `tree` (roots with their `children`).' }),
        }),
      },
      responses: { 200: json(ListOf(CategoryListItem).openapi('DgCategoryList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, CATEGORY_SORT, 'public_id', [...Object.keys(CategoryModel.shape), 'children']);
      const [db, actor] = [c.var.data.d1(), actorOf(c)];
      if (q.view === 'tree') {
        treeFilterOnly(p);
        const roots = await categoryTree(db, actor, p.filter);
        const results = p.project(roots.slice(p.offset, p.offset + p.limit));
        return c.json(listResponse(c, 'CategoryTree', p, results, roots.length, q, { view: 'tree' }), 200);
      }
      const page = await listPage(
        c,
        p,
        async (o) => {
          const { categories, total } = await listCategories(db, actor, { ...o, filter: p.filter });
          return { results: categories, total };
        },
        { 'framework.types': async () => (await listTypes(db, actor, TYPES_FOR_LOOKUP)).types },
      );
      return c.json(listResponse(c, 'Category', p, p.project(page.results), page.total, q, { view: 'list' }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/categories/{public_id}',
      operationId: 'datagerryGetCategory',
      tags: [TAGS.categories.name],
      description: 'One category, with its `ETag` (`If-None-Match`: 304 while it is unchanged).',
      security,
      middleware: can('base.framework.category.view'),
      summary: 'One category',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: {
        200: withEtag(json(OneOf(CategoryModel).openapi('DgCategoryResult'))),
        ...NOT_MODIFIED,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_categories', id));
      const category = await readCategory(c.var.data.d1(), actorOf(c), id);
      return answerVersion(c, rowKey('dg_categories', id), version) ?? c.json(one('Category', category), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/categories',
      operationId: 'datagerryCreateCategory',
      tags: [TAGS.categories.name],
      description:
        'Inserts a category (right `base.framework.category.add`); answers it (200, as the seed shows) with `Location`.',
      security,
      middleware: can('base.framework.category.add'),
      summary: 'Insert a category',
      request: { body: bodyOf(CategoryInput, EXAMPLES.category) },
      responses: { 200: json(InsertOf(CategoryModel).openapi('DgCategoryInserted'), 'Inserted'), ...errorResponses },
    }),
    async (c) => {
      const category = await insertCategory(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      location(c, `/categories/${category.public_id}`);
      return c.json(inserted('Category', category.public_id, category), 200);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/categories/{public_id}',
      operationId: 'datagerryUpdateCategory',
      tags: [TAGS.categories.name],
      description:
        'Replaces a category (right `base.framework.category.edit`); a category cannot become its own ancestor (400).',
      security,
      middleware: can('base.framework.category.edit'),
      summary: 'Update a category (a category cannot be its own ancestor)',
      request: { params: Id, headers: IF_MATCH, body: bodyOf(CategoryInput, EXAMPLES.updateCategory) },
      responses: {
        202: withEtag(json(OneOf(CategoryModel).openapi('DgCategoryUpdated'), 'Accepted')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_categories', id));
      const category = await updateCategory(c.var.data.d1(), actorOf(c), id, c.req.valid('json'));
      await etagAfterWrite(c, rowKey('dg_categories', id));
      location(c, `/categories/${id}`);
      return c.json(updated('Category', category), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/categories/{public_id}',
      operationId: 'datagerryDeleteCategory',
      tags: [TAGS.categories.name],
      description: 'Deletes a category (right `base.framework.category.delete`); its children move to its parent.',
      security,
      middleware: can('base.framework.category.delete'),
      summary: 'Delete a category (children move to its parent)',
      request: { params: Id, headers: IF_MATCH },
      responses: {
        202: json(DeleteOf(CategoryModel).openapi('DgCategoryDeleted'), 'Accepted'),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_categories', id));
      return c.json(deleted('Category', await deleteCategory(c.var.data.d1(), actorOf(c), id)), 202);
    },
  );
  return app;
}
