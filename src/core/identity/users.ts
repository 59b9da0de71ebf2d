import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { auditLog, groupRights, groups, userGroups, users } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { ResolvedField } from '../filter';
import { type AuditEntry, auditInsert } from '../ops/audit';
import { identityChanged } from './access-cache';
import { type Actor, auditUser, requireWrite } from './actor';
import { userDeleted, userRenamed } from './dependents';
import { hashPassword } from './passwords';
import {
  assertMayDeleteUser,
  assertMayEditUser,
  assertMayGrantGroup,
  type GroupFacts,
  loadGroupFacts,
  loadUserFacts,
  otherEnabledAdmins,
  type UserChange,
} from './policy';
import { ADMIN_GROUP_ID, USER_GROUP_ID } from './rights';
import { endUserSessions } from './sessions';

/** A user as the core hands it to faces: never with password material. */
export type User = Omit<typeof users.$inferSelect, 'passwordHash'>;
export type NewUser = Omit<typeof users.$inferInsert, 'id' | 'passwordHash' | 'registrationTime'> & {
  password?: string;
  /** Primary group (DATAGERRY group_id); defaults to the `user` group. */
  groupId?: number;
  /** Further memberships (Ribbon2 groups, iDempiere roles). */
  extraGroupIds?: number[];
};

/** Every column but the hash: the one projection the core reads users with. */
export const publicUserColumns = {
  id: users.id,
  login: users.login,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  description: users.description,
  image: users.image,
  enabled: users.enabled,
  language: users.language,
  theme: users.theme,
  mode: users.mode,
  readOnly: users.readOnly,
  dashboard: users.dashboard,
  authenticator: users.authenticator,
  registrationTime: users.registrationTime,
  updatedAt: users.updatedAt,
  createdBy: users.createdBy,
  updatedBy: users.updatedBy,
  adClientId: users.adClientId,
  adOrgId: users.adOrgId,
  cBpartnerId: users.cBpartnerId,
  cJobId: users.cJobId,
  adImageId: users.adImageId,
};

export async function findUserById(orm: Orm, id: number): Promise<User | undefined> {
  const rows = await orm.select(publicUserColumns).from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

/** Login names are case-insensitive (unique index on lower(login)). */
export async function findUserByLogin(orm: Orm, login: string): Promise<User | undefined> {
  const rows = await orm
    .select(publicUserColumns)
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`)
    .limit(1);
  return rows[0];
}

/** The stored hash, for password checks only; it never leaves the identity core. */
export async function findCredentials(
  orm: Orm,
  login: string,
): Promise<{ id: number; enabled: boolean; passwordHash: string | null } | undefined> {
  const rows = await orm
    .select({ id: users.id, enabled: users.enabled, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`)
    .limit(1);
  return rows[0];
}

/**
 * Creates a user with its memberships and its audit row in one batch (atomic on D1). The identity policy
 * decides (policy.ts): `user.add`, and every group given must be one the actor may grant.
 */
export async function createUser(orm: Orm, input: NewUser, actor: Actor): Promise<UserWithGroups> {
  requireWrite(actor, 'base.user-management.user.add');
  const { password, groupId = USER_GROUP_ID, extraGroupIds = [], ...fields } = input;
  const memberships = [groupId, ...extraGroupIds.filter((g) => g !== groupId)];
  for (const group of await requireGroups(orm, memberships)) assertMayGrantGroup(actor, group);
  if (await findUserByLogin(orm, fields.login)) throw new AppError('CONFLICT', `User ${fields.login} already exists`);
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const idOfNew = sql`(select id from users where lower(login) = lower(${fields.login}))`;
  // Who created and last changed it (iDempiere's CreatedBy/UpdatedBy): the core's, never the caller's say;
  // the System (bootstrap) is the columns' default, 0.
  const { createdBy: _c, updatedBy: _u, ...own } = fields;
  const by = auditUser(actor)?.userId;
  const insert = orm
    .insert(users)
    .values({ ...own, passwordHash, ...(by ? { createdBy: by, updatedBy: by } : {}) })
    .returning(publicUserColumns);
  const rows = memberships.map((gid) =>
    orm.insert(userGroups).values({ userId: idOfNew, groupId: gid, isPrimary: gid === groupId }),
  );
  // The new id is only known inside the batch: the audit row reads it back by login.
  const who = auditUser(actor);
  const audit = orm.insert(auditLog).values({
    userId: who?.userId ?? null,
    userLogin: who?.login ?? null,
    tableName: 'users',
    recordId: sql`cast(${idOfNew} as text)`,
    action: 'INSERT',
    after: { ...fields, groupId, groupIds: memberships },
    requestId: actor.requestId ?? null,
  });
  const [created] = await orm.batch([insert, ...rows, audit]);
  identityChanged();
  return { ...created[0], groupId, groupIds: memberships };
}

