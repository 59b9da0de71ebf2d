import { createRoute, z } from '@hono/zod-openapi';
import { listLogs, readLog, type LogEntry as StoredLog, writeLog } from '../../core/ops/logs';
import { SECURITY } from '../../lib/openapi';
import { authenticate, principalOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json } from './errors';
import { EXAMPLES, TAGS } from './openapi';
import { libertyTime } from './time';

/** Liberty's logs: `POST /api/logs`, `GET /api/logs`, `GET /api/logs/details` (core/ops/logs.ts, KV). */

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
    method: z.string().max(10).optional().openapi({ description: 'HTTP method of the failing call, if any.' }),
    url: z.string().max(2000).optional().openapi({ description: 'URL of the failing call, if any.' }),
    category: z.string().max(100).optional(),
    feature: z.string().max(100).optional(),
    isException: z.boolean().optional(),
  })
  .openapi('LibertyLogInput');
/** A stored entry as Liberty shows it: its time in the original's format. */
const renderLog = (entry: StoredLog) => ({ ...entry, timestamp: libertyTime(entry.timestamp) });

const LogEntry = z
  .object({
    id: z.string().openapi({ description: 'Entry id (time-ordered).' }),
    timestamp: z.string().openapi({
      description: 'When it was stored (ISO 8601, as Python writes it).',
      example: '2025-01-27T08:14:13.809000+00:00',
    }),
    level: z.string(),
    transactionName: z.string().optional(),
    message: z.string(),
    method: z.string().optional(),
    url: z.string().optional(),
    category: z.string().optional(),
    feature: z.string().optional(),
    isException: z.boolean().optional(),
    user: z.string().optional().openapi({ description: 'Login of the user who sent it.' }),
  })
  .openapi('LibertyLogEntry');

export function logRoutes() {
  const app = createRouter();
  const security = SECURITY.bearer;

  // Logs
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/logs',
      operationId: 'libertyPushLog',
      tags: [TAGS.logs.name],
      security,
      middleware: [authenticate()],
      summary: 'Push logs (no body, as documented); or store one log entry (KV, kept 7 days)',
      description:
        "As documented, without parameters or body: the original pushes its cached logs to files; entries here are stored as they arrive, so there is nothing left to push (200). With a JSON body: stores one client log entry with the caller's login and answers its id. Any authenticated user.",
      request: {
        // Optional: the documented call has no body (a JSON one is an Atrium extension, validated when sent).
        body: { content: { 'application/json': { schema: LogInput, example: EXAMPLES.log } }, required: false },
      },
      responses: {
        200: json(
          z
            .object({
              status: z.literal('success'),
              id: z.string().optional().openapi({ description: 'The stored entry (with a body).' }),
              message: z.string().optional().openapi({ description: 'Without a body: what the push did.' }),
            })
            .openapi('LibertyLogStored'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json') as Partial<z.infer<typeof LogInput>>;
      if (Object.keys(body).length === 0 && !c.req.header('content-type'))
        return c.json({ status: 'success' as const, message: 'Logs are stored as they arrive: nothing to push' }, 200);
      const entry = await writeLog(c.env.CACHE, { ...LogInput.parse(body), user: principalOf(c).login });
      return c.json({ status: 'success' as const, id: entry.id }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/logs',
      operationId: 'libertyListLogs',
      tags: [TAGS.logs.name],
      security,
      middleware: [authenticate(), requireRight('base.framework.log.view')],
      summary: 'List log entries (format json or text, page, filter_key/filter_value)',
      description:
        'A page of up to 100 log entries, oldest first (right `base.framework.log.view`); `filter_key`/`filter_value` keep the entries of that page whose field equals the value. `format=text` answers one line per entry (`timestamp [LEVEL] category message`) as `text/plain`.',
      request: {
        query: z.object({
          format: z
            .enum(['json', 'text'])
            .default('json')
            .openapi({ description: '`json` (the envelope) or `text` (plain lines).' }),
          page: z.coerce
            .number()
            .int()
            .min(1)
            .max(1000)
            .default(1)
            .openapi({ description: 'Page number, from 1 (100 entries a page, before filtering).', example: 1 }),
          filter_key: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: 'Entry field to filter on (e.g. `level`, `category`, `user`).', example: 'level' }),
          filter_value: z
            .string()
            .max(500)
            .optional()
            .openapi({ description: 'Value `filter_key` must equal.', example: 'error' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of entries (`format=json`), or plain text lines (`format=text`)',
          content: {
            'application/json': {
              schema: z
                .object({
                  items: z.array(LogEntry),
                  status: z.literal('success'),
                  count: z.number().int(),
                  hasMore: z.boolean(),
                })
                .openapi('LibertyLogList'),
            },
            'text/plain': { schema: z.string() },
          },
        },
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
      const items = entries.map(renderLog);
      if (q.format === 'text')
        return c.text(
          items.map((e) => `${e.timestamp} [${e.level.toUpperCase()}] ${e.category ?? '-'} ${e.message}`).join('\n'),
          200,
        ) as never;
      return c.json(
        {
          items,
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
      operationId: 'libertyGetLog',
      tags: [TAGS.logs.name],
      security,
      middleware: [authenticate(), requireRight('base.framework.log.view')],
      summary: 'One log entry (by id or list position); none without `id`',
      description:
        'One log entry in a one-item list (right `base.framework.log.view`): by the id `POST /api/logs` answered, or, as in the original, by its position (0-based, all digits) in the order `GET /api/logs` lists them. The seed documents the route without parameters: without `id` the list is empty. 404 when unknown or expired.',
      request: {
        query: z.object({
          id: z
            .string()
            .regex(/^[0-9A-Za-z-]{1,64}$/)
            .optional()
            .openapi({
              description: 'Entry id as `POST /api/logs` or the list answered it, or its 0-based position in the list.',
              example: '0',
            }),
        }),
      },
      responses: {
        200: json(
          z
            .object({ items: z.array(LogEntry), status: z.literal('success'), count: z.number().int() })
            .openapi('LibertyLogDetails'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('query');
      const items = id === undefined ? [] : [renderLog(await readLog(c.env.CACHE, id))];
      return c.json({ items, status: 'success' as const, count: items.length }, 200);
    },
  );
  return app;
}
