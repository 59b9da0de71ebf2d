import { createRoute, z } from '@hono/zod-openapi';
import {
  CATEGORY_SORT,
  deleteCategory,
  insertCategory,
  listCategories,
  readCategory,
  updateCategory,
} from '../../core/cmdb/categories';
import { categoryTree } from '../../core/cmdb/category-tree';
import { listTypes } from '../../core/cmdb/types';
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
  listQueryWith,
  listResponse,
  OneOf,
  one,
  paging,
  putAndPatch,
  updated,
} from './envelope';
import { CategoryListItem, CategoryModel } from './models';
import { EXAMPLES, TAGS } from './openapi';
import { listPage, TYPES_FOR_LOOKUP, treeFilterOnly } from './pipelines';
import { bodyOf, Id, location, precondition, rowKey } from './route-common';

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

/** DATAGERRY's categories (`/categories`): list (also as a tree), read, create, update, delete. */
export function categoryRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  // A first, narrowing check only: the cmdb services decide again from the core Actor (right, read-only
  // user, type ACL), whatever the face lets through.
  const can = (right: string) => [dgAuth, requireRight(right)];

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
