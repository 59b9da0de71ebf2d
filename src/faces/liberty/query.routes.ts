import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { parseLibertyQ } from '../../core/filter';
import { cachedParse } from '../../core/filter/parsed';
import { keyedRow, keyedTarget } from '../../core/framework/keyed';
import {
  loadDefinition,
  resultColumns,
  runSelect,
  type Source,
  targetPool,
  type Verb,
} from '../../core/framework/queries';
import { runWrite } from '../../core/framework/query-writes';
import { columnLabels } from '../../core/framework/settings';
import { ensurePoolOpen, requirePool } from '../../core/ops/pools';
import { AppError } from '../../lib/errors';
import {
  IF_MATCH,
  IF_NONE_MATCH,
  NOT_MODIFIED,
  preconditionFailedResponse,
  SECURITY,
  withEtag,
} from '../../lib/openapi';
import { jsonAnswer } from '../../middleware/answer';
import { actorOf, authenticate, requireRight } from '../../middleware/auth';
import { conditionalWrite, readVersion, versionTag } from '../../middleware/conditional';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { Meta, PoolName, poolParam } from './db.routes';
import { errorResponses, json, LibertyFailure, LibertyWriteFailure } from './errors';
import { EXAMPLES, PARAMS_DESCRIPTION, Q_DESCRIPTION, TAGS } from './openapi';

/** `/api/db/query`: a stored query's SELECT (GET) and its stored writes (core/framework/queries.ts). */

/** A result row: the stored query's own columns (ROW_ID first), so genuinely open. */
export const Row = z
  .record(z.string(), z.unknown())
  .openapi('LibertyRow', { description: "One row: the stored query's result columns by name (`ROW_ID` first)." });
/** `type=columns`: one entry per result column, for the front end's grid and filter bar. */
const ColumnInfo = z
  .object({
    field: z.string().openapi({ description: 'Column name.' }),
    header: z.string().openapi({ description: 'Label from the data dictionary in `language` (the name when none).' }),
    type: z.string().openapi({ description: 'Column type (`int`, `str`, …).' }),
    operator: z.string().openapi({ description: 'Default filter operator: `like` for text, `=` otherwise.' }),
    rules: z.array(z.unknown()).openapi({ description: 'Validation rules (none are defined: always empty).' }),
    default: z.null().openapi({ description: 'Default value (always null).' }),
  })
  .openapi('LibertyColumnInfo');
const QueryQuery = z.object({
  source: z.enum(['framework', 'query']).default('framework').openapi({
    description: "Where the query definition is read from: the framework's stored queries or the `query` table.",
  }),
  type: z
    .enum(['table', 'columns'])
    .default('table')
    .openapi({ description: '`table`: the data; `columns`: the result columns with labels (GET only).' }),
  pool: poolParam('the query definition is read from'),
  mode: z
    .enum(['framework', 'session'])
    .default('session')
    .openapi({ description: 'Session mode: framework tables or the pool.' }),
  query: z.coerce.number().int().min(0).openapi({ description: 'Id of the stored query to run.', example: 1 }),
  override_pool: PoolName.optional().openapi({
    description: 'Run against this pool instead of the one the query definition names.',
    example: 'default',
  }),
});
export const WriteResult = z
  .object({
    items: z.array(z.unknown()).max(0).openapi({ description: 'Always empty for writes.' }),
    status: z.literal('success'),
    count: z.number().int().openapi({ description: 'Rows written (or snapshots stored).' }),
  })
  .openapi('LibertyWriteResult');

function parseJsonParam(raw: string | undefined, what: string): unknown {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', `Invalid JSON format in request ${what}.`);
  }
}

/** The `q` filter of a stored query's page (none for an empty one). */
function libertyFilter(text: string) {
  const json = parseJsonParam(text, 'query');
  return json === undefined ? undefined : parseLibertyQ(json);
}

/** `params` as an object or the seed's `[{"APPS_ID": 10}]` list of one-key objects. */
function paramsOf(raw: string | undefined): Record<string, unknown> {
  const value = parseJsonParam(raw, 'params');
  if (value === undefined) return {};
  if (Array.isArray(value)) return Object.assign({}, ...value.filter((v) => v && typeof v === 'object'));
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  throw new AppError('BAD_REQUEST', 'params must be a JSON object');
}

