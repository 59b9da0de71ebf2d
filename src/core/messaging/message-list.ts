import { sessionPool } from '../../db/data-access';
import { type Actor, requireRight } from '../identity/actor';
import { lastTotal, pageAndCount, type Statement } from '../ops/table-versions';
import { isRibbonAdmin, MESSAGING_RIGHTS } from './access';
import { directoriesIn, directoryTree, type Tree } from './directories';
import { loadMessages, type Message, type Property } from './messages';

/** Ribbon2's message lists: a page of the messages the caller may read. */

type Db = D1Database | D1DatabaseSession;

export const ORDERABLE = {
  id: 'm.id',
  uid: 'm.uid',
  header: 'm.header',
  created: 'm.created',
  createdBy: 'm.created_by',
  updated: 'm.updated',
} as const;

export interface MessagePage {
  page: number;
  size: number;
  orderBy: keyof typeof ORDERABLE;
  descending: boolean;
  directory?: string;
  tag?: string;
}

/** A page of the messages the caller may read (message.view; visibility inside the SQL), with the total. */
export async function listMessages(
  db: Db,
  actor: Actor,
  page: MessagePage,
): Promise<{ content: Message[]; totalCount: number }> {
  requireRight(actor, MESSAGING_RIGHTS.messageView);
  const tree = await directoryTree(db);
  const readable = isRibbonAdmin(actor)
    ? undefined
    : JSON.stringify(directoriesIn(tree, actor, 'canReadMessage').map((d) => d.id));
  if (page.orderBy === 'id' && !page.directory && !page.tag) return idOrderedPage(db, page, readable, tree);
  // `m.id in (subquery)` rather than a correlated `exists`: SQLite builds the id set once from the
  // (directory, message) and (tag, message) indexes instead of probing it for every message.
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (readable !== undefined) {
    conditions.push(
      'm.id in (select v.message_id from r2_message_dirs v where v.directory_id in (select value from json_each(?)))',
    );
    params.push(readable);
  }
  if (page.directory) {
    conditions.push(
      'm.id in (select f.message_id from r2_message_dirs f join r2_directories fd on fd.id = f.directory_id where fd.full_name = ?)',
    );
    params.push(page.directory);
  }
  if (page.tag) {
    conditions.push('m.id in (select t.message_id from r2_message_tags t where t.tag = ?)');
    params.push(page.tag);
  }
  const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
  const order = `${ORDERABLE[page.orderBy]} ${page.descending ? 'desc' : 'asc'}, m.id ${page.descending ? 'desc' : 'asc'}`;
  const { rows, total } = await pageAndCount<{ id: number }>(
    db,
    db
      .prepare(`select m.id from r2_messages m ${where} order by ${order} limit ? offset ?`)
      .bind(...params, page.size, page.page * page.size),
    { text: `select count(*) as n from r2_messages m ${where}`, params },
  );
  return {
    content: await loadMessages(
      db,
      rows.map((r) => r.id),
    ),
    totalCount: total,
  };
}

/**
 * Visibility alone: count the readable directories' index entries (every link row has its message, by
 * foreign key) instead of probing each message.
 */
const VISIBLE_COUNT =
  'select count(distinct v.message_id) as n from r2_message_dirs v where v.directory_id in (select value from json_each(?))';

/** Per pool, the span of message ids that have directories (a density hint for choosing a plan). */
const linkSpans = new Map<string, number>();

interface PageRow extends Omit<Message, 'directories' | 'tags' | 'properties'> {
  dirs: string;
  tags: string;
  properties: string;
  lo: number | null;
  hi: number | null;
}

/**
 * The usual listing (by id, no directory or tag filter) as one statement per page: the page's ids with all
 * their directories, each message with its tags and properties, plus the exact total (counted again only
 * after a write, core/ops/table-versions.ts). For a reader with rules, the ids come from walking the message
 * links in id order (about (offset + size) / density rows: flat in the table's size) or, when few
 * messages are visible, from the readable directories' index (every visible one): whichever the last
 * total and the id span say reads less. Both give the same page.
 */
