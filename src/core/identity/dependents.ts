import { and, eq, sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { r2Access as accessRules, adRole as roles } from '../../db/schema';

/**
 * Other domains name users and groups by their login or name (Ribbon2 access rules, iDempiere roles bound
 * to a group). These statements keep those references true inside the identity write's own batch: a rule
 * or role must never outlive its subject, or a new user or group taking the old name would inherit it.
 */

const sameName = (column: typeof accessRules.subjectName | typeof roles.groupName, name: string) =>
  sql`lower(${column}) = lower(${name})`;

export function userRenamed(orm: Orm, from: string, to: string) {
  return [
    orm
      .update(accessRules)
      .set({ subjectName: to })
      .where(and(eq(accessRules.subjectType, 'USER'), sameName(accessRules.subjectName, from))),
  ];
}

export function userDeleted(orm: Orm, login: string) {
  return [
    orm.delete(accessRules).where(and(eq(accessRules.subjectType, 'USER'), sameName(accessRules.subjectName, login))),
  ];
}

export function groupRenamed(orm: Orm, from: string, to: string) {
  return [
    orm
      .update(accessRules)
      .set({ subjectName: to })
      .where(and(eq(accessRules.subjectType, 'GROUP'), sameName(accessRules.subjectName, from))),
    orm.update(roles).set({ groupName: to }).where(sameName(roles.groupName, from)),
  ];
}

/** A deleted group's rules go; roles bound to it are deactivated (kept for history, held by nobody). */
export function groupDeleted(orm: Orm, name: string) {
  return [
    orm.delete(accessRules).where(and(eq(accessRules.subjectType, 'GROUP'), sameName(accessRules.subjectName, name))),
    orm.update(roles).set({ isActive: false }).where(sameName(roles.groupName, name)),
  ];
}