/** The two queries behind a user's access, for callers that batch them with others. */
export function accessQueries(orm: Orm, userId: number) {
  return [
    orm
      .select({ id: groups.id, name: groups.name, primary: userGroups.isPrimary })
      .from(userGroups)
      .innerJoin(groups, eq(groups.id, userGroups.groupId))
      .where(eq(userGroups.userId, userId)),
    orm
      .selectDistinct({ name: groupRights.rightName })
      .from(groupRights)
      .innerJoin(userGroups, and(eq(userGroups.groupId, groupRights.groupId), eq(userGroups.userId, userId))),
  ] as const;
}

/** Memberships and effective rights of a user, in one round trip. */
export async function loadAccess(
  orm: Orm,
  userId: number,
): Promise<{ groups: { id: number; name: string; primary: boolean }[]; rights: string[] }> {
  const [memberships, granted] = await orm.batch(accessQueries(orm, userId));
  return { groups: memberships, rights: granted.map((r) => r.name) };
}

/** A user with memberships: `groupId` is the primary group, `groupIds` all of them (primary first). */
export type UserWithGroups = User & { groupId: number; groupIds: number[] };

const USER_SORT = {
  id: users.id,
  login: users.login,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  enabled: users.enabled,
  registrationTime: users.registrationTime,
} as const;
export type UserSortKey = keyof typeof USER_SORT;

/**
 * User fields a face's filter language may name (by core name; faces map their own names onto these).
 * Password material is not here, so it can never be filtered or sorted on.
 */
export const USER_FILTER_FIELDS: Record<string, ResolvedField & { sort?: UserSortKey }> = {
  id: { expr: sql`${users.id}`, type: 'integer', sort: 'id' },
  login: { expr: sql`${users.login}`, type: 'text', sort: 'login' },
  enabled: { expr: sql`${users.enabled}`, type: 'boolean', sort: 'enabled' },
  email: { expr: sql`${users.email}`, type: 'text', sort: 'email' },
  firstName: { expr: sql`${users.firstName}`, type: 'text', sort: 'firstName' },
  lastName: { expr: sql`${users.lastName}`, type: 'text', sort: 'lastName' },
  registrationTime: { expr: sql`${users.registrationTime}`, type: 'timestamp', sort: 'registrationTime' },
  authenticator: { expr: sql`${users.authenticator}`, type: 'text' },
  primaryGroupId: {
    expr: sql`(select group_id from user_groups where user_id = ${users.id} and is_primary = 1)`,
    type: 'integer',
  },
};

/** Memberships of a page of users, in one query. */
export async function groupsOfUsers(
  orm: Orm,
  userIds: number[],
): Promise<Map<number, { groupId: number; groupIds: number[] }>> {
  const result = new Map<number, { groupId: number; groupIds: number[] }>();
  if (userIds.length === 0) return result;
  const rows = await orm
    .select({ userId: userGroups.userId, groupId: userGroups.groupId, primary: userGroups.isPrimary })
    .from(userGroups)
    .where(inArray(userGroups.userId, userIds.slice(0, 90)))
    .orderBy(desc(userGroups.isPrimary), asc(userGroups.groupId));
  for (const row of rows) {
    const entry = result.get(row.userId) ?? { groupId: row.groupId, groupIds: [] };
    if (row.primary) entry.groupId = row.groupId;
    entry.groupIds.push(row.groupId);
    result.set(row.userId, entry);
  }
  return result;
}

