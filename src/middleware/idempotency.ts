import type { MiddlewareHandler } from 'hono';
import { authenticateToken } from '../core/identity/tokens';
import { requestHash, reserve, settle, validKey } from '../core/ops/idempotency';
import { AppError } from '../lib/errors';
import { tokenFromRequest } from './auth';
import type { AppEnv } from './env';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * `Idempotency-Key` on a POST (every route; core/ops/idempotency.ts has the rules). Keys belong to a
 * user: a request without a valid token is left to its route (which answers 401). The first answer is
 * replayed as it was, with `Idempotent-Replayed: true`.
 */
export const idempotent: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined || c.req.method !== 'POST') return next();
  if (!validKey(key)) throw new AppError('BAD_REQUEST', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  const token = tokenFromRequest(c.req.raw.headers, c.env, true);
  const principal = token
    ? await authenticateToken(() => c.var.data.orm(), c.env, token).catch(() => undefined)
    : undefined;
  if (!principal) return next();
  const url = new URL(c.req.url);
  const hash = await requestHash([c.req.method, url.pathname, url.search, await c.req.text()]);
  const reservation = await reserve(c.var.data, principal.userId, key, hash);
  if (reservation.kind === 'replay') {
    const headers: Record<string, string> = { 'Idempotent-Replayed': 'true' };
    if (reservation.contentType) headers['content-type'] = reservation.contentType;
    return c.body(reservation.body, reservation.status as 200, headers);
  }
  try {
    await next();
  } catch (error) {
    await settle(c.var.data, principal.userId, key, { status: 500, contentType: null, body: '' });
    throw error;
  }
  const body = await c.res.clone().text();
  await settle(c.var.data, principal.userId, key, {
    status: c.res.status,
    contentType: c.res.headers.get('content-type'),
    body,
  });
};
