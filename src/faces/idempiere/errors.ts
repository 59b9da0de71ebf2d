import { z } from '@hono/zod-openapi';
import type { AppError } from '../../lib/errors';
import { declareFaceErrors } from '../../lib/openapi';
import type { ErrorRenderer } from '../../middleware/env';
import { validationSummary } from '../../middleware/errors';

/** The original's error body: `{title, status, detail}`. */
export const IdError = z.object({ title: z.string(), status: z.number().int(), detail: z.string() }).openapi('IdError');
declareFaceErrors(IdError, { prefix: 'Id', schemaName: 'IdError' });

const TITLES: Record<string, string> = {
  BAD_REQUEST: 'Bad request',
  VALIDATION: 'Bad request',
  UNAUTHENTICATED: 'Authenticate error',
  FORBIDDEN: 'Access denied',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  GONE: 'Gone',
  PRECONDITION_FAILED: 'Precondition failed',
  UNPROCESSABLE: 'Unprocessable entity',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  TOO_MANY_REQUESTS: 'Too many requests',
  NOT_IMPLEMENTED: 'Not implemented',
  UNAVAILABLE: 'Service unavailable',
};

/** The error body for an AppError (also each failed sub-request's body in `/batch`). */
export function idempiereErrorBody(error: AppError): { title: string; status: number; detail: string } {
  const detail =
    error.code === 'VALIDATION'
      ? validationSummary(error)
      : error.code === 'INTERNAL'
        ? 'Internal server error'
        : error.message;
  return { title: TITLES[error.code] ?? 'Server error', status: error.status, detail };
}

export const idempiereErrorRenderer: ErrorRenderer = (c, error: AppError) => {
  if (error.retryAfter) c.header('Retry-After', String(error.retryAfter));
  return c.json(idempiereErrorBody(error), error.status);
};

export const errorResponses = {
  400: { description: 'Bad request', content: { 'application/json': { schema: IdError } } },
  401: { description: 'No or invalid token', content: { 'application/json': { schema: IdError } } },
  403: { description: 'No access', content: { 'application/json': { schema: IdError } } },
  404: { description: 'Not found', content: { 'application/json': { schema: IdError } } },
} as const;
