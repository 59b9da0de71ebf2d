import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { groupRights, groups, rights, userGroups, users } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { type AuditEntry, auditInsert } from '../ops/audit';
import { identityChanged } from './access-cache';
import { ADMIN_GROUP_ID, USER_GROUP_ID } from './rights';

/**
 * Group management shared by the faces (DATAGERRY groups, Ribbon2 groups, iDempiere roles, Liberty).
 * Every write and its audit row are one D1 batch. Groups 1 (admin) and 2 (user) are base data and
 * cannot be deleted.
 */

export type Group = typeof groups.$inferSelect;
export type GroupWithRights = Group & { rights: string[] };
export type Right = typeof rights.$inferSelect;

export interface ActorRef {
  userId: number;
  login: string;
  requestId?: string;
}

export const PROTECTED_GROUP_IDS: readonly number[] = [ADMIN_GROUP_ID, USER_GROUP_ID];

const GROUP_SORT = { id: groups.id, name: groups.name, label: groups.label } as const;
export type GroupSortKey = keyof typeof GROUP_SORT;

function audit(orm: Orm, actor: ActorRef | undefined, entry: Omit<AuditEntry, 'user' | 'requestId' | 'table'>) {
  return auditInsert(orm, {
    ...entry,
    table: 'groups',
    user: actor && { userId: actor.userId, login: actor.login },
    requestId: actor?.requestId,
  });
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

export async function createGroup(orm: Orm, input: GroupInput, actor?: ActorRef): Promise<GroupWithRights> {
  if (await findGroupByName(orm, input.name))
    throw new AppError('CONFLICT', `Group ${input.name.slice(0, 80)} already exists`);
  const names = [...new Set(input.rights ?? [])];
  await assertRightsExist(orm, names);
  const byName = sql`(select id from ${groups} where name = ${input.name})`;
  const [created] = await orm.batch([
    orm
      .insert(groups)
      .values({ name: input.name, label: input.label ?? null, description: input.description ?? null })
      .returning(),
    ...names.map((rightName) => orm.insert(groupRights).values({ groupId: byName, rightName })),
    audit(orm, actor, { recordId: null, action: 'INSERT', after: { ...input, rights: names } }),
  ]);
  const group = created[0];
  return { ...group, rights: names.sort() };
}

/** Partial update; `rights`, when given, replaces the group's rights. */
export async function updateGroup(
  orm: Orm,
  id: number,
  patch: Partial<GroupInput>,
  actor?: ActorRef,
): Promise<GroupWithRights> {
  const before = await findGroupById(orm, id);
  if (!before) throw new AppError('NOT_FOUND', `Group ${id} not found`);
  if (patch.name !== undefined && patch.name.toLowerCase() !== before.name.toLowerCase()) {
    if (await findGroupByName(orm, patch.name))
      throw new AppError('CONFLICT', `Group ${patch.name.slice(0, 80)} already exists`);
  }
  const names = patch.rights === undefined ? undefined : [...new Set(patch.rights)];
  if (names) await assertRightsExist(orm, names);
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
  ];
  const after = { ...before, ...fields, rights: names ? names.sort() : before.rights };
  await orm.batch([audit(orm, actor, { recordId: id, action: 'UPDATE', before, after }), ...statements]);
  identityChanged();
  return after;
}

export type GroupDeleteAction = { action: 'MOVE'; moveTo: number } | { action: 'DELETE' } | { action: 'NONE' };

/**
 * Deletes a group. MOVE re-homes its members (primary membership included) into `moveTo`; DELETE deletes
 * the users whose primary group it is; NONE (default) refuses when users still have it as primary group.
 */
export async function deleteGroup(
  orm: Orm,
  id: number,
  how: GroupDeleteAction = { action: 'NONE' },
  actor?: ActorRef,
): Promise<GroupWithRights> {
  if (PROTECTED_GROUP_IDS.includes(id)) throw new AppError('FORBIDDEN', 'The base groups cannot be deleted');
  const before = await findGroupById(orm, id);
  if (!before) throw new AppError('NOT_FOUND', `Group ${id} not found`);
  const [{ n: primaries }] = await orm
    .select({ n: count() })
    .from(userGroups)
    .where(sql`${userGroups.groupId} = ${id} and ${userGroups.isPrimary} = 1`);
  const members = sql`(select user_id from user_groups where group_id = ${id} and is_primary = 1)`;
  const statements = [];
  if (how.action === 'MOVE') {
    if (how.moveTo === id || !(await findGroupById(orm, how.moveTo)))
      throw new AppError('BAD_REQUEST', `Target group ${how.moveTo} not found`);
    // Members already in the target keep that row; the primary flag moves with them.
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
            .where(eq(userGroups.groupId, id)),
        )
        .onConflictDoNothing(),
    );
  } else if (how.action === 'DELETE') {
    statements.push(orm.delete(users).where(inArray(users.id, members)));
  } else if (primaries > 0) {
    throw new AppError('CONFLICT', `Group ${id} is still the primary group of ${primaries} user(s)`);
  }
  await orm.batch([
    audit(orm, actor, { recordId: id, action: 'DELETE', before }),
    ...statements,
    orm.delete(groups).where(eq(groups.id, id)),
  ]);
  identityChanged();
  return before;
}
