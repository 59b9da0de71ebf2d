import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { auditLog, groupRights, groups, rights, userGroups, users } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { type AuditEntry, auditInsert } from '../ops/audit';
import { identityChanged } from './access-cache';
import { type Actor, auditUser, holds, requireWrite } from './actor';
import { groupDeleted, groupRenamed, userDeleted } from './dependents';
import {
  assertMayChangeGroup,
  assertMayDeleteUser,
  assertMayGiveRights,
  assertMayGrantGroup,
  type GroupFacts,
  isPrivilegedName,
  loadGroupFacts,
  loadUserFacts,
  MASTER_RIGHT,
  otherEnabledAdmins,
} from './policy';
import { ADMIN_GROUP_ID, USER_GROUP_ID } from './rights';

/**
 * Group management shared by the faces (DATAGERRY groups, Ribbon2 groups, iDempiere roles, Liberty).
 * Every write and its audit row are one D1 batch. Groups 1 (admin) and 2 (user) are base data and
 * cannot be deleted.
 */

export type Group = typeof groups.$inferSelect;
export type GroupWithRights = Group & { rights: string[] };
export type Right = typeof rights.$inferSelect;

export const PROTECTED_GROUP_IDS: readonly number[] = [ADMIN_GROUP_ID, USER_GROUP_ID];

const GROUP_SORT = { id: groups.id, name: groups.name, label: groups.label } as const;
export type GroupSortKey = keyof typeof GROUP_SORT;

function audit(orm: Orm, actor: Actor, entry: Omit<AuditEntry, 'user' | 'requestId' | 'table'>) {
  return auditInsert(orm, { ...entry, table: 'groups', user: auditUser(actor), requestId: actor.requestId });
}

/** Rights names per group, for a page of groups (one query). */
export async function rightsOfGroups(orm: Orm, groupIds: number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return result;
  const rows = await orm
    .select({ groupId: groupRights.groupId, name: groupRights.rightName })
    .from(groupRights)
    .where(inArray(groupRights.groupId, groupIds.slice(0, 90)))
    .orderBy(asc(groupRights.rightName));
  for (const row of rows) result.get(row.groupId)?.push(row.name);
  return result;
}

export async function listGroups(
  orm: Orm,
  options: { limit: number; offset: number; sort?: GroupSortKey; descending?: boolean },
): Promise<{ groups: GroupWithRights[]; total: number }> {
  const column = GROUP_SORT[options.sort ?? 'id'];
  const [page, total] = await orm.batch([
    orm
      .select()
      .from(groups)
      .orderBy(options.descending ? desc(column) : asc(column), asc(groups.id))
      .limit(options.limit)
      .offset(options.offset),
    orm.select({ n: count() }).from(groups),
  ]);
  const byGroup = await rightsOfGroups(
    orm,
    page.map((g) => g.id),
  );
  return { groups: page.map((g) => ({ ...g, rights: byGroup.get(g.id) ?? [] })), total: total[0]?.n ?? 0 };
}

export async function findGroupById(orm: Orm, id: number): Promise<GroupWithRights | undefined> {
  const [found] = await orm.select().from(groups).where(eq(groups.id, id)).limit(1);
  if (!found) return undefined;
  return { ...found, rights: (await rightsOfGroups(orm, [id])).get(id) ?? [] };
}

/** Group names are case-insensitive for lookups (Ribbon2 clients send `admins` and `Admins`). */
export async function findGroupByName(orm: Orm, name: string): Promise<GroupWithRights | undefined> {
  const [found] = await orm.select().from(groups).where(sql`lower(${groups.name}) = lower(${name})`).limit(1);
  if (!found) return undefined;
  return { ...found, rights: (await rightsOfGroups(orm, [found.id])).get(found.id) ?? [] };
}

/** Rejects unknown right names with a 400 naming the first one. */
export async function assertRightsExist(orm: Orm, names: string[]): Promise<void> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return;
  if (wanted.length > 90) throw new AppError('BAD_REQUEST', 'Too many rights in one request');
  const known = await orm.select({ name: rights.name }).from(rights).where(inArray(rights.name, wanted));
  const set = new Set(known.map((r) => r.name));
  const missing = wanted.find((n) => !set.has(n));
  if (missing) throw new AppError('BAD_REQUEST', `Unknown right '${missing.slice(0, 80)}'`);
}

export async function listRights(orm: Orm): Promise<Right[]> {
  return orm.select().from(rights).orderBy(asc(rights.name)).limit(1000);
}

export async function findRight(orm: Orm, name: string): Promise<Right | undefined> {
  const [found] = await orm.select().from(rights).where(eq(rights.name, name)).limit(1);
  return found;
}

export interface GroupInput {
  name: string;
  label?: string | null;
  description?: string | null;
  rights?: string[];
}

