import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { ensureBootstrapped } from './core/ops/bootstrap';
import { BOOKMARK_HEADER, DataAccess, parseBookmark } from './db/data-access';
import { docsRouter, registerDocs } from './docs';
import { mountFaces } from './faces';
import { AppError } from './lib/errors';
import { createRouter } from './lib/router';
import type { AppEnv, AppOpenAPI } from './lib/types';
import { corsPolicy } from './middleware/cors';
import { defaultErrorRenderer, renderError } from './middleware/errors';
import { requestLogger } from './middleware/logger';

/** The secrets committed in `.dev.vars.example`: fine on a laptop, never in a deployment. */
export const EXAMPLE_SECRETS = {
  JWT_SECRET: 'dev-only-jwt-secret-change-me-0123456789abcdef',
  ENCRYPTION_KEY: 'dev-only-encryption-key-change-me',
} as const;

/**
 * What is wrong with the secrets, naming each setting and never its value; undefined when they are fine.
 * A missing secret is refused everywhere; the example values only outside local development, which is
 * recognised by `LOCAL_DEV=true` (set in `.dev.vars.example` and the test bindings, never in wrangler.toml).
 */
/**
 * `LOCAL_DEV` is honoured only for requests addressed to this machine: a deployment that copied it from
 * `.dev.vars.example` (a Deploy button pre-fills every example value) still refuses the example secrets.
 */
function isLocalHost(hostname: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname) || hostname.endsWith('.localhost');
}

export function secretsProblem(env: Cloudflare.Env, hostname = 'localhost'): string | undefined {
  const local = env.LOCAL_DEV === 'true' && isLocalHost(hostname);
  const problems = (['JWT_SECRET', 'ENCRYPTION_KEY'] as const).flatMap((name) => {
    const value = env[name];
    if (!value?.trim()) return [`${name} is not set (wrangler secret put ${name})`];
    if (value === EXAMPLE_SECRETS[name] && !local)
      return [`${name} still has the .dev.vars.example value outside local development (wrangler secret put ${name})`];
    return [];
  });
  return problems.length ? problems.join('; ') : undefined;
}

/** A misconfigured deployment answers every request with a generic 500 and one log line, and serves nothing. */
const requireSecrets: MiddlewareHandler<AppEnv> = async (c, next) => {
  const problem = secretsProblem(c.env, new URL(c.req.url).hostname);
  if (!problem) return next();
  const requestId = c.get('requestId') ?? '';
  console.error(JSON.stringify({ level: 'error', requestId, message: `Refusing to serve: ${problem}` }));
  const error = new AppError(
    'INTERNAL',
    'Server misconfigured: a required secret is missing or unsafe; see the server log',
  );
  return defaultErrorRenderer(c, error, requestId);
};

/**
 * The Worker's app: cross-cutting middleware, then the faces (mounted by later issues), then docs.
 * Order matters: request id first so every log line and error body carries it; nothing is served
 * (not even bootstrap) until the secrets are sound.
 */
export function createApp(): AppOpenAPI {
  const app = createRouter();

  app.use(requestId({ headerName: 'x-request-id', limitLength: 64 }));
  app.use(requestLogger);
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }));
  // CORS_ORIGINS: preflights are answered here for every path, before the secrets check and bootstrap.
  app.use(corsPolicy);
  app.use(requireSecrets);
  app.use(async (c, next) => {
    c.set('data', new DataAccess(c.env, parseBookmark(c.req.header(BOOKMARK_HEADER))));
    await ensureBootstrapped(c.env);
    await next();
    const bookmark = c.var.data.latestBookmark();
    if (bookmark) c.header(BOOKMARK_HEADER, bookmark);
  });

  mountFaces(app);
  app.route('/', docsRouter());
  registerDocs(app);

  app.notFound((c) => renderError(c, new AppError('NOT_FOUND', 'Not found')));
  app.onError((error, c) => renderError(c, error));
  return app;
}
