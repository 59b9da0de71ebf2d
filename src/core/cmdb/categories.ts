import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode, type ResolvedField } from '../filter';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditRowsOf, auditStatement, auditStatementReading } from '../ops/audit';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, typeReadable } from './acl';
import { unknownField } from './table-page';

type Db = D1Database | D1DatabaseSession;

export interface Category {
  public_id: number;
  name: string;
  label: string | null;
  meta: { icon?: string; order?: number | null };
  parent: number | null;
  types: number[];
}
interface Row extends Omit<Category, 'meta' | 'types'> {
  meta: string;
  types: string;
}
export interface CategoryInput {
  name: string;
  label?: string | null;
  meta?: Category['meta'];
  parent?: number | null;
  types?: number[];
}

export const CATEGORY_SORT = ['public_id', 'name', 'label', 'parent'] as const;
const COLUMNS = 'public_id, name, label, meta, parent, types';
const parse = (r: Row): Category => ({ ...r, meta: JSON.parse(r.meta), types: JSON.parse(r.types) });

/**
 * A category as the actor sees it: `types` keeps, in order, only the ids of types the actor may see
 * (type ACL READ), so a hidden type is absent here as everywhere else.
 */
function shownColumns(actor: Actor): SQL {
  return sql`c.public_id, c.name, c.label, c.meta, c.parent, (
    select coalesce(json_group_array(j.value), '[]') from (select value from json_each(c.types) order by key) j
    where exists (select 1 from dg_types t where t.public_id = j.value and ${typeReadable(actor, 't')})) as types`;
}

const CATEGORY_COLUMNS: Record<string, ResolvedField> = {
  public_id: { expr: sql`c.public_id`, type: 'integer' },
  name: { expr: sql`c.name`, type: 'text' },
  label: { expr: sql`c.label`, type: 'text' },
  parent: { expr: sql`c.parent`, type: 'integer' },
  'meta.icon': { expr: sql`json_extract(c.meta, '$.icon')`, type: 'text' },
  'meta.order': { expr: sql`json_extract(c.meta, '$.order')`, type: 'json' },
};

/**
 * Category filters (alias `c`): the columns, `meta.icon`, `meta.order`, and `types` as a Mongo array
 * (`{"types": 1}`, `{"types": {"$in": [1, 2]}}`, `$elemMatch`) over the type ids the actor may see only:
 * a hidden type is no more matched than it is shown.
 */
function categoryResolver(actor: Actor): FieldResolver {
  return {
    resolve(path) {
      if (Object.hasOwn(CATEGORY_COLUMNS, path)) return CATEGORY_COLUMNS[path];
      throw unknownField(path);
    },
    array: (path) =>
      path === 'types'
        ? {
            from: sql`json_each(c.types) as el`,
            guard: sql`exists (select 1 from dg_types t where t.public_id = el.value and ${typeReadable(actor, 't')})`,
            element: {
              resolve(key) {
                if (key === '') return { expr: sql`el.value`, type: 'integer' };
                throw new AppError('BAD_REQUEST', `Unknown filter field 'types.${key.slice(0, 64)}'`);
              },
            },
          }
        : undefined,
    through: (path) => (path === 'types' ? { array: 'types', path: '' } : undefined),
  };
}

const whereOf = (actor: Actor, filter: FilterNode | undefined): SQL =>
  compileFilter(filter, categoryResolver(actor)) ?? sql`1 = 1`;