async function idOrderedPage(
  db: Db,
  page: MessagePage,
  readable: string | undefined,
  tree: Tree,
): Promise<{ content: Message[]; totalCount: number }> {
  const dir = page.descending ? 'desc' : 'asc';
  const offset = page.page * page.size;
  const count: Statement =
    readable === undefined
      ? { text: 'select count(*) as n from r2_messages', params: [] }
      : { text: VISIBLE_COUNT, params: [readable] };
  let ids: string;
  const params: unknown[] = [];
  if (readable === undefined) {
    ids = `select m.id as id, (select json_group_array(json_array(d.rowid, d.directory_id)) from r2_message_dirs d where d.message_id = m.id) as dirs
      from r2_messages m order by m.id ${dir} limit ? offset ?`;
  } else {
    const visible = lastTotal(db, count);
    const span = linkSpans.get(sessionPool(db) ?? '');
    const walk =
      visible !== undefined && span !== undefined && visible > 0 && ((offset + page.size) * span) / visible <= visible;
    ids = walk
      ? `select message_id as id, json_group_array(json_array(rowid, directory_id)) as dirs from r2_message_dirs
         group by message_id having max(directory_id in (select value from json_each(?))) order by message_id ${dir} limit ? offset ?`
      : `select message_id as id, json_group_array(json_array(rowid, directory_id)) as dirs from r2_message_dirs
         where message_id in (select v.message_id from r2_message_dirs v where v.directory_id in (select value from json_each(?)))
         group by message_id order by message_id ${dir} limit ? offset ?`;
    params.push(readable);
  }
  params.push(page.size, offset);
  const { rows, total } = await pageAndCount<PageRow>(
    db,
    db
      .prepare(
        `select m.id, m.uid, m.parent_uid as parentUid, m.header, m.content, m.created, m.created_by as createdBy,
             m.updated, m.updated_by as updatedBy, pg.dirs as dirs,
             (select json_group_array(json_array(t.rowid, t.tag)) from r2_message_tags t where t.message_id = m.id) as tags,
             (select json_group_array(json_object('id', p.id, 'uid', p.uid, 'type', p.type, 'content', p.content,
                'created', p.created, 'createdBy', p.created_by)) from r2_properties p where p.message_id = m.id) as properties,
             (select min(message_id) from r2_message_dirs) as lo, (select max(message_id) from r2_message_dirs) as hi
           from (${ids}) pg join r2_messages m on m.id = pg.id`,
      )
      .bind(...params),
    count,
  );
  if (rows[0]?.lo != null && rows[0]?.hi != null) linkSpans.set(sessionPool(db) ?? '', rows[0].hi - rows[0].lo + 1);
  const names = new Map(tree.dirs.map((d) => [d.id, d.fullName]));
  // Directories and tags as [rowid, value] pairs: in the order they were written (the client's order).
  const inOrder = <T>(pairs: string) =>
    (JSON.parse(pairs) as [number, T][]).sort((a, b) => a[0] - b[0]).map((p) => p[1]);
  const unknown = rows.flatMap((r) => inOrder<number>(r.dirs).filter((id) => !names.has(id)));
  if (unknown.length) {
    // A directory created since the tree was read: its name from the table.
    const { results } = await db
      .prepare('select id, full_name as fullName from r2_directories where id in (select value from json_each(?))')
      .bind(JSON.stringify([...new Set(unknown)]))
      .all<{ id: number; fullName: string }>();
    for (const r of results) names.set(r.id, r.fullName);
  }
  const content = rows
    .sort((a, b) => (page.descending ? b.id - a.id : a.id - b.id))
    .map(({ dirs, tags, properties, lo: _lo, hi: _hi, ...message }) => ({
      ...message,
      directories: inOrder<number>(dirs).flatMap((id) => names.get(id) ?? []),
      tags: inOrder<string>(tags),
      properties: (JSON.parse(properties) as (Property & { id: number })[])
        .sort((a, b) => a.id - b.id)
        .map(({ id: _id, ...property }) => property),
    }));
  return { content, totalCount: total };
}
