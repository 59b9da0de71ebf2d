import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { MESSAGING_RIGHTS, PERMISSION_ALIASES, PERMISSION_KEYS, type Permission } from './access';
import { requireDirectory, requirePermission } from './directories';

type Db = D1Database | D1DatabaseSession;

/** A directory's own access rules: read (directory.view) and replaced (directory.access, canEditAccessDir). */

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

/** Replaces a directory's rules after validating every entry (all or nothing): directory.access, then canEditAccessDir. */
export async function setAccess(db: Db, actor: Actor, fullName: string, entries: AccessEntry[]) {
  requireWrite(actor, MESSAGING_RIGHTS.directoryAccess);
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
      user: auditUser(actor),
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

/** The rules of a directory (directory.view). */
export async function getAccess(db: Db, actor: Actor, fullName: string): Promise<AccessEntry[]> {
  requireRight(actor, MESSAGING_RIGHTS.directoryView);
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