/** Right `category.view`: one page of the categories the filter matches, and their total. */
export async function listCategories(
  db: Db,
  actor: Actor,
  o: { limit: number; offset: number; sort: string; descending: boolean; filter?: FilterNode },
) {
  requireRight(actor, CMDB_RIGHTS.categoryView);
  if (!CATEGORY_SORT.includes(o.sort as (typeof CATEGORY_SORT)[number]))
    throw new AppError('BAD_REQUEST', 'Invalid sort');
  const dir = sql.raw(o.descending ? 'desc' : 'asc');
  const where = whereOf(actor, o.filter);
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select ${shownColumns(actor)} from dg_categories c where ${where} order by c.${sql.identifier(o.sort)} ${dir}, c.public_id limit ${o.limit} offset ${o.offset}`,
    ),
    prepare(db, sql`select count(*) as n from dg_categories c where ${where}`),
  ]);
  return { categories: (rows.results as unknown as Row[]).map(parse), total: (count.results[0] as { n: number }).n };
}

const ALL_LIMIT = 5000;

/** Right `category.view`: every category the filter matches (bounded), for the tree. */
export async function allCategories(db: Db, actor: Actor, filter?: FilterNode): Promise<Category[]> {
  requireRight(actor, CMDB_RIGHTS.categoryView);
  const { results } = await prepare(
    db,
    sql`select ${shownColumns(actor)} from dg_categories c where ${whereOf(actor, filter)} order by c.public_id limit ${ALL_LIMIT}`,
  ).all<Row>();
  return results.map(parse);
}

/** Children nested under their parents (`children`), ordered by meta.order then name. */
export function tree(categories: Category[]) {
  type Node = Category & { children: Node[] };
  const nodes = new Map<number, Node>(categories.map((c) => [c.public_id, { ...c, children: [] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent === null ? undefined : nodes.get(node.parent);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order = (list: Node[]) => {
    list.sort((a, b) => (a.meta.order ?? 0) - (b.meta.order ?? 0) || a.name.localeCompare(b.name));
    for (const n of list) order(n.children);
  };
  order(roots);
  return roots;
}

const categoryNotFound = (id: number) => new AppError('NOT_FOUND', `Category ${id} not found`);

/** Right `category.view`: one category as the actor sees it. */
export async function readCategory(db: Db, actor: Actor, id: number): Promise<Category> {
  requireRight(actor, CMDB_RIGHTS.categoryView);
  return shownCategory(db, actor, id);
}

async function shownCategory(db: Db, actor: Actor, id: number): Promise<Category> {
  const row = await prepare(
    db,
    sql`select ${shownColumns(actor)} from dg_categories c where c.public_id = ${id}`,
  ).first<Row>();
  if (!row) throw categoryNotFound(id);
  return parse(row);
}

/** The stored category, every type id included: for writes and their audit rows. */
async function storedCategory(db: Db, id: number): Promise<Category> {
  const row = await db.prepare(`select ${COLUMNS} from dg_categories where public_id = ?`).bind(id).first<Row>();
  if (!row) throw categoryNotFound(id);
  return parse(row);
}

/** The parent must exist and must not be the category itself or one of its descendants. */
async function checkParent(db: Db, id: number | null, parent: number | null | undefined) {
  if (parent === null || parent === undefined) return;
  if (parent === id) throw new AppError('BAD_REQUEST', 'A category cannot be its own parent');
  const { results: all } = await db
    .prepare(`select public_id, parent from dg_categories limit ${ALL_LIMIT}`)
    .all<{ public_id: number; parent: number | null }>();
  if (!all.some((c) => c.public_id === parent))
    throw new AppError('BAD_REQUEST', `Parent category ${parent} not found`);
  let cursor: number | null = parent;
  const seen = new Set<number>();
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === id) throw new AppError('BAD_REQUEST', 'A category cannot be its own ancestor');
    seen.add(cursor);
    cursor = all.find((c) => c.public_id === cursor)?.parent ?? null;
  }
}

/** Of `ids`, the types the actor may see. */
async function visibleTypeIds(db: Db, actor: Actor, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { results } = await prepare(
    db,
    sql`select t.public_id from dg_types t where t.public_id in (select value from json_each(${JSON.stringify(ids)})) and ${typeReadable(actor, 't')}`,
  ).all<{ public_id: number }>();
  return new Set(results.map((r) => r.public_id));
}

/** Every named type must be one the actor may see: a hidden type is refused exactly like a missing one. */
async function checkTypes(db: Db, actor: Actor, types: number[]): Promise<void> {
  const visible = await visibleTypeIds(db, actor, types);
  const missing = types.find((t) => !visible.has(t));
  if (missing !== undefined) throw new AppError('BAD_REQUEST', `Type ${missing} not found`);
}

/** Right `category.add`. */
export async function insertCategory(db: Db, actor: Actor, input: CategoryInput): Promise<Category> {
  requireWrite(actor, CMDB_RIGHTS.categoryAdd);
  const types = [...new Set(input.types ?? [])];
  await checkParent(db, null, input.parent);
  await checkTypes(db, actor, types);
  if (await db.prepare('select 1 from dg_categories where name = ?').bind(input.name).first())
    throw new AppError('CONFLICT', `Category ${input.name} already exists`);
  const [row] = await db.batch([
    db
      .prepare(
        `insert into dg_categories (name, label, meta, parent, types) values (?, ?, ?, ?, ?) returning ${COLUMNS}`,
      )
      .bind(
        input.name,
        input.label ?? null,
        JSON.stringify(input.meta ?? { icon: '', order: null }),
        input.parent ?? null,
        JSON.stringify(types),
      ),
    // Recorded under the new public id, like every later audit row of the category (versions.ts).
    auditStatementReading(
      db,
      { user: auditUser(actor), table: 'dg_categories', action: 'INSERT', after: input, requestId: actor.requestId },
      'select cast(public_id as text) from dg_categories where name = ?',
      input.name,
    ),
  ]);
  return parse((row.results as unknown as Row[])[0]);
}

/**
 * Right `category.edit`. `types` (when given) replaces the types the actor can see; ids of types hidden
 * from the actor stay assigned, since the actor could neither see nor name them.
 */
export async function updateCategory(db: Db, actor: Actor, id: number, input: CategoryInput): Promise<Category> {
  requireWrite(actor, CMDB_RIGHTS.categoryEdit);
  const before = await storedCategory(db, id);
  const visible = await visibleTypeIds(db, actor, before.types);
  const hidden = before.types.filter((t) => !visible.has(t));
  const named = [...new Set(input.types ?? before.types.filter((t) => visible.has(t)))];
  await checkParent(db, id, input.parent);
  await checkTypes(db, actor, named);
  const types = [...named, ...hidden.filter((t) => !named.includes(t))];
  if (await db.prepare('select 1 from dg_categories where name = ? and public_id <> ?').bind(input.name, id).first())
    throw new AppError('CONFLICT', `Category ${input.name} already exists`);
  const [, row] = await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_categories',
      recordId: id,
      action: 'UPDATE',
      before,
      after: { ...input, types },
      requestId: actor.requestId,
    }),
    db
      .prepare(
        `update dg_categories set name = ?, label = ?, meta = ?, parent = ?, types = ? where public_id = ? returning ${COLUMNS}`,
      )
      .bind(
        input.name,
        input.label ?? null,
        JSON.stringify(input.meta ?? before.meta),
        input.parent ?? null,
        JSON.stringify(types),
        id,
      ),
  ]);
  return { ...parse((row.results as unknown as Row[])[0]), types: named };
}

/** Right `category.delete`. Deleting a category re-parents its children to its own parent. */
export async function deleteCategory(db: Db, actor: Actor, id: number): Promise<Category> {
  requireWrite(actor, CMDB_RIGHTS.categoryDelete);
  const before = await storedCategory(db, id);
  const shown = await shownCategory(db, actor, id);
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_categories',
      recordId: id,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
    // The children change parent: each gets its own audit row (their versions move with it).
    auditRowsOf(
      db,
      { user: auditUser(actor), table: 'dg_categories', action: 'UPDATE', requestId: actor.requestId },
      `select cast(public_id as text) as record_id, json_object('parent', parent) as before, json_object('parent', ?) as after
       from dg_categories where parent = ?`,
      before.parent,
      id,
    ),
    db.prepare('update dg_categories set parent = ? where parent = ?').bind(before.parent, id),
    db.prepare('delete from dg_categories where public_id = ?').bind(id),
  ]);
  return shown;
}