/** A write's body: one object of values or an array of them, none empty (Liberty's messages otherwise). */
export async function bodyRows(c: Context<AppEnv>): Promise<Record<string, unknown>[]> {
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
export const emptyBody = createMiddleware<AppEnv>(async (c, next) => {
  if (!(await c.req.text()).trim()) throw new AppError('BAD_REQUEST', 'Request body cannot be empty.');
  await next();
});

/** The stored write statements of `/api/db/query`, one operation per method (examples: the demo's query 1). */
const WRITE_OPERATIONS = {
  post: {
    operationId: 'libertyInsertRows',
    description: 'Runs the stored INSERT of query `query`.',
    examples: {
      one: { summary: 'One row', value: EXAMPLES.insertRow },
      several: { summary: 'Several rows, one atomic batch', value: EXAMPLES.insertRows },
    },
  },
  put: {
    operationId: 'libertyUpdateRows',
    description: 'Runs the stored UPDATE of query `query`.',
    examples: { one: { summary: 'Rename a dictionary entry', value: EXAMPLES.updateRow } },
  },
  delete: {
    operationId: 'libertyDeleteRows',
    description: 'Runs the stored DELETE of query `query`.',
    examples: { one: { summary: 'Delete a dictionary entry', value: EXAMPLES.deleteRow } },
  },
} as const;

export function queryRoutes() {
  const app = createRouter();
  const tags = [TAGS.database.name];
  const security = SECURITY.bearer;
  const execute = [authenticate(), requireRight('base.framework.query.execute')];
  // Writes through stored queries need the generic record-edit right (the demo user is read-only).
  const write = [authenticate(), requireRight('base.framework.record.edit'), emptyBody];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/db/query',
      operationId: 'libertyRunQuery',
      tags,
      security,
      middleware: execute,
      summary:
        'Run a stored query: data (type=table) or its columns (type=columns); q filters, params bind, offset/limit page',
      description:
        "Runs the stored SELECT of query `query` (right `base.framework.query.execute`). `type=table` answers a page of rows (`hasMore` tells whether more follow); `type=columns` answers the result columns with their labels in `language`. `q` filters on the result columns (see the parameter), `params` binds the statement's named parameters. A stored SELECT of one table keyed by its key (`… where APPS_ID = :APPS_ID`) that answers one row also answers the row's `ETag` (its version, as every face computes it; `If-None-Match`: 304 while the row is unchanged).",
      request: {
        query: QueryQuery.extend({
          q: z
            .string()
            .max(4000)
            .optional()
            .openapi({ description: Q_DESCRIPTION, example: '[{"DD_ID":{"like":"USR%"}}]' }),
          language: z.string().max(10).default('en').openapi({
            description: 'Language of the column labels (`type=columns`), e.g. `en`, `fr`.',
            example: 'en',
          }),
          offset: z.coerce
            .number()
            .int()
            .min(0)
            .default(0)
            .openapi({ description: 'Rows to skip before the page.', example: 0 }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(5000)
            .default(1000)
            .openapi({ description: 'Rows in the page (at most 5000).', example: 100 }),
          params: z.string().max(4000).optional().openapi({ description: PARAMS_DESCRIPTION, example: '{"MIN_ID":2}' }),
        }),
        headers: IF_NONE_MATCH,
      },
      responses: {
        ...NOT_MODIFIED,
        200: withEtag(
          json(
            z
              .object({
                items: z.array(z.union([ColumnInfo, Row])).openapi({
                  description:
                    'The rows (`type=table`), or one `LibertyColumnInfo` per result column (`type=columns`).',
                }),
                status: z.literal('success'),
                metadata: Meta,
                hasMore: z.boolean(),
                limit: z.number().int(),
                offset: z.number().int(),
                count: z.number().int(),
              })
              .openapi('LibertyQueryResult'),
          ),
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
      const filter = q.q === undefined ? undefined : cachedParse('liberty-q', q.q, libertyFilter);
      // A keyed row: its version is taken before the read (an answer never carries a newer tag than its body).
      const target = await keyedTarget(c.var.data, pool, definition);
      const row = target && keyedRow(target, params);
      const version = row && (await readVersion(c, row, pool));
      const page = await runSelect(c.var.data, actorOf(c), pool, definition, {
        params,
        filter,
        filterText: q.q,
        offset: q.offset,
        limit: q.limit,
      });
      const tag = row && version !== undefined && page.rows.length === 1 ? versionTag(c, row, version) : undefined;
      if (tag?.notModified) return tag.notModified;
      return jsonAnswer(
        c,
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
        tag && { ETag: tag.etag },
      );
    },
  );

  for (const method of ['post', 'put', 'delete'] as const) {
    const verb = method.toUpperCase() as Verb;
    app.openapi(
      createRoute({
        method,
        path: '/api/db/query',
        operationId: WRITE_OPERATIONS[method].operationId,
        tags,
        security,
        middleware: write,
        summary: `Run the stored ${verb} statement of a query with the body's key/values (an array = several rows, one atomic batch)`,
        description: `${WRITE_OPERATIONS[method].description} Each object binds the statement's named parameters (\`:NAME\`); an array runs the statement once per object in one atomic batch. Needs the right \`base.framework.record.edit\` (read-only users get 403). An empty body is a 400. A statement keyed by its table's key (\`… where APPS_ID = :APPS_ID\`) writes a row with a version: with one body object, \`If-Match\` makes the write conditional (412, nothing written, when the row changed).`,
        request: {
          query: QueryQuery,
          headers: IF_MATCH,
          body: {
            description: 'One object of column values, or an array of them.',
            content: {
              'application/json': {
                schema: z.union([Row, z.array(Row)]),
                examples: WRITE_OPERATIONS[method].examples,
              },
            },
          },
        },
        responses: {
          200: json(WriteResult),
          ...preconditionFailedResponse(LibertyFailure),
          ...errorResponses,
          409: {
            description:
              'A row broke a constraint (duplicate key, missing required value): nothing written; `message.items[0]` names the row.',
            content: { 'application/json': { schema: LibertyWriteFailure } },
          },
        },
      }),
      async (c) => {
        const q = c.req.valid('query');
        requirePool(c.env, q.pool);
        const rows = await bodyRows(c);
        const definition = await loadDefinition(c.var.data, q.source as Source, q.query, verb);
        const pool = targetPool(c.env, definition, q.pool, q.override_pool);
        await ensurePoolOpen(c.env, pool);
        if (c.req.header('if-match')) {
          const target = await keyedTarget(c.var.data, pool, definition);
          const row = target && rows.length === 1 ? keyedRow(target, rows[0]) : undefined;
          if (!row) throw new AppError('BAD_REQUEST', 'If-Match needs one row of a statement keyed by its table key');
          await conditionalWrite(c, row, pool);
        }
        const count = await runWrite(c.var.data, pool, definition, rows, actorOf(c));
        return c.json({ items: [], status: 'success' as const, count }, 200);
      },
    );
  }

  return app;
}
