import { AppError } from '../../lib/errors';
import { type Actor, auditUser, holds, requireRight, requireWrite } from '../identity/actor';
import { auditRowsOf, auditStatement } from '../ops/audit';
import { IsolateCache } from '../ops/cache';
import { cachedRead, type Versioned } from '../ops/table-versions';
import { type AccessRow, ancestorsOrSelf, isRibbonAdmin, MESSAGING_RIGHTS, type Permission, resolve } from './access';

type Db = D1Database | D1DatabaseSession;

/**
 * Ribbon2 directories and the permissions their access rules give (the rules themselves: rules.ts). Every
 * exported operation that a face calls checks the caller's core right for its verb first (MESSAGING_RIGHTS),
 * then the directory rule: the core decides, the directory rules only narrow. `permissionsIn` and `directoriesWhere` resolve rules alone: they are
 * building blocks for the message services, which check their own core rights.
 */

export interface Directory {
  id: number;
  name: string;
  fullName: string;
  description: string | null;
}

/** Bounds: directories and rules read at once to resolve permissions for a whole tree. */
export const MAX_DIRECTORIES = 5000;
const MAX_RULES = 50000;

const notFound = (path: string) =>
  new AppError('NOT_FOUND', `Directory '${path.slice(0, 200)}' not found`, {
    details: { ribbon2Code: 'DIRECTORY_NOT_FOUND' },
  });
export const accessDenied = (what: string, reason = '') =>
  new AppError('FORBIDDEN', `Access denied for directory '${what.slice(0, 200)}'${reason}`, {
    details: { ribbon2Code: 'ACCESS_DENIED' },
  });
/**
 * Refuses rather than decide from a truncated set of rules or directories (a lost deny would widen).
 * The seed has no code for it: UNREGISTERED.
 */
const tooMany = (what: string) => new AppError('BAD_REQUEST', `Too many ${what} to resolve permissions`);

const DIR_COLUMNS = 'id, name, full_name as fullName, description';
const RULE_COLUMNS = `d.full_name as fullName, a.directory_id as directoryId, a.subject_type as subjectType,
  a.subject_name as subjectName, a.permission, a.allowed`;
const jsonList = (values: unknown[]) => JSON.stringify(values);
const likeSubtree = (fullName: string) => `${fullName.replace(/[\\%_]/g, (ch) => `\\${ch}`)}.%`;

export async function findDirectory(db: Db, fullName: string): Promise<Directory | null> {
  return db.prepare(`select ${DIR_COLUMNS} from r2_directories where full_name = ?`).bind(fullName).first<Directory>();
}

/** The directory or DIRECTORY_NOT_FOUND (no right checked: for services that checked theirs). */
export async function requireDirectory(db: Db, fullName: string): Promise<Directory> {
  const dir = await findDirectory(db, fullName);
  if (!dir) throw notFound(fullName);
  return dir;
}

function groupRules(rows: (AccessRow & { fullName: string })[]): Map<string, AccessRow[]> {
  if (rows.length > MAX_RULES) throw tooMany('access rules');
  const map = new Map<string, AccessRow[]>();
  for (const row of rows) map.set(row.fullName, [...(map.get(row.fullName) ?? []), row]);
  return map;
}

/** Rules of the given directories (by full name), grouped by directory. One query. */
async function rulesOf(db: Db, fullNames: string[]): Promise<Map<string, AccessRow[]>> {
  const { results } = await db
    .prepare(
      `select ${RULE_COLUMNS} from r2_access a join r2_directories d on d.id = a.directory_id
       where d.full_name in (select value from json_each(?)) limit ${MAX_RULES + 1}`,
    )
    .bind(jsonList(fullNames))
    .all<AccessRow & { fullName: string }>();
  return groupRules(results);
}

/** The caller's effective permissions in one directory (which must exist). Rules only: no core right. */
export async function permissionsIn(db: Db, actor: Actor, fullName: string): Promise<Record<Permission, boolean>> {
  const chain = ancestorsOrSelf(fullName);
  return resolve(actor, chain, isRibbonAdmin(actor) ? new Map() : await rulesOf(db, chain));
}

/** The permission in the directory, or ACCESS_DENIED (rules only: callers check their core right). */
export async function requirePermission(db: Db, actor: Actor, fullName: string, permission: Permission) {
  if (!(await permissionsIn(db, actor, fullName))[permission]) throw accessDenied(fullName);
}

