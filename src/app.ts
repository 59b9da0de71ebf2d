import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { ensureBootstrapped } from './core/ops/bootstrap';
import { BOOKMARK_HEADER, DataAccess, parseBookmark } from './db/data-access';
import { docsRouter, registerDocs } from './docs';
import { mountFaces } from './faces';
import { AppError } from './lib/errors';
import { createRouter } from './lib/router';
import type { AppOpenAPI } from './lib/types';
import { renderError } from './middleware/errors';
import { requestLogger } from './middleware/logger';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** One body-limit middleware per configured size (the var does not change within an isolate). */
const bodyLimits = new Map<number, ReturnType<typeof bodyLimit>>();
function bodyLimitFor(limit: number) {
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

/**
 * The Worker's app: cross-cutting middleware, then the faces (mounted by later issues), then docs.
 * Order matters: request id first so every log line and error body carries it.
 */
export function createApp(): AppOpenAPI {
  const app = createRouter();

  app.use(requestId({ headerName: 'x-request-id', limitLength: 64 }));
  app.use(requestLogger);
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }));
  app.use((c, next) => bodyLimitFor(Number(c.env.MAX_BODY_BYTES) || DEFAULT_BODY_LIMIT)(c, next));
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
