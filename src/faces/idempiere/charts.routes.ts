import { createRoute, z } from '@hono/zod-openapi';
import { chartData, charts, findChart } from '../../core/erp/charts';
import { toBase64 } from '../../core/files/limits';
import { AppError } from '../../lib/errors';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { chartPng } from './chart-png';
import { dictionaryCall } from './dictionary-render';
import { errorResponses } from './errors';
import { fileResponse } from './files';
import { COMMON_OPTIONS } from './models-schemas';
import { filterParam, TAGS } from './openapi';

/**
 * /api/v1/charts: a chart's data computed over the session's records (core/erp/charts.ts), as JSON or drawn
 * as a PNG image (chart-png.ts). A chart whose data source reads a table the role may not read is a 403 on
 * its own routes and is left out of `/charts/data`.
 */

const value = z.union([z.number(), z.string(), z.null()]);
const ChartData = z
  .object({
    id: z.number().int().optional().openapi({ description: 'The chart id (in `/charts/data`).' }),
    name: z.string(),
    domainLabel: z.string().optional(),
    rangeLabel: z.string().optional(),
    displayLegend: z.boolean(),
    chartOrientation: z.string().optional().openapi({ description: 'H horizontal, V vertical.' }),
    chartType: z
      .string()
      .openapi({ description: 'BC bar, BS stacked bar, LC line, AC area, PC pie, RC ring, WC waterfall.' }),
    data: z.array(z.record(z.string(), value)).openapi({
      description:
        'Category data: `{row, column, value}` (row: the series, column: the category); pie: `{key, value}`; time series: `{series, x, y}` (x: the period).',
    }),
  })
  .openapi('IdChartData');

const chartId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/)
  .openapi({ description: 'The chart id or UUID.', example: '50002' });
const size = (name: string, fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(16)
    .max(2000)
    .optional()
    .openapi({ description: `The image ${name} in pixels (default ${fallback}).`, example: fallback });

export function chartRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.dashboards.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/charts/data',
      operationId: 'idempiereGetChartsData',
      tags,
      summary: "Several charts' data",
      description:
        "The data of every chart the `$filter` (over AD_Chart's columns) selects, each with its `id`; charts over a table the role may not read are left out.",
      middleware: [auth] as const,
      security,
      request: {
        query: z
          .object({
            $filter: filterParam('AD_Chart_ID eq 50000 OR AD_Chart_ID eq 50001'),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: { 200: json(z.object({ charts: z.array(ChartData) }).openapi('IdChartsData')), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const out = [];
      for (const chart of await charts(call.ctx, c.req.valid('query').$filter)) {
        try {
          out.push({ ...(await chartData(call.ctx, chart, call.context)), id: Number(chart.AD_Chart_ID) });
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'FORBIDDEN')) throw error;
        }
      }
      return c.json({ charts: out }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/charts/{id}',
      operationId: 'idempiereGetChart',
      tags,
      summary: 'A chart as an image',
      description:
        'The chart drawn as a PNG image (`width` × `height`, default 600 × 400); with `json` (any value) as `{data}`, the image in base64.',
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({ id: chartId }),
        query: z
          .object({
            width: size('width', 600),
            height: size('height', 400),
            json: z
              .string()
              .max(16)
              .optional()
              .openapi({ description: 'When present, the image comes as `{data}` (base64).', example: 'true' }),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: { 200: fileResponse('The chart as a PNG image', 'image/png'), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const call = await dictionaryCall(c);
      const data = await chartData(call.ctx, await findChart(call.ctx, c.req.valid('param').id), call.context);
      const png = chartPng(data, query.width ?? 600, query.height ?? 400);
      if (query.json !== undefined) return c.json({ data: toBase64(png) }, 200);
      return new Response(png, {
        status: 200,
        headers: { 'content-type': 'image/png', 'x-content-type-options': 'nosniff' },
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/charts/{id}/data',
      operationId: 'idempiereGetChartData',
      tags,
      summary: "A chart's data",
      description:
        "The chart's data, computed over the records the session may read (its client and organisations, the role's table access): per category, per pie slice or per period of a time series.",
      middleware: [auth] as const,
      security,
      request: { params: z.object({ id: chartId }), query: z.object({ locale: COMMON_OPTIONS.locale }).strict() },
      responses: { 200: json(ChartData), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      return c.json(await chartData(call.ctx, await findChart(call.ctx, c.req.valid('param').id), call.context), 200);
    },
  );
  return app;
}
