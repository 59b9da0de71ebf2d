import { AppError } from '../../lib/errors';
import { auditStatement } from '../ops/audit';
import {
  type AccessRow,
  ancestorsOrSelf,
  isRibbonAdmin,
  PERMISSION_ALIASES,
  PERMISSION_KEYS,
  type Permission,
  resolve,
  type Subject,
} from './access';

type Db = D1Database | D1DatabaseSession;

export interface Actor extends Subject {
  userId: number;
  requestId?: string;
}

export interface Directory {
  id: number;
  name: string;
  fullName: string;
  description: string | null;
}

/** Bounds: directories and rules read at once to resolve permissions for a whole tree. */
export const MAX_DIRECTORIES = 5000;

const notFound = (path: string) =>
  new AppError('NOT_FOUND', `Directory '${path.slice(0, 200)}' not found`, {
    details: { ribbon2Code: 'DIRECTORY_NOT_FOUND' },
  });
export const accessDenied = (what: string) =>
  new AppError('FORBIDDEN', `Access denied for directory '${what.slice(0, 200)}'`, {
    details: { ribbon2Code: 'ACCESS_DENIED' },
  });

const DIR_COLUMNS = 'id, name, full_name as fullName, description';

export async function findDirectory(db: Db, fullName: string): Promise<Directory | null> {
  return db.prepare(`select ${DIR_COLUMNS} from r2_directories where full_name = ?`).bind(fullName).first<Directory>();
}

export async function requireDirectory(db: Db, fullName: string): Promise<Directory> {
  const dir = await findDirectory(db, fullName);
  if (!dir) throw notFound(fullName);
  return dir;
}

const jsonList = (values: unknown[]) => JSON.stringify(values);

/** Rules of the given directories (by full name), grouped by directory. One query. */
async function rulesOf(db: Db, fullNames: string[]): Promise<Map<string, AccessRow[]>> {
  const { results } = await db
    .prepare(
      `select d.full_name as fullName, a.directory_id as directoryId, a.subject_type as subjectType,
         a.subject_name as subjectName, a.permission, a.allowed
       from r2_access a join r2_directories d on d.id = a.directory_id
       where d.full_name in (select value from json_each(?)) limit 2000`,
    )
    .bind(jsonList(fullNames))
    .all<AccessRow & { fullName: string }>();
  const map = new Map<string, AccessRow[]>();
  for (const row of results) map.set(row.fullName, [...(map.get(row.fullName) ?? []), row]);
  return map;
}

/** The caller's effective permissions in one directory (which must exist). */
export async function permissionsIn(db: Db, subject: Subject, fullName: string): Promise<Record<Permission, boolean>> {
  const chain = ancestorsOrSelf(fullName);
  return resolve(subject, chain, isRibbonAdmin(subject) ? new Map() : await rulesOf(db, chain));
}

export async function requirePermission(db: Db, subject: Subject, fullName: string, permission: Permission) {
  if (!(await permissionsIn(db, subject, fullName))[permission]) throw accessDenied(fullName);
}

/**
 * Every directory with the caller's value of one permission, resolved in memory from two bounded
 * queries (all directories, all rules for that permission): no query per directory.
 */
export async function directoriesWhere(db: Db, subject: Subject, permission: Permission): Promise<Directory[]> {
  const [dirs, rules] = await db.batch([
    db.prepare(`select ${DIR_COLUMNS} from r2_directories order by full_name limit ${MAX_DIRECTORIES}`),
    db.prepare(
      `select d.full_name as fullName, a.directory_id as directoryId, a.subject_type as subjectType,
           a.subject_name as subjectName, a.permission, a.allowed
         from r2_access a join r2_directories d on d.id = a.directory_id limit 50000`,
    ),
  ]);
  const all = dirs.results as unknown as Directory[];
  if (isRibbonAdmin(subject)) return all;
  const byDir = new Map<string, AccessRow[]>();
  for (const row of rules.results as unknown as (AccessRow & { fullName: string })[])
    byDir.set(row.fullName, [...(byDir.get(row.fullName) ?? []), row]);
  return all.filter((d) => resolve(subject, ancestorsOrSelf(d.fullName), byDir)[permission]);
}

