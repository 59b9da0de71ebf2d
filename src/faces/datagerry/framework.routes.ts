import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  allCategories,
  CATEGORY_SORT,
  deleteCategory,
  insertCategory,
  listCategories,
  readCategory,
  tree,
  updateCategory,
} from '../../core/cmdb/categories';
import {
  type CmdbObject,
  cleanObjects,
  deleteObjects,
  insertObject,
  listObjects,
  listReferences,
  listUnclean,
  OBJECT_SORT,
  readObject,
  setObjectState,
  updateObject,
} from '../../core/cmdb/objects';
import { renderObjects } from '../../core/cmdb/render';
import { deleteType, insertType, listTypes, readType, TYPE_SORT, updateType } from '../../core/cmdb/types';
import { AppError } from '../../lib/errors';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { actorOf, requireRight } from '../../middleware/auth';
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
  paging,
  updated,
} from './envelope';

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
const TypeModel = z.record(z.string(), z.unknown()).openapi('DgType');
const ObjectModel = z.record(z.string(), z.unknown()).openapi('DgObject');
const ObjectInput = z
  .object({
    type_id: z.number().int().positive(),
    status: z.number().int().nullish(),
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
const CategoryModel = z.record(z.string(), z.unknown()).openapi('DgCategory');
const Id = z.object({ public_id: z.coerce.number().int().positive() });
const ObjectListQuery = ListQuery.extend({
  view: z.enum(['native', 'render']).default('native'),
  active: z.enum(['true', 'false']).optional(),
  projection: z.string().max(2000).optional(),
});

const NATIVE_KEYS = [
  'public_id',
  'type_id',
  'status',
  'version',
  'creation_time',
  'author_id',
  'last_edit_time',
  'editor_id',
  'active',
  'fields',
  'views',
];

const location = (c: Context<AppEnv>, path: string) =>
  c.header('Location', new URL(`/rest${path}`, c.req.url).toString());

/**
 * `projection` `{"public_id":1,"fields":1}` keeps those keys of native objects (known keys only; a field
 * path such as `fields.<name>` is an unknown key). Objects come from the core already masked.
 */
function projectionOf(raw?: string): ((o: CmdbObject) => Record<string, unknown>) | undefined {
  if (!raw?.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', 'Invalid projection: not JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new AppError('BAD_REQUEST', 'Invalid projection');
  const entries = Object.entries(parsed as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (!NATIVE_KEYS.includes(key)) throw new AppError('BAD_REQUEST', `Unknown projection key '${key.slice(0, 64)}'`);
    if (value !== 1 && value !== 0 && value !== true && value !== false)
      throw new AppError('BAD_REQUEST', 'Projection values are 0 or 1');
  }
  const include = entries.filter(([, v]) => v === 1 || v === true).map(([k]) => k);
  const exclude = entries.filter(([, v]) => v === 0 || v === false).map(([k]) => k);
  return (o) => {
    const record = o as unknown as Record<string, unknown>;
    const keys = include.length ? include : NATIVE_KEYS.filter((k) => !exclude.includes(k));
    return Object.fromEntries(keys.map((k) => [k, record[k]]));
  };
}

/** A page of objects (all visible ones, or those referencing `referencing`), native, projected or rendered. */
async function objectList(c: Context<AppEnv>, q: z.infer<typeof ObjectListQuery>, referencing?: number) {
  const p = paging(q, OBJECT_SORT);
  const actor = actorOf(c);
  let filter = p.filter;
  if (q.active) {
    const active = { kind: 'cmp' as const, op: 'eq' as const, field: { path: 'active' }, value: q.active === 'true' };
    filter = filter ? { kind: 'and', children: [filter, active] } : active;
  }
  const project = projectionOf(q.projection);
  const db = c.var.data.d1();
  const options = { limit: p.limit, offset: p.offset, sort: p.sort, descending: p.descending, filter };
  const { objects, total } =
    referencing === undefined
      ? await listObjects(db, actor, options)
      : await listReferences(db, actor, referencing, options);
  const results =
    q.view === 'render' ? await renderObjects(db, objects) : objects.map((o) => (project ? project(o) : o));
  return listResponse(c, 'Object', p, results, total, q, { view: q.view });
}

export function frameworkRoutes() {
  const app = createRouter();
  const tags = ['DATAGERRY'];
  const security = [{ bearerAuth: [] }];
  // A first, narrowing check only: the cmdb services decide again from the core Actor (right, read-only
  // user, type ACL), whatever the face lets through.
  const can = (right: string) => [dgAuth, requireRight(right)];

  // Types
  app.openapi(
    createRoute({
      method: 'get',
      path: '/types',
      tags,
      security,
      middleware: can('base.framework.type.view'),
      summary: 'Types',
      request: { query: ListQuery },
      responses: { 200: json(ListOf(TypeModel)), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, TYPE_SORT);
      if (p.filter) throw new AppError('BAD_REQUEST', 'Types cannot be filtered');
      const page = await listTypes(c.var.data.d1(), actorOf(c), {
        limit: p.limit,
        offset: p.offset,
        sort: p.sort,
        descending: p.descending,
      });
      return c.json(listResponse(c, 'Type', p, page.types, page.total, q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/types/{public_id}',
      tags,
      security,
      middleware: can('base.framework.type.view'),
      summary: 'One type',
      request: { params: Id },
      responses: { 200: json(OneOf(TypeModel)), ...errorResponses },
    }),
    async (c) => c.json(one('Type', await readType(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id)), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/types',
      tags,
      security,
      middleware: can('base.framework.type.add'),
      summary: 'Insert a type',
      request: { body: { content: { 'application/json': { schema: TypeInput } }, required: true } },
      responses: { 201: json(InsertOf(TypeModel), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const type = await insertType(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      location(c, `/types/${type.public_id}`);
      return c.json(inserted('Type', type.public_id, type), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/types/{public_id}',
      tags,
      security,
      middleware: can('base.framework.type.edit'),
      summary: 'Update a type',
      request: { params: Id, body: { content: { 'application/json': { schema: TypeInput } }, required: true } },
      responses: { 202: json(OneOf(TypeModel), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const type = await updateType(
        c.var.data.d1(),
        c.env,
        actorOf(c),
        c.req.valid('param').public_id,
        c.req.valid('json'),
      );
      location(c, `/types/${type.public_id}`);
      return c.json(updated('Type', type), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/types/{public_id}',
      tags,
      security,
      middleware: can('base.framework.type.delete'),
      summary: 'Delete a type (409 while it has objects, unless delete_objects=true)',
      request: { params: Id, query: z.object({ delete_objects: z.enum(['true', 'false']).optional() }) },
      responses: { 202: json(DeleteOf(TypeModel), 'Accepted'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        deleted(
          'Type',
          await deleteType(
            c.var.data.d1(),
            actorOf(c),
            c.req.valid('param').public_id,
            c.req.valid('query').delete_objects === 'true',
          ),
        ),
        202,
      ),
  );

  // Objects (specific paths before /objects/{public_id})
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/clean/{public_id}',
      tags,
      security,
      middleware: can('base.framework.type.clean'),
      summary: 'Objects of a type whose fields no longer match it',
      request: { params: Id },
      responses: { 200: json(ListOf(ObjectModel)), ...errorResponses },
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
      tags,
      security,
      middleware: can('base.framework.type.clean'),
      summary: 'Clean them: drop unknown fields, add missing ones',
      request: { params: Id },
      responses: { 202: json(OneOf(z.array(ObjectModel)), 'Accepted'), ...errorResponses },
    }),
    async (c) =>
      c.json(updated('Object', await cleanObjects(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id)), 202),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects',
      tags,
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Objects (view native|render, filter on columns and fields.<name>, projection)',
      request: { query: ObjectListQuery },
      responses: { 200: json(ListOf(ObjectModel)), ...errorResponses },
    }),
    async (c) => c.json(await objectList(c, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/native',
      tags,
      security,
      middleware: can('base.framework.object.view'),
      summary: 'One object, native',
      request: { params: Id },
      responses: { 200: json(ObjectModel), ...errorResponses },
    }),
    async (c) => c.json(await readObject(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/references',
      tags,
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Objects referencing this one',
      request: { params: Id, query: ObjectListQuery },
      responses: { 200: json(ListOf(ObjectModel)), ...errorResponses },
    }),
    async (c) => c.json(await objectList(c, c.req.valid('query'), c.req.valid('param').public_id), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/state',
      tags,
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Activation state',
      request: { params: Id },
      responses: { 200: json(z.boolean()), ...errorResponses },
    }),
    async (c) => c.json((await readObject(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id)).active, 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/objects/{public_id}/state',
      tags,
      security,
      middleware: can('base.framework.object.activation'),
      summary: 'Set the activation state (body: true or false)',
      request: {
        params: Id,
        body: {
          content: { 'application/json': { schema: z.union([z.boolean(), z.object({ active: z.boolean() })]) } },
          required: true,
        },
      },
      responses: { 202: json(OneOf(z.boolean()), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const active = typeof body === 'boolean' ? body : body.active;
      return c.json(
        updated('Object', await setObjectState(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id, active)),
        202,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}',
      tags,
      security,
      middleware: can('base.framework.object.view'),
      summary: 'One object, rendered',
      request: { params: Id },
      responses: { 200: json(ObjectModel), ...errorResponses },
    }),
    async (c) => {
      const db = c.var.data.d1();
      const object = await readObject(db, actorOf(c), c.req.valid('param').public_id);
      c.header('X-Total-Count', '1');
      return c.json((await renderObjects(db, [object]))[0], 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/objects',
      tags,
      security,
      middleware: can('base.framework.object.add'),
      summary: 'Insert an object (validated against its type)',
      request: { body: { content: { 'application/json': { schema: ObjectInput } }, required: true } },
      responses: { 201: json(InsertOf(ObjectModel), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const object = await insertObject(c.var.data.d1(), c.env, actorOf(c), c.req.valid('json'));
      location(c, `/objects/${object.public_id}`);
      return c.json(inserted('Object', object.public_id, object), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/objects/{public_id}',
      tags,
      security,
      middleware: can('base.framework.object.edit'),
      summary: 'Update an object (version bump by how much changed)',
      request: {
        params: Id,
        body: { content: { 'application/json': { schema: ObjectInput.partial({ type_id: true }) } }, required: true },
      },
      responses: { 202: json(OneOf(ObjectModel), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const object = await updateObject(c.var.data.d1(), c.env, actorOf(c), id, c.req.valid('json'));
      location(c, `/objects/${id}`);
      return c.json(updated('Object', object), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/objects/{public_ids}',
      tags,
      security,
      middleware: can('base.framework.object.delete'),
      summary: 'Delete one object, or several (`1,2,3`), all or nothing',
      request: { params: z.object({ public_ids: z.string().regex(/^\d{1,12}(,\d{1,12}){0,89}$/) }) },
      responses: { 202: json(DeleteOf(z.unknown()), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const ids = [...new Set(c.req.valid('param').public_ids.split(',').map(Number))];
      const removed = await deleteObjects(c.var.data.d1(), actorOf(c), ids);
      return c.json(deleted('Object', ids.length === 1 ? removed[0] : removed), 202);
    },
  );

  // Categories
  app.openapi(
    createRoute({
      method: 'get',
      path: '/categories',
      tags,
      security,
      middleware: can('base.framework.category.view'),
      summary: 'Categories (view=list|tree)',
      request: { query: ListQuery.extend({ view: z.enum(['list', 'tree']).default('list') }) },
      responses: { 200: json(ListOf(CategoryModel)), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, CATEGORY_SORT);
      if (p.filter) throw new AppError('BAD_REQUEST', 'Categories cannot be filtered');
      if (q.view === 'tree') {
        const roots = tree(await allCategories(c.var.data.d1(), actorOf(c)));
        return c.json(
          listResponse(c, 'Category', p, roots.slice(p.offset, p.offset + p.limit), roots.length, q, { view: 'tree' }),
          200,
        );
      }
      const page = await listCategories(c.var.data.d1(), actorOf(c), {
        limit: p.limit,
        offset: p.offset,
        sort: p.sort,
        descending: p.descending,
      });
      return c.json(listResponse(c, 'Category', p, page.categories, page.total, q, { view: 'list' }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/categories/{public_id}',
      tags,
      security,
      middleware: can('base.framework.category.view'),
      summary: 'One category',
      request: { params: Id },
      responses: { 200: json(OneOf(CategoryModel)), ...errorResponses },
    }),
    async (c) =>
      c.json(one('Category', await readCategory(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id)), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/categories',
      tags,
      security,
      middleware: can('base.framework.category.add'),
      summary: 'Insert a category',
      request: { body: { content: { 'application/json': { schema: CategoryInput } }, required: true } },
      responses: { 201: json(InsertOf(CategoryModel), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const category = await insertCategory(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      location(c, `/categories/${category.public_id}`);
      return c.json(inserted('Category', category.public_id, category), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/categories/{public_id}',
      tags,
      security,
      middleware: can('base.framework.category.edit'),
      summary: 'Update a category (a category cannot be its own ancestor)',
      request: { params: Id, body: { content: { 'application/json': { schema: CategoryInput } }, required: true } },
      responses: { 202: json(OneOf(CategoryModel), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const category = await updateCategory(c.var.data.d1(), actorOf(c), id, c.req.valid('json'));
      location(c, `/categories/${id}`);
      return c.json(updated('Category', category), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/categories/{public_id}',
      tags,
      security,
      middleware: can('base.framework.category.delete'),
      summary: 'Delete a category (children move to its parent)',
      request: { params: Id },
      responses: { 202: json(DeleteOf(CategoryModel), 'Accepted'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        deleted('Category', await deleteCategory(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id)),
        202,
      ),
  );
  return app;
}
