import { createRoute, z } from '@hono/zod-openapi';
import { yes } from '../../core/erp/definitions';
import {
  columnOf,
  INFO_PAGE,
  infoColumns,
  infoCondition,
  infoOrder,
  infoProcesses,
  infoQuery,
  infoRelateds,
  listInfos,
  openInfo,
  parameterFilter,
  processSlugs,
} from '../../core/erp/infos';
import { labelColumns } from '../../core/records/lookups';
import { AppError } from '../../lib/errors';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dictionaryCall, renderDefinitions } from './dictionary-render';
import { errorResponses } from './errors';
import { COMMON_OPTIONS, Record as PoRecordSchema } from './models-schemas';
import { filterParam, TAGS } from './openapi';
import { renderRows, selectColumns } from './po';

/**
 * /api/v1/infos: iDempiere's info windows (core/erp/infos.ts). Definitions are PO json of AD_InfoWindow,
 * AD_InfoColumn, AD_InfoProcess and AD_InfoRelated, each info window and related one with its slug; the query
 * answers the info window's displayed columns of the rows found.
 */

const infoSlug = z
  .string()
  .regex(/^[a-z0-9_-]{1,120}$/)
  .openapi({ description: 'The slugified info window name.', example: 'business-partner-info' });
const Definition = PoRecordSchema;
const locale = z.object({ locale: COMMON_OPTIONS.locale }).strict();

