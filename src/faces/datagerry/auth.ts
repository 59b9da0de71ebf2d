import { createMiddleware } from 'hono/factory';
import { checkLogin, clientAddress } from '../../core/identity/throttle';
import { findUserById, loadAccess } from '../../core/identity/users';
import { AppError } from '../../lib/errors';
import { authenticate } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';

const bearer = authenticate();

/**
 * DATAGERRY accepts `Authorization: Bearer <token>` and HTTP Basic with user name and password. Basic
 * goes through the same throttled password check as the login route.
 */
export const dgAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const basic = /^Basic\s+([A-Za-z0-9+/=]{1,1024})$/i.exec(header);
  if (!basic) return bearer(c, next);
  let decoded = '';
  try {
    decoded = atob(basic[1]);
  } catch {
    throw new AppError('UNAUTHENTICATED', 'Invalid credentials');
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new AppError('UNAUTHENTICATED', 'Invalid credentials');
  const orm = c.var.data.orm();
  const userId = await checkLogin(c.env, orm, {
    login: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
    client: clientAddress(c.req.raw.headers),
  });
  const user = userId === null ? undefined : await findUserById(orm, userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Invalid credentials');
  const access = await loadAccess(orm, user.id);
  const now = Math.floor(Date.now() / 1000);
  c.set('principal', {
    userId: user.id,
    login: user.login,
    groups: access.groups,
    rights: access.rights,
    readOnly: user.readOnly,
    claims: { sub: String(user.id), jti: 'basic', iat: now, exp: now, iss: 'basic', aud: 'basic' },
  });
  await next();
});
