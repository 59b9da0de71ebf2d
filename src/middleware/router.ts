// A face's router: OpenAPIHono with the per-route middleware every route gets first (body limit, idempotency).

import type { z } from '@hono/zod-openapi';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../lib/errors';
import { generalResponses } from '../lib/openapi';
import type { AppEnv } from './env';
import { idempotent } from './idempotency';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** One body-limit middleware per configured size (the var does not change within an isolate). */
const bodyLimits = new Map<number, MiddlewareHandler<AppEnv>>();
function bodyLimitFor(limit: number): MiddlewareHandler<AppEnv> {
  let middleware = bodyLimits.get(limit);
  if (!middleware) {
    middleware = bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', `Request body exceeds ${limit} bytes`);
      },
    });
    bodyLimits.set(limit, middleware);
  }
  return middleware;
}

/** `MAX_BODY_BYTES` (default 1 MiB), checked before anything reads the body. */
const limitBody: MiddlewareHandler<AppEnv> = (c, next) =>
  bodyLimitFor(Number(c.env.MAX_BODY_BYTES) || DEFAULT_BODY_LIMIT)(c, next);

/**
 * A route any anonymous caller may call (security `[]`, or a requirement without schemes): the login,
 * refresh and logout routes, whose answers are tokens or end them.
 */
function opensSession(security: readonly Record<string, unknown>[] | undefined): boolean {
  return security !== undefined && (security.length === 0 || security.some((r) => Object.keys(r).length === 0));
}

/**
 * Every router shares one validation hook: zod failures become an AppError('VALIDATION') whose
 * details list the issues, so each face's renderer shows them in its own documented shape.
 *
 * Every route registered with `openapi()` also gets the body limit as its first route middleware (and,
 * for POST, `Idempotency-Key` handling: middleware/idempotency.ts, except on the routes that take no
 * credentials (logins, refresh, logout): their answers hold tokens and must never be kept or replayed):
 * `MAX_BODY_BYTES`, or the router's own `bodyLimit` (file routes, whose bodies are sized by the file store's
 * limits).
 * It runs there, not app-wide, so that the face's middleware has already chosen its error renderer:
 * a 413 (like the 415 and 400 the body validators raise next) comes back in the face's own shape.
 * The statuses every route of a face can answer (outage, 413, 415, 409 on writes…) are declared here too,
 * with the face's error schema (`generalResponses`, src/lib/openapi.ts); the route's own declarations win.
 */
/**
 * zod-validator's header validator copies every request header into an object (twice) and parses it
 * asynchronously, on every request of the routes that declare `If-Match` / `If-None-Match`. For a plain
 * object schema (unknown keys stripped) reading only the declared headers gives the same data and the same
 * issues; it runs in the handler's wrapper, so after the query and param validators, as before.
 */
type HeaderCheck = (c: Context<AppEnv>) => void;
function fastHeaders(schema: unknown): HeaderCheck | undefined {
  const zod = (schema as { _zod?: { def?: { type?: string; catchall?: unknown; shape?: object } } } | undefined)?._zod
    ?.def;
  if (zod?.type !== 'object' || zod.catchall !== undefined || !zod.shape) return undefined;
  const object = schema as z.ZodType;
  const keys = Object.keys(zod.shape);
  return (c) => {
    const value: Record<string, string> = {};
    for (const key of keys) {
      const header = c.req.raw.headers.get(key);
      if (header !== null) value[key] = header;
    }
    const result = object.safeParse(value);
    if (!result.success)
      throw new AppError('VALIDATION', 'Request validation failed', {
        details: { target: 'header', issues: result.error.issues },
      });
    c.req.addValidatedData('header', result.data as Record<string, unknown>);
  };
}

export function createRouter(options: { bodyLimit?: number } = {}) {
  const app = new OpenAPIHono<AppEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('VALIDATION', 'Request validation failed', {
          details: { target: result.target, issues: result.error.issues },
        });
      }
    },
  });
  const register = app.openapi;
  const components = new Set<string>();
  app.openapi = ((route, handler, hook) => {
    const own = route.middleware ? [route.middleware].flat() : [];
    const limit = options.bodyLimit ? bodyLimitFor(options.bodyLimit) : limitBody;
    const keyed = route.method === 'post' && !opensSession(route.security);
    const first = keyed ? [limit, idempotent] : [limit];
    const general = generalResponses(route, { idempotencyKey: keyed });
    const added = Object.entries(general.responses).filter(([status]) => !(status in route.responses));
    for (const [, { $ref }] of added) {
      const name = $ref.slice($ref.lastIndexOf('/') + 1);
      if (components.has(name)) continue;
      components.add(name);
      app.openAPIRegistry.registerComponent('responses', name, general.components[name]);
    }
    const responses = { ...Object.fromEntries(added), ...route.responses };
    const full = { ...route, responses, middleware: [...first, ...own] };
    const headers = hook ? undefined : fastHeaders(route.request?.headers);
    if (!headers) return register(full, handler, hook);
    // The path is documented as declared; only the header validator is swapped (see fastHeaders).
    const { middleware: _, hide, ...documented } = route;
    if (!hide) app.openAPIRegistry.registerPath({ ...documented, responses });
    const request = { ...route.request, headers: undefined };
    const checked = (async (c: Context<AppEnv>, next: Next) => {
      headers(c);
      return (handler as unknown as (c: Context<AppEnv>, next: Next) => unknown)(c, next);
    }) as unknown as typeof handler;
    return register({ ...full, request, hide: true }, checked, hook);
  }) as typeof app.openapi;
  return app;
}
