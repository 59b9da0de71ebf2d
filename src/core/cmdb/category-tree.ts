import type { FilterNode } from '../filter';
import type { Actor } from '../identity/actor';
import { allCategories, type Category, tree } from './categories';
import { type CmdbType, typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's category tree (`view=tree`), as its web UI reads it: nodes `{category, node_order, children,
 * types}`, `types` being the category's types in full, in the category's order. The categories and their
 * type ids are those the caller sees (categories.ts: a hidden type is in no category), so the types read
 * here are visible ones.
 */
export interface CategoryTreeNode {
  category: Category;
  node_order: number | null;
  children: CategoryTreeNode[];
  types: CmdbType[];
}

type Nested = Category & { children: Nested[] };

/** Right `category.view`: the root nodes (ordered by `meta.order`, then name). */
export async function categoryTree(db: Db, actor: Actor, filter?: FilterNode): Promise<CategoryTreeNode[]> {
  const categories = await allCategories(db, actor, filter);
  const types = await typesByIds(
    db,
    categories.flatMap((c) => c.types),
  );
  const node = ({ children, ...category }: Nested): CategoryTreeNode => ({
    category,
    node_order: category.meta.order ?? null,
    children: children.map(node),
    types: category.types.flatMap((id) => types.get(id) ?? []),
  });
  return tree(categories).map(node);
}
