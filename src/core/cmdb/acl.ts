import type { SQL } from 'drizzle-orm';
import { type Actor, inAdminGroup } from '../identity/actor';
import { sql } from '../records/sql';
import type { CmdbType } from './type-model';

/**
 * DATAGERRY type ACLs, decided here for every cmdb service. A type whose ACL is activated grants each
 * listed group (keyed by group id as text) CREATE, READ, UPDATE and/or DELETE on its objects; members of
 * the admin group (1) pass every check. Without READ, the type and its objects are hidden, and hidden is
 * answered exactly like missing.
 */
export type AclPermission = 'CREATE' | 'READ' | 'UPDATE' | 'DELETE';

/** DATAGERRY's rights, by route (docs/rights.md, DATAGERRY section). */
export const CMDB_RIGHTS = {
  typeView: 'base.framework.type.view',
  typeAdd: 'base.framework.type.add',
  typeEdit: 'base.framework.type.edit',
  typeDelete: 'base.framework.type.delete',
  typeClean: 'base.framework.type.clean',
  objectView: 'base.framework.object.view',
  objectAdd: 'base.framework.object.add',
  objectEdit: 'base.framework.object.edit',
  objectDelete: 'base.framework.object.delete',
  objectActivation: 'base.framework.object.activation',
  categoryView: 'base.framework.category.view',
  categoryAdd: 'base.framework.category.add',
  categoryEdit: 'base.framework.category.edit',
  categoryDelete: 'base.framework.category.delete',
} as const;

export const groupIdsOf = (actor: Actor): number[] => actor.groups.map((g) => g.id);

/** Types the actor may READ, as a condition on the `dg_types` row aliased `alias`. */
export function typeReadable(actor: Actor, alias: string): SQL {
  if (inAdminGroup(actor)) return sql`1 = 1`;
  const t = sql.identifier(alias);
  const keys = JSON.stringify(groupIdsOf(actor).map(String));
  return sql`(coalesce(json_extract(${t}.acl, '$.activated'), 0) = 0 or exists (
    select 1 from json_each(${t}.acl, '$.groups.includes') g, json_each(g.value) p
    where g.key in (select cast(value as text) from json_each(${keys})) and p.value = 'READ'))`;
}

/**
 * Types on which the actor holds every one of `permissions` (each through any of its groups, as
 * `canOnType` decides), as a condition on the `dg_types` row aliased `alias`: DATAGERRY's web UI asks for
 * the types a user may READ, or CREATE objects of, with a filter on `acl.*` that Atrium answers this way.
 */
export function typeAllows(actor: Actor, alias: string, permissions: readonly AclPermission[]): SQL {
  if (inAdminGroup(actor)) return sql`1 = 1`;
  const t = sql.identifier(alias);
  const keys = JSON.stringify(groupIdsOf(actor).map(String));
  const wanted = JSON.stringify([...new Set(permissions)]);
  return sql`(coalesce(json_extract(${t}.acl, '$.activated'), 0) = 0 or not exists (
    select 1 from json_each(${wanted}) w where not exists (
      select 1 from json_each(${t}.acl, '$.groups.includes') g, json_each(g.value) p
      where g.key in (select cast(value as text) from json_each(${keys})) and p.value = w.value)))`;
}

/** Objects (alias `o`) whose type the actor may READ. */
export function objectReadable(actor: Actor): SQL {
  if (inAdminGroup(actor)) return sql`1 = 1`;
  return sql`exists (select 1 from dg_types acl_t where acl_t.public_id = o.type_id and ${typeReadable(actor, 'acl_t')})`;
}

export function canOnType(actor: Actor, type: CmdbType, permission: AclPermission): boolean {
  if (inAdminGroup(actor) || !type.acl?.activated) return true;
  return groupIdsOf(actor).some((g) => (type.acl.groups?.includes?.[String(g)] ?? []).includes(permission));
}
