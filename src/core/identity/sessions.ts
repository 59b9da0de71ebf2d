import { eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { sessionCutoffs, tokenRevocations } from '../../db/schema';
import { identityChanged } from './access-cache';
import type { TokenClaims } from './jwt';

/**
 * Sessions: every token belongs to the login that produced it. A login (any face) opens a session with a
 * fresh id, carried by each of its tokens as the `sid` claim; iDempiere's second phase and refresh
 * rotation issue their tokens into the same session (its refresh "family"). Ending a session (logout,
 * revoking any one of its tokens, replaying a refresh token) refuses all of its access and refresh tokens.
 *
 * Ended sessions are rows of `token_revocations`, keyed `sid:<session id>` next to the token ids (jti)
 * revoked one by one, so authentication checks both in one indexed lookup of the batch it already makes
 * (tokens.ts `loadPrincipal`): in D1, never KV, in a core table no schema downgrade removes.
 */

const SESSION_KEY_PREFIX = 'sid:';

/** Refresh tokens live 24 h (iDempiere's documented lifetime); rotation keeps the session going. */
export const REFRESH_TTL_SECONDS = 24 * 3600;

export function newSessionId(): string {
  return crypto.randomUUID();
}

/**
 * The session a token belongs to. Refresh tokens issued before sessions existed carry their family as
 * `family`; other tokens of that time carry none and can only be revoked one by one.
 */
export function sessionOf(claims: Record<string, unknown>): string | undefined {
  const id = claims.sid ?? claims.family;
  return typeof id === 'string' && id ? id : undefined;
}

const sessionKey = (session: string) => `${SESSION_KEY_PREFIX}${session}`;

/** The `token_revocations` lookup for one token: its own id and its session's. One statement. */
export function revocationLookup(orm: Orm, claims: TokenClaims) {
  const session = sessionOf(claims);
  const keys = session ? [claims.jti, sessionKey(session)] : [claims.jti];
  return orm.select({ one: sql<number>`1` }).from(tokenRevocations).where(inArray(tokenRevocations.jti, keys)).limit(1);
}

/**
 * Ends the token's session (or, for a token without one, the token alone). Idempotent, one statement:
 * the session's row, plus the access tokens that refresh-ledger rows written before sessions existed
 * point to (those carry no session id). The principal cache of this isolate is cleared, so the very
 * next request here sees it.
 */
export async function endSession(orm: Orm, claims: TokenClaims): Promise<void> {
  const session = sessionOf(claims);
  const userId = Number(claims.sub) || null;
  if (!session) {
    await orm.insert(tokenRevocations).values({ jti: claims.jti, userId, expiresAt: claims.exp }).onConflictDoNothing();
  } else {
    // Rotation may have issued tokens of this session that outlive the one at hand, never by more than a
    // refresh token's lifetime: the row may be purged once that has passed.
    const expiresAt = Math.max(claims.exp, Math.floor(Date.now() / 1000) + REFRESH_TTL_SECONDS);
    await orm.run(sql`insert or ignore into token_revocations (jti, user_id, expires_at)
      select ${sessionKey(session)}, ${userId}, ${expiresAt}
      union all
      select access_jti, user_id, expires_at from atrium_refresh_tokens
      where family = ${session} and access_jti is not null`);
  }
  identityChanged();
}

/**
 * Ending all of a user's sessions at once (a password change or reset, disabling the user): the user's
 * cut-off (`atrium_session_cutoffs`, unix ms) refuses every token issued up to it, read in the same batch as
 * the user's state (tokens.ts `loadPrincipal`), except the tokens of its kept session (the actor's own, when
 * they changed their own password). No list of sessions is needed: tokens carry their issue time.
 */
export function issuedAtMs(claims: TokenClaims): number {
  const ms = claims.iat_ms;
  // Tokens from before `iat_ms` count as issued at the end of their second (a cut-off in it refuses them).
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : claims.iat * 1000 + 999;
}

/** The user's cut-off, for the token check's batch. */
export function cutoffLookup(orm: Orm, userId: number) {
  return orm
    .select({ endedAt: sessionCutoffs.endedAt, keptSession: sessionCutoffs.keptSession })
    .from(sessionCutoffs)
    .where(eq(sessionCutoffs.userId, userId))
    .limit(1);
}

/** Whether the user's session cut-off (if any) refuses this token. */
export function endedByCutoff(
  claims: TokenClaims,
  cutoff: { endedAt: number; keptSession: string | null } | undefined,
): boolean {
  if (!cutoff || issuedAtMs(claims) > cutoff.endedAt) return false;
  return !(cutoff.keptSession && sessionOf(claims) === cutoff.keptSession);
}

/**
 * The statement that ends a user's sessions now, keeping `keep` (the caller's own session) alive; it
 * belongs in the batch of the change that calls for it.
 */
export function endUserSessions(orm: Orm, userId: number, keep?: string) {
  const row = { endedAt: Date.now(), keptSession: keep ?? null };
  return orm
    .insert(sessionCutoffs)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: sessionCutoffs.userId, set: row });
}

/** Records a refresh token in the rotation ledger (its family is its session). */
export async function recordRefreshToken(orm: Orm, claims: TokenClaims, session: string): Promise<void> {
  await orm.run(sql`insert into atrium_refresh_tokens (jti, family, user_id, expires_at)
    values (${claims.jti}, ${session}, ${Number(claims.sub)}, ${claims.exp})`);
}

/**
 * Marks a refresh token used, atomically: of two concurrent redemptions only one succeeds. False for a
 * token used before (a replay), one the ledger does not know, or one whose session has ended.
 */
export async function claimRefreshToken(orm: Orm, jti: string): Promise<boolean> {
  const claimed = await orm.all<{ family: string }>(sql`update atrium_refresh_tokens
    set used_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
    where jti = ${jti} and used_at is null
      and not exists (select 1 from token_revocations where jti = ${SESSION_KEY_PREFIX} || atrium_refresh_tokens.family)
    returning family`);
  return claimed.length === 1;
}
