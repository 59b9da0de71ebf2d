import { eq } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { users } from '../../db/schema';
import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { authCacheMs, cachedPrincipal, knownPrincipal } from './access-cache';
import { CLOCK_TOLERANCE_SECONDS, signToken, type TokenClaims, type TokenConfig, verifyTokenSignature } from './jwt';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { Principal } from './principal';
import {
  claimRefreshToken,
  cutoffLookup,
  endedByCutoff,
  endSession,
  newSessionId,
  REFRESH_TTL_SECONDS,
  recordRefreshToken,
  revocationLookup,
} from './sessions';
import { accessQueries, findCredentials } from './users';

/** The default scope; narrower scopes (iDempiere's first-phase token) are refused on data routes. */
export const API_SCOPE = 'api';
/** Refresh tokens (handed out by iDempiere's login only; the value predates sessions, kept for tokens in flight). */
export const REFRESH_SCOPE = 'idempiere-refresh';

export function tokenConfig(env: Bindings): TokenConfig {
  return {
    secret: env.JWT_SECRET ?? '',
    issuer: env.JWT_ISSUER || 'atrium',
    audience: env.JWT_AUDIENCE || 'atrium-api',
    ttlSeconds: Number(env.JWT_TTL_SECONDS) > 0 ? Number(env.JWT_TTL_SECONDS) : 3600,
  };
}

/**
 * Signs a token for a user. Every token belongs to a session (`sid`, sessions.ts): a new one unless
 * `session` continues an existing one (iDempiere's second phase and refresh rotation).
 */
export async function issueToken(
  env: Bindings,
  user: { id: number; login: string },
  extra: Record<string, unknown> = {},
  options: { ttlSeconds?: number; session?: string } = {},
): Promise<{ token: string; claims: TokenClaims }> {
  const claims = { login: user.login, scope: API_SCOPE, ...extra, sid: options.session ?? newSessionId() };
  return signToken(tokenConfig(env), String(user.id), claims, { ttlSeconds: options.ttlSeconds });
}

/** A refresh token of a session (24 h, single use), recorded in the rotation ledger. */
export async function issueRefreshToken(
  orm: Orm,
  env: Bindings,
  user: { id: number; login: string },
  extra: Record<string, unknown>,
  session: string,
): Promise<{ token: string; claims: TokenClaims }> {
  const refresh = await issueToken(
    env,
    user,
    { ...extra, scope: REFRESH_SCOPE },
    { ttlSeconds: REFRESH_TTL_SECONDS, session },
  );
  await recordRefreshToken(orm, refresh.claims, session);
  return refresh;
}

/**
 * Redeems a refresh token: answers its principal (whose session the new tokens continue) and marks it
 * used. A second use, or any use once its session has ended, ends the whole session and is refused.
 */
export async function redeemRefreshToken(orm: Orm, env: Bindings, token: string): Promise<Principal> {
  const principal = await authenticateToken(orm, env, token, { scopes: [REFRESH_SCOPE] });
  if (!(await claimRefreshToken(orm, principal.claims.jti))) {
    await endSession(orm, principal.claims);
    throw new AppError('UNAUTHENTICATED', 'Refresh token already used; the session has been revoked');
  }
  return principal;
}

/**
 * Checks a login and password. Unknown users and users without a password still pay one PBKDF2
 * derivation, so timing does not tell which logins exist. Disabled users fail like bad passwords.
 */
export async function verifyCredentials(orm: Orm, login: string, password: string): Promise<number | null> {
  const credentials = login ? await findCredentials(orm, login) : undefined;
  if (!credentials?.passwordHash) {
    await verifyAgainstDummy(password);
    return null;
  }
  const ok = await verifyPassword(password, credentials.passwordHash);
  return ok && credentials.enabled ? credentials.id : null;
}

/**
 * Full token check: signature and claims (jwt.ts), then in one D1 round trip the user (must exist
 * and be enabled), the revocation list (the token and its session, sessions.ts), memberships and rights. A token checked recently in this
 * isolate is answered from the principal cache (access-cache.ts); expiry and scope are checked on
 * every call.
 */
export async function authenticateToken(
  orm: Orm | (() => Orm),
  env: Bindings,
  token: string,
  options: { scopes?: readonly string[] } = {},
): Promise<Principal> {
  // `orm` may be a getter: a token answered from the cache needs no ORM (building one costs every request).
  const principal = await cachedPrincipal(token, authCacheMs(env), () =>
    loadPrincipal(typeof orm === 'function' ? orm() : orm, env, token),
  );
  return admitted(principal, options);
}

/**
 * authenticateToken's answer when the token's principal is in this isolate's cache, without a promise
 * (the request's middleware then adds no asynchronous step); undefined when it is not cached.
 */
export function authenticateCachedToken(
  env: Bindings,
  token: string,
  options: { scopes?: readonly string[] } = {},
): Principal | undefined {
  const principal = knownPrincipal(token, authCacheMs(env));
  return principal && admitted(principal, options);
}

/** The principal of an unexpired token of an accepted scope; else 401. */
function admitted(principal: Principal, options: { scopes?: readonly string[] }): Principal {
  if (principal.claims.exp + CLOCK_TOLERANCE_SECONDS <= Math.floor(Date.now() / 1000))
    throw new AppError('UNAUTHENTICATED', 'Token expired');
  const scope = typeof principal.claims.scope === 'string' ? principal.claims.scope : API_SCOPE;
  if (!(options.scopes ?? [API_SCOPE]).includes(scope)) throw new AppError('UNAUTHENTICATED', 'Token not valid here');
  return principal;
}

async function loadPrincipal(orm: Orm, env: Bindings, token: string): Promise<Principal> {
  const claims = await verifyTokenSignature(tokenConfig(env), token);
  const userId = Number(claims.sub);
  if (!Number.isSafeInteger(userId)) throw new AppError('UNAUTHENTICATED', 'Invalid token');

  const [user, revoked, memberships, granted, cutoff] = await orm.batch([
    orm
      .select({ login: users.login, enabled: users.enabled, readOnly: users.readOnly })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1),
    revocationLookup(orm, claims),
    ...accessQueries(orm, userId),
    cutoffLookup(orm, userId),
  ]);
  if (!user[0]?.enabled) throw new AppError('UNAUTHENTICATED', 'User not found or disabled');
  if (revoked.length > 0 || endedByCutoff(claims, cutoff[0]))
    throw new AppError('UNAUTHENTICATED', 'Token has been revoked');
  return {
    userId,
    login: user[0].login,
    groups: memberships,
    rights: granted.map((r) => r.name),
    readOnly: user[0].readOnly,
    claims,
  };
}

/**
 * Revokes a token, and with it its whole session: every access and refresh token of the same login.
 * Revocation lives in D1 (consistent), never KV. Idempotent.
 */
export async function revokeToken(orm: Orm, claims: TokenClaims): Promise<void> {
  await endSession(orm, claims);
}
