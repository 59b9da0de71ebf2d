import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { erpRecordContext } from '../../core/erp/context';
import { executeWrites, WriteFailure } from '../../core/records/writes';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { authenticate, principalOf } from '../../middleware/auth';
import type { AppEnv, AppOpenAPI } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError, idempiereErrorBody } from './errors';
import { publishRecords } from './feed';
import { writeCaller } from './models-read';
import { EXAMPLES, TAGS } from './openapi';
import { MAX_WRITES, type ModelRequest, type ModelWrite, planModelRequest, stepChanges } from './writes';

/**
 * `POST /api/v1/batch?transaction=true|false` (the original's BatchRequestResource): an array of
 * `{method, path, body}` write requests on `v1/models/...`, answered with one `{status, statusCode, body}`
 * per request, in order.
 *
 * - `transaction=false`: every request runs on its own, dispatched through this app's own router (the very
 *   routes, with their authentication, rights, tenant and narrowing), and the answer lists each result.
 * - `transaction=true` (the default, as in the original): every request is planned by the same code as its
 *   route (writes.ts: the core's checks all run while planning), then all of them run as ONE D1 batch with
 *   their audit rows. The first request that fails (planning or running) stops the batch: nothing is
 *   written, the answer is a 400 whose entries are the requests before it (424, not applied), then the
 *   failure. AD_User writes go through the identity core, which writes on its own: they cannot join.
 */

const MAX_REQUESTS = 50;
/** The documented session header (docs/decisions.md): each sub-request reads what the previous one wrote. */
const BOOKMARK = 'x-d1-bookmark';
const MODEL_PATH = /^\/?(?:api\/)?v1\/models\/([A-Za-z_][A-Za-z0-9_]{0,63})(?:\/([A-Za-z0-9-]{1,64}))?\/?$/;

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  424: 'Failed Dependency',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const SubRequest = z
  .object({
    method: z.string().min(1).max(10).openapi({ description: '`POST`, `PUT` or `DELETE`.', example: 'PUT' }),
    path: z.string().min(1).max(300).openapi({
      description: 'The request path below `/api/`: `v1/models/{tableName}` or `v1/models/{tableName}/{id}`.',
      example: 'v1/models/C_BPartner/117',
    }),
    body: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'The PO json body (POST, PUT).', example: { description: 'Updated in a batch' } }),
  })
  .openapi('IdSubRequest');
const SubResponse = z
  .object({
    status: z.string().openapi({ description: 'The status text (`OK`, `Created`, `Bad Request`, …).' }),
    statusCode: z.number().int().openapi({ description: 'The HTTP status of the request.' }),
    body: z.unknown().openapi({ description: 'Its answer: the PO json record, `{msg}`, or the error.' }),
  })
  .openapi('IdSubResponse');
const BatchResponse = z.array(SubResponse).openapi('IdBatchResponse');

interface Entry {
  status: string;
  statusCode: number;
  body: unknown;
}
const entry = (statusCode: number, body: unknown): Entry => ({
  status: REASONS[statusCode] ?? String(statusCode),
  statusCode,
  body,
});
const failed = (error: AppError) => entry(error.status, idempiereErrorBody(error));

/** A sub-request checked against what can be batched, as a model request; or why it cannot. */
function parse(sub: z.infer<typeof SubRequest>): ModelRequest | AppError {
  const method = sub.method.toUpperCase();
  if (method !== 'POST' && method !== 'PUT' && method !== 'DELETE')
    return new AppError('BAD_REQUEST', `Unsupported Method: ${method.slice(0, 10)}`);
  const match = MODEL_PATH.exec(sub.path);
  if (!match) return new AppError('BAD_REQUEST', 'Only v1/models/{tableName}[/{id}] requests can be batched');
  const [, tableName, id] = match;
  if (method === 'POST' ? id !== undefined : id === undefined)
    return new AppError('BAD_REQUEST', `${method} ${method === 'POST' ? 'takes no record id' : 'needs a record id'}`);
  if (method !== 'DELETE' && !sub.body) return new AppError('BAD_REQUEST', `${method} needs a body`);
  return { method, tableName, id, body: sub.body };
}

