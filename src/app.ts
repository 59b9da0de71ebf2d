import { Context, type MiddlewareHandler } from 'hono';
import { ensureBootstrapped, isBootstrapped } from './core/ops/bootstrap';
import { BOOKMARK_HEADER, DataAccess, parseBookmark } from './db/data-access';
import { docsRouter, registerDocs } from './docs';
import { mountFaces } from './faces';
import { healthRouter } from './health';
import { AppError } from './lib/errors';
import { corsPolicy } from './middleware/cors';
import type { AppEnv, AppOpenAPI } from './middleware/env';
import { defaultErrorRenderer, renderError } from './middleware/errors';
import { faceRenderer } from './middleware/face-renderers';
import { logRequest } from './middleware/logger';
import { createRouter } from './middleware/router';
import { setSecureHeaders } from './middleware/secure-headers';

/** The secrets committed in `.dev.vars.example`: fine on a laptop, never in a deployment. */
export const EXAMPLE_SECRETS = {
  JWT_SECRET: 'dev-only-jwt-secret-change-me-0123456789abcdef',
  ENCRYPTION_KEY: 'dev-only-encryption-key-change-me',
} as const;

/**
 * The other example settings a Deploy button copies from `.dev.vars.example`: the demo admin password and
 * the demo data. Outside local development both are refused like the example secrets.
 */
export const EXAMPLE_DEFAULTS = { ADMIN_PASSWORD: 'admin', DEMO_DATA: 'true' } as const;
/** The shortest bootstrap admin password a deployment accepts. */
export const MIN_ADMIN_PASSWORD = 12;

/**
 * `LOCAL_DEV` is honoured only for requests addressed to this machine: a deployment that copied it from
 * `.dev.vars.example` (a Deploy button pre-fills every example value) still refuses the example secrets.
 */
function isLocalHost(hostname: string): boolean {
  return (
    ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname) ||
    // Names reserved for local use and testing (RFC 6761): never routed to a deployment.
    hostname.endsWith('.localhost') ||
    hostname.endsWith('.test')
  );
}

/**
 * What is wrong with the secrets, naming each setting and never its value; undefined when they are fine.
 * A missing secret is refused everywhere; the example values only outside local development, which is
 * recognised by `LOCAL_DEV=true` (set in `.dev.vars.example` and the test bindings, never in wrangler.toml)
 * on a local host. Outside local development also the example's deploy defaults: an `ADMIN_PASSWORD` that
 * is the example's or shorter than 12 characters, and `DEMO_DATA=true` (demo accounts with known passwords).
 */
export function secretsProblem(env: Cloudflare.Env, hostname = 'localhost'): string | undefined {
  const local = env.LOCAL_DEV === 'true' && isLocalHost(hostname);
  const problems = (['JWT_SECRET', 'ENCRYPTION_KEY'] as const).flatMap((name) => {
    const value = env[name];
    if (!value?.trim()) return [`${name} is not set (wrangler secret put ${name})`];
    if (value === EXAMPLE_SECRETS[name] && !local)
      return [`${name} still has the .dev.vars.example value outside local development (wrangler secret put ${name})`];
    return [];
  });
  if (!local) {
    const admin = env.ADMIN_PASSWORD;
    if (admin !== undefined && (admin === EXAMPLE_DEFAULTS.ADMIN_PASSWORD || admin.length < MIN_ADMIN_PASSWORD))
      problems.push(
        `ADMIN_PASSWORD is the .dev.vars.example value or shorter than ${MIN_ADMIN_PASSWORD} characters outside local development (wrangler secret put ADMIN_PASSWORD, or wrangler secret delete ADMIN_PASSWORD once the admin exists)`,
      );
    if (env.DEMO_DATA === EXAMPLE_DEFAULTS.DEMO_DATA)
      problems.push('DEMO_DATA=true outside local development: demo accounts with known passwords (remove DEMO_DATA)');
  }
  return problems.length ? problems.join('; ') : undefined;
}

/** A local `wrangler dev` without `.dev.vars`: no secret and no LOCAL_DEV at all, on a local host. */
const withoutDevVars = (env: Cloudflare.Env, hostname: string) =>
  isLocalHost(hostname) && env.LOCAL_DEV === undefined && !env.JWT_SECRET && !env.ENCRYPTION_KEY;
const NO_DEV_VARS =
  'Local development: .dev.vars is missing. Copy .dev.vars.example to .dev.vars (local secrets, the admin/admin login, demo data) and restart `npx wrangler dev`; `npm run dev` does this for you.';

/** The request's host name, as `new URL(url).hostname` gives it for the hosts isLocalHost knows (cheaper). */
function hostnameOf(url: string): string {
  // Requests of an isolate come to one or two origins: the last one's host name is kept.
  const end = url.indexOf('/', url.indexOf('//') + 2);
  const origin = end < 0 ? url : url.slice(0, end);
  if (origin === lastOrigin.origin) return lastOrigin.hostname;
  const hostname = (/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url)?.[1] ?? '').toLowerCase();
  lastOrigin = { origin, hostname };
  return hostname;
}
let lastOrigin = { origin: '', hostname: '' };

/** secretsProblem per environment and host: the secrets do not change within an isolate. */
const problems = new WeakMap<object, Map<string, string | undefined>>();

/**
 * hono's `c.var` copies every context variable into a new object (`Object.fromEntries`) on each access,
 * and handlers read `c.var.data` and friends many times per request: here it is a view that reads each
 * variable from the context when asked. Same values, same typing; set once on hono's Context class.
 */
