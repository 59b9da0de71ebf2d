import { createRoute, z } from '@hono/zod-openapi';
import { invalidateDefinitions } from '../../core/framework/queries';
import { requirePool } from '../../core/ops/pools';
import { pendingMigrations, restoreTables } from '../../core/ops/restore';
import { SECURITY } from '../../lib/openapi';
import { actorOf, authenticate, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json } from './errors';
import { EXAMPLES, TAGS } from './openapi';
import { MigrationStep, poolQuery, SetupRequest, setupResult } from './setup.routes';

/** The reference document's other setup operations: prepare, update and restore (core/ops/restore.ts). */

const RestoredTable = z
  .object({ name: z.string(), rows: z.number().int().openapi({ description: 'Rows the table holds now.' }) })
  .openapi('LibertyRestoredTable');
const RestoreResult = setupResult(RestoredTable, 'LibertyRestoreResult');
const PrepareResult = setupResult(MigrationStep, 'LibertyPrepareResult');
const UpdateResult = setupResult(
  z.object({}).openapi({ description: 'None: nothing changes.' }),
  'LibertyUpdateResult',
);
/** The repository export's document (GET /api/export/repository), or just its `items` with their rows. */
const RestoreDocument = z
  .object({
    items: z
      .array(
        z
          .object({
            name: z.string().min(1).max(128),
            rows: z.array(z.record(z.string(), z.unknown())).max(100_000),
          })
          .passthrough()
          .openapi({
            description: 'A table of the export: its `name` and `rows` (`definition` and `columns` are not read).',
          }),
      )
      .max(500),
  })
  .passthrough()
  .openapi('LibertyRestoreDocument', {
    description:
      "The repository export's document as `GET /api/export/repository` answers it. Each table listed is emptied and refilled with its rows; tables not listed are left alone.",
  });

export function restoreRoutes() {
  const app = createRouter();
  const security = SECURITY.bearer;
  const install = [authenticate(), requireRight('base.setup.install')];
  const tags = [TAGS.setup.name];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/prepare',
      operationId: 'libertyPrepareUpgrade',
      tags,
      security,
      middleware: install,
      summary: 'Prepare an upgrade: the migrations an upgrade of the pool would apply (nothing is changed)',
      description:
        'The reference configures its database for upgrading. A D1 pool needs no configuration (the body is validated; host, port, database and user do not apply): answers the pending migrations an upgrade would apply, in order. Right `base.setup.install`.',
      request: {
        query: poolQuery,
        body: { content: { 'application/json': { schema: SetupRequest, example: EXAMPLES.setup } }, required: true },
      },
      responses: { 200: json(PrepareResult), ...errorResponses },
    }),
    async (c) => {
      const pool = requirePool(c.env, c.req.valid('query').pool);
      const items = (await pendingMigrations(c.var.data, actorOf(c), pool)).map((migration) => ({ pool, migration }));
      const message = items.length ? 'Ready to upgrade' : 'Up to date';
      return c.json({ items, status: 'success' as const, message, count: items.length }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/update',
      operationId: 'libertyUpdateSettings',
      tags,
      security,
      middleware: install,
      summary: 'Update the connection settings: validated; a D1 pool has none to change',
      description:
        'The reference rewrites its database connection settings and passwords. A D1 pool is a binding of wrangler.toml and the secrets are Worker secrets (`wrangler secret put`): the body is validated, nothing is stored (a password is never kept), and the answer says so. Right `base.setup.install`.',
      request: {
        query: poolQuery,
        body: { content: { 'application/json': { schema: SetupRequest, example: EXAMPLES.setup } }, required: true },
      },
      responses: { 200: json(UpdateResult), ...errorResponses },
    }),
    async (c) => {
      requirePool(c.env, c.req.valid('query').pool);
      const message = 'Nothing to update: a pool is a D1 binding (wrangler.toml), its secrets are Worker secrets';
      return c.json({ items: [], status: 'success' as const, message, count: 0 }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/restore',
      operationId: 'libertyRestoreRepository',
      tags,
      security,
      middleware: install,
      summary: "Restore tables from the repository export's document, in one audited batch",
      description:
        'Loads the document `GET /api/export/repository` answered back into the pool: each table it lists is emptied and filled with its rows, all of them in one batch with their audit rows (one `RESTORE` per table, one `INSERT` per row of a table with a one-column key), or nothing on any failure (409). Tables with columns an export leaves out (secrets) cannot be restored (409); a table whose rows another table references by a foreign key is restored only together with it (400); the access tables need `base.*`. Right `base.setup.install`. The body is held to `MAX_BODY_BYTES` (1 MiB unless configured).',
      request: {
        query: poolQuery,
        body: {
          content: { 'application/json': { schema: RestoreDocument, example: EXAMPLES.restore } },
          required: true,
        },
      },
      responses: {
        200: json(RestoreResult),
        409: {
          description: 'The document does not fit the tables, or names one that cannot be restored; nothing written',
          content: { 'application/json': { schema: errorResponses[400].content['application/json'].schema } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const pool = requirePool(c.env, c.req.valid('query').pool);
      const items = await restoreTables(c.var.data, actorOf(c), pool, c.req.valid('json').items);
      // Stored queries live in tables a restore may have rewritten.
      invalidateDefinitions();
      return c.json({ items, status: 'success' as const, message: 'Restore complete', count: items.length }, 200);
    },
  );
  return app;
}
