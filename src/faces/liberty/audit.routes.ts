import { createRoute, z } from '@hono/zod-openapi';
import { snapshotRows } from '../../core/framework/snapshots';
import { requirePool } from '../../core/ops/pools';
import { SECURITY } from '../../lib/openapi';
import { actorOf, authenticate, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { poolParam } from './db.routes';
import { errorResponses, json } from './errors';
import { EXAMPLES, TAGS } from './openapi';
import { bodyRows, emptyBody, Row, WriteResult } from './query.routes';

/** `/api/db/audit/{table}/{user}`: snapshots of rows in the audit history (core/framework/snapshots.ts). */
export function auditRoutes() {
  const app = createRouter();
  const tags = [TAGS.database.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/db/audit/{table}/{user}',
      operationId: 'libertyAuditRows',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.framework.query.execute'), emptyBody],
      summary: "Store a snapshot of the row(s) matching the body's key values in the audit history",
      description:
        "Copies the rows of `table` whose columns equal the body's key values into the audit history, stamped with the caller (the path's `user` is not trusted). Answers how many snapshots were stored.",
      request: {
        params: z.object({
          table: z
            .string()
            .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
            .openapi({ description: 'Table whose rows are snapshotted.', example: 'LY_APPLICATIONS' }),
          user: z
            .string()
            .min(1)
            .max(120)
            .openapi({ description: 'User named by the client (recorded as the caller instead).', example: 'admin' }),
        }),
        query: z.object({ pool: poolParam('the table lives in') }),
        body: {
          description: 'Key values selecting the rows.',
          content: { 'application/json': { schema: Row, example: EXAMPLES.auditKeys } },
        },
      },
      responses: { 200: json(WriteResult), ...errorResponses },
    }),
    async (c) => {
      // The path's user is not trusted: the snapshot names the caller (core/framework/snapshots.ts).
      const { table } = c.req.valid('param');
      const pool = requirePool(c.env, c.req.valid('query').pool);
      const [keys] = await bodyRows(c);
      const count = await snapshotRows(c.var.data, actorOf(c), pool, table, keys);
      return c.json({ items: [], status: 'success' as const, count }, 200);
    },
  );
  return app;
}