export interface Tree {
  dirs: Directory[];
  rules: (AccessRow & { fullName: string })[];
}

/**
 * Every directory and every rule, kept per isolate while r2_directories and r2_access are unchanged
 * (core/ops/table-versions.ts: then a request reads two version rows instead of the whole tree).
 */
const trees = new IsolateCache<Versioned<Tree>>('r2-directory-tree', {
  tableName: 'r2_directories',
  maxSize: 8,
  ttlMs: 10 * 60_000,
});

/** Trees larger than this are read every time rather than kept. */
const MAX_KEPT_TREE = 5000;

export async function directoryTree(db: Db): Promise<Tree> {
  return cachedRead(
    db,
    trees,
    'tree',
    [
      { text: `select ${DIR_COLUMNS} from r2_directories order by full_name limit ${MAX_DIRECTORIES + 1}`, params: [] },
      {
        text: `select ${RULE_COLUMNS} from r2_access a join r2_directories d on d.id = a.directory_id limit ${MAX_RULES + 1}`,
        params: [],
      },
    ],
    ([dirs, rules]) => ({
      dirs: dirs.results as unknown as Directory[],
      rules: rules.results as unknown as Tree['rules'],
    }),
    (tree) => tree.dirs.length + tree.rules.length <= MAX_KEPT_TREE,
  );
}

/**
 * Every directory with the caller's value of one permission, resolved in memory from two bounded
 * queries (all directories, all rules): no query per directory. Rules only: no core right.
 */
export async function directoriesWhere(db: Db, actor: Actor, permission: Permission): Promise<Directory[]> {
  return directoriesIn(await directoryTree(db), actor, permission);
}

/** directoriesWhere over a tree already read. */
export function directoriesIn(tree: Tree, actor: Actor, permission: Permission): Directory[] {
  if (tree.dirs.length > MAX_DIRECTORIES) throw tooMany('directories');
  if (isRibbonAdmin(actor)) return [...tree.dirs];
  const byDir = groupRules(tree.rules);
  return tree.dirs.filter((d) => resolve(actor, ancestorsOrSelf(d.fullName), byDir)[permission]);
}

/** GET .../access/permission/current/{path}: directory.view, then my permissions there. */
export async function myPermissions(db: Db, actor: Actor, fullName: string): Promise<Record<Permission, boolean>> {
  requireRight(actor, MESSAGING_RIGHTS.directoryView);
  await requireDirectory(db, fullName);
  return permissionsIn(db, actor, fullName);
}

/** GET .../permission/{perm}: directory.view, then the directories where I hold the permission. */
export async function directoriesWithPermission(db: Db, actor: Actor, permission: Permission): Promise<Directory[]> {
  requireRight(actor, MESSAGING_RIGHTS.directoryView);
  return directoriesWhere(db, actor, permission);
}

export async function getDirectory(db: Db, actor: Actor, fullName: string): Promise<Directory> {
  requireRight(actor, MESSAGING_RIGHTS.directoryView);
  return requireDirectory(db, fullName);
}

export const DIRECTORY_ORDER = { id: 'id', name: 'name', fullName: 'full_name' } as const;

/** A page of directories (directory.view; every directory is listed, as the original). */
export async function listDirectories(
  db: Db,
  actor: Actor,
  page: { limit: number; offset: number; orderBy: keyof typeof DIRECTORY_ORDER; descending: boolean },
): Promise<{ content: Directory[]; totalCount: number }> {
  requireRight(actor, MESSAGING_RIGHTS.directoryView);
  const dir = page.descending ? 'desc' : 'asc';
  const [rows, count] = await db.batch([
    db
      .prepare(
        `select ${DIR_COLUMNS} from r2_directories order by ${DIRECTORY_ORDER[page.orderBy]} ${dir}, id ${dir} limit ? offset ?`,
      )
      .bind(page.limit, page.offset),
    db.prepare('select count(*) as n from r2_directories'),
  ]);
  return { content: rows.results as unknown as Directory[], totalCount: (count.results[0] as { n: number }).n };
}

/**
 * Creates a directory and its missing parents: directory.add, then canCreateDir on the last existing
 * ancestor (a new top-level directory needs Admins).
 */
