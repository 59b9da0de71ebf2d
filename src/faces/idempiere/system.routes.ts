import { createRoute, z } from '@hono/zod-openapi';
import { erpRecordContext } from '../../core/erp/context';
import { systemHealth } from '../../core/erp/health';
import { listCaches, resetCaches } from '../../core/ops/cache';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { listRecords } from '../../core/records/service';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate, principalOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './errors';
import { Record as PoRecord } from './models-schemas';
import { filterParam, TAGS } from './openapi';
import { parseFilter, renderRows, selectColumns } from './po';

/** Forms (AD_Form), the caches of this isolate (the real named caches: schema registry, …) and health. */

/** A form's slug, as the original makes it: `Generate Invoices (manual)` → `generate-invoices-manual`. */
export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const Health = z
  .object({
    status: z.enum(['UP', 'DOWN']).openapi({ description: 'UP when every check below passes.' }),
    database: z.enum(['connected', 'disconnected']).openapi({ description: 'The D1 database answers a query.' }),
    durableObjects: z
      .enum(['connected', 'disconnected'])
      .openapi({ description: 'A Durable Object (the workflow namespace) answers a storage read.' }),
  })
  .openapi('IdHealth');

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
      description:
        'The active forms (`AD_Form`) as PO json records, each with its `slug` (the name in lower case, words joined by `-`). Any authenticated user: forms are menu metadata.',
      middleware: [authenticate()],
      security,
      request: {
        query: z.object({
          $filter: filterParam("contains(Name,'Payment')"),
        }),
      },
      responses: {
        200: json(
          z
            .object({
              forms: z.array(
                PoRecord.extend({
                  slug: z.string().openapi({ description: 'The name as a slug.', example: 'material-receipt' }),
                }),
              ),
            })
            .openapi('IdForms'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      // Forms are menu metadata, not the role's data: the role's table access does not narrow them.
      const { narrow: _, ...ctx } = await erpRecordContext(c.var.data, principalOf(c), c.get('requestId'));
      const schema = await getPoolSchema(c.var.data, ctx.pool);
      const table = requireTable(schema, 'AD_Form');
      const columns = selectColumns(table);
      const page = await listRecords(ctx, table, {
        filter: parseFilter(c.req.valid('query').$filter, table),
        page: { limit: 500, offset: 0 },
      });
      const active = page.rows.filter((r) => r.IsActive === 1);
      const forms = await renderRows(ctx, schema, table, active, columns);
      return c.json({ forms: forms.map((form) => ({ ...form, slug: slugOf(String(form.Name ?? '')) })) }, 200);
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
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      operationId: 'idempiereHealth',
      tags,
      security: SECURITY.none,
      summary: 'Health: the D1 database and the Durable Objects',
      description:
        "For monitors, without a token: `{status, database, durableObjects}`, 200 when UP, 503 when a check fails (each gives up after 2 s). The original's `key` and `db` parameters are accepted; the database is always checked and the answer says nothing else.",
      request: {
        query: z.object({
          key: z
            .string()
            .max(200)
            .optional()
            .openapi({ description: "The original's monitoring key; not needed here." }),
          db: z
            .enum(['true', 'false'])
            .optional()
            .openapi({ description: 'Accepted; the database is always checked.' }),
        }),
      },
      responses: {
        200: json(Health, 'Up'),
        400: errorResponses[400],
        503: { description: 'Down', content: { 'application/json': { schema: Health } } },
      },
    }),
    async (c) => {
      const health = await systemHealth(c.var.data, c.env);
      return c.json(health, health.status === 'UP' ? 200 : 503);
    },
  );
  // The original publishes its signing key only with IDEMPIERE_REST_EXPOSE_JWK=Y (default N: 200, no key).
  // Atrium signs with an HMAC secret that must never be published: always the default's empty key set.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/jwk',
      operationId: 'idempiereGetJwk',
      tags: [TAGS.auth.name],
      security: SECURITY.none,
      summary: 'The signing keys for a gateway: an empty key set (IDEMPIERE_REST_EXPOSE_JWK is N)',
      description:
        "As the original with IDEMPIERE_REST_EXPOSE_JWK=N (its default): 200 and no key. Atrium's tokens are signed with an HMAC secret, which is never published.",
      responses: {
        200: json(z.object({ keys: z.array(z.record(z.string(), z.unknown())).max(0) }).openapi('IdJwks')),
      },
    }),
    (c) => c.json({ keys: [] as Record<string, unknown>[] }, 200),
  );
  return app;
}
