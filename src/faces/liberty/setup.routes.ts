import { createRoute, z } from '@hono/zod-openapi';
import { invalidateDefinitions } from '../../core/framework/queries';
import { DEFAULT_POOL, poolConfigs, requirePool } from '../../core/ops/pools';
import { downgradePool, recordRevision, setupStatus, upgradePools } from '../../core/ops/setup';
import { SECURITY } from '../../lib/openapi';
import { actorOf, authenticate, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json } from './errors';
import { EXAMPLES, TAGS } from './openapi';

/** What `current` and `revision` answer: each pool's applied migration version. */
const PoolVersion = z
  .object({
    pool: z.string(),
    version: z.string().nullable().openapi({ description: 'Latest applied migration (null: none).' }),
    applied: z.number().int().openapi({ description: 'How many migrations are applied.' }),
  })
  .openapi('LibertyPoolVersion');
/** What install, upgrade and downgrade answer: the migrations applied (or rolled back) where. */
export const MigrationStep = z.object({ pool: z.string(), migration: z.string() }).openapi('LibertyMigrationStep');
export const setupResult = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      status: z.literal('success'),
      message: z.string().openapi({ example: 'Setup complete' }),
      count: z.number().int(),
    })
    .openapi(name);
const SetupStatus = setupResult(PoolVersion, 'LibertySetupStatus');
const SetupResult = setupResult(MigrationStep, 'LibertySetupResult');
export const SetupRequest = z
  .object({
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    database: z.string().min(1).max(128),
    user: z.string().min(1).max(128),
    password: z.string().max(1024),
  })
  .openapi('LibertySetupRequest', {
    description: "The seed's connection settings: validated, though host, port, database and user do not apply to D1.",
  });
export const poolQuery = z.object({
  pool: z
    .string()
    .max(64)
    .default(DEFAULT_POOL)
    .openapi({ description: 'Pool alias (e.g. `default`, `libnsx1`).', example: 'default' }),
});

/** Setup (administrators: base.setup.*): each pool's migrations (core/ops/setup.ts); restore.routes.ts has the rest. */
export function setupRoutes() {
  const app = createRouter();
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/setup/current',
      operationId: 'libertyGetSetupVersion',
      tags: [TAGS.setup.name],
      security,
      middleware: [authenticate(), requireRight('base.setup.view')],
      summary: 'Applied migration version of each pool',
      description:
        'The latest applied migration and the count of applied ones, per configured pool (right `base.setup.view`).',
      responses: { 200: json(SetupStatus), ...errorResponses },
    }),
    async (c) => {
      const items = await setupStatus(c.var.data, actorOf(c), c.env);
      return c.json({ items, status: 'success' as const, message: 'Setup complete', count: items.length }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/install',
      operationId: 'libertyInstallPool',
      tags: [TAGS.setup.name],
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary:
        'Install a pool: the body is validated (host/port/database/user do not apply to D1); pending migrations and base data are applied, idempotently',
      description:
        'Applies the pending migrations and base data to one pool (right `base.setup.install`); running it again changes nothing. Answers the migrations applied.',
      request: {
        query: poolQuery,
        body: { content: { 'application/json': { schema: SetupRequest, example: EXAMPLES.setup } }, required: true },
      },
      responses: { 200: json(SetupResult), ...errorResponses },
    }),
    async (c) => {
      const pool = requirePool(c.env, c.req.valid('query').pool);
      const items = await upgradePools(c.var.data, actorOf(c), [pool]);
      invalidateDefinitions();
      return c.json(
        {
          items,
          status: 'success' as const,
          message: 'Setup complete',
          count: items.length,
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/upgrade',
      operationId: 'libertyUpgradePools',
      tags: [TAGS.setup.name],
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary: 'Apply pending migrations to every pool',
      description:
        'Applies the pending migrations to every configured pool (right `base.setup.install`); answers what was applied where.',
      responses: { 200: json(SetupResult), ...errorResponses },
    }),
    async (c) => {
      const items = await upgradePools(
        c.var.data,
        actorOf(c),
        poolConfigs(c.env).map((p) => p.alias),
      );
      invalidateDefinitions();
      return c.json({ items, status: 'success' as const, message: 'Setup complete', count: items.length }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/downgrade/{version}',
      operationId: 'libertyDowngradePool',
      tags: [TAGS.setup.name],
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary: 'Roll a pool back to a version (409 for a migration the running code needs)',
      description:
        'Runs the down scripts of every migration applied after `version`, newest first (right `base.setup.install`); answers the migrations rolled back. 409 when one of them is needed by the running code (rolling the schema back is a deploy of the older code, not an API call) or has no down script; so nothing is ever dropped that the running code reads.',
      request: {
        params: z.object({
          version: z
            .string()
            .regex(/^[0-9A-Za-z_]{1,64}$/)
            .openapi({
              description: 'Migration to roll back to, by name or number (it stays applied; 404 when not applied).',
              example: '0001',
            }),
        }),
        query: poolQuery,
      },
      responses: {
        200: json(SetupResult),
        409: {
          ...errorResponses[400],
          description: 'A migration to roll back is needed by the running code, or has no down script',
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const pool = requirePool(c.env, c.req.valid('query').pool);
      const undone = await downgradePool(c.var.data, actorOf(c), pool, c.req.valid('param').version);
      invalidateDefinitions();
      return c.json(
        {
          items: undone.map((name) => ({ pool, migration: name })),
          status: 'success' as const,
          message: 'Setup complete',
          count: undone.length,
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/setup/revision',
      operationId: 'libertyRecordRevision',
      tags: [TAGS.setup.name],
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary: 'Record a revision marker: the latest applied migration of each pool, when and by whom',
      description:
        'Records, for each pool, its latest applied migration with the time and the caller (right `base.setup.install`).',
      responses: { 200: json(SetupStatus), ...errorResponses },
    }),
    async (c) => {
      const items = await recordRevision(c.var.data, actorOf(c), c.env);
      return c.json({ items, status: 'success' as const, message: 'Setup complete', count: items.length }, 200);
    },
  );
  return app;
}
