import { createRoute, z } from '@hono/zod-openapi';
import { erpRecordContext } from '../../core/erp/context';
import { listCaches, resetCaches } from '../../core/ops/cache';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { listRecords } from '../../core/records/service';
import { SECURITY } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { authenticate, principalOf, requireRight } from '../../middleware/auth';
import { errorResponses } from './errors';
import { Record as PoRecord } from './models.routes';
import { FILTER_DESCRIPTION, TAGS } from './openapi';
import { parseFilter, renderRows, selectColumns } from './po';

/** Forms (AD_Form) and the caches of this isolate (the real named caches: schema registry, …). */

const Cache = z
  .object({
    name: z.string().openapi({ description: 'Cache name.' }),
    table_name: z.string().openapi({ description: 'Table the cache holds, if any.' }),
    size: z.number().int().openapi({ description: 'Entries held now.' }),
    expireMinutes: z.number().openapi({ description: 'Entry lifetime in minutes.' }),
    maxSize: z.number().int().openapi({ description: 'Most entries kept.' }),
    distributed: z
      .boolean()
      .openapi({ description: 'Whether the cache is shared between servers (never: per isolate).' }),
  })
  .openapi('IdCache');

function json<T extends z.ZodType>(schema: T, description = 'Successful response') {
  return { description, content: { 'application/json': { schema } } };
}

export function systemRoutes() {
  const app = createRouter();
  const tags = [TAGS.system.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/forms',
      operationId: 'idempiereListForms',
      tags,
      summary: 'Forms available (AD_Form), with an optional $filter',
      description: 'The active forms (`AD_Form`) as PO json records. Any authenticated user: forms are menu metadata.',
      middleware: [authenticate()],
      security,
      request: {
        query: z.object({
          $filter: z
            .string()
            .max(4000)
            .optional()
            .openapi({ description: FILTER_DESCRIPTION, example: "contains(Name,'Payment')" }),
        }),
      },
      responses: { 200: json(z.object({ forms: z.array(PoRecord) }).openapi('IdForms')), ...errorResponses },
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
      operationId: 'idempiereListCaches',
      tags,
      summary: 'Caches of this isolate (filter by table_name or name)',
      description: 'The named caches of the isolate that answers (right `base.framework.cache.view`).',
      middleware: [authenticate(), requireRight('base.framework.cache.view')],
      security,
      request: {
        query: z.object({
          table_name: z.string().max(64).optional().openapi({ description: 'Only caches of this table.' }),
          name: z.string().max(64).optional().openapi({ description: 'Only the cache of this name.' }),
        }),
      },
      responses: { 200: json(z.object({ caches: z.array(Cache) }).openapi('IdCaches')), ...errorResponses },
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
      operationId: 'idempiereResetCaches',
      tags,
      summary: "Reset caches: all, one table's, or one record's",
      description:
        "Clears cache entries (right `base.framework.cache.reset`): all, those of one table, or one record's; answers how many.",
      middleware: [authenticate(), requireRight('base.framework.cache.reset')],
      security,
      request: {
        query: z.object({
          table_name: z.string().max(64).optional().openapi({ description: 'Only entries of this table.' }),
          record_id: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: 'Only the entry of this record (with `table_name`).' }),
        }),
      },
      responses: {
        200: json(z.object({ entriesReset: z.number().int() }).openapi('IdCachesReset')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { table_name, record_id } = c.req.valid('query');
      return c.json({ entriesReset: resetCaches({ tableName: table_name, key: record_id }) }, 200);
    },
  );
  return app;
}