/** Creates a directory and its missing parents; the check runs on the last existing ancestor. */
export async function createDirectory(db: Db, actor: Actor, fullName: string, description: string | null) {
  if (await findDirectory(db, fullName))
    throw new AppError('BAD_REQUEST', `Directory '${fullName}' already exists`, {
      details: { ribbon2Code: 'INVALID_REQUEST' },
    });
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
      user: actor,
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

export async function updateDirectory(db: Db, actor: Actor, fullName: string, description: string | null) {
  const dir = await requireDirectory(db, fullName);
  await requirePermission(db, actor, fullName, 'canUpdateDir');
  await db.batch([
    db.prepare('update r2_directories set description = ? where id = ?').bind(description, dir.id),
    auditStatement(db, {
      user: actor,
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

/** Deletes a directory with its subtree; messages left without any directory go too. */
export async function deleteDirectory(db: Db, actor: Actor, fullName: string) {
  const dir = await requireDirectory(db, fullName);
  await requirePermission(db, actor, fullName, 'canDeleteDir');
  await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'r2_directories',
      recordId: fullName,
      action: 'DELETE',
      before: dir,
      requestId: actor.requestId,
    }),
    db
      .prepare('delete from r2_directories where id = ? or full_name like ? escape ?')
      .bind(dir.id, `${fullName.replace(/[\\%_]/g, (ch) => `\\${ch}`)}.%`, '\\'),
    db.prepare('delete from r2_messages where id not in (select message_id from r2_message_dirs)'),
  ]);
}

export interface AccessEntry {
  name: string | null;
  type: 'USER' | 'GROUP' | 'ALL';
  permissions: Record<string, boolean>;
}

function invalid(message: string, code = 'PERMISSION_VALIDATION_FAILED'): AppError {
  return new AppError(code.endsWith('NOT_FOUND') ? 'NOT_FOUND' : 'BAD_REQUEST', message, {
    details: { ribbon2Code: code },
  });
}

/** Replaces a directory's rules after validating every entry (all or nothing). */
export async function setAccess(db: Db, actor: Actor, fullName: string, entries: AccessEntry[]) {
  const dir = await requireDirectory(db, fullName);
  await requirePermission(db, actor, fullName, 'canEditAccessDir');
  if (entries.filter((e) => e.type === 'ALL').length > 1) throw invalid('At most one ALL entry is allowed');
  const rows: [string, string, Permission, number][] = [];
  for (const entry of entries) {
    const name = entry.type === 'ALL' ? '' : (entry.name ?? '').trim();
    if (entry.type !== 'ALL' && !name) throw invalid(`A ${entry.type} entry needs a name`);
    if (entry.type === 'USER') {
      const user = await db.prepare('select login from users where lower(login) = lower(?)').bind(name).first();
      if (!user) throw invalid(`User '${name.slice(0, 80)}' not found`, 'USER_NOT_FOUND');
    }
    if (entry.type === 'GROUP') {
      const group = await db.prepare('select name from groups where lower(name) = lower(?)').bind(name).first();
      if (!group) throw invalid(`Group '${name.slice(0, 80)}' not found`, 'GROUP_NOT_FOUND');
    }
    for (const [key, value] of Object.entries(entry.permissions)) {
      const permission = (PERMISSION_ALIASES[key] ?? key) as Permission;
      if (!PERMISSION_KEYS.includes(permission))
        throw invalid(`Permission '${key.slice(0, 80)}' not found`, 'PERMISSION_NOT_FOUND');
      if (typeof value !== 'boolean') throw invalid(`Permission '${key}' must be true or false`);
      rows.push([entry.type, name, permission, value ? 1 : 0]);
    }
  }
  if (rows.length > 500) throw invalid('Too many permission entries');
  await db.batch([
    auditStatement(db, {
      user: actor,
      table: 'r2_access',
      recordId: fullName,
      action: 'UPDATE',
      after: entries,
      requestId: actor.requestId,
    }),
    db.prepare('delete from r2_access where directory_id = ?').bind(dir.id),
    ...rows.map(([type, name, permission, allowed]) =>
      db
        .prepare(
          'insert or replace into r2_access (directory_id, subject_type, subject_name, permission, allowed) values (?, ?, ?, ?, ?)',
        )
        .bind(dir.id, type, name, permission, allowed),
    ),
  ]);
}

export async function getAccess(db: Db, fullName: string): Promise<AccessEntry[]> {
  const dir = await requireDirectory(db, fullName);
  const { results } = await db
    .prepare(
      'select subject_type as type, subject_name as name, permission, allowed from r2_access where directory_id = ? order by subject_type desc, subject_name, permission limit 1000',
    )
    .bind(dir.id)
    .all<{ type: AccessEntry['type']; name: string; permission: string; allowed: number }>();
  const entries = new Map<string, AccessEntry>();
  for (const row of results) {
    const key = `${row.type}:${row.name}`;
    const entry = entries.get(key) ?? { name: row.type === 'ALL' ? null : row.name, type: row.type, permissions: {} };
    entry.permissions[row.permission] = Boolean(row.allowed);
    entries.set(key, entry);
  }
  return [...entries.values()];
}
