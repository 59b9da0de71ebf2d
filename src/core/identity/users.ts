import { and, eq, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { groupRights, groups, userGroups, users } from '../../db/schema';
import { AppError } from '../errors';
import { hashPassword } from './passwords';
import { USER_GROUP_ID } from './rights';

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

/** Creates a user and its memberships in one batch (atomic on D1). */
export async function createUser(orm: Orm, input: NewUser): Promise<User> {
  const { password, groupId = USER_GROUP_ID, extraGroupIds = [], ...fields } = input;
  if (await findUserByLogin(orm, fields.login)) throw new AppError('CONFLICT', `User ${fields.login} already exists`);
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const insert = orm
    .insert(users)
    .values({ ...fields, passwordHash })
    .returning(publicUserColumns);
  const memberships = [groupId, ...extraGroupIds.filter((g) => g !== groupId)].map((gid) =>
    orm.insert(userGroups).values({
      userId: sql`(select id from users where lower(login) = lower(${fields.login}))`,
      groupId: gid,
      isPrimary: gid === groupId,
    }),
  );
  const [created] = await orm.batch([insert, ...memberships]);
  return created[0];
}

export async function setPassword(orm: Orm, userId: number, password: string): Promise<void> {
  await orm
    .update(users)
    .set({ passwordHash: await hashPassword(password), updatedAt: new Date().toISOString() })
    .where(eq(users.id, userId));
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
