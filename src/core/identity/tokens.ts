import { eq, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { tokenRevocations, users } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { Bindings } from '../../lib/types';
import { authCacheMs, cachedPrincipal, identityChanged } from './access-cache';
import { CLOCK_TOLERANCE_SECONDS, signToken, type TokenClaims, type TokenConfig, verifyTokenSignature } from './jwt';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { Principal } from './principal';
import { accessQueries, findCredentials } from './users';

/** The default scope; narrower scopes (iDempiere's first-phase token) are refused on data routes. */
export const API_SCOPE = 'api';

export function tokenConfig(env: Bindings): TokenConfig {
  return {
    secret: env.JWT_SECRET ?? '',
    issuer: env.JWT_ISSUER || 'atrium',
    audience: env.JWT_AUDIENCE || 'atrium-api',
    ttlSeconds: Number(env.JWT_TTL_SECONDS) > 0 ? Number(env.JWT_TTL_SECONDS) : 3600,
  };
}

export async function issueToken(
  env: Bindings,
  user: { id: number; login: string },
  extra: Record<string, unknown> = {},
  options: { ttlSeconds?: number } = {},
): Promise<{ token: string; claims: TokenClaims }> {
  return signToken(tokenConfig(env), String(user.id), { login: user.login, scope: API_SCOPE, ...extra }, options);
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
 * and be enabled), the revocation list, memberships and rights. A token checked recently in this
 * isolate is answered from the principal cache (access-cache.ts); expiry and scope are checked on
 * every call.
 */
export async function authenticateToken(
  orm: Orm,
  env: Bindings,
  token: string,
  options: { scopes?: readonly string[] } = {},
): Promise<Principal> {
  const principal = await cachedPrincipal(token, authCacheMs(env), () => loadPrincipal(orm, env, token));
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

  const [user, revoked, memberships, granted] = await orm.batch([
    orm
      .select({ login: users.login, enabled: users.enabled, readOnly: users.readOnly })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1),
    orm.select({ one: sql<number>`1` }).from(tokenRevocations).where(eq(tokenRevocations.jti, claims.jti)).limit(1),
    ...accessQueries(orm, userId),
  ]);
  if (!user[0]?.enabled) throw new AppError('UNAUTHENTICATED', 'User not found or disabled');
  if (revoked.length > 0) throw new AppError('UNAUTHENTICATED', 'Token has been revoked');
  return {
    userId,
    login: user[0].login,
    groups: memberships,
    rights: granted.map((r) => r.name),
    readOnly: user[0].readOnly,
    claims,
  };
}

/** Revocation lives in D1 (consistent), never KV. Idempotent. */
export async function revokeToken(orm: Orm, claims: Pick<TokenClaims, 'jti' | 'exp' | 'sub'>): Promise<void> {
  await orm
    .insert(tokenRevocations)
    .values({ jti: claims.jti, userId: Number(claims.sub) || null, expiresAt: claims.exp })
    .onConflictDoNothing();
  identityChanged();
}