/** transaction=false: each request through the app's own routes, one after the other. */
async function dispatchEach(c: Context<AppEnv>, app: AppOpenAPI, subs: z.infer<typeof SubRequest>[]) {
  const entries: Entry[] = [];
  let bookmark = c.req.header(BOOKMARK);
  let executionCtx: Context<AppEnv>['executionCtx'] | undefined;
  try {
    executionCtx = c.executionCtx;
  } catch {
    // No execution context (tests calling the app directly): the sub-requests need none.
  }
  for (const [index, sub] of subs.entries()) {
    const request = parse(sub);
    if (request instanceof AppError) {
      entries.push(failed(request));
      continue;
    }
    const headers = new Headers({ accept: 'application/json' });
    for (const name of ['authorization', 'cf-connecting-ip', 'accept-language'])
      if (c.req.header(name)) headers.set(name, c.req.header(name) as string);
    if (bookmark) headers.set(BOOKMARK, bookmark);
    headers.set('x-request-id', `${c.get('requestId') ?? 'batch'}-${index + 1}`);
    if (request.body) headers.set('content-type', 'application/json');
    const path = `/api/v1/models/${request.tableName}${request.id ? `/${request.id}` : ''}`;
    const response = await app.fetch(
      new Request(new URL(path, c.req.url), {
        method: request.method,
        headers,
        body: request.body ? JSON.stringify(request.body) : undefined,
      }),
      c.env,
      executionCtx,
    );
    bookmark = response.headers.get(BOOKMARK) ?? bookmark;
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    entries.push(entry(response.status, body));
  }
  return entries;
}

/** transaction=true: every request planned, then one D1 batch for all; the first failure undoes everything. */
async function runTransaction(c: Context<AppEnv>, subs: z.infer<typeof SubRequest>[]) {
  const ctx = await erpRecordContext(c.var.data, principalOf(c), c.get('requestId'));
  const caller = await writeCaller(c, ctx);
  const planned: Extract<ModelWrite, { kind: 'planned' }>[] = [];
  // The requests before the failing one were planned but are not written either.
  const stop = (index: number, error: AppError) => ({
    ok: false as const,
    entries: [
      ...Array.from({ length: index }, () =>
        entry(424, {
          title: 'Failed dependency',
          status: 424,
          detail: `Not applied: request ${index + 1} of the transaction failed`,
        }),
      ),
      failed(error),
    ],
  });
  for (const [index, sub] of subs.entries()) {
    const request = parse(sub);
    if (request instanceof AppError) return stop(index, request);
    try {
      const write = await planModelRequest(caller, request);
      if (write.kind === 'direct')
        throw new AppError('BAD_REQUEST', 'AD_User is written by the user store on its own: use transaction=false');
      planned.push(write);
    } catch (error) {
      if (error instanceof AppError) return stop(index, error);
      throw error;
    }
  }
  const steps = planned.reduce((n, w) => n + w.steps.length, 0);
  if (steps > MAX_WRITES)
    return stop(subs.length - 1, new AppError('BAD_REQUEST', `At most ${MAX_WRITES} records per batch`));
  let rows: Awaited<ReturnType<typeof executeWrites>>;
  try {
    rows = await executeWrites(
      ctx,
      planned.map((w) => w.steps),
    );
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    return stop(error.index, error);
  }
  const entries: Entry[] = [];
  for (const [i, write] of planned.entries()) {
    const answer = await write.answer(rows[i]);
    entries.push(entry(answer.status, answer.body));
  }
  publishRecords(
    c,
    planned.flatMap((write, i) => stepChanges(write.steps, rows[i])),
  );
  return { ok: true as const, entries };
}

export function batchRoutes(app: AppOpenAPI) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'post',
      path: '/batch',
      operationId: 'idempiereBatch',
      tags: [TAGS.batch.name],
      summary: 'Several model writes in one request, optionally in one transaction',
      description: [
        `Up to ${MAX_REQUESTS} write requests (\`POST\`, \`PUT\`, \`DELETE\` on \`v1/models/...\`), answered with one \`{status, statusCode, body}\` each, in order.`,
        '`transaction=true` (the default): all of them are written in one transaction (one D1 batch, audit rows included); the first failure stops the batch and nothing is written: the answer is a 400 listing the requests before it as 424 (not applied), then the failure. `AD_User` writes cannot join a transaction.',
        '`transaction=false`: each request runs on its own, exactly as if sent alone; the answer (200) lists every result.',
        'Every request is checked like the route it names: rights, the role table access, the tenant.',
      ].join(' '),
      middleware: [authenticate()] as const,
      security: SECURITY.bearer,
      request: {
        query: z.object({
          transaction: z.enum(['true', 'false']).optional().openapi({
            description: 'All requests in one transaction (default `true`), or each on its own.',
            example: 'true',
          }),
        }),
        body: {
          content: {
            'application/json': {
              schema: z.array(SubRequest).min(1).max(MAX_REQUESTS).openapi('IdBatchRequest'),
              example: EXAMPLES.batch,
            },
          },
          required: true,
        },
      },
      responses: {
        ...errorResponses,
        200: { description: 'Every request answered', content: { 'application/json': { schema: BatchResponse } } },
        400: {
          description:
            'The transaction failed: nothing was written (the results, in order); or the batch itself is malformed (an error body)',
          content: { 'application/json': { schema: z.union([BatchResponse, IdError]) } },
        },
      },
    }),
    async (c) => {
      const subs = c.req.valid('json');
      if (c.req.valid('query').transaction === 'false') return c.json(await dispatchEach(c, app, subs), 200);
      const result = await runTransaction(c, subs);
      return c.json(result.entries, result.ok ? 200 : 400);
    },
  );
  return router;
}
