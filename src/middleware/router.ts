// A face's router: OpenAPIHono with the per-route middleware every route gets first (body limit, idempotency).

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import { AppError } from '../lib/errors';
import { generalResponses } from '../lib/openapi';
import type { AppEnv } from './env';
import { idempotent } from './idempotency';
import { PathRouter } from './path-router';
import { requestCheck, validationFailed } from './request-check';

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
 * Every route registered with `openapi()` but a GET (whose body is never read) also gets the body limit as
 * its first route middleware (and, for POST, `Idempotency-Key` handling: middleware/idempotency.ts, except on the routes that take no
 * credentials (logins, refresh, logout): their answers hold tokens and must never be kept or replayed):
 * `MAX_BODY_BYTES`, or the router's own `bodyLimit` (file routes, whose bodies are sized by the file store's
 * limits).
 * It runs there, not app-wide, so that the face's middleware has already chosen its error renderer:
 * a 413 (like the 415 and 400 the body validators raise next) comes back in the face's own shape.
 * The statuses every route of a face can answer (outage, 413, 415, 409 on writes…) are declared here too,
 * with the face's error schema (`generalResponses`, src/lib/openapi.ts); the route's own declarations win.
 * The request's query, params, declared headers and (when it is one required JSON schema) body are then
 * checked in one step (request-check.ts), in the handler itself when nothing is left to zod-openapi.
 */
export function createRouter(options: { bodyLimit?: number } = {}) {
  const app = new OpenAPIHono<AppEnv>({
    strict: false,
    // Our segment router for the table we have (path-router.ts), hono's TrieRouter for any other.
    router: new SmartRouter({ routers: [new PathRouter(), new TrieRouter()] }),
    defaultHook: (result) => {
      if (!result.success) {
        throw validationFailed(result.target, result.error.issues);
      }
    },
  });
  const register = app.openapi;
  const components = new Set<string>();
  app.openapi = ((route, handler, hook) => {
    const own = route.middleware ? [route.middleware].flat() : [];
    const limit = options.bodyLimit ? bodyLimitFor(options.bodyLimit) : limitBody;
    const keyed = route.method === 'post' && !opensSession(route.security);
    // A GET's body is never read: no limit to check (one composed layer less on every read).
    const first = route.method === 'get' ? [] : keyed ? [limit, idempotent] : [limit];
    const general = generalResponses(route, { idempotencyKey: keyed });
    const added = Object.entries(general.responses).filter(([status]) => !(status in route.responses));
    for (const [, { $ref }] of added) {
      const name = $ref.slice($ref.lastIndexOf('/') + 1);
      if (components.has(name)) continue;
      components.add(name);
      app.openAPIRegistry.registerComponent('responses', name, general.components[name]);
    }
    const responses = { ...Object.fromEntries(added), ...route.responses };
    const middleware = [...first, ...own];
    const checked = hook ? undefined : requestCheck(route.request);
    if (!checked) return register({ ...route, responses, middleware }, handler, hook);
    // Documented as declared; registered with what requestCheck leaves to zod-openapi (a body it does not take).
    const { middleware: _, hide, ...documented } = route;
    if (!hide) app.openAPIRegistry.registerPath({ ...documented, responses });
    const { check, body } = checked;
    const run = handler as unknown as (c: Context<AppEnv>, next: Next) => unknown;
    const registered = { ...route, responses, request: body ? { body } : undefined, hide: true };
    if (body) {
      // Before the body's validators, as zod-openapi orders them: a bad id is answered without reading it.
      const before: MiddlewareHandler<AppEnv> = async (c, next) => {
        await check(c);
        await next();
      };
      return register({ ...registered, middleware: [...middleware, before] }, handler, hook);
    }
    // Every part checked in the handler itself: no composed layer per part.
    const wrapped = ((c: Context<AppEnv>, next: Next) => {
      const pending = check(c);
      return pending ? pending.then(() => run(c, next)) : run(c, next);
    }) as unknown as typeof handler;
    return register({ ...registered, middleware }, wrapped, hook);
  }) as typeof app.openapi;
  return app;
}