export async function createDirectory(db: Db, actor: Actor, fullName: string, description: string | null) {
  requireWrite(actor, MESSAGING_RIGHTS.directoryAdd);
  // The seed has no code for a duplicate (the original failed on its unique constraint): UNREGISTERED 409.
  if (await findDirectory(db, fullName)) throw new AppError('CONFLICT', `Directory '${fullName}' already exists`);
  const chain = ancestorsOrSelf(fullName);
  const { results: existing } = await db
    .prepare('select full_name as fullName from r2_directories where full_name in (select value from json_each(?))')
    .bind(jsonList(chain))
    .all<{ fullName: string }>();
  const lastExisting = chain.find((name) => existing.some((e) => e.fullName === name));
  const allowed = lastExisting ? (await permissionsIn(db, actor, lastExisting)).canCreateDir : isRibbonAdmin(actor);
  if (!allowed) throw accessDenied(lastExisting ?? fullName);
  const missing = chain.filter((name) => !existing.some((e) => e.fullName === name)).reverse();
  const statements = missing.map((name) => {
    const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : null;
    return db
      .prepare(
        `insert into r2_directories (name, full_name, parent_id, description, created_by)
         values (?, ?, (select id from r2_directories where full_name = ?), ?, ?)`,
      )
      .bind(name.split('.').pop(), name, parent, name === fullName ? description : null, actor.login);
  });
  statements.push(
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_directories',
      recordId: fullName,
      action: 'INSERT',
      after: { fullName, description, created: missing },
      requestId: actor.requestId,
    }),
  );
  await db.batch(statements);
  return requireDirectory(db, fullName);
}

/** directory.edit, then canUpdateDir. */
export async function updateDirectory(db: Db, actor: Actor, fullName: string, description: string | null) {
  requireWrite(actor, MESSAGING_RIGHTS.directoryEdit);
  const dir = await requireDirectory(db, fullName);
  await requirePermission(db, actor, fullName, 'canUpdateDir');
  await db.batch([
    db.prepare('update r2_directories set description = ? where id = ?').bind(description, dir.id),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_directories',
      recordId: fullName,
      action: 'UPDATE',
      before: dir,
      after: { ...dir, description },
      requestId: actor.requestId,
    }),
  ]);
  return { ...dir, description };
}

/**
 * The caller's permissions in every directory of a subtree (root included), from two bounded queries:
 * the subtree's directories, then the rules of the subtree and of the root's ancestors.
 */
async function subtreePermissions(db: Db, actor: Actor, root: Directory) {
  const { results: dirs } = await db
    .prepare(
      `select ${DIR_COLUMNS} from r2_directories where id = ? or full_name like ? escape ?
       order by full_name limit ${MAX_DIRECTORIES + 1}`,
    )
    .bind(root.id, likeSubtree(root.fullName), '\\')
    .all<Directory>();
  if (dirs.length > MAX_DIRECTORIES) throw tooMany('directories');
  let rules = new Map<string, AccessRow[]>();
  if (!isRibbonAdmin(actor)) {
    const { results } = await db
      .prepare(
        `select ${RULE_COLUMNS} from r2_access a join r2_directories d on d.id = a.directory_id
         where d.id in (select value from json_each(?)) or d.full_name in (select value from json_each(?))
         limit ${MAX_RULES + 1}`,
      )
      .bind(jsonList(dirs.map((d) => d.id)), jsonList(ancestorsOrSelf(root.fullName)))
      .all<AccessRow & { fullName: string }>();
    rules = groupRules(results);
  }
  return dirs.map((d) => ({ dir: d, can: resolve(actor, ancestorsOrSelf(d.fullName), rules) }));
}

/**
 * Deletes a directory with its whole subtree, all or nothing:
 * - directory.delete, and canDeleteDir in EVERY directory of the subtree (the first one denying refuses);
 * - a message linked only to directories of the subtree would be left without a directory, so it is
 *   deleted, which needs what DELETE /api/message/{uid} needs: the core right message.delete, read access
 *   in one of its directories and canDeleteMessage in each of them. One such message the caller may not
 *   delete refuses the whole delete (nothing written);
 * - a message also linked outside the subtree survives: it only loses its links to the deleted directories.
 */
