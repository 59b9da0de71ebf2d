import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/types';

/** One JSON line per request: request id, method, path, status, duration and user. */
export const requestLogger = createMiddleware<AppEnv>(async (c, next) => {
  const started = Date.now();
  await next();
  if (c.env.LOG_REQUESTS === 'false') return;
  console.log(
    JSON.stringify({
      level: c.res.status >= 500 ? 'error' : 'info',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Date.now() - started,
      user: c.get('principal')?.login ?? null,
    }),
  );
});
