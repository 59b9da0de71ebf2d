import { createRoute, z } from '@hono/zod-openapi';
import { invalidateDefinitions } from '../../core/framework/queries';
import { exportRepository } from '../../core/ops/export';
import { listLogs, readLog, writeLog } from '../../core/ops/logs';
import { DEFAULT_POOL, poolConfigs, requirePool } from '../../core/ops/pools';
import { downgradePool, recordRevision, setupStatus, upgradePools } from '../../core/ops/setup';
import { createRouter } from '../../lib/router';
import { actorOf, authenticate, principalOf, requireRight } from '../../middleware/auth';
import { errorResponses, json } from './errors';

const LogInput = z
  .object({
    level: z.enum([
      'debug',
      'info',
      'warn',
      'warning',
      'error',
      'critical',
      'DEBUG',
      'INFO',
      'WARN',
      'WARNING',
      'ERROR',
      'CRITICAL',
    ]),
    transactionName: z.string().max(200).optional(),
    message: z.string().min(1).max(10_000),
    method: z.string().max(10).optional(),
    url: z.string().max(2000).optional(),
    category: z.string().max(100).optional(),
    feature: z.string().max(100).optional(),
    isException: z.boolean().optional(),
  })
  .openapi('LibertyLogInput');
const SetupResult = z
  .object({ items: z.array(z.unknown()), status: z.literal('success'), count: z.number().int() })
  .openapi('LibertySetupResult');
const SetupRequest = z
  .object({
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    database: z.string().min(1).max(128),
    user: z.string().min(1).max(128),
    password: z.string().max(1024),
  })
  .openapi('LibertySetupRequest');

export function opsRoutes() {
  const app = createRouter();
  const tags = ['Liberty'];
  const security = [{ bearerAuth: [] }];

  // Logs
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/logs',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'Store a log entry (KV, kept 7 days)',
      request: { body: { content: { 'application/json': { schema: LogInput } }, required: true } },
      responses: { 200: json(z.object({ status: z.literal('success'), id: z.string() })), ...errorResponses },
    }),
    async (c) => {
      const entry = await writeLog(c.env.CACHE, { ...c.req.valid('json'), user: principalOf(c).login });
      return c.json({ status: 'success' as const, id: entry.id }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/logs',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.framework.log.view')],
      summary: 'List log entries (format json or text, page, filter_key/filter_value)',
      request: {
        query: z.object({
          format: z.enum(['json', 'text']).default('json'),
          page: z.coerce.number().int().min(1).max(1000).default(1),
          filter_key: z.string().max(64).optional(),
          filter_value: z.string().max(500).optional(),
        }),
      },
      responses: {
        200: json(
          z.object({
            items: z.array(z.record(z.string(), z.unknown())),
            status: z.literal('success'),
            count: z.number().int(),
            hasMore: z.boolean(),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { entries, hasMore } = await listLogs(c.env.CACHE, {
        page: q.page,
        filterKey: q.filter_key,
        filterValue: q.filter_value,
      });
      if (q.format === 'text')
        return c.text(
          entries.map((e) => `${e.timestamp} [${e.level.toUpperCase()}] ${e.category ?? '-'} ${e.message}`).join('\n'),
          200,
        ) as never;
      return c.json(
        {
          items: entries as unknown as Record<string, unknown>[],
          status: 'success' as const,
          count: entries.length,
          hasMore,
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/logs/details',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.framework.log.view')],
      summary: 'One log entry',
      request: { query: z.object({ id: z.string().regex(/^[0-9A-Za-z-]{1,64}$/) }) },
      responses: {
        200: json(z.object({ items: z.array(z.record(z.string(), z.unknown())), status: z.literal('success') })),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        {
          items: [(await readLog(c.env.CACHE, c.req.valid('query').id)) as unknown as Record<string, unknown>],
          status: 'success' as const,
        },
        200,
      ),
  );

  // Setup (administrators: base.setup.*)
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/setup/current',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.setup.view')],
      summary: 'Applied migration version of each pool',
      responses: { 200: json(SetupResult), ...errorResponses },
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
      tags,
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary:
        'Install a pool: the body is validated (host/port/database/user do not apply to D1); pending migrations and base data are applied, idempotently',
      request: {
        query: z.object({ pool: z.string().max(64).default(DEFAULT_POOL) }),
        body: { content: { 'application/json': { schema: SetupRequest } }, required: true },
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
      tags,
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary: 'Apply pending migrations to every pool',
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
      tags,
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary: 'Roll a pool back to a version with the down scripts (409 when a step has none)',
      request: {
        params: z.object({ version: z.string().regex(/^[0-9A-Za-z_]{1,64}$/) }),
        query: z.object({ pool: z.string().max(64).default(DEFAULT_POOL) }),
      },
      responses: { 200: json(SetupResult), 409: errorResponses[400], ...errorResponses },
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
      tags,
      security,
      middleware: [authenticate(), requireRight('base.setup.install')],
      summary: 'Record a revision marker: the latest applied migration of each pool, when and by whom',
      responses: { 200: json(SetupResult), ...errorResponses },
    }),
    async (c) => {
      const items = await recordRevision(c.var.data, actorOf(c), c.env);
      return c.json({ items, status: 'success' as const, message: 'Setup complete', count: items.length }, 200);
    },
  );

  // Export
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export/repository',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.setup.export')],
      summary: 'Every table of the framework pool with definition and rows (hidden columns excluded), streamed',
      responses: { 200: json(z.record(z.string(), z.unknown())), ...errorResponses },
    }),
    async (c) => {
      const stream = await exportRepository(c.var.data, actorOf(c));
      return new Response(stream, { headers: { 'content-type': 'application/json; charset=utf-8' } }) as never;
    },
  );
  return app;
}
