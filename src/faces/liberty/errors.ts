import { z } from '@hono/zod-openapi';
import { declareFaceErrors } from '../../lib/openapi';
import type { ErrorRenderer } from '../../middleware/env';
import { validationIssues } from '../../middleware/errors';

/** FastAPI's validation shape (422) and Liberty's `{status:"failed", message}` for everything else. */
export const LibertyValidationError = z
  .object({
    detail: z.array(z.object({ loc: z.array(z.union([z.string(), z.number()])), msg: z.string(), type: z.string() })),
  })
  .openapi('LibertyValidationError');
export const LibertyFailure = z.object({ status: z.literal('failed'), message: z.string() }).openapi('LibertyFailure');
// A body in another media type is FastAPI's 422 validation shape (declared by every route's errorResponses).
declareFaceErrors(LibertyFailure, { prefix: 'Liberty', schemaName: 'LibertyFailure', mediaType: 422 });
/** 422: FastAPI's validation shape, or (POST) `{status:"failed"}` for an Idempotency-Key reused for another request. */
const LibertyUnprocessable = z
  .union([LibertyValidationError, LibertyFailure])
  .openapi('LibertyUnprocessable', { description: 'A validation error, or a failure (an Idempotency-Key reused).' });
/** A stored write that failed on a row: the seed's body, `message.items[0]` naming the row (`line`). */
export const LibertyWriteFailure = z
  .object({
    status: z.literal('failed'),
    message: z.object({
      items: z.array(
        z.object({
          message: z.string(),
          line: z.record(z.string(), z.unknown()).openapi({ description: 'The body row that failed, as sent.' }),
        }),
      ),
      status: z.literal('error'),
      count: z.number().int(),
    }),
  })
  .openapi('LibertyWriteFailure');

const LOC: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

/**
 * FastAPI answers a body it cannot read (malformed JSON, another media type) with its 422 validation shape,
 * never 415, so Liberty does too. Only an unexpected 500 hides its message.
 */
export const libertyErrorRenderer: ErrorRenderer = (c, error) => {
  if (error.retryAfter) c.header('Retry-After', String(error.retryAfter));
  if (error.code === 'VALIDATION') {
    const detail = validationIssues(error).map((issue) => ({
      loc: [LOC[issue.target] ?? issue.target, ...issue.path],
      msg: issue.message,
      type: 'value_error',
    }));
    return c.json({ detail }, 422);
  }
  if (error.code === 'UNSUPPORTED_MEDIA_TYPE')
    return c.json({ detail: [{ loc: ['body'], msg: error.message, type: 'value_error' }] }, 422);
  const line = (error.details as { line?: unknown } | undefined)?.line;
  if (error.code === 'CONFLICT' && line && typeof line === 'object') {
    // The seed's failed write: `message` is an object whose items name the row (clients read items[0].message).
    const items = [{ message: `Error: ${error.message}`, line }];
    return c.json({ status: 'failed', message: { items, status: 'error', count: 0 } }, error.status);
  }
  const message = error.code === 'INTERNAL' ? 'Internal server error' : error.message;
  return c.json({ status: 'failed', message }, error.status);
};

export const errorResponses = {
  400: { description: 'Bad request', content: { 'application/json': { schema: LibertyFailure } } },
  401: { description: 'No or invalid token', content: { 'application/json': { schema: LibertyFailure } } },
  403: { description: 'Missing right', content: { 'application/json': { schema: LibertyFailure } } },
  404: { description: 'Unknown pool, query or record', content: { 'application/json': { schema: LibertyFailure } } },
  422: { description: 'Validation error', content: { 'application/json': { schema: LibertyUnprocessable } } },
} as const;

export { json } from '../../lib/openapi';
