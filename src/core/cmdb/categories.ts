import { AppError } from '../../lib/errors';
import { auditStatement } from '../ops/audit';

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

export async function listCategories(db: Db, o: { limit: number; offset: number; sort: string; descending: boolean }) {
  if (!CATEGORY_SORT.includes(o.sort as (typeof CATEGORY_SORT)[number]))
    throw new AppError('BAD_REQUEST', 'Invalid sort');
  const [rows, count] = await db.batch([
    db
      .prepare(
        `select ${COLUMNS} from dg_categories order by ${o.sort} ${o.descending ? 'desc' : 'asc'}, public_id limit ? offset ?`,
      )
      .bind(o.limit, o.offset),
    db.prepare('select count(*) as n from dg_categories'),
  ]);
  return { categories: (rows.results as unknown as Row[]).map(parse), total: (count.results[0] as { n: number }).n };
}

export async function allCategories(db: Db): Promise<Category[]> {
  const { results } = await db.prepare(`select ${COLUMNS} from dg_categories order by public_id limit 5000`).all<Row>();
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

export async function requireCategory(db: Db, id: number): Promise<Category> {
  const row = await db.prepare(`select ${COLUMNS} from dg_categories where public_id = ?`).bind(id).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Category ${id} not found`);
  return parse(row);
}

/** The parent must exist and must not be the category itself or one of its descendants. */
async function checkParent(db: Db, id: number | null, parent: number | null | undefined, types: number[]) {
  if (parent !== null && parent !== undefined) {
    if (parent === id) throw new AppError('BAD_REQUEST', 'A category cannot be its own parent');
    const all = await allCategories(db);
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
  if (types.length) {
    const { results } = await db
      .prepare('select public_id from dg_types where public_id in (select value from json_each(?))')
      .bind(JSON.stringify(types))
      .all<{ public_id: number }>();
    const missing = types.find((t) => !results.some((r) => r.public_id === t));
    if (missing !== undefined) throw new AppError('BAD_REQUEST', `Type ${missing} not found`);
  }
}

type ActorRef = { userId: number; login: string; requestId?: string };

export async function insertCategory(db: Db, actor: ActorRef, input: CategoryInput): Promise<Category> {
  const types = [...new Set(input.types ?? [])];
  await checkParent(db, null, input.parent, types);
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
    auditStatement(db, {
      user: actor,
      table: 'dg_categories',
      recordId: input.name,
      action: 'INSERT',
      after: input,
      requestId: actor.requestId,
    }),
  ]);
  return parse((row.results as unknown as Row[])[0]);
}

export async function updateCategory(db: Db, actor: ActorRef, id: number, input: CategoryInput): Promise<Category> {
  const before = await requireCategory(db, id);
  const types = [...new Set(input.types ?? before.types)];
  await checkParent(db, id, input.parent, types);
  if (await db.prepare('select 1 from dg_categories where name = ? and public_id <> ?').bind(input.name, id).first())
    throw new AppError('CONFLICT', `Category ${input.name} already exists`);
  const [, row] = await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'dg_categories',
      recordId: id,
      action: 'UPDATE',
      before,
      after: input,
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
  return parse((row.results as unknown as Row[])[0]);
}

/** Deleting a category re-parents its children to its own parent. */
export async function deleteCategory(db: Db, actor: ActorRef, id: number): Promise<Category> {
  const before = await requireCategory(db, id);
  await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'dg_categories',
      recordId: id,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
    db.prepare('update dg_categories set parent = ? where parent = ?').bind(before.parent, id),
    db.prepare('delete from dg_categories where public_id = ?').bind(id),
  ]);
  return before;
}
