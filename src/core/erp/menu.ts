import { sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import type { RecordContext, Row } from '../records/service';
import { byIdOrUuid, definitions, yes } from './definitions';
import { type DictionaryAccess, definitionContext } from './dictionary-access';

/**
 * A menu tree (AD_Tree of type MM with its AD_TreeNodeMM nodes over AD_Menu) as the role may use it: an entry
 * opening a window or an info window the role may not open is left out, and so is a summary left without
 * entries (iDempiere trims them too). Forms, processes and the rest are listed (their access is decided when
 * they run).
 */

export interface MenuNode {
  menu: Row;
  children: MenuNode[];
}

export async function menuTree(ctx: RecordContext, access: DictionaryAccess, id: string) {
  const defs = definitionContext(ctx);
  const [tree] = await definitions(defs, 'AD_Tree', { where: sql`${byIdOrUuid('AD_Tree', id)} and TreeType = 'MM'` });
  if (!tree) throw new AppError('NOT_FOUND', `No menu tree ${id.slice(0, 64)}`);
  const [nodes, menus] = await Promise.all([
    definitions(defs, 'AD_TreeNodeMM', {
      where: sql`AD_Tree_ID = ${tree.AD_Tree_ID}`,
      orderBy: sql`Parent_ID, SeqNo`,
      limit: 5000,
    }),
    definitions(defs, 'AD_Menu', { limit: 5000 }),
  ]);
  const byId = new Map(menus.map((m) => [Number(m.AD_Menu_ID), m]));
  const allowed = (menu: Row) =>
    menu.Action === 'W'
      ? access.window(Number(menu.AD_Window_ID)) !== null
      : menu.Action === 'I'
        ? access.info(Number(menu.AD_InfoWindow_ID))
        : true;
  const build = (parent: number, depth: number): MenuNode[] => {
    if (depth > 20) return [];
    return nodes
      .filter((n) => Number(n.Parent_ID) === parent)
      .flatMap((n) => {
        const menu = byId.get(Number(n.Node_ID));
        if (!menu) return [];
        if (yes(menu.IsSummary)) {
          const children = build(Number(n.Node_ID), depth + 1);
          return children.length ? [{ menu, children }] : [];
        }
        return allowed(menu) ? [{ menu, children: [] }] : [];
      });
  };
  return { tree, entries: build(0, 0) };
}