export function infoRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.infos.name];
  const security = SECURITY.bearer;
  const Params = z.object({ infoSlug });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/infos',
      operationId: 'idempiereListInfoWindows',
      tags,
      summary: 'The info windows the role may open',
      description:
        "Every info window the session's role may open (AD_InfoWindow_Access), by name, as PO json with its `slug`; `$filter` applies to AD_InfoWindow's columns.",
      middleware: [auth] as const,
      security,
      request: {
        query: z
          .object({
            $filter: filterParam("contains(Name,'Partner')"),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: {
        200: json(z.object({ infowindows: z.array(Definition) }).openapi('IdInfoWindows')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const infos = await listInfos(call.ctx, call.access, c.req.valid('query').$filter);
      const records = await renderDefinitions(
        call,
        'AD_InfoWindow',
        infos.map((i) => i.row),
      );
      return c.json({ infowindows: records.map((r, i) => ({ ...r, slug: infos[i].slug })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/infos/{infoSlug}',
      operationId: 'idempiereQueryInfoWindow',
      tags,
      summary: 'Search with an info window',
      description:
        "The rows of the info window's table that its where clause and the `$parameters` select (a JSON object of query-criteria columns and values, each compared with its column's operator: `=`, `!=`, `Like`, `>`, `>=`, `<`, `<=`), sorted by `$orderby` or the info window's order, 100 per page (`$page_no` from 0). Each row shows the displayed columns. `X-Array-Count`, `X-Page`, `X-Per-Page`, `X-Next-Page` and `X-Prev-Page` headers as the original.",
      middleware: [auth] as const,
      security,
      request: {
        params: Params,
        query: z
          .object({
            $parameters: z.string().max(4000).optional().openapi({
              description: 'Query parameters as a JSON object.',
              example: '{"Name":"Joe","IsCustomer":true}',
            }),
            $orderby: z
              .string()
              .max(500)
              .optional()
              .openapi({ description: 'Sort: columns, each `asc` or `desc`.', example: 'Name desc' }),
            $page_no: z.coerce
              .number()
              .int()
              .min(0)
              .max(100000)
              .optional()
              .openapi({ description: 'The page (from 0).', example: 0 }),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: {
        200: json(
          z
            .object({
              'row-count': z.number().int().openapi({ description: 'Rows in this answer.' }),
              'infowindow-records': z.array(PoRecordSchema),
            })
            .openapi('IdInfoRecords'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const call = await dictionaryCall(c);
      const info = await openInfo(call.ctx, call.access, c.req.valid('param').infoSlug);
      let parameters: Record<string, unknown> = {};
      if (query.$parameters?.trim()) {
        try {
          parameters = JSON.parse(query.$parameters);
        } catch {
          throw new AppError('BAD_REQUEST', '$parameters is not a JSON object');
        }
        if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters))
          throw new AppError('BAD_REQUEST', '$parameters is not a JSON object');
      }
      const definitions = await infoColumns(call.ctx, info);
      const shown = definitions.filter((d) => yes(d.IsDisplayed)).flatMap((d) => columnOf(info, d) ?? []);
      const columns = selectColumns(info.table, shown.map((s) => s.name).join(',') || undefined);
      const page = query.$page_no ?? 0;
      const found = await infoQuery(call.ctx, info, columns, {
        filter: parameterFilter(info, definitions, parameters),
        orderBy: infoOrder(info, query.$orderby),
        page,
        where: infoCondition(info, call.context),
        extraColumns: labelColumns(call.ctx, call.schema, info.table, columns),
      });
      const records = await renderRows(call.ctx, call.schema, info.table, found.rows, columns);
      if (records.length) {
        c.header('X-Array-Count', String(records.length));
        c.header('X-Page', String(page));
        c.header('X-Per-Page', String(INFO_PAGE));
        if ((page + 1) * INFO_PAGE < found.total) c.header('X-Next-Page', String(page + 1));
        if (page > 0) c.header('X-Prev-Page', String(page - 1));
      }
      return c.json({ 'row-count': records.length, 'infowindow-records': records }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/infos/{infoSlug}/columns',
      operationId: 'idempiereGetInfoWindowColumns',
      tags,
      summary: "An info window's columns",
      description:
        "The info window's columns (AD_InfoColumn) in order: which are shown, which are query criteria and with which operator.",
      middleware: [auth] as const,
      security,
      request: { params: Params, query: locale },
      responses: {
        200: json(z.object({ infowindowcolumns: z.array(Definition) }).openapi('IdInfoColumns')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const info = await openInfo(call.ctx, call.access, c.req.valid('param').infoSlug);
      return c.json(
        { infowindowcolumns: await renderDefinitions(call, 'AD_InfoColumn', await infoColumns(call.ctx, info)) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/infos/{infoSlug}/processes',
      operationId: 'idempiereGetInfoWindowProcesses',
      tags,
      summary: "An info window's processes",
      description:
        "The processes the info window offers on its rows (AD_InfoProcess), each with the process's `slug` (its search key, where the processes' table exists).",
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({ infoSlug: infoSlug.openapi({ example: 'support-users-vs-roles' }) }),
        query: locale,
      },
      responses: {
        200: json(z.object({ infowindowprocesses: z.array(Definition) }).openapi('IdInfoProcesses')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const info = await openInfo(call.ctx, call.access, c.req.valid('param').infoSlug);
      const rows = await infoProcesses(call.ctx, info);
      const slugs = await processSlugs(
        call.ctx,
        rows.map((r) => r.AD_Process_ID),
      );
      const records = await renderDefinitions(call, 'AD_InfoProcess', rows);
      return c.json(
        {
          infowindowprocesses: records.map((r, i) => ({ ...r, slug: slugs.get(Number(rows[i].AD_Process_ID)) ?? '' })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/infos/{infoSlug}/relateds',
      operationId: 'idempiereGetInfoWindowRelateds',
      tags,
      summary: "An info window's related info windows",
      description:
        'The info windows related to this one (AD_InfoRelated: the related rows share the value of a column), each with the `slug` of the info window it opens.',
      middleware: [auth] as const,
      security,
      request: { params: Params, query: locale },
      responses: {
        200: json(z.object({ infowindowrelateds: z.array(Definition) }).openapi('IdInfoRelateds')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const info = await openInfo(call.ctx, call.access, c.req.valid('param').infoSlug);
      const relateds = await infoRelateds(call.ctx, info);
      const records = await renderDefinitions(
        call,
        'AD_InfoRelated',
        relateds.map((r) => r.row),
      );
      return c.json({ infowindowrelateds: records.map((r, i) => ({ ...r, slug: relateds[i].slug })) }, 200);
    },
  );
  return app;
}
