import { createRoute, z } from '@hono/zod-openapi';
import { exportRepository } from '../../core/ops/export';
import { SECURITY } from '../../lib/openapi';
import { actorOf, authenticate, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json } from './errors';
import { TAGS } from './openapi';
import { libertyTime } from './time';

/** `GET /api/export/repository`: the framework pool as one streamed document (core/ops/export.ts). */

const ExportDocument = z
  .object({
    items: z
      .array(
        z.object({
          name: z.string(),
          definition: z.string().nullable().openapi({ description: "The table's CREATE statement." }),
          columns: z.array(z.object({ name: z.string(), type: z.string(), primary_key: z.boolean() })),
          rows: z
            .array(z.record(z.string(), z.unknown()))
            .openapi({ description: 'Every row, by column name (hidden columns excluded).' }),
        }),
      )
      .openapi({ description: 'The tables, by name.' }),
    status: z.literal('success'),
    message: z.string().openapi({ example: 'Export complete' }),
    count: z.number().int().openapi({ description: 'How many tables `items` holds.' }),
    pool: z.string(),
    exported_at: z
      .string()
      .openapi({ description: 'When the export started (ISO 8601).', example: '2025-01-27T08:14:13.809000+00:00' }),
  })
  .openapi('LibertyExport');

export function exportRoutes() {
  const app = createRouter();
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export/repository',
      operationId: 'libertyExportRepository',
      tags: [TAGS.export.name],
      security,
      middleware: [authenticate(), requireRight('base.setup.export')],
      summary: 'Every table of the framework pool with definition and rows (hidden columns excluded), streamed',
      description:
        "One JSON document in the seed's envelope (`items`, `status`, `count`): every table of the framework pool under `items` with its CREATE statement, columns and rows (hidden columns excluded), streamed page by page. Right `base.setup.export`.",
      responses: { 200: json(ExportDocument), ...errorResponses },
    }),
    async (c) => {
      const stream = await exportRepository(c.var.data, actorOf(c), libertyTime(new Date().toISOString()));
      return new Response(stream, { headers: { 'content-type': 'application/json; charset=utf-8' } }) as never;
    },
  );
  return app;
}
