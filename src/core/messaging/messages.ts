import { sessionPool } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { lastTotal, pageAndCount, type Statement } from '../ops/table-versions';
import { isRibbonAdmin, MESSAGING_RIGHTS } from './access';
import { accessDenied, directoriesIn, directoryTree, permissionsIn, requireDirectory, type Tree } from './directories';

/**
 * Ribbon2 messages. Each operation checks the caller's core right for its verb first (message.view,
 * .add, .edit, .delete), then the directory rules, which only narrow.
 */

type Db = D1Database | D1DatabaseSession;

export interface Property {
  uid: string;
  type: string;
  content: string;
  created: string;
  createdBy: string;
}

export interface Message {
  id: number;
  uid: string;
  parentUid?: string | null;
  createdBy: string;
  created: string;
  updated?: string | null;
  updatedBy?: string | null;
  directories: string[];
  header: string;
  content: string;
  tags: string[];
  properties: Property[];
}

export interface MessageInput {
  directories: string[];
  header: string;
  content?: string;
  tags?: string[];
  properties?: { type: string; content?: string }[];
  parentUid?: string | null;
}

const r2 = (code: string, status: 'NOT_FOUND' | 'BAD_REQUEST', message: string) =>
  new AppError(status, message, { details: { ribbon2Code: code } });
export const messageNotFound = (uid: string) =>
  r2('MESSAGE_NOT_FOUND', 'NOT_FOUND', `Message '${uid.slice(0, 64)}' not found`);

export const ORDERABLE = {
  id: 'm.id',
  uid: 'm.uid',
  header: 'm.header',
  created: 'm.created',
  createdBy: 'm.created_by',
  updated: 'm.updated',
} as const;

/** Directories of a message input: present, existing, and with `permission` for the caller in each. */
async function checkDirectories(
  db: Db,
  actor: Actor,
  names: string[],
  permission: 'canCreateMessage' | 'canUpdateMessage',
) {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (unique.length === 0 || unique.length > 20)
    throw r2('MESSAGE_DIRECORIES_REQUIRED', 'BAD_REQUEST', 'Message directories are required');
  const { results } = await db
    .prepare('select id, full_name as fullName from r2_directories where full_name in (select value from json_each(?))')
    .bind(JSON.stringify(unique))
    .all<{ id: number; fullName: string }>();
  const missing = unique.find((n) => !results.some((r) => r.fullName === n));
  if (missing) throw r2('DIRECTORY_NOT_FOUND', 'NOT_FOUND', `Directory '${missing.slice(0, 200)}' not found`);
  for (const dir of results)
    if (!(await permissionsIn(db, actor, dir.fullName))[permission]) throw accessDenied(dir.fullName);
  // In the client's order: a message answers its directories as they were sent.
  return unique.map((n) => results.find((r) => r.fullName === n) as { id: number; fullName: string });
}

async function checkPropertyTypes(db: Db, types: string[]) {
  if (!types.length) return;
  const { results } = await db
    .prepare('select type from r2_property_types where type in (select value from json_each(?))')
    .bind(JSON.stringify([...new Set(types)]))
    .all<{ type: string }>();
  const missing = types.find((t) => !results.some((r) => r.type === t));
  if (missing)
    throw r2('PROPERTY_TYPE_NOT_FOUND', 'NOT_FOUND', `Property type '${missing.slice(0, 64)}' not registered`);
}

const cleanTags = (tags: string[] = []) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 50);

function propertyInserts(db: Db, messageUid: string, properties: { type: string; content?: string }[], login: string) {
  return properties.map((p) =>
    db
      .prepare(
        'insert into r2_properties (uid, message_id, type, content, created_by) values (?, (select id from r2_messages where uid = ?), ?, ?, ?)',
      )
      .bind(crypto.randomUUID(), messageUid, p.type, p.content ?? '', login),
  );
}

