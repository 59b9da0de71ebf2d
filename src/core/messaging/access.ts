import { AppError } from '../../lib/errors';
import type { Actor } from '../identity/actor';
import { ADMIN_GROUP_ID } from '../identity/rights';

/**
 * Ribbon2 directory permissions. Resolution, as the original: the nearest ancestor-or-self directory
 * that has rules decides alone; in it a grant to the user or to one of their groups allows, else an
 * explicit false (user or group) denies, else the ALL entry decides, else the permission's default.
 * Members of `Admins` and of the core admin group hold every permission everywhere.
 *
 * These permissions only narrow: every messaging operation first needs the core right for its verb
 * (`MESSAGING_RIGHTS`, checked by the services with the caller's core Actor), then the directory rule.
 */

/** The core right each messaging verb needs (docs/rights.md, Ribbon2 section). */
export const MESSAGING_RIGHTS = {
  directoryView: 'base.framework.directory.view',
  directoryAdd: 'base.framework.directory.add',
  directoryEdit: 'base.framework.directory.edit',
  directoryDelete: 'base.framework.directory.delete',
  directoryAccess: 'base.framework.directory.access',
  messageView: 'base.framework.message.view',
  messageAdd: 'base.framework.message.add',
  messageEdit: 'base.framework.message.edit',
  messageDelete: 'base.framework.message.delete',
  ioView: 'base.framework.io.view',
  ioEdit: 'base.framework.io.edit',
} as const;

export const PERMISSIONS = {
  canCreateDir: false,
  canUpdateDir: false,
  canDeleteDir: false,
  canEditAccessDir: false,
  canReadMessage: true,
  canCreateMessage: false,
  canUpdateMessage: false,
  canDeleteMessage: false,
} as const;
export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as Permission[];
/** The seed also writes `canEditDirAccess`. */
export const PERMISSION_ALIASES: Record<string, Permission> = { canEditDirAccess: 'canEditAccessDir' };

export const ADMINS_GROUP = 'Admins';

/** What permission resolution reads of the caller. */
type Subject = Pick<Actor, 'login' | 'groups'>;

export interface AccessRow {
  directoryId: number;
  subjectType: 'USER' | 'GROUP' | 'ALL';
  subjectName: string;
  permission: string;
  allowed: number;
}

export function isRibbonAdmin(subject: Pick<Actor, 'groups'>): boolean {
  return subject.groups.some((g) => g.id === ADMIN_GROUP_ID || g.name.toLowerCase() === ADMINS_GROUP.toLowerCase());
}

/** `System.Test.Deep` → `['System.Test.Deep', 'System.Test', 'System']`. */
export function ancestorsOrSelf(fullName: string): string[] {
  const parts = fullName.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

const PATH = /^[\p{L}\p{N}_ -]{1,64}(\.[\p{L}\p{N}_ -]{1,64}){0,15}$/u;

/** A directory path as routes take it, trimmed. A malformed one names no directory: DIRECTORY_NOT_FOUND. */
export function normalizePath(path: string): string {
  const trimmed = path.trim();
  if (!PATH.test(trimmed))
    throw new AppError('NOT_FOUND', `Directory '${trimmed.slice(0, 200)}' not found`, {
      details: { ribbon2Code: 'DIRECTORY_NOT_FOUND' },
    });
  return trimmed;
}

/** The full name of a directory to create, trimmed; a malformed one is refused (the seed has no code for it). */
export function newDirectoryPath(path: string): string {
  const trimmed = path.trim();
  if (!PATH.test(trimmed)) throw new AppError('BAD_REQUEST', 'Invalid directory path');
  return trimmed;
}

/**
 * Effective permissions in one directory, given the rules of its chain: `rulesByDir` maps directory
 * full name → its rows, `chain` is the directory's ancestors-or-self, nearest first.
 */
export function resolve(
  subject: Subject,
  chain: string[],
  rulesByDir: Map<string, AccessRow[]>,
): Record<Permission, boolean> {
  const result = {} as Record<Permission, boolean>;
  if (isRibbonAdmin(subject)) {
    for (const key of PERMISSION_KEYS) result[key] = true;
    return result;
  }
  const decisive = chain.map((name) => rulesByDir.get(name)).find((rows) => rows && rows.length > 0) ?? [];
  const login = subject.login.toLowerCase();
  const groups = new Set(subject.groups.map((g) => g.name.toLowerCase()));
  for (const key of PERMISSION_KEYS) {
    const rows = decisive.filter((r) => r.permission === key);
    const mine = rows.filter(
      (r) =>
        (r.subjectType === 'USER' && r.subjectName.toLowerCase() === login) ||
        (r.subjectType === 'GROUP' && groups.has(r.subjectName.toLowerCase())),
    );
    const all = rows.find((r) => r.subjectType === 'ALL');
    if (mine.some((r) => r.allowed)) result[key] = true;
    else if (mine.length > 0) result[key] = false;
    else if (all) result[key] = Boolean(all.allowed);
    else result[key] = PERMISSIONS[key];
  }
  return result;
}
