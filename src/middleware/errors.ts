import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PRECONDITION_ERROR, preconditionFailed } from '../core/ops/versions';
import { isTransientError } from '../db/resilient';
import { AppError, type ErrorCode } from '../lib/errors';
import type { AppEnv, ErrorRenderer } from './env';

/** The default shape until a face registers its own: `{code, message, requestId}` (+ `details` for validation). */
export const defaultErrorRenderer: ErrorRenderer = (c, error, requestId) => {
  if (error.retryAfter) c.header('Retry-After', String(error.retryAfter));
  const details = error.code === 'VALIDATION' ? { details: validationIssues(error) } : {};
  return c.json({ code: error.code, message: error.message, requestId, ...details }, error.status);
};

/** Zod issues reduced to where and what: no input values echoed back. */
export function validationIssues(error: AppError): { target: string; path: (string | number)[]; message: string }[] {
  const details = error.details as { target?: string; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  return (details?.issues ?? []).map((issue) => ({
    target: details?.target ?? 'request',
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: issue.message,
  }));
}

/** Zod issues as one line (`target.path: message; …`), for faces whose error body has a single text field. */
export function validationSummary(error: AppError): string {
  return validationIssues(error)
    .map((i) => `${i.target}${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`)
    .join('; ');
}

/** A body that cannot be parsed is a validation failure of the body itself (Liberty: FastAPI's 422). */
function malformedBody(target: 'json' | 'form'): AppError {
  const message = target === 'json' ? 'Malformed JSON in request body' : 'Malformed form data in request body';
  return new AppError('VALIDATION', message, { details: { target, issues: [{ path: [], message }] } });
}

/** Statuses raised by hono and @hono/zod-openapi themselves; their own messages are not echoed. */
const HTTP_ERRORS: Partial<Record<number, [ErrorCode, string]>> = {
  400: ['BAD_REQUEST', 'Malformed request'],
  401: ['UNAUTHENTICATED', 'Authentication required'],
  403: ['FORBIDDEN', 'Insufficient rights'],
  404: ['NOT_FOUND', 'Not found'],
  413: ['PAYLOAD_TOO_LARGE', 'Request body too large'],
  415: [
    'UNSUPPORTED_MEDIA_TYPE',
    'Unsupported Media Type: this route takes a JSON body (Content-Type: application/json)',
  ],
};

/**
 * Everything thrown becomes an AppError. Unknown errors are logged with their stack (server side
 * only) and answered with a generic 500: no SQL text, stack or binding name reaches a client.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /^Malformed JSON/i.test(error.message)) return malformedBody('json');
    if (error.status === 400 && /^Malformed FormData/i.test(error.message)) return malformedBody('form');
    const known = HTTP_ERRORS[error.status];
    if (known) return new AppError(...known);
    if (error.status >= 400 && error.status < 500) return new AppError('BAD_REQUEST', 'Malformed request');
  }
  if (error instanceof SyntaxError) return malformedBody('json');
  // A write that breaks a constraint (duplicate key, foreign key): the client's conflict, not our fault.
  // A write batch whose If-Match guard failed (core/ops/versions.ts): aborted whole, nothing written.
  if (error instanceof Error && PRECONDITION_ERROR.test(error.message)) return preconditionFailed();
  if (error instanceof Error && /SQLITE_CONSTRAINT|constraint failed/i.test(error.message))
    return new AppError('CONFLICT', 'The write conflicts with existing data (duplicate or missing reference)');
  // A table the code reads is missing (a schema rolled back or never installed): the service is not
  // available until an operator installs the schema; never a 500 with SQL.
  if (error instanceof Error && /no such table/i.test(error.message))
    return new AppError(
      'UNAVAILABLE',
      'The database schema is incomplete: an operator must apply the migrations (Liberty POST /api/setup/upgrade, or the deploy)',
      { retryAfter: 60 },
    );
  // Platform overload, lost connections and Durable Object resets: the client may retry shortly.
  if (isTransientError(error))
    return new AppError('UNAVAILABLE', 'Service temporarily unavailable; retry shortly', { retryAfter: 1 });
  return new AppError('INTERNAL', 'Internal server error');
}

/** Server faults only: a 4xx is the client's and a 501 is a documented answer, neither is logged as an error. */
const isServerFault = (error: AppError) => error.code === 'INTERNAL' || error.code === 'UNAVAILABLE';

export async function renderError(c: Context<AppEnv>, error: unknown): Promise<Response> {
  const appError = toAppError(error);
  const requestId = c.get('requestId') ?? '';
  if (isServerFault(appError)) {
    console.error(
      JSON.stringify({
        level: 'error',
        requestId,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
    );
  }
  const renderer = c.get('errorRenderer') ?? defaultErrorRenderer;
  return renderer(c, appError, requestId);
}
