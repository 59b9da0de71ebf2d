import { createRoute, z } from '@hono/zod-openapi';
import { erpRecordContext } from '../../core/erp/context';
import { listCaches, resetCaches } from '../../core/ops/cache';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { listRecords } from '../../core/records/service';
import { createRouter } from '../../lib/router';
import { authenticate, principalOf, requireRight } from '../../middleware/auth';
import { errorResponses } from './errors';
import { parseFilter, renderRows, selectColumns } from './po';

/** Forms (AD_Form) and the caches of this isolate (the real named caches: schema registry, …). */

const Cache = z
  .object({
    name: z.string(),
    table_name: z.string(),
    size: z.number().int(),
    expireMinutes: z.number(),
    maxSize: z.number().int(),
    distributed: z.boolean(),
  })
  .openapi('IdCache');

function json<T extends z.ZodType>(schema: T, description = 'Successful response') {
  return { description, content: { 'application/json': { schema } } };
}

export function systemRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/forms',
      tags: ['iDempiere'],
      summary: 'Forms available (AD_Form), with an optional $filter',
      middleware: [authenticate()],
      security: [{ bearerAuth: [] }],
      request: { query: z.object({ $filter: z.string().max(4000).optional() }) },
      responses: { 200: json(z.object({ forms: z.array(z.record(z.string(), z.unknown())) })), ...errorResponses },
    }),
    async (c) => {
      // Forms are menu metadata, not the role's data: the role's table access does not narrow them.
      const { narrow: _, ...ctx } = await erpRecordContext(c.var.data, principalOf(c), c.get('requestId'));
      const schema = await getPoolSchema(c.var.data, ctx.pool);
      const table = requireTable(schema, 'AD_Form');
      const columns = selectColumns(table);
      const page = await listRecords(ctx, table, {
        filter: parseFilter(c.req.valid('query').$filter),
        page: { limit: 500, offset: 0 },
      });
      const active = page.rows.filter((r) => r.IsActive === 1);
      return c.json({ forms: await renderRows(ctx, schema, table, active, columns) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/caches',
      tags: ['iDempiere'],
      summary: 'Caches of this isolate (filter by table_name or name)',
      middleware: [authenticate(), requireRight('base.framework.cache.view')],
      security: [{ bearerAuth: [] }],
      request: { query: z.object({ table_name: z.string().max(64).optional(), name: z.string().max(64).optional() }) },
      responses: { 200: json(z.object({ caches: z.array(Cache) })), ...errorResponses },
    }),
    async (c) => {
      const { table_name, name } = c.req.valid('query');
      const caches = listCaches({ tableName: table_name, name }).map((info) => ({
        name: info.name,
        table_name: info.tableName,
        size: info.size,
        expireMinutes: info.expireMinutes,
        maxSize: info.maxSize,
        distributed: info.distributed,
      }));
      return c.json({ caches }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/caches',
      tags: ['iDempiere'],
      summary: "Reset caches: all, one table's, or one record's",
      middleware: [authenticate(), requireRight('base.framework.cache.reset')],
      security: [{ bearerAuth: [] }],
      request: {
        query: z.object({ table_name: z.string().max(64).optional(), record_id: z.string().max(64).optional() }),
      },
      responses: { 200: json(z.object({ entriesReset: z.number().int() })), ...errorResponses },
    }),
    async (c) => {
      const { table_name, record_id } = c.req.valid('query');
      return c.json({ entriesReset: resetCaches({ tableName: table_name, key: record_id }) }, 200);
    },
  );
  return app;
}
