import { z } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isRibbonAdmin } from '../../core/messaging/access';
import { AppError } from '../../lib/errors';
import { declareFaceErrors, preconditionFailedResponse } from '../../lib/openapi';
import { authenticate, principalOf, requireRight } from '../../middleware/auth';
import type { AppEnv, ErrorRenderer } from '../../middleware/env';
import { validationSummary } from '../../middleware/errors';

/** Ribbon2's error body and codes (the seed's list; statuses as documented). */
export const R2Error = z.object({ code: z.string(), message: z.string() }).openapi('R2Error');
// A platform outage is CALL_ERROR with 503 (the IO routes' missing modules are its 504).
declareFaceErrors(R2Error, { prefix: 'R2', schemaName: 'R2Error' });

/** The seed's codes and their statuses: its list, plus PROPERTY_TYPE_NOT_FOUND from the message routes. */
const SEED_CODES: Record<string, number> = {
  UNREGISTERED: 500,
  CALL_ERROR: 504,
  ACCESS_DENIED: 401,
  USER_NOT_FOUND: 404,
  GROUP_NOT_FOUND: 404,
  DIRECTORY_NOT_FOUND: 404,
  PERMISSION_NOT_FOUND: 404,
  PERMISSION_VALIDATION_FAILED: 400,
  MESSAGE_NOT_FOUND: 404,
  MESSAGE_DIRECORIES_REQUIRED: 400,
  PROPERTY_TYPE_NOT_FOUND: 404,
};

/**
 * Only the seed's codes ever reach a client. A service's `ribbon2Code` from that list decides code and
 * status; refused access is ACCESS_DENIED 401; a platform outage CALL_ERROR (503 + Retry-After, the
 * client may retry). Everything else has no code of its own in the seed, so it is UNREGISTERED ("unregistered
 * error code") with the core's status: 400 for malformed input, 404 for unknown paths, 409, 413, 415, 429,
 * 501, and 500 (generic message) for the unexpected.
 */
export const ribbon2ErrorRenderer: ErrorRenderer = (c, error) => {
  if (error.retryAfter) c.header('Retry-After', String(error.retryAfter));
  const explicit = (error.details as { ribbon2Code?: string } | undefined)?.ribbon2Code;
  let code = 'UNREGISTERED';
  let status: number = error.status;
  if (explicit && explicit in SEED_CODES) {
    code = explicit;
    status = SEED_CODES[explicit];
  } else if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
    code = 'ACCESS_DENIED';
    status = SEED_CODES.ACCESS_DENIED;
  } else if (error.code === 'UNAVAILABLE') code = 'CALL_ERROR';
  const message =
    status === 500 ? 'Internal server error' : error.code === 'VALIDATION' ? validationSummary(error) : error.message;
  return c.json({ code, message }, status as ContentfulStatusCode);
};

export const errorResponses = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: R2Error } } },
  401: { description: 'ACCESS_DENIED', content: { 'application/json': { schema: R2Error } } },
  404: { description: 'Not found', content: { 'application/json': { schema: R2Error } } },
} as const;

export { json } from '../../lib/openapi';
export const ok = { description: 'Raw status 200, no body' } as const;

export const auth = authenticate({ ribbon2Header: true });

export const precondition = preconditionFailedResponse(R2Error);

/** Users, groups and IO are managed by members of `Admins` (or of the core admin group). */
const requireAdmins = createMiddleware<AppEnv>(async (c, next) => {
  if (!isRibbonAdmin(principalOf(c))) throw new AppError('FORBIDDEN', 'Access denied: Admins only');
  await next();
});
/** The core checks its own rights; the face narrows these routes to Admins. */
export const admins = [auth, requireAdmins];
/** Reading users and groups: Ribbon2's Admins rule narrows the core's view rights, never replaces them. */
export const adminReaders = (right: string) => [auth, requireAdmins, requireRight(right)];

export const IdParam = z.object({
  id: z.coerce.number().int().positive().openapi({ description: 'The id.', example: 1 }),
});

/** Page size: the seed's default, and a cap (Spring Data's default maximum) that keeps every list bounded. */
export const PAGE_SIZE = { default: 30, max: 2000 } as const;

/**
 * Paged list parameters: page 0-based, size, orderBy from an allowlist, direction. `page` and `size` are
 * never refused (the original reads any number) and bounded as a Spring Data resolver bounds them: a size
 * above 2000 is 2000, a size below 1 (or not a number) the default 30, a negative page (or not a number) 0.
 */
export function pageQuery<K extends string>(orderable: readonly [K, ...K[]]) {
  return z.object({
    page: z.coerce
      .number()
      .int()
      .catch(0)
      .transform((n) => Math.min(Math.max(n, 0), 1_000_000))
      .openapi({ type: 'integer', description: 'Page number, from 0 (a negative one is 0).', default: 0, example: 0 }),
    size: z.coerce
      .number()
      .int()
      .catch(PAGE_SIZE.default)
      .transform((n) => (n < 1 ? PAGE_SIZE.default : Math.min(n, PAGE_SIZE.max)))
      .openapi({
        type: 'integer',
        description: `Entities per page (default ${PAGE_SIZE.default}; more than ${PAGE_SIZE.max} answers ${PAGE_SIZE.max}).`,
        default: PAGE_SIZE.default,
        example: PAGE_SIZE.default,
      }),
    orderBy: z.enum(orderable).default(orderable[0]).openapi({ description: 'Property to order by.' }),
    direction: z
      .string()
      .transform((d) => d.toUpperCase())
      .pipe(z.enum(['ASC', 'DESC']))
      .default('ASC')
      .openapi({ description: '`ASC` or `DESC` (any case).', example: 'ASC' }),
  });
}

export const PageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    content: z.array(item),
    totalCount: z.number().int().openapi({ description: 'Entities in all pages.' }),
  });
