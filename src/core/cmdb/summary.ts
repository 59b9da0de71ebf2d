import { AppError } from '../../lib/errors';
import { type Actor, holds, requireRight } from '../identity/actor';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, objectReadable, typeReadable } from './acl';

type Db = D1Database | D1DatabaseSession;

/**
 * Figures DATAGERRY's web UI shows on its start pages: the intro steps (are there categories, types,
 * objects?) and the objects per type of the dashboard chart. Both count only what the caller may see
 * (rights and type ACL): hidden is missing here too.
 */

const ACTIVE = sql`o.active = 1`;

/** The intro steps: each is done when the caller sees at least one category, type, object. */
export async function introSteps(db: Db, actor: Actor, onlyActive: boolean) {
  const canCategories = holds(actor, CMDB_RIGHTS.categoryView);
  const canTypes = holds(actor, CMDB_RIGHTS.typeView);
  const canObjects = holds(actor, CMDB_RIGHTS.objectView);
  const row = await prepare(
    db,
    sql`select
      ${canCategories ? sql`(select count(*) from dg_categories)` : sql`0`} as categories,
      ${canTypes ? sql`(select count(*) from dg_types t where ${typeReadable(actor, 't')})` : sql`0`} as types,
      ${canObjects ? sql`(select count(*) from dg_objects o where ${objectReadable(actor)}${onlyActive ? sql` and ${ACTIVE}` : sql``})` : sql`0`} as objects`,
  ).first<{ categories: number; types: number; objects: number }>();
  const { categories = 0, types = 0, objects = 0 } = row ?? {};
  const step = (n: number, label: string, link: string, state: boolean) => ({
    step: n,
    label,
    icon: 'check-circle',
    link,
    state,
  });
  return {
    steps: [
      step(1, 'Category', '/framework/category/add', categories > 0),
      step(2, 'Type', '/framework/type/add', types > 0),
      step(3, 'Object', '/framework/object/add', objects > 0),
    ],
    execute: categories > 0 || types > 0 || objects > 0,
  };
}

/** How many objects the dashboard chart shows groups of: DATAGERRY's five largest. */
const GROUPS = 5;

/**
 * Right `object.view`: the caller's visible objects counted per type, largest first, at most five, with
 * each type's label (`{_id, count, label}`, as DATAGERRY groups them). Only `type_id` can be grouped by.
 */
export async function objectsPerType(db: Db, actor: Actor, field: string, onlyActive: boolean) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  if (field !== 'type_id') throw new AppError('BAD_REQUEST', `Cannot group objects by '${field.slice(0, 64)}'`);
  const { results } = await prepare(
    db,
    sql`select o.type_id as _id, count(*) as count, coalesce(t.label, t.name) as label
      from dg_objects o join dg_types t on t.public_id = o.type_id
      where ${objectReadable(actor)}${onlyActive ? sql` and ${ACTIVE}` : sql``}
      group by o.type_id order by count desc, o.type_id limit ${GROUPS}`,
  ).all<{ _id: number; count: number; label: string }>();
  return results;
}
