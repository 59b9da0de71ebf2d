import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './env';

/** Response headers browser clients read: bookmarks, request ids, paging (iDempiere, DATAGERRY), retries. */
export const CORS_EXPOSED_HEADERS = [
  'x-d1-bookmark',
  'x-request-id',
  'Link',
  'Location',
  'X-Page-Count',
  'X-Records-Size',
  'X-Skip-Records',
  'X-Row-Count',
  'X-Array-Count',
  'X-Total-Count',
  'X-API-Version',
  'ETag',
  'Retry-After',
];

/** Request headers browser clients send (the Ribbon2 token header's name is configurable). */
const allowedHeaders = (ribbon2Header: string) => [
  'Authorization',
  'Content-Type',
  ribbon2Header,
  'x-d1-bookmark',
  'x-request-id',
  'If-Match',
  'If-None-Match',
  'Idempotency-Key',
];

/** `CORS_ORIGINS`: comma-separated exact origins; `*` lets any origin in, and then never with credentials. */
export function parseCorsOrigins(value: string | undefined): { any: boolean; origins: Set<string> } {
  const entries = (value ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return { any: entries.includes('*'), origins: new Set(entries.filter((o) => o !== '*')) };
}

/** CORS_ORIGINS parsed once per isolate and value (it does not change within an isolate). */
let lastOrigins: { value: string; parsed: ReturnType<typeof parseCorsOrigins> } | undefined;
function parsedOrigins(value: string): ReturnType<typeof parseCorsOrigins> {
  if (lastOrigins?.value !== value) lastOrigins = { value, parsed: parseCorsOrigins(value) };
  return lastOrigins.parsed;
}

// hono's middleware for one configuration, built once per isolate and configuration.
const built = new Map<string, MiddlewareHandler<AppEnv>>();

function corsFor(originsVar: string, ribbon2Header: string): MiddlewareHandler<AppEnv> {
  const key = `${originsVar}\n${ribbon2Header}`;
  let middleware = built.get(key);
  if (!middleware) {
    const { any, origins } = parseCorsOrigins(originsVar);
    middleware = cors({
      origin: any ? '*' : [...origins],
      credentials: !any,
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: allowedHeaders(ribbon2Header),
      exposeHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
    built.set(key, middleware);
  }
  return middleware;
}

/**
 * CORS for the origins in `CORS_ORIGINS` (none by default; .dev.vars allows Vite's dev server). A listed
 * origin gets its preflight answered (204) on every path, before authentication or any D1 work, and its
 * responses carry the CORS headers; any other origin gets no CORS header at all (a browser then refuses
 * the answer), and its preflight a bare 204.
 */
export const corsPolicy: MiddlewareHandler<AppEnv> = (c, next) => {
  const originsVar = c.env.CORS_ORIGINS ?? '';
  const origin = c.req.header('origin');
  const { any, origins } = parsedOrigins(originsVar);
  if (origin && (any || origins.has(origin)))
    return corsFor(originsVar, c.env.RIBBON2_AUTH_HEADER || 'x-ribbon2-auth')(c, next);
  const preflight = c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method');
  if (preflight) {
    if (origins.size) c.header('Vary', 'Origin');
    return Promise.resolve(c.body(null, 204));
  }
  // Not an async function: without a list, nothing follows the rest of the request here.
  if (!origins.size) return next();
  // The answer depends on Origin wherever a list is configured: shared caches must not mix them up.
  // (On the finished response: c.header() after the handler would copy the whole response.)
  return next().then(() => {
    c.res.headers.append('Vary', 'Origin');
  });
};
