import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isTransientError } from '../db/resilient';
import { AppError } from '../lib/errors';
import type { AppEnv, ErrorRenderer } from '../lib/types';

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

/**
 * Everything thrown becomes an AppError. Unknown errors are logged with their stack (server side
 * only) and answered with a generic 500: no SQL text, stack or binding name reaches a client.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'Request body too large');
    if (error.status === 401) return new AppError('UNAUTHENTICATED', 'Authentication required');
    if (error.status === 400) return new AppError('BAD_REQUEST', 'Malformed request');
  }
  if (error instanceof SyntaxError) return new AppError('BAD_REQUEST', 'Malformed JSON body');
  // A write that breaks a constraint (duplicate key, foreign key): the client's conflict, not our fault.
  if (error instanceof Error && /SQLITE_CONSTRAINT|constraint failed/i.test(error.message))
    return new AppError('CONFLICT', 'The write conflicts with existing data (duplicate or missing reference)');
  // Platform overload, lost connections and Durable Object resets: the client may retry shortly.
  if (isTransientError(error))
    return new AppError('UNAVAILABLE', 'Service temporarily unavailable; retry shortly', { retryAfter: 1 });
  return new AppError('INTERNAL', 'Internal server error');
}

export async function renderError(c: Context<AppEnv>, error: unknown): Promise<Response> {
  const appError = toAppError(error);
  const requestId = c.get('requestId') ?? '';
  if (appError.status >= 500) {
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
