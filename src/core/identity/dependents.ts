import { sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';

/**
 * Other domains name users and groups by their login or name (Ribbon2 access rules, iDempiere roles bound
 * to a group). These statements keep those references true inside the identity write's own batch: a rule
 * or role must never outlive its subject, or a new user or group taking the old name would inherit it.
 */

export function userRenamed(orm: Orm, from: string, to: string) {
  return [
    orm.run(
      sql`update r2_access set subject_name = ${to} where subject_type = 'USER' and lower(subject_name) = lower(${from})`,
    ),
  ];
}

export function userDeleted(orm: Orm, login: string) {
  return [orm.run(sql`delete from r2_access where subject_type = 'USER' and lower(subject_name) = lower(${login})`)];
}

export function groupRenamed(orm: Orm, from: string, to: string) {
  return [
    orm.run(
      sql`update r2_access set subject_name = ${to} where subject_type = 'GROUP' and lower(subject_name) = lower(${from})`,
    ),
    orm.run(sql`update AD_Role set Group_Name = ${to} where lower(Group_Name) = lower(${from})`),
  ];
}

/** A deleted group's rules go; roles bound to it are deactivated (kept for history, held by nobody). */
export function groupDeleted(orm: Orm, name: string) {
  return [
    orm.run(sql`delete from r2_access where subject_type = 'GROUP' and lower(subject_name) = lower(${name})`),
    orm.run(sql`update AD_Role set IsActive = 0 where lower(Group_Name) = lower(${name})`),
  ];
}