/** A group name that carries face-level power (Ribbon2 Admins, an iDempiere role's group) needs `base.*`. */
async function assertMayUseName(orm: Orm, actor: Actor, name: string): Promise<void> {
  if (!holds(actor, MASTER_RIGHT) && (await isPrivilegedName(orm, name)))
    throw new AppError('FORBIDDEN', `Only a holder of ${MASTER_RIGHT} may use the group name ${name.slice(0, 80)}`);
}

/** Creates a group with its rights and audit row in one batch: `group.add`, and only rights the actor holds. */
export async function createGroup(orm: Orm, input: GroupInput, actor: Actor): Promise<GroupWithRights> {
  requireWrite(actor, 'base.user-management.group.add');
  const names = [...new Set(input.rights ?? [])];
  await assertRightsExist(orm, names);
  assertMayGiveRights(actor, null, names);
  await assertMayUseName(orm, actor, input.name);
  if (await findGroupByName(orm, input.name))
    throw new AppError('CONFLICT', `Group ${input.name.slice(0, 80)} already exists`);
  const byName = sql`(select id from ${groups} where name = ${input.name})`;
  const [created] = await orm.batch([
    orm
      .insert(groups)
      .values({ name: input.name, label: input.label ?? null, description: input.description ?? null })
      .returning(),
    ...names.map((rightName) => orm.insert(groupRights).values({ groupId: byName, rightName })),
    // The new id is only known inside the batch: the audit row reads it back by name (one record id per row).
    audit(orm, actor, { recordId: sql`cast(${byName} as text)`, action: 'INSERT', after: { ...input, rights: names } }),
  ]);
  const group = created[0];
  return { ...group, rights: names.sort() };
}

async function requireGroupFacts(orm: Orm, id: number): Promise<GroupFacts> {
  const facts = (await loadGroupFacts(orm, [id])).get(id);
  if (!facts) throw new AppError('NOT_FOUND', `Group ${id} not found`);
  return facts;
}

/**
 * Partial update; `rights`, when given, replaces the group's rights. The actor must hold every right the
 * group has and every right it is given (policy.ts); a rename carries the group's access rules and roles.
 */
export async function updateGroup(
  orm: Orm,
  id: number,
  patch: Partial<GroupInput>,
  actor: Actor,
): Promise<GroupWithRights> {
  const before = await findGroupById(orm, id);
  if (!before) throw new AppError('NOT_FOUND', `Group ${id} not found`);
  assertMayChangeGroup(actor, await requireGroupFacts(orm, id), 'edit');
  const renamed = patch.name !== undefined && patch.name !== before.name;
  if (renamed && patch.name !== undefined) {
    if (patch.name.toLowerCase() !== before.name.toLowerCase() && (await findGroupByName(orm, patch.name)))
      throw new AppError('CONFLICT', `Group ${patch.name.slice(0, 80)} already exists`);
    await assertMayUseName(orm, actor, patch.name);
  }
  const names = patch.rights === undefined ? undefined : [...new Set(patch.rights)];
  if (names) {
    await assertRightsExist(orm, names);
    assertMayGiveRights(actor, id, names);
  }
  const fields = {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.label !== undefined && { label: patch.label }),
    ...(patch.description !== undefined && { description: patch.description }),
  };
  const statements = [
    ...(Object.keys(fields).length ? [orm.update(groups).set(fields).where(eq(groups.id, id))] : []),
    ...(names
      ? [
          orm.delete(groupRights).where(eq(groupRights.groupId, id)),
          ...names.map((rightName) => orm.insert(groupRights).values({ groupId: id, rightName })),
        ]
      : []),
    ...(renamed ? groupRenamed(orm, before.name, patch.name as string) : []),
  ];
  const after = { ...before, ...fields, rights: names ? names.sort() : before.rights };
  await orm.batch([audit(orm, actor, { recordId: id, action: 'UPDATE', before, after }), ...statements]);
  identityChanged();
  return after;
}

/**
 * One audit row per member of a group being deleted (users deleted with it, or whose memberships change),
 * in the delete's batch: every change of a user row is in that user's audit trail, so its version moves
 * (versions.ts) and every face's ETag for the user with it.
 */
function membersAudit(orm: Orm, actor: Actor, id: number, how: GroupDeleteAction) {
  const who = auditUser(actor);
  const deleted = sql`${how.action === 'DELETE' ? 1 : 0} = 1 and is_primary = 1`;
  const movedTo = how.action === 'MOVE' ? how.moveTo : null;
  // drizzle names every column of audit_log, in order: id and at take their defaults.
  return orm.insert(auditLog).select(sql`select null, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ${who?.userId ?? null},
      ${who?.login ?? null}, 'default', 'users', cast(user_id as text),
      case when ${deleted} then 'DELETE' else 'UPDATE' end, json_object('group', ${id}),
      case when ${deleted} then null else json_object('group', case when is_primary = 1 then ${movedTo} end) end,
      ${actor.requestId ?? null}
    from user_groups where group_id = ${id}`);
}