/** Loads messages with their directories, tags and properties: one batch for the whole page. */
export async function loadMessages(db: Db, ids: number[]): Promise<Message[]> {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const [messages, dirs, tags, props] = await db.batch([
    db
      .prepare(
        `select id, uid, parent_uid as parentUid, header, content, created, created_by as createdBy, updated, updated_by as updatedBy
         from r2_messages where id in (select value from json_each(?))`,
      )
      .bind(list),
    db
      .prepare(
        `select md.message_id as messageId, d.full_name as fullName from r2_message_dirs md
         join r2_directories d on d.id = md.directory_id where md.message_id in (select value from json_each(?)) order by md.rowid`,
      )
      .bind(list),
    db
      .prepare(
        'select message_id as messageId, tag from r2_message_tags where message_id in (select value from json_each(?)) order by rowid',
      )
      .bind(list),
    db
      .prepare(
        `select message_id as messageId, uid, type, content, created, created_by as createdBy from r2_properties
         where message_id in (select value from json_each(?)) order by id`,
      )
      .bind(list),
  ]);
  const byId = new Map<number, Message>();
  for (const m of messages.results as unknown as Message[])
    byId.set(m.id, { ...m, directories: [], tags: [], properties: [] });
  for (const d of dirs.results as { messageId: number; fullName: string }[])
    byId.get(d.messageId)?.directories.push(d.fullName);
  for (const t of tags.results as { messageId: number; tag: string }[]) byId.get(t.messageId)?.tags.push(t.tag);
  for (const p of props.results as (Property & { messageId: number })[]) {
    const { messageId, ...property } = p;
    byId.get(messageId)?.properties.push(property);
  }
  return ids.map((id) => byId.get(id)).filter((m): m is Message => Boolean(m));
}

async function messageByUid(db: Db, uid: string): Promise<Message> {
  const row = await db.prepare('select id from r2_messages where uid = ?').bind(uid).first<{ id: number }>();
  if (!row) throw messageNotFound(uid);
  return (await loadMessages(db, [row.id]))[0];
}

/**
 * A message the rules let the caller see (canReadMessage in at least one of its directories); otherwise
 * it does not exist. Rules only: callers check their core right.
 */
async function visibleMessage(db: Db, actor: Actor, uid: string): Promise<Message> {
  const message = await messageByUid(db, uid);
  if (isRibbonAdmin(actor)) return message;
  for (const dir of message.directories) if ((await permissionsIn(db, actor, dir)).canReadMessage) return message;
  throw messageNotFound(uid);
}

/** One message: message.view, then canReadMessage in one of its directories. */
export async function readMessage(db: Db, actor: Actor, uid: string): Promise<Message> {
  requireRight(actor, MESSAGING_RIGHTS.messageView);
  return visibleMessage(db, actor, uid);
}

/** message.add, then canCreateMessage in each directory (and reading the parent, when one is named). */
export async function createMessage(db: Db, actor: Actor, input: MessageInput): Promise<Message> {
  requireWrite(actor, MESSAGING_RIGHTS.messageAdd);
  const dirs = await checkDirectories(db, actor, input.directories, 'canCreateMessage');
  const properties = (input.properties ?? []).slice(0, 50);
  await checkPropertyTypes(
    db,
    properties.map((p) => p.type),
  );
  if (input.parentUid) await readMessage(db, actor, input.parentUid);
  const uid = crypto.randomUUID();
  const tags = cleanTags(input.tags);
  const idOf = '(select id from r2_messages where uid = ?)';
  await db.batch([
    db
      .prepare('insert into r2_messages (uid, parent_uid, header, content, created_by) values (?, ?, ?, ?, ?)')
      .bind(uid, input.parentUid ?? null, input.header, input.content ?? '', actor.login),
    ...dirs.map((d) =>
      db.prepare(`insert into r2_message_dirs (message_id, directory_id) values (${idOf}, ?)`).bind(uid, d.id),
    ),
    ...tags.map((t) => db.prepare(`insert into r2_message_tags (message_id, tag) values (${idOf}, ?)`).bind(uid, t)),
    ...propertyInserts(db, uid, properties, actor.login),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_messages',
      recordId: uid,
      action: 'INSERT',
      after: { ...input, uid },
      requestId: actor.requestId,
    }),
  ]);
  return messageByUid(db, uid);
}

/**
 * message.edit, then canUpdateMessage in every old and new directory. Only header, content, directories
 * and tags change; properties can only be added. Answers the message and its directories before the edit.
 */
