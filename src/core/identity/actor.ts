import { AppError } from '../../lib/errors';
import type { Principal } from './principal';
import { ADMIN_GROUP_ID, grants } from './rights';
import { sessionOf } from './sessions';

/**
 * Who performs a core operation. Every core write takes one and decides from its core rights (plus the
 * face's own narrowing rule, which the face passes as data, never as a verdict): "the core decides; a
 * face only translates". Faces build it from the authenticated principal (`actorOf(c)` in
 * src/middleware/auth.ts); bootstrap and demo loaders use `SYSTEM_ACTOR`.
 */
export interface Actor {
  /** 0 for the system actor (audit rows then name no user). */
  userId: number;
  login: string;
  groups: readonly { id: number; name: string }[];
  /** Effective core rights (names, `.*` wildcards included). */
  rights: readonly string[];
  /** A read-only user (Liberty USR_READONLY): every write is refused, whatever the rights. */
  readOnly?: boolean;
  requestId?: string;
  /** The session of the caller's token (`sid`): it survives the caller's own password change. */
  session?: string;
  /** Bootstrap, migrations and demo data: not a user. */
  system?: boolean;
}

/** The bootstrap and demo loaders: every right, audited as no user. */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  userId: 0,
  login: 'system',
  groups: Object.freeze([{ id: ADMIN_GROUP_ID, name: 'admin' }]),
  rights: Object.freeze(['base.*']),
  system: true,
});

export function actorFromPrincipal(principal: Principal, requestId?: string): Actor {
  return {
    userId: principal.userId,
    login: principal.login,
    groups: principal.groups,
    rights: principal.rights,
    readOnly: principal.readOnly,
    requestId,
    session: sessionOf(principal.claims),
  };
}

/** True when the actor holds `right` (itself or a `.*` master right above it). */
export function holds(actor: Pick<Actor, 'rights'>, right: string): boolean {
  return grants(actor.rights, right);
}

/** 403 unless the actor holds the right. */
export function requireRight(actor: Pick<Actor, 'rights'>, right: string, message = 'Insufficient rights'): void {
  if (!holds(actor, right)) throw new AppError('FORBIDDEN', message);
}

/**
 * 403 unless the actor may write with this right: a read-only user never writes (Liberty's USR_READONLY
 * holds on every face), whatever its groups grant.
 */
export function requireWrite(actor: Pick<Actor, 'rights' | 'readOnly'>, right: string, message?: string): void {
  if (actor.readOnly) throw new AppError('FORBIDDEN', 'Read-only user');
  requireRight(actor, right, message);
}

/** True when every one of `rights` is held by the actor (so granting them widens nobody beyond the actor). */
export function coversRights(actor: Pick<Actor, 'rights'>, rights: readonly string[]): boolean {
  return rights.every((right) => holds(actor, right));
}

/** Member of the core admin group (1), which always holds `base.*`. */
export function inAdminGroup(actor: Pick<Actor, 'groups'>): boolean {
  return actor.groups.some((g) => g.id === ADMIN_GROUP_ID);
}

/** The audit identity of an actor: the system actor is recorded as no user. */
export function auditUser(actor: Actor): { userId: number; login: string } | undefined {
  return actor.system ? undefined : { userId: actor.userId, login: actor.login };
}