export type GroupDeleteAction = { action: 'MOVE'; moveTo: number } | { action: 'DELETE' } | { action: 'NONE' };

/**
 * Deletes a group with its access rules (its iDempiere roles are deactivated), in one batch. MOVE re-homes
 * the members whose primary group it is into `moveTo`, which the actor must be allowed to grant;
 * DELETE deletes the users whose primary group it is, each under the user-delete policy; NONE (default)
 * refuses while users still have it as primary group. Groups 1 and 2 are base data.
 */
export async function deleteGroup(
  orm: Orm,
  id: number,
  how: GroupDeleteAction,
  actor: Actor,
): Promise<GroupWithRights> {
  requireWrite(actor, 'base.user-management.group.delete');
  if (PROTECTED_GROUP_IDS.includes(id)) throw new AppError('FORBIDDEN', 'The base groups cannot be deleted');
  const before = await findGroupById(orm, id);
  if (!before) throw new AppError('NOT_FOUND', `Group ${id} not found`);
  assertMayChangeGroup(actor, await requireGroupFacts(orm, id), 'delete');
  const primaryMembers = await orm
    .select({ userId: userGroups.userId })
    .from(userGroups)
    .where(sql`${userGroups.groupId} = ${id} and ${userGroups.isPrimary} = 1`)
    .limit(1000);
  const members = sql`(select user_id from user_groups where group_id = ${id} and is_primary = 1)`;
  const statements = [];
  if (how.action === 'MOVE') {
    const target = how.moveTo === id ? undefined : (await loadGroupFacts(orm, [how.moveTo])).get(how.moveTo);
    if (!target) throw new AppError('BAD_REQUEST', `Target group ${how.moveTo} not found`);
    // Only the members whose primary group this is move (they need one); other memberships just end.
    // Moving them in is a grant of the target group, unless they are all in it already.
    const already = await orm
      .select({ userId: userGroups.userId })
      .from(userGroups)
      .where(and(eq(userGroups.groupId, how.moveTo), inArray(userGroups.userId, members)));
    if (primaryMembers.length > already.length) assertMayGrantGroup(actor, target);
    statements.push(
      orm
        .update(userGroups)
        .set({ isPrimary: true })
        .where(and(eq(userGroups.groupId, how.moveTo), inArray(userGroups.userId, members))),
      orm
        .insert(userGroups)
        .select(
          orm
            .select({
              userId: userGroups.userId,
              groupId: sql<number>`${how.moveTo}`.as('group_id'),
              isPrimary: userGroups.isPrimary,
            })
            .from(userGroups)
            .where(and(eq(userGroups.groupId, id), eq(userGroups.isPrimary, true))),
        )
        .onConflictDoNothing(),
    );
  } else if (how.action === 'DELETE') {
    for (const { userId } of primaryMembers) {
      const facts = await loadUserFacts(orm, userId);
      if (facts) assertMayDeleteUser(actor, facts);
      if (facts?.groups.some((g) => g.id === ADMIN_GROUP_ID) && (await otherEnabledAdmins(orm, userId)) === 0)
        throw new AppError('CONFLICT', 'The admin group must keep at least one enabled member');
    }
    const logins = await orm.select({ login: users.login }).from(users).where(inArray(users.id, members)).limit(1000);
    statements.push(
      ...logins.flatMap((u) => userDeleted(orm, u.login)),
      orm.delete(users).where(inArray(users.id, members)),
    );
  } else if (primaryMembers.length > 0) {
    throw new AppError('CONFLICT', `Group ${id} is still the primary group of ${primaryMembers.length} user(s)`);
  }
  await orm.batch([
    audit(orm, actor, { recordId: id, action: 'DELETE', before }),
    membersAudit(orm, actor, id, how),
    ...statements,
    ...groupDeleted(orm, before.name),
    orm.delete(userGroups).where(eq(userGroups.groupId, id)),
    orm.delete(groups).where(eq(groups.id, id)),
  ]);
  identityChanged();
  return before;
}

/** Group names by id, for rendering memberships (unknown ids are absent). */
export async function groupNamesByIds(orm: Orm, ids: readonly number[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids)].slice(0, 90);
  if (!wanted.length) return new Map();
  const rows = await orm.select({ id: groups.id, name: groups.name }).from(groups).where(inArray(groups.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Group ids by name, case-insensitive; unknown names are left out. */
export async function groupIdsByNames(orm: Orm, names: readonly string[]): Promise<number[]> {
  if (!names.length) return [];
  const rows = await orm
    .select({ id: groups.id })
    .from(groups)
    .where(sql`lower(${groups.name}) in (select lower(value) from json_each(${JSON.stringify(names.slice(0, 90))}))`);
  return rows.map((r) => r.id);
}