async function withGroups(orm: Orm, list: User[]): Promise<UserWithGroups[]> {
  const memberships = await groupsOfUsers(
    orm,
    list.map((u) => u.id),
  );
  return list.map((u) => ({ ...u, groupId: USER_GROUP_ID, groupIds: [], ...memberships.get(u.id) }));
}

export async function findUserWithGroups(orm: Orm, id: number): Promise<UserWithGroups | undefined> {
  const user = await findUserById(orm, id);
  return user && (await withGroups(orm, [user]))[0];
}

/**
 * A bounded page of users with their memberships. `where` is an extra, already-bound condition
 * (e.g. from the filter engine); `inGroup` keeps members of one group.
 */
export async function listUsers(
  orm: Orm,
  options: { limit: number; offset: number; sort?: UserSortKey; descending?: boolean; where?: SQL; inGroup?: number },
): Promise<{ users: UserWithGroups[]; total: number }> {
  const column = USER_SORT[options.sort ?? 'id'];
  const conditions = [
    options.where,
    options.inGroup === undefined
      ? undefined
      : sql`${users.id} in (select user_id from ${userGroups} where group_id = ${options.inGroup})`,
  ].filter((c): c is SQL => c !== undefined);
  const where = conditions.length ? and(...conditions) : undefined;
  const [page, total] = await orm.batch([
    orm
      .select(publicUserColumns)
      .from(users)
      .where(where)
      .orderBy(options.descending ? desc(column) : asc(column), asc(users.id))
      .limit(options.limit)
      .offset(options.offset),
    orm.select({ n: count() }).from(users).where(where),
  ]);
  return { users: await withGroups(orm, page), total: total[0]?.n ?? 0 };
}

export type UserPatch = Partial<Omit<NewUser, 'login' | 'extraGroupIds'>> & {
  login?: string;
  /** Replaces every membership; the primary group stays `groupId` (given or current). */
  groupIds?: number[];
};

function audit(orm: Orm, actor: Actor, entry: Omit<AuditEntry, 'user' | 'requestId' | 'table'>) {
  return auditInsert(orm, { ...entry, table: 'users', user: auditUser(actor), requestId: actor.requestId });
}

/** Facts of the given groups; an unknown id is a 400 naming it. */
async function requireGroups(orm: Orm, ids: number[]): Promise<GroupFacts[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length > 90) throw new AppError('BAD_REQUEST', 'Too many groups');
  const found = await loadGroupFacts(orm, wanted);
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) throw new AppError('BAD_REQUEST', `Group ${missing} not found`);
  return wanted.map((id) => found.get(id) as GroupFacts);
}

const PROFILE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'description',
  'image',
  'language',
  'theme',
  'mode',
  'dashboard',
  'authenticator',
] as const;

/** What a patch really changes (clients send whole objects: an unchanged value is no change). */
function changesOf(before: UserWithGroups, patch: UserPatch, memberships?: number[]): UserChange[] {
  const changes = new Set<UserChange>();
  for (const field of PROFILE_FIELDS)
    if (patch[field] !== undefined && patch[field] !== before[field]) changes.add('profile');
  if (patch.login !== undefined && patch.login !== before.login) changes.add('login');
  if (patch.password !== undefined) changes.add('password');
  if (patch.enabled !== undefined && patch.enabled !== before.enabled) changes.add('enabled');
  if (patch.readOnly !== undefined && patch.readOnly !== before.readOnly) changes.add('readOnly');
  if (
    memberships &&
    (memberships[0] !== before.groupId ||
      memberships.length !== before.groupIds.length ||
      memberships.some((g) => !before.groupIds.includes(g)))
  )
    changes.add('groups');
  return [...changes];
}

/**
 * Partial update of a user, memberships and password in one batch with its audit row (images without
 * password material). An absent `password` keeps the old one. The identity policy decides (policy.ts).
 */
