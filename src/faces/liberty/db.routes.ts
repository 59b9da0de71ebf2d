import { createRoute, z } from '@hono/zod-openapi';
import { closePool, openPool, poolNow, requirePool } from '../../core/ops/pools';
import { SECURITY } from '../../lib/openapi';
import { actorOf, authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json } from './errors';
import { TAGS } from './openapi';
import { libertyTime } from './time';

/** `/api/db/open`, `/close`, `/check`: a pool's state (core/ops/pools.ts); stored queries in query.routes.ts. */

export const PoolName = z.string().max(64);
export const Meta = z
  .array(
    z.object({
      name: z.string().openapi({ description: 'Column name.' }),
      type: z
        .string()
        .openapi({ description: 'Column type as Liberty names it: `int`, `str`, `float`, `datetime`, …' }),
    }),
  )
  .openapi('LibertyColumnsMeta');
export const poolParam = (what: string) =>
  PoolName.default('default').openapi({
    description: `Pool alias ${what} (e.g. \`default\`, \`libnsx1\`).`,
    example: 'default',
  });
const Status = z
  .object({ status: z.literal('success'), message: z.string().openapi({ example: 'connected' }) })
  .openapi('LibertyStatus');

export function dbRoutes() {
  const app = createRouter();
  const tags = [TAGS.database.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/db/open',
      operationId: 'libertyOpenPool',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'Open a pool (its PoolDO verifies it answers)',
      description: 'Opens the target pool; its Durable Object checks that the database answers. Answers `connected`.',
      request: {
        query: z.object({
          framework_pool: poolParam('the database definition is read from'),
          target_pool: poolParam('to open'),
        }),
      },
      responses: { 200: json(Status), ...errorResponses },
    }),
    async (c) => {
      const { framework_pool, target_pool } = c.req.valid('query');
      requirePool(c.env, framework_pool);
      await openPool(c.env, actorOf(c), target_pool);
      return c.json({ status: 'success' as const, message: 'connected' }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/db/close',
      operationId: 'libertyClosePool',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'Close a pool (the next query reopens it)',
      description: 'Marks the pool closed; the next query on it opens it again. Answers `disconnected`.',
      request: { query: z.object({ pool: poolParam('to close') }) },
      responses: { 200: json(Status), ...errorResponses },
    }),
    async (c) => {
      await closePool(c.env, actorOf(c), c.req.valid('query').pool);
      return c.json({ status: 'success' as const, message: 'disconnected' }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/db/check',
      operationId: 'libertyCheckPool',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'The current date from the target pool',
      description: 'A basic check that the database answers: one row with `ROW_ID` and `CURRENT_DATE`.',
      request: {
        query: z.object({
          framework_pool: poolParam('the database definition is read from'),
          target_pool: poolParam('to check'),
        }),
      },
      responses: {
        200: json(
          z
            .object({
              status: z.literal('success'),
              pool: z.string(),
              rows: z.array(
                z.object({
                  ROW_ID: z.number().int(),
                  CURRENT_DATE: z.string().nullable().openapi({
                    description: "The database's current date and time (ISO 8601, as Python writes it).",
                    example: '2025-01-27T08:14:13.809000+00:00',
                  }),
                }),
              ),
              rowCount: z.number().int(),
              meta_data: Meta,
            })
            .openapi('LibertyPoolCheck'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { framework_pool, target_pool } = c.req.valid('query');
      requirePool(c.env, framework_pool);
      const now = await poolNow(c.var.data, c.env, target_pool);
      return c.json(
        {
          status: 'success' as const,
          pool: target_pool,
          rows: [{ ROW_ID: 1, CURRENT_DATE: libertyTime(now) }],
          rowCount: 1,
          meta_data: [
            { name: 'ROW_ID', type: 'int' },
            { name: 'CURRENT_DATE', type: 'datetime' },
          ],
        },
        200,
      );
    },
  );

  return app;
}