class VarView {
  readonly #context: Context;
  constructor(context: Context) {
    this.#context = context;
  }
  /** Reads a variable through the private slot: the view itself has no own keys, as the `{}` it replaced. */
  static read(view: VarView, key: string | symbol) {
    return view.#context.get(key as never);
  }
}
/** One handler for every view; the view is kept on its context (a WeakMap per request made work for the GC). */
const viewHandler: ProxyHandler<VarView> = { get: (view, key) => VarView.read(view, key) };
const VIEW = Symbol('var view');
Object.defineProperty(Context.prototype, 'var', {
  configurable: true,
  get(this: Context & { [VIEW]?: object }) {
    let view = this[VIEW];
    if (!view) {
      view = new Proxy(new VarView(this), viewHandler);
      this[VIEW] = view;
    }
    return view;
  },
});

/**
 * The first layers of every request, in one middleware (each hono layer costs a dispatch and a promise):
 * the request id (the client's `x-request-id` when short and plain, as hono's requestId middleware, else a
 * new UUID; echoed in the response), CORS (called directly, not composed), the secure headers on the
 * finished answer (errors and preflights included), and the JSON request log.
 */
const frame =
  (serve: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    let id = c.req.header('x-request-id');
    if (!id || id.length > 64 || /[^\w\-=]/.test(id)) id = crypto.randomUUID();
    c.set('requestId', id);
    const started = Date.now();
    // Then `serve`, called here rather than composed as a layer of its own, except for the health route,
    // which answers before the secrets check and bootstrap (a monitor learns what is down even then).
    const path = c.req.path;
    const inner = path === '/health' || path === '/health/' ? next : () => serve(c, next) as Promise<void>;
    // A preflight's answer is returned, as to hono's compose, which would make it the response.
    const answer = await corsPolicy(c, inner);
    if (answer) c.res = answer;
    // On the finished answer, with the secure headers: set before the handler, it would make hono build a
    // Headers object for every response (and a Response a handler builds itself would not carry it).
    const headers = c.res.headers;
    // An answer built by jsonAnswer (middleware/answer.ts) already carries both.
    if (c.get('framed') !== c.res) {
      headers.set('x-request-id', id);
      setSecureHeaders(headers);
    }
    logRequest(c, started);
  };

/**
 * Then, after CORS (called by `frame`, not composed): a misconfigured deployment answers every request with
 * a generic 500 and one log line, and serves nothing; otherwise the request's DataAccess (x-d1-bookmark in
 * and out), the face's error renderer (face-renderers.ts), bootstrap.
 */
const serving =
  (app: object): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const hostname = hostnameOf(c.req.url);
    let known = problems.get(c.env);
    if (!known) {
      known = new Map();
      problems.set(c.env, known);
    }
    if (!known.has(hostname) && known.size < 100) known.set(hostname, secretsProblem(c.env, hostname));
    const problem = known.has(hostname) ? known.get(hostname) : secretsProblem(c.env, hostname);
    if (problem) {
      const requestId = c.get('requestId') ?? '';
      if (withoutDevVars(c.env, hostname)) {
        console.error(JSON.stringify({ level: 'error', requestId, message: NO_DEV_VARS }));
        // Set, not returned: `frame` calls this directly (hono's compose would take a returned answer).
        c.res = c.json({ code: 'LOCAL_SETUP', message: NO_DEV_VARS, requestId }, 503);
        return;
      }
      console.error(JSON.stringify({ level: 'error', requestId, message: `Refusing to serve: ${problem}` }));
      const error = new AppError(
        'INTERNAL',
        'Server misconfigured: a required secret is missing or unsafe; see the server log',
      );
      c.res = await defaultErrorRenderer(c, error, requestId);
      return;
    }
    c.set('data', new DataAccess(c.env, parseBookmark(c.req.header(BOOKMARK_HEADER))));
    // Local development migrates its own databases on the first request (a plain `npx wrangler dev`).
    // Once done (every request but the isolate's first), not even a promise.
    if (!isBootstrapped())
      await ensureBootstrapped(c.env, { migrate: c.env.LOCAL_DEV === 'true' && isLocalHost(hostname) });
    const renderer = faceRenderer(app, c.req.path);
    if (renderer) c.set('errorRenderer', renderer);
    await next();
    const bookmark = c.var.data.latestBookmark();
    // On the finished response's headers: c.header() after the handler would copy the whole response.
    if (bookmark) c.res.headers.set(BOOKMARK_HEADER, bookmark);
  };

/**
 * The Worker's app: cross-cutting middleware, then the faces (mounted by later issues), then docs.
 * Order matters: request id first so every log line and error body carries it; nothing is served
 * (not even bootstrap) until the secrets are sound.
 */
export function createApp(): AppOpenAPI {
  const app = createRouter();

  // Request id, secure headers and CORS_ORIGINS (preflights are answered there for every path, before the
  // secrets check and bootstrap), then `serving` for every path but the health route's.
  app.use(frame(serving(app)));
  // Before the secrets check and bootstrap: a monitor learns what is down even when they fail.
  app.route(
    '/',
    healthRouter((env, url) => secretsProblem(env, hostnameOf(url))),
  );

  mountFaces(app);
  app.route('/', docsRouter());
  registerDocs(app);

  app.notFound((c) => renderError(c, new AppError('NOT_FOUND', 'Not found')));
  app.onError((error, c) => renderError(c, error));
  return app;
}