export async function updateUser(orm: Orm, id: number, patch: UserPatch, actor: Actor): Promise<UserWithGroups> {
  const before = await findUserWithGroups(orm, id);
  const target = await loadUserFacts(orm, id);
  if (!before || !target) throw new AppError('NOT_FOUND', `User ${id} not found`);
  const { password, groupId, groupIds, ...fields } = patch;
  const primary = groupId ?? before.groupId;
  const memberships =
    groupIds === undefined && groupId === undefined
      ? undefined
      : [...new Set([primary, ...(groupIds ?? before.groupIds).filter((g) => g !== primary)])];
  const changes = changesOf(before, patch, memberships);
  assertMayEditUser(actor, target, changes);
  if (memberships && changes.includes('groups')) {
    const added = memberships.filter((g) => !before.groupIds.includes(g));
    const removed = before.groupIds.filter((g) => !memberships.includes(g));
    for (const group of await requireGroups(orm, [...added, ...removed])) assertMayGrantGroup(actor, group);
  }
  const leavesAdmins =
    before.groupIds.includes(ADMIN_GROUP_ID) &&
    (patch.enabled === false || (memberships !== undefined && !memberships.includes(ADMIN_GROUP_ID)));
  if (leavesAdmins && (await otherEnabledAdmins(orm, id)) === 0)
    throw new AppError('CONFLICT', 'The admin group must keep at least one enabled member');
  if (fields.login !== undefined && fields.login.toLowerCase() !== before.login.toLowerCase()) {
    if (await findUserByLogin(orm, fields.login)) throw new AppError('CONFLICT', `User ${fields.login} already exists`);
  }
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<User>;
  const { createdBy: _c, updatedBy: _u, ...changed } = given;
  const by = auditUser(actor)?.userId;
  const set: Partial<typeof users.$inferInsert> = {
    ...changed,
    updatedAt: new Date().toISOString(),
    ...(by ? { updatedBy: by } : {}),
  };
  if (password !== undefined) set.passwordHash = await hashPassword(password);
  // A new password ends the user's other sessions (the caller's own survives a self-change); disabling
  // ends all of them, so enabling again revives none.
  const disabled = patch.enabled === false && changes.includes('enabled');
  const ends =
    disabled || password !== undefined
      ? [endUserSessions(orm, id, disabled || actor.userId !== id ? undefined : actor.session)]
      : [];
  const after: UserWithGroups = {
    ...before,
    ...changed,
    updatedAt: set.updatedAt ?? null,
    updatedBy: set.updatedBy ?? before.updatedBy,
    ...(memberships && { groupId: primary, groupIds: memberships }),
  };
  const renamed = changes.includes('login') && fields.login !== undefined;
  await orm.batch([
    audit(orm, actor, { recordId: id, action: 'UPDATE', before, after }),
    orm.update(users).set(set).where(eq(users.id, id)),
    ...(memberships
      ? [
          orm.delete(userGroups).where(eq(userGroups.userId, id)),
          ...memberships.map((gid) =>
            orm.insert(userGroups).values({ userId: id, groupId: gid, isPrimary: gid === primary }),
          ),
        ]
      : []),
    ...(renamed ? userRenamed(orm, before.login, fields.login as string) : []),
    ...ends,
  ]);
  identityChanged();
  return after;
}

/** A new password for a user: an ordinary edit under the same policy. */
export async function setPassword(orm: Orm, userId: number, password: string, actor: Actor): Promise<void> {
  await updateUser(orm, userId, { password }, actor);
}

/**
 * Deletes a user with its memberships, its Ribbon2 access rules and its audit row, in one batch; returns
 * the deleted user. The identity policy decides (policy.ts).
 */
export async function deleteUser(orm: Orm, id: number, actor: Actor): Promise<UserWithGroups> {
  const before = await findUserWithGroups(orm, id);
  const target = await loadUserFacts(orm, id);
  if (!before || !target) throw new AppError('NOT_FOUND', `User ${id} not found`);
  assertMayDeleteUser(actor, target);
  if (before.groupIds.includes(ADMIN_GROUP_ID) && (await otherEnabledAdmins(orm, id)) === 0)
    throw new AppError('CONFLICT', 'The admin group must keep at least one enabled member');
  await orm.batch([
    audit(orm, actor, { recordId: id, action: 'DELETE', before }),
    ...userDeleted(orm, before.login),
    orm.delete(userGroups).where(eq(userGroups.userId, id)),
    orm.delete(users).where(eq(users.id, id)),
  ]);
  identityChanged();
  return before;
}