export async function updateMessage(
  db: Db,
  actor: Actor,
  uid: string,
  input: MessageInput,
): Promise<{ message: Message; previousDirectories: string[] }> {
  requireWrite(actor, MESSAGING_RIGHTS.messageEdit);
  const before = await visibleMessage(db, actor, uid);
  for (const dir of before.directories)
    if (!(await permissionsIn(db, actor, dir)).canUpdateMessage) throw accessDenied(dir);
  const dirs = await checkDirectories(db, actor, input.directories, 'canUpdateMessage');
  const added = (input.properties ?? []).filter((p) => !(p as { uid?: string }).uid).slice(0, 50);
  await checkPropertyTypes(
    db,
    added.map((p) => p.type),
  );
  const tags = cleanTags(input.tags);
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_messages',
      recordId: uid,
      action: 'UPDATE',
      before,
      after: input,
      requestId: actor.requestId,
    }),
    db
      .prepare(
        "update r2_messages set header = ?, content = ?, updated = strftime('%Y-%m-%dT%H:%M:%SZ','now'), updated_by = ? where id = ?",
      )
      .bind(input.header, input.content ?? '', actor.login, before.id),
    db.prepare('delete from r2_message_dirs where message_id = ?').bind(before.id),
    ...dirs.map((d) =>
      db.prepare('insert into r2_message_dirs (message_id, directory_id) values (?, ?)').bind(before.id, d.id),
    ),
    db.prepare('delete from r2_message_tags where message_id = ?').bind(before.id),
    ...tags.map((t) => db.prepare('insert into r2_message_tags (message_id, tag) values (?, ?)').bind(before.id, t)),
    ...propertyInserts(db, uid, added, actor.login),
  ]);
  return { message: await messageByUid(db, uid), previousDirectories: before.directories };
}

async function requireInAll(
  db: Db,
  actor: Actor,
  message: Message,
  permission: 'canUpdateMessage' | 'canDeleteMessage',
) {
  for (const dir of message.directories)
    if (!(await permissionsIn(db, actor, dir))[permission]) throw accessDenied(dir);
}

/** message.delete, then canDeleteMessage in each of the message's directories. Answers the deleted message. */
export async function deleteMessage(db: Db, actor: Actor, uid: string): Promise<Message> {
  requireWrite(actor, MESSAGING_RIGHTS.messageDelete);
  const message = await visibleMessage(db, actor, uid);
  await requireInAll(db, actor, message, 'canDeleteMessage');
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_messages',
      recordId: uid,
      action: 'DELETE',
      before: message,
      requestId: actor.requestId,
    }),
    db.prepare('delete from r2_messages where id = ?').bind(message.id),
  ]);
  return message;
}

/** message.edit, canUpdateMessage in each directory: a new property. Answers it and the message's directories. */
export async function addProperty(
  db: Db,
  actor: Actor,
  uid: string,
  property: { type: string; content?: string },
): Promise<{ property: Property; directories: string[] }> {
  requireWrite(actor, MESSAGING_RIGHTS.messageEdit);
  const message = await visibleMessage(db, actor, uid);
  await requireInAll(db, actor, message, 'canUpdateMessage');
  await checkPropertyTypes(db, [property.type]);
  const propertyUid = crypto.randomUUID();
  await db.batch([
    db
      .prepare('insert into r2_properties (uid, message_id, type, content, created_by) values (?, ?, ?, ?, ?)')
      .bind(propertyUid, message.id, property.type, property.content ?? '', actor.login),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_properties',
      recordId: propertyUid,
      action: 'INSERT',
      after: { messageUid: uid, ...property },
      requestId: actor.requestId,
    }),
    // The message changed too (it shows its properties): its own audit row moves its version.
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_messages',
      recordId: uid,
      action: 'UPDATE',
      after: { addedProperty: { uid: propertyUid, ...property } },
      requestId: actor.requestId,
    }),
  ]);
  const row = await db
    .prepare('select uid, type, content, created, created_by as createdBy from r2_properties where uid = ?')
    .bind(propertyUid)
    .first<Property>();
  if (!row) throw messageNotFound(uid);
  return { property: row, directories: message.directories };
}

/**
 * Following a directory's messages (the live feed): message.view, the directory must exist, and the caller
 * must hold canReadMessage there, as reading its messages needs.
 */
export async function followDirectory(db: Db, actor: Actor, fullName: string): Promise<void> {
  requireRight(actor, MESSAGING_RIGHTS.messageView);
  await requireDirectory(db, fullName);
  if (!isRibbonAdmin(actor) && !(await permissionsIn(db, actor, fullName)).canReadMessage) throw accessDenied(fullName);
}

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
