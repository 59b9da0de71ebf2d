// A face's router: OpenAPIHono with the per-route middleware every route gets first (body limit, idempotency).

import type { z } from '@hono/zod-openapi';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { core as zodCore } from 'zod';
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
 * The request parts read without a body (query, path parameters, declared headers), validated in one
 * synchronous step instead of zod-validator's one composed layer and asynchronous parse each: the same
 * values (hono's query and params; the declared headers only, as zod-validator's header schema keeps), the
 * same schemas, the same order (query, params, headers) and the same failure (the shared hook's 400).
 * A schema that turns out to need an asynchronous parse (none does today) is parsed asynchronously from
 * then on.
 */
type Target = 'query' | 'param' | 'header';
type Check = (c: Context<AppEnv>) => void | Promise<void>;

function failed(target: Target, issues: unknown): AppError {
  return new AppError('VALIDATION', 'Request validation failed', { details: { target, issues } });
}

function checkPart(target: Target, schema: z.ZodType): Check | undefined {
  const def = (schema as { _zod?: { def?: { type?: string; catchall?: unknown; shape?: object } } })._zod?.def;
  // Headers: a plain object schema (unknown keys stripped) only, else zod-validator's copy of every header.
  const plain = def?.type === 'object' && def.catchall === undefined && def.shape;
  if (target === 'header' && !plain) return undefined;
  const headerKeys = target === 'header' && def?.shape ? Object.keys(def.shape) : undefined;
  const read = (c: Context<AppEnv>): Record<string, unknown> => {
    if (target === 'param') return c.req.param();
    // No prototype: a `__proto__` parameter is an own (unknown) key, as in Object.fromEntries.
    const value: Record<string, unknown> = Object.create(null);
    if (headerKeys) {
      for (const key of headerKeys) {
        const header = c.req.raw.headers.get(key);
        if (header !== null) value[key] = header;
      }
      return value;
    }
    const queries = c.req.queries();
    for (const key in queries) value[key] = queries[key].length === 1 ? queries[key][0] : queries[key];
    return value;
  };
  const accept = (c: Context<AppEnv>, result: z.ZodSafeParseResult<unknown>) => {
    if (!result.success) throw failed(target, result.error.issues);
    c.req.addValidatedData(target, result.data as Record<string, unknown>);
  };
  let async = false;
  // Whether the schema takes `{}` as `{}` (every key optional, no default): then a request without any
  // (most have no query and no conditional header) needs no parse. Learned from the first such request.
  let emptyIsEmpty: boolean | undefined;
  return (c) => {
    const value = read(c);
    if (emptyIsEmpty && isEmpty(value)) return void c.req.addValidatedData(target, {});
    if (emptyIsEmpty === undefined && isEmpty(value)) {
      try {
        const result = schema.safeParse(value);
        emptyIsEmpty = result.success && isEmpty(result.data as object);
      } catch {
        emptyIsEmpty = false;
      }
    }
    if (!async) {
      try {
        return accept(c, schema.safeParse(value));
      } catch (error) {
        if (!(error instanceof zodCore.$ZodAsyncError)) throw error;
        async = true;
      }
    }
    return schema.safeParseAsync(value).then((result) => accept(c, result));
  };
}

function isEmpty(value: object): boolean {
  for (const _ in value) return false;
  return true;
}

/** One check for the declared query, params and headers, in zod-openapi's order; undefined without any. */
function requestCheck(
  request: { query?: unknown; params?: unknown; headers?: unknown } | undefined,
): Check | undefined {
  const parts = (
    [
      ['query', request?.query],
      ['param', request?.params],
      ['header', request?.headers],
    ] as const
  )
    .filter(([, schema]) => schema !== undefined)
    .map(([target, schema]) => checkPart(target, schema as z.ZodType));
  if (!parts.length || parts.some((part) => part === undefined)) return undefined;
  const checks = parts as Check[];
  return (c) => {
    for (let i = 0; i < checks.length; i++) {
      const pending = checks[i](c);
      // Only a schema that needs the asynchronous parse answers a promise: the rest follow it.
      if (pending)
        return checks.slice(i + 1).reduce<Promise<void>>((chain, part) => chain.then(() => part(c)), pending);
    }
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
    const check = hook ? undefined : requestCheck(route.request);
    if (!check) return register({ ...route, responses, middleware }, handler, hook);
    // Documented as declared; registered with only its body for zod-openapi to validate (requestCheck).
    const { middleware: _, hide, ...documented } = route;
    if (!hide) app.openAPIRegistry.registerPath({ ...documented, responses });
    const body = route.request?.body;
    const run = handler as unknown as (c: Context<AppEnv>, next: Next) => unknown;
    const registered = { ...route, responses, request: body ? { body } : undefined, hide: true };
    if (body) {
      // Before the body's validators, as zod-openapi orders them: a bad id is answered without reading it.
      const checked: MiddlewareHandler<AppEnv> = async (c, next) => {
        await check(c);
        await next();
      };
      return register({ ...registered, middleware: [...middleware, checked] }, handler, hook);
    }
    // Without a body, in the handler itself: one composed layer less.
    const checked = ((c: Context<AppEnv>, next: Next) => {
      const pending = check(c);
      return pending ? pending.then(() => run(c, next)) : run(c, next);
    }) as unknown as typeof handler;
    return register({ ...registered, middleware }, checked, hook);
  }) as typeof app.openapi;
  return app;
}
