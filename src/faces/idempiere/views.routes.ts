import { createRoute, z } from '@hono/zod-openapi';
import { listViews, openView, type ViewDef, viewColumn, viewNamed, viewSelect } from '../../core/erp/views';
import { versionOf } from '../../core/records/versions';
import { AppError } from '../../lib/errors';
import { IF_NONE_MATCH, json, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { answerVersion } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { dictionaryCall } from './dictionary-render';
import { errorResponses } from './errors';
import { COMMON_OPTIONS, ListQuery, Page, Record as PoRecordSchema, RecordParam, select } from './models-schemas';

const viewExpand = z.string().max(500).optional().openapi({
  description:
    "Comma-separated related views (their records, as arrays under the related view's name) and view columns that are foreign keys (the parent record, shown by its reference view). Related views marked auto-expand always come.",
  example: 'orders',
});

import { filterParam, TAGS } from './openapi';
import { expandView, renderView, viewPage, viewRecord, viewYaml, withExpandColumns } from './views-read';

/**
 * /api/v1/views: iDempiere REST's views (REST_View), read as models are read (rights, table access, tenant
 * and organisations, ETags), limited by the view's where clause, columns under the view's names. Writes:
 * views-write.routes.ts; attachments and print: views-files.routes.ts.
 */

const viewName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
  .openapi({ description: 'REST_View name', example: 'business-partners' });
const ViewParam = z.object({ viewName });
const ViewRecordParam = ViewParam.extend({ id: RecordParam.shape.id.openapi({ example: '118' }) });

const ViewRef = z.object({ id: z.number().int(), uid: z.string(), name: z.string() });
const ViewDefinition = z
  .object({
    id: z.number().int().openapi({ example: 1000003 }),
    uid: z.string(),
    name: z.string().openapi({ example: 'business-partners' }),
    tableName: z.string().openapi({ example: 'c_bpartner' }),
    whereClause: z.string().optional().openapi({ example: 'IsActive eq true' }),
    columns: z.array(
      z.object({
        id: z.number().int(),
        uid: z.string(),
        name: z.string().openapi({ example: 'value' }),
        columnName: z.string().openapi({ example: 'Value' }),
        help: z.string().optional(),
        referenceView: ViewRef.optional(),
      }),
    ),
    relatedViews: z.array(
      z.object({ id: z.number().int(), uid: z.string(), name: z.string(), view: ViewRef, autoExpand: z.boolean() }),
    ),
  })
  .openapi('IdViewDefinition');

function describe(view: ViewDef) {
  return {
    id: view.id,
    uid: view.uid,
    name: view.name,
    tableName: view.table.name.toLowerCase(),
    ...(view.where ? { whereClause: view.where } : {}),
    columns: view.columns.map((c) => ({
      id: c.id,
      uid: c.uid,
      name: c.name,
      columnName: c.column.name,
      ...(c.referenceView ? { referenceView: c.referenceView } : {}),
    })),
    relatedViews: view.related.map((r) => ({
      id: r.id,
      uid: r.uid,
      name: r.name,
      view: r.view,
      autoExpand: r.autoExpand,
    })),
  };
}

export function viewRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.views.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/views',
      operationId: 'idempiereListViews',
      tags,
      summary: 'The REST views, with their columns and related views',
      description:
        "Every REST view (REST_View) the session's tenant has (its own and System's); `$filter` applies to REST_View's columns (`name eq 'users'`).",
      middleware: [auth] as const,
      security,
      request: {
        query: z
          .object({
            $filter: filterParam("name eq 'users'"),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: { 200: json(z.object({ views: z.array(ViewDefinition) }).openapi('IdViews')), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const views = await listViews(call.ctx, c.req.valid('query').$filter);
      return c.json({ views: views.map(describe) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/views/{viewName}/yaml',
      operationId: 'idempiereGetViewYaml',
      tags,
      summary: "A view's schema and paths, as an OpenAPI document in YAML",
      description:
        "The view's record (its columns under the view's names) and paths as an OpenAPI 3 document (`application/yaml`). Needs read access to the view's table (403 otherwise).",
      middleware: [auth] as const,
      security,
      request: { params: z.object({ viewName: viewName.openapi({ example: 'users' }) }) },
      responses: {
        200: {
          description: 'The OpenAPI document',
          content: {
            'application/yaml': {
              schema: z.string().openapi({ example: 'openapi: 3.0.0\ninfo:\n  title: views/users\n' }),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const view = await openView(call.ctx, c.req.valid('param').viewName);
      await call.ctx.narrow?.(view.table, 'read');
      const base = `${new URL(c.req.url).origin}/api/v1`;
      return c.body(viewYaml(view, base), 200, { 'content-type': 'application/yaml; charset=utf-8' });
    },
  );

  const { $select, $filter, $orderby, $top, $skip, showsql, locale } = ListQuery.shape;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/views/{viewName}',
      operationId: 'idempiereListViewRecords',
      tags,
      summary: "A page of a view's records: $select, $expand, $filter, $orderby, $top, $skip",
      description:
        "A page of the view's records (its where clause applies), columns under the view's names; `$select`, `$filter` and `$orderby` name the view's columns. The paging figures are also sent as headers, as for models. A view whose table the role cannot read is a 403.",
      middleware: [auth] as const,
      security,
      request: {
        params: ViewParam,
        query: z
          .object({
            $select: $select.openapi({ example: 'name,value' }),
            $expand: viewExpand,
            $filter: $filter.openapi({ example: 'customer eq true' }),
            $orderby: $orderby.openapi({ example: 'name desc' }),
            $top,
            $skip,
            showsql,
            locale,
          })
          .strict(),
      },
      responses: { 200: json(Page), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const views = await listViews(call.ctx);
      const view = viewNamed(views, c.req.valid('param').viewName);
      const { figures, records } = await viewPage(c, call, views, view, c.req.valid('query'));
      c.header('X-Page-Count', String(figures['page-count']));
      c.header('X-Records-Size', String(figures['records-size']));
      c.header('X-Skip-Records', String(figures['skip-records']));
      c.header('X-Row-Count', String(figures['row-count']));
      c.header('X-Array-Count', String(figures['array-count']));
      return c.json({ ...figures, records }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/views/{viewName}/{id}',
      operationId: 'idempiereGetViewRecord',
      tags,
      summary: 'One record through a view, by id or UUID ($select, $expand)',
      description:
        'One record of the view (its where clause applies; else 404), with its `ETag` (`If-None-Match`: 304).',
      middleware: [auth] as const,
      security,
      request: {
        params: ViewRecordParam,
        query: z
          .object({ $select: select.openapi({ example: 'name,value' }), $expand: viewExpand, showsql, locale })
          .strict(),
        headers: IF_NONE_MATCH,
      },
      responses: { 200: withEtag(json(PoRecordSchema)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const { viewName: name, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const query = c.req.valid('query');
      const views = await listViews(call.ctx);
      const view = viewNamed(views, name);
      const chosen = withExpandColumns(view, viewSelect(view, query.$select), query.$expand);
      const row = await viewRecord(call, view, id, chosen);
      const { key, version } = versionOf(view.table, row);
      const notModified = answerVersion(c, key, version);
      if (notModified) return notModified;
      const records = await renderView(call, view, [row], chosen);
      await expandView(call, views, view, records, [row], query.$expand);
      return c.json(records[0], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/views/{viewName}/{id}/{viewColumnName}',
      operationId: 'idempiereGetViewRecordColumn',
      tags,
      summary: 'Just one column of a record through a view',
      description: "An object with the view column's name and its value (null when empty), with the record's `ETag`.",
      middleware: [auth] as const,
      security,
      request: {
        params: ViewRecordParam.extend({
          viewColumnName: z
            .string()
            .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
            .openapi({ description: 'REST_ViewColumn name', example: 'name' }),
        }),
        query: z.object({ showsql, locale }).strict(),
        headers: IF_NONE_MATCH,
      },
      responses: {
        200: withEtag(json(z.record(z.string(), z.unknown()).openapi({ example: { name: 'C&W Construction' } }))),
        ...NOT_MODIFIED,
        ...errorResponses,
      },
    }),
    async (c) => {
      const { viewName: name, id, viewColumnName } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const view = await openView(call.ctx, name);
      const column = viewColumn(view, viewColumnName);
      if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${viewColumnName}' of view ${view.name}`);
      const row = await viewRecord(call, view, id, [column]);
      const { key, version } = versionOf(view.table, row);
      const notModified = answerVersion(c, key, version);
      if (notModified) return notModified;
      const [record] = await renderView(call, view, [row], [column]);
      return c.json({ [column.name]: record[column.name] ?? null }, 200);
    },
  );
  return app;
}