export async function deleteDirectory(db: Db, actor: Actor, fullName: string) {
  requireWrite(actor, MESSAGING_RIGHTS.directoryDelete);
  const root = await requireDirectory(db, fullName);
  const subtree = await subtreePermissions(db, actor, root);
  const denied = subtree.find((s) => !s.can.canDeleteDir);
  if (denied) throw accessDenied(denied.dir.fullName);

  const ids = jsonList(subtree.map((s) => s.dir.id));
  const noDelete = jsonList(subtree.filter((s) => !s.can.canDeleteMessage).map((s) => s.dir.id));
  const readable = jsonList(subtree.filter((s) => s.can.canReadMessage).map((s) => s.dir.id));
  // An orphan: a link into the subtree and none outside it.
  const orphan = (alias: string) =>
    `not exists (select 1 from r2_message_dirs o where o.message_id = ${alias}.message_id
       and o.directory_id not in (select value from json_each(?)))`;
  const [anyOrphan, undeletable, unreadable] = await db.batch([
    db
      .prepare(
        `select 1 as hit from r2_message_dirs m where m.directory_id in (select value from json_each(?)) and ${orphan('m')} limit 1`,
      )
      .bind(ids, ids),
    db
      .prepare(
        `select d.full_name as fullName from r2_message_dirs m join r2_directories d on d.id = m.directory_id
         where m.directory_id in (select value from json_each(?)) and ${orphan('m')} limit 1`,
      )
      .bind(noDelete, ids),
    db
      .prepare(
        `select 1 as hit from r2_message_dirs m where m.directory_id in (select value from json_each(?)) and ${orphan('m')}
         and not exists (select 1 from r2_message_dirs r where r.message_id = m.message_id
           and r.directory_id in (select value from json_each(?))) limit 1`,
      )
      .bind(ids, ids, readable),
  ]);
  const withMessages = ': it holds messages you may not delete';
  if (anyOrphan.results.length > 0) {
    if (!holds(actor, MESSAGING_RIGHTS.messageDelete)) throw accessDenied(fullName, withMessages);
    const blocked = undeletable.results[0] as { fullName: string } | undefined;
    if (blocked) throw accessDenied(blocked.fullName, withMessages);
    if (unreadable.results.length > 0) throw accessDenied(fullName, withMessages);
  }
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_directories',
      recordId: fullName,
      action: 'DELETE',
      before: { ...root, subtree: subtree.map((s) => s.dir.fullName) },
      requestId: actor.requestId,
    }),
    // Every row this delete changes gets its own audit row (their versions move): the subdirectories, the
    // orphaned messages deleted with them, and the messages that only lose links into the subtree.
    auditRowsOf(
      db,
      { user: auditUser(actor), table: 'r2_directories', action: 'DELETE', requestId: actor.requestId },
      `select full_name as record_id, json_object('id', id, 'fullName', full_name, 'description', description) as before, null as after
       from r2_directories where id in (select value from json_each(?)) and id <> ?`,
      ids,
      root.id,
    ),
    auditRowsOf(
      db,
      { user: auditUser(actor), table: 'r2_messages', action: 'DELETE', requestId: actor.requestId },
      `select distinct msg.uid as record_id, json_object('uid', msg.uid, 'header', msg.header) as before, null as after
       from r2_message_dirs m join r2_messages msg on msg.id = m.message_id
       where m.directory_id in (select value from json_each(?)) and ${orphan('m')}`,
      ids,
      ids,
    ),
    auditRowsOf(
      db,
      { user: auditUser(actor), table: 'r2_messages', action: 'UPDATE', requestId: actor.requestId },
      `select distinct msg.uid as record_id, null as before, json_object('unlinkedFrom', json(?)) as after
       from r2_message_dirs m join r2_messages msg on msg.id = m.message_id
       where m.directory_id in (select value from json_each(?)) and not ${orphan('m')}`,
      JSON.stringify(subtree.map((s) => s.dir.fullName)),
      ids,
      ids,
    ),
    // Orphans first: deleting the directories cascades to the links that identify them.
    db
      .prepare(
        `delete from r2_messages where id in (select m.message_id from r2_message_dirs m
           where m.directory_id in (select value from json_each(?)) and ${orphan('m')})`,
      )
      .bind(ids, ids),
    db.prepare('delete from r2_directories where id in (select value from json_each(?))').bind(ids),
  ]);
}
