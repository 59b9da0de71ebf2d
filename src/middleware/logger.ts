import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * The JSON log line of one finished request (and `x-d1-stats` where enabled); `started` is its Date.now().
 * Production only: under LOCAL_DEV, wrangler's own line per request is the readable one.
 */
export function logRequest(c: Context<AppEnv>, started: number): void {
  const d1 = c.get('data')?.stats;
  // Opt-in (benchmarks): row counts hint at table sizes, so production does not send them. Set on the
  // finished response's headers: c.header() after the handler would copy the whole response.
  const statsHeader = c.env.D1_STATS_HEADER;
  if (d1 && (statsHeader === 'true' || statsHeader === 'sql')) {
    c.res.headers.set('x-d1-stats', `queries=${d1.queries}; rows_read=${d1.rowsRead}; rows_written=${d1.rowsWritten}`);
    // `sql` (the bench's statement check only): every statement's text, URI-encoded JSON.
    if (d1.texts) c.res.headers.set('x-d1-sql', encodeURIComponent(JSON.stringify(d1.texts)));
  }
  if ((c.env.LOG_REQUESTS as string) === 'false') return;
  // Local development: `wrangler dev` already prints one readable line per request (method, path, status,
  // time); a JSON line more would double it.
  if (c.env.LOCAL_DEV === 'true') return;
  console.log(
    JSON.stringify({
      // A 501 is a documented answer (Liberty's OIDC login), not a server fault.
      level: c.res.status >= 500 && c.res.status !== 501 ? 'error' : 'info',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Date.now() - started,
      user: c.get('principal')?.login ?? null,
      d1: d1 && { queries: d1.queries, rowsRead: d1.rowsRead, rowsWritten: d1.rowsWritten },
    }),
  );
}
