import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { type ArrayField, compileFilter, type FieldResolver, type FilterNode, type ResolvedField } from '../filter';
import { type Actor, requireRight } from '../identity/actor';
import type { GroupWithRights, Right } from '../identity/groups';
import { prepare, sql } from '../records/sql';
import { unknownField } from './table-page';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's lists of the identity core's groups and rights catalogue, with its Mongo-style `filter`
 * (DATAGERRY names: `public_id`, `rights`, `is_master`, …). Reading either needs
 * `base.user-management.group.view`, decided here from the core Actor. Writes stay in src/core/identity.
 */
export const GROUP_VIEW = 'base.user-management.group.view';

/** A right's properties, given the SQL naming its name (rights are joined by name). */
function rightKeys(name: SQL): Record<string, ResolvedField> {
  return {
    name: { expr: name, type: 'text' },
    level: { expr: sql`(select r.level from rights r where r.name = ${name})`, type: 'integer' },
    label: { expr: sql`(select r.label from rights r where r.name = ${name})`, type: 'text' },
    description: { expr: sql`(select r.description from rights r where r.name = ${name})`, type: 'text' },
    // Master rights end in `.*` (identity/rights.ts isMasterRight); `.` and `*` are literal in LIKE.
    is_master: { expr: sql`(${name} like '%.*')`, type: 'boolean' },
  };
}

const GROUP_COLUMNS: Record<string, ResolvedField> = {
  public_id: { expr: sql`g.id`, type: 'integer' },
  name: { expr: sql`g.name`, type: 'text' },
  label: { expr: sql`g.label`, type: 'text' },
};
const GROUP_RIGHT_KEYS = rightKeys(sql`el.right_name`);
const GROUP_RIGHTS: ArrayField = {
  from: sql`group_rights as el`,
  guard: sql`el.group_id = g.id`,
  element: {
    resolve(key) {
      if (key === '') return GROUP_RIGHT_KEYS.name;
      if (Object.hasOwn(GROUP_RIGHT_KEYS, key)) return GROUP_RIGHT_KEYS[key];
      throw unknownField(`rights.${key}`);
    },
  },
};

/**
 * Group filters (alias `g`): `public_id`, `name`, `label`, and `rights` as a Mongo array: by name
 * (`{"rights": "base.*"}`, as DATAGERRY stores them) or by the right objects it answers
 * (`{"rights.level": {"$gte": 80}}`, `$elemMatch`).
 */
const groupResolver: FieldResolver = {
  resolve(path) {
    if (Object.hasOwn(GROUP_COLUMNS, path)) return GROUP_COLUMNS[path];
    throw unknownField(path);
  },
  array: (path) => (path === 'rights' ? GROUP_RIGHTS : undefined),
  through: (path) => {
    if (path === 'rights') return { array: 'rights', path: '' };
    const key = /^rights\.(\w+)$/.exec(path)?.[1];
    return key && Object.hasOwn(GROUP_RIGHT_KEYS, key) ? { array: 'rights', path: key } : undefined;
  },
};

export const GROUP_SORT = ['public_id', 'name', 'label'] as const;

/** Right `group.view`: one page of the groups the filter matches (with their rights' names) and the total. */
export async function listGroupsFiltered(
  db: Db,
  actor: Actor,
  o: { limit: number; offset: number; sort: string; descending: boolean; filter?: FilterNode },
): Promise<{ groups: GroupWithRights[]; total: number }> {
  requireRight(actor, GROUP_VIEW);
  if (!GROUP_SORT.includes(o.sort as (typeof GROUP_SORT)[number])) throw new AppError('BAD_REQUEST', 'Invalid sort');
  const where = compileFilter(o.filter, groupResolver) ?? sql`1 = 1`;
  const dir = sql.raw(o.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select g.id, g.name, g.label, g.description from groups g where ${where}
        order by ${GROUP_COLUMNS[o.sort].expr} ${dir}, g.id limit ${o.limit} offset ${o.offset}`,
    ),
    prepare(db, sql`select count(*) as n from groups g where ${where}`),
  ]);
  const page = rows.results as unknown as Omit<GroupWithRights, 'rights'>[];
  const { results } = page.length
    ? await db
        .prepare(
          'select group_id, right_name from group_rights where group_id in (select value from json_each(?)) order by right_name',
        )
        .bind(JSON.stringify(page.map((g) => g.id)))
        .all<{ group_id: number; right_name: string }>()
    : { results: [] };
  return {
    groups: page.map((g) => ({ ...g, rights: results.filter((r) => r.group_id === g.id).map((r) => r.right_name) })),
    total: (count.results[0] as { n: number }).n,
  };
}

const RIGHT_KEYS: Record<string, ResolvedField> = {
  ...rightKeys(sql`r.name`),
  level: { expr: sql`r.level`, type: 'integer' },
  label: { expr: sql`r.label`, type: 'text' },
  description: { expr: sql`r.description`, type: 'text' },
};
/** Right filters (alias `r`): `name`, `level`, `label`, `description`, `is_master`. */
const rightResolver: FieldResolver = {
  resolve(path) {
    if (Object.hasOwn(RIGHT_KEYS, path)) return RIGHT_KEYS[path];
    throw unknownField(path);
  },
};

/** Right `group.view`: the rights of the static catalogue the filter matches, by name (at most 1000). */
export async function listRightsFiltered(db: Db, actor: Actor, filter?: FilterNode): Promise<Right[]> {
  requireRight(actor, GROUP_VIEW);
  const where = compileFilter(filter, rightResolver) ?? sql`1 = 1`;
  const { results } = await prepare(
    db,
    sql`select r.name, r.level, r.label, r.description from rights r where ${where} order by r.name limit 1000`,
  ).all<Right>();
  return results;
}
