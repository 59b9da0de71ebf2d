import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { parseLibertyQ } from '../../core/filter';
import {
  columnLabels,
  loadDefinition,
  resultColumns,
  runSelect,
  runWrite,
  type Source,
  targetPool,
  type Verb,
} from '../../core/framework/queries';
import { snapshotRows } from '../../core/framework/snapshots';
import { closePool, ensurePoolOpen, openPool, poolNow, requirePool } from '../../core/ops/pools';
import { AppError } from '../../lib/errors';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { actorOf, authenticate, requireRight } from '../../middleware/auth';
import { errorResponses, json } from './errors';

const PoolName = z.string().max(64);
const Row = z.record(z.string(), z.unknown());
const Meta = z.array(z.object({ name: z.string(), type: z.string() }));
const QueryQuery = z.object({
  source: z.enum(['framework', 'query']).default('framework'),
  type: z.enum(['table', 'columns']).default('table'),
  pool: PoolName.default('default'),
  mode: z.enum(['framework', 'session']).default('session'),
  query: z.coerce.number().int().min(0),
  override_pool: PoolName.optional(),
});
const WriteResult = z
  .object({ items: z.array(z.unknown()), status: z.literal('success'), count: z.number().int() })
  .openapi('LibertyWriteResult');

function parseJsonParam(raw: string | undefined, what: string): unknown {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', `Invalid JSON format in request ${what}.`);
  }
}

/** `params` as an object or the seed's `[{"APPS_ID": 10}]` list of one-key objects. */
function paramsOf(raw: string | undefined): Record<string, unknown> {
  const value = parseJsonParam(raw, 'params');
  if (value === undefined) return {};
  if (Array.isArray(value)) return Object.assign({}, ...value.filter((v) => v && typeof v === 'object'));
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  throw new AppError('BAD_REQUEST', 'params must be a JSON object');
}

async function bodyRows(c: Context<AppEnv>): Promise<Record<string, unknown>[]> {
  const text = await c.req.text();
  if (!text.trim()) throw new AppError('BAD_REQUEST', 'Request body cannot be empty.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'Invalid JSON format in request body.');
  }
  const rows = Array.isArray(body) ? body : [body];
  if (
    rows.length === 0 ||
    rows.some((r) => !r || typeof r !== 'object' || Array.isArray(r) || Object.keys(r).length === 0)
  )
    throw new AppError('BAD_REQUEST', 'Request body cannot be empty. JSON object with key-value pairs is required.');
  return rows as Record<string, unknown>[];
}

/** Liberty's documented answer to an empty body, before the JSON validator sees it. */
const emptyBody = createMiddleware<AppEnv>(async (c, next) => {
  if (!(await c.req.text()).trim()) throw new AppError('BAD_REQUEST', 'Request body cannot be empty.');
  await next();
});

