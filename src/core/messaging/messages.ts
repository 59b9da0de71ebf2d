import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { isRibbonAdmin, MESSAGING_RIGHTS } from './access';
import { accessDenied, permissionsIn, requireDirectory } from './directories';

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
