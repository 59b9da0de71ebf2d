import { asc, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { groupRights, groups } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { ADMINS_GROUP } from '../messaging/access';
import { type Actor, coversRights, holds, requireWrite } from './actor';
import { ADMIN_GROUP_ID } from './rights';

/**
 * The one identity-write policy, used by every face (docs/rights.md, "Identity writes"):
 * - a verb on users or groups needs its core right (`base.user-management.{user,group}.{add,edit,delete}`);
 * - nobody grants a right they do not hold: a group given to a user, or rights given to a group, must be
 *   covered by the actor's own rights; nobody edits, disables, deletes or sets the password of a user,
 *   nor edits or deletes a group, holding a right the actor lacks;
 * - privileged groups (the admin group 1, Ribbon2's `Admins`, any group an iDempiere role is bound to)
 *   carry face-level power beyond their core rights, so only a `base.*` holder changes them, their
 *   membership or their members (edits, disables, deletes or sets the password of one: taking over such
 *   an account would hand out that power), or creates a group under such a name;
 * - oneself: only profile and password (never one's own groups, state or name);
 * - group 1 keeps `base.*` and at least one enabled member.
 * Loading is here too, so every caller decides from the same facts.
 */

export const MASTER_RIGHT = 'base.*';

export interface GroupFacts {
  id: number;
  name: string;
  rights: string[];
  /** Carries power beyond its rights (group 1, Ribbon2 Admins, an iDempiere role's group). */
  privileged: boolean;
}

export interface UserFacts {
  id: number;
  login: string;
  enabled: boolean;
  groups: GroupFacts[];
  /** Effective rights: the union of the groups' rights. */
  rights: string[];
}

const forbidden = (message: string) => new AppError('FORBIDDEN', message);

/** SQL truth of "this group name carries face-level power". */
const PRIVILEGED_NAME = (name: ReturnType<typeof sql>) =>
  sql`(lower(${name}) = lower(${ADMINS_GROUP}) or lower(${name}) in (select lower(Group_Name) from AD_Role))`;

/** Facts about groups by id (unknown ids are absent), in one round trip. */
export async function loadGroupFacts(orm: Orm, ids: readonly number[]): Promise<Map<number, GroupFacts>> {
  const wanted = [...new Set(ids)].slice(0, 90);
  const result = new Map<number, GroupFacts>();
  if (wanted.length === 0) return result;
  const [found, granted] = await orm.batch([
    orm
      .select({
        id: groups.id,
        name: groups.name,
        privileged: sql<number>`(${groups.id} = ${ADMIN_GROUP_ID} or ${PRIVILEGED_NAME(sql`${groups.name}`)})`,
      })
      .from(groups)
      .where(inArray(groups.id, wanted)),
    orm
      .select({ groupId: groupRights.groupId, name: groupRights.rightName })
      .from(groupRights)
      .where(inArray(groupRights.groupId, wanted))
      .orderBy(asc(groupRights.rightName)),
  ]);
  for (const g of found) result.set(g.id, { id: g.id, name: g.name, rights: [], privileged: Boolean(g.privileged) });
  for (const r of granted) result.get(r.groupId)?.rights.push(r.name);
  return result;
}

/** Whether a (new) group name would carry face-level power. */
export async function isPrivilegedName(orm: Orm, name: string): Promise<boolean> {
  const [row] = await orm.all<{ p: number }>(sql`select ${PRIVILEGED_NAME(sql`${name}`)} as p`);
  return Boolean(row?.p);
}

/** A user's memberships and effective rights, or undefined. */
export async function loadUserFacts(orm: Orm, userId: number): Promise<UserFacts | undefined> {
  const [user] = await orm.all<{ id: number; login: string; enabled: number }>(
    sql`select id, login, enabled from users where id = ${userId}`,
  );
  if (!user) return undefined;
  const memberships = await orm.all<{ groupId: number }>(
    sql`select group_id as groupId from user_groups where user_id = ${userId}`,
  );
  const groups = [
    ...(
      await loadGroupFacts(
        orm,
        memberships.map((m) => m.groupId),
      )
    ).values(),
  ];
  return {
    id: user.id,
    login: user.login,
    enabled: Boolean(user.enabled),
    groups,
    rights: [...new Set(groups.flatMap((g) => g.rights))],
  };
}

/** Enabled members of the admin group other than `exceptUserId`. */
export async function otherEnabledAdmins(orm: Orm, exceptUserId: number): Promise<number> {
  const [row] = await orm.all<{ n: number }>(
    sql`select count(*) as n from user_groups ug join users u on u.id = ug.user_id
        where ug.group_id = ${ADMIN_GROUP_ID} and u.enabled = 1 and u.id <> ${exceptUserId}`,
  );
  return row?.n ?? 0;
}

/** Giving a group to a user: the group's rights must be the actor's, a privileged group needs `base.*`. */
export function assertMayGrantGroup(actor: Actor, group: GroupFacts): void {
  if (group.privileged && !holds(actor, MASTER_RIGHT))
    throw forbidden(`Only a holder of ${MASTER_RIGHT} may change the members of group ${group.name}`);
  if (!coversRights(actor, group.rights))
    throw forbidden(`You cannot grant group ${group.name}: it holds rights you do not hold`);
}

/**
 * Acting on another user (edit, disable, password, delete): they may hold nothing the actor lacks, and a
 * member of a privileged group is managed by a `base.*` holder only.
 */
export function assertMayManageUser(actor: Actor, target: UserFacts): void {
  const privileged = target.groups.find((g) => g.privileged);
  if (privileged && !holds(actor, MASTER_RIGHT))
    throw forbidden(
      `Only a holder of ${MASTER_RIGHT} may change user ${target.login}: a member of the privileged group ${privileged.name}`,
    );
  if (!coversRights(actor, target.rights))
    throw forbidden(`You cannot change user ${target.login}: they hold rights you do not hold`);
}

export type UserChange = 'profile' | 'password' | 'login' | 'enabled' | 'readOnly' | 'groups';
const SELF_SERVICE: readonly UserChange[] = ['profile', 'password'];

/**
 * May the actor make these changes to the target? Oneself: profile and password only. Another user:
 * `user.edit` and a target holding nothing the actor lacks. Group additions and removals are checked by
 * the caller with assertMayGrantGroup (removing a privileged membership needs `base.*` too).
 */
export function assertMayEditUser(actor: Actor, target: UserFacts, changes: readonly UserChange[]): void {
  requireWrite(actor, 'base.user-management.user.edit');
  if (actor.userId === target.id) {
    const beyond = changes.find((c) => !SELF_SERVICE.includes(c));
    if (beyond) throw forbidden(`You cannot change your own ${beyond === 'groups' ? 'groups' : beyond}`);
    return;
  }
  assertMayManageUser(actor, target);
}

export function assertMayDeleteUser(actor: Actor, target: UserFacts): void {
  requireWrite(actor, 'base.user-management.user.delete');
  if (actor.userId === target.id) throw new AppError('BAD_REQUEST', 'You cannot delete yourself');
  assertMayManageUser(actor, target);
}

/** Changing or deleting a group: its current rights must be the actor's; a privileged group needs `base.*`. */
export function assertMayChangeGroup(actor: Actor, group: GroupFacts, verb: 'edit' | 'delete'): void {
  requireWrite(actor, `base.user-management.group.${verb}`);
  if (group.privileged && !holds(actor, MASTER_RIGHT))
    throw forbidden(`Only a holder of ${MASTER_RIGHT} may change group ${group.name}`);
  if (!coversRights(actor, group.rights))
    throw forbidden(`You cannot change group ${group.name}: it holds rights you do not hold`);
}

/** Rights given to a group must all be held by the actor; group 1 keeps `base.*`. */
export function assertMayGiveRights(actor: Actor, groupId: number | null, rights: readonly string[]): void {
  const missing = rights.find((r) => !holds(actor, r));
  if (missing) throw forbidden(`You cannot grant the right ${missing.slice(0, 80)}: you do not hold it`);
  if (groupId === ADMIN_GROUP_ID && !rights.includes(MASTER_RIGHT))
    throw forbidden(`The admin group keeps ${MASTER_RIGHT}`);
}