export function dbRoutes() {
  const app = createRouter();
  const tags = ['Liberty'];
  const security = [{ bearerAuth: [] }];
  const execute = [authenticate(), requireRight('base.framework.query.execute')];
  // Writes through stored queries need the generic record-edit right (the demo user is read-only).
  const write = [authenticate(), requireRight('base.framework.record.edit'), emptyBody];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/db/open',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'Open a pool (its PoolDO verifies it answers)',
      request: {
        query: z.object({ framework_pool: PoolName.default('default'), target_pool: PoolName.default('default') }),
      },
      responses: { 200: json(z.object({ status: z.literal('success'), message: z.string() })), ...errorResponses },
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
      tags,
      security,
      middleware: [authenticate()],
      summary: 'Close a pool (the next query reopens it)',
      request: { query: z.object({ pool: PoolName.default('default') }) },
      responses: { 200: json(z.object({ status: z.literal('success'), message: z.string() })), ...errorResponses },
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
      tags,
      security,
      middleware: [authenticate()],
      summary: 'The current date from the target pool',
      request: {
        query: z.object({ framework_pool: PoolName.default('default'), target_pool: PoolName.default('default') }),
      },
      responses: {
        200: json(
          z.object({
            status: z.literal('success'),
            pool: z.string(),
            rows: z.array(Row),
            rowCount: z.number().int(),
            meta_data: Meta,
          }),
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
          rows: [{ ROW_ID: 1, CURRENT_DATE: now }],
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

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/db/query',
      tags,
      security,
      middleware: execute,
      summary:
        'Run a stored query: data (type=table) or its columns (type=columns); q filters, params bind, offset/limit page',
      request: {
        query: QueryQuery.extend({
          q: z.string().max(4000).optional(),
          language: z.string().max(10).default('en'),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(5000).default(1000),
          params: z.string().max(4000).optional(),
        }),
      },
      responses: {
        200: json(
          z
            .object({
              items: z.array(Row),
              status: z.literal('success'),
              metadata: Meta,
              hasMore: z.boolean(),
              limit: z.number().int(),
              offset: z.number().int(),
              count: z.number().int(),
            })
            .openapi('LibertyQueryResult'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      requirePool(c.env, q.pool);
      const definition = await loadDefinition(c.var.data, q.source as Source, q.query, 'GET');
      const pool = targetPool(c.env, definition, q.pool, q.override_pool);
      await ensurePoolOpen(c.env, pool);
      const params = paramsOf(q.params);
      if (q.type === 'columns') {
        const values = definition.names.map((n) => params[n] ?? null);
        const names = await resultColumns(c.var.data, pool, definition, values);
        const sample = await runSelect(c.var.data, actorOf(c), pool, definition, {
          params: Object.fromEntries(definition.names.map((n) => [n, params[n] ?? null])),
          offset: 0,
          limit: 1,
        });
        const label = await columnLabels(c.var.data, q.language, names);
        const items = names.map((name) => {
          const type = sample.columns.find((col) => col.name === name)?.type ?? 'UNKNOWN';
          return {
            field: name,
            header: label.get(name) ?? name,
            type,
            operator: type === 'str' ? 'like' : '=',
            rules: [],
            default: null,
          };
        });
        return c.json(
          {
            items,
            status: 'success' as const,
            metadata: sample.columns,
            hasMore: false,
            limit: q.limit,
            offset: 0,
            count: items.length,
          },
          200,
        );
      }
      const filterJson = parseJsonParam(q.q, 'query');
      const page = await runSelect(c.var.data, actorOf(c), pool, definition, {
        params,
        filter: filterJson === undefined ? undefined : parseLibertyQ(filterJson),
        offset: q.offset,
        limit: q.limit,
      });
      return c.json(
        {
          items: page.rows,
          status: 'success' as const,
          metadata: page.columns,
          hasMore: page.hasMore,
          limit: q.limit,
          offset: q.offset,
          count: page.rows.length,
        },
        200,
      );
    },
  );

  for (const method of ['post', 'put', 'delete'] as const) {
    const verb = method.toUpperCase() as Verb;
    app.openapi(
      createRoute({
        method,
        path: '/api/db/query',
        tags,
        security,
        middleware: write,
        summary: `Run the stored ${verb} statement of a query with the body's key/values (an array = several rows, one atomic batch)`,
        request: {
          query: QueryQuery,
          body: { content: { 'application/json': { schema: z.union([Row, z.array(Row)]) } } },
        },
        responses: { 200: json(WriteResult), ...errorResponses },
      }),
      async (c) => {
        const q = c.req.valid('query');
        requirePool(c.env, q.pool);
        const rows = await bodyRows(c);
        const definition = await loadDefinition(c.var.data, q.source as Source, q.query, verb);
        const pool = targetPool(c.env, definition, q.pool, q.override_pool);
        await ensurePoolOpen(c.env, pool);
        const count = await runWrite(c.var.data, pool, definition, rows, actorOf(c));
        return c.json({ items: [], status: 'success' as const, count }, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/db/audit/{table}/{user}',
      tags,
      security,
      middleware: [...execute, emptyBody],
      summary: "Store a snapshot of the row(s) matching the body's key values in the audit history",
      request: {
        params: z.object({
          table: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/),
          user: z.string().min(1).max(120),
        }),
        query: z.object({ pool: PoolName.default('default') }),
        body: { content: { 'application/json': { schema: Row } } },
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
