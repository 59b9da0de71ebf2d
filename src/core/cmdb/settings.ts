import { AppError } from '../../lib/errors';
import { type Actor, inAdminGroup } from '../identity/actor';
import { auditStatement } from '../ops/audit';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY user settings: `{identifier, user_id, payload, setting_type}` per user. The `*UserSetting(s)`
 * functions decide from the core Actor (own settings, or a member of the admin group; a read-only user
 * changes only its own); the plain ones below them do not check and are kept only until the DATAGERRY users face
 * calls the checked ones.
 */
export interface Setting {
  identifier: string;
  user_id: number;
  payload: unknown;
  setting_type: string;
}

interface Row {
  identifier: string;
  user_id: number;
  payload: string;
  setting_type: string;
}

const parse = (r: Row): Setting => ({ ...r, payload: JSON.parse(r.payload) });
const COLUMNS = 'identifier, user_id, payload, setting_type';

async function listSettings(db: Db, userId: number): Promise<Setting[]> {
  const { results } = await db
    .prepare(`select ${COLUMNS} from dg_settings where user_id = ? order by identifier limit 500`)
    .bind(userId)
    .all<Row>();
  return results.map(parse);
}

async function getSetting(db: Db, userId: number, identifier: string): Promise<Setting> {
  const row = await db
    .prepare(`select ${COLUMNS} from dg_settings where user_id = ? and identifier = ?`)
    .bind(userId, identifier)
    .first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Setting ${identifier} not found`);
  return parse(row);
}

async function saveSetting(
  db: Db,
  actor: { userId: number; login: string; requestId?: string },
  setting: Setting,
  mode: 'insert' | 'update',
): Promise<Setting> {
  const exists = await db
    .prepare('select 1 from dg_settings where user_id = ? and identifier = ?')
    .bind(setting.user_id, setting.identifier)
    .first();
  if (mode === 'insert' && exists) throw new AppError('CONFLICT', `Setting ${setting.identifier} already exists`);
  if (mode === 'update' && !exists) throw new AppError('NOT_FOUND', `Setting ${setting.identifier} not found`);
  const payload = JSON.stringify(setting.payload ?? {});
  if (payload.length > 100_000) throw new AppError('BAD_REQUEST', 'Setting payload too large');
  await db.batch([
    db
      .prepare('insert or replace into dg_settings (user_id, identifier, payload, setting_type) values (?, ?, ?, ?)')
      .bind(setting.user_id, setting.identifier, payload, setting.setting_type),
    auditStatement(db, {
      user: actor,
      table: 'dg_settings',
      recordId: `${setting.user_id}:${setting.identifier}`,
      action: mode === 'insert' ? 'INSERT' : 'UPDATE',
      after: setting,
      requestId: actor.requestId,
    }),
  ]);
  return { ...setting, payload: setting.payload ?? {} };
}

async function deleteSetting(
  db: Db,
  actor: { userId: number; login: string; requestId?: string },
  userId: number,
  identifier: string,
): Promise<Setting> {
  const before = await getSetting(db, userId, identifier);
  await db.batch([
    db.prepare('delete from dg_settings where user_id = ? and identifier = ?').bind(userId, identifier),
    auditStatement(db, {
      user: actor,
      table: 'dg_settings',
      recordId: `${userId}:${identifier}`,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
  ]);
  return before;
}

/**
 * A user reaches only their own settings, unless in the admin group. A read-only user writes its own (they
 * are its preferences, not data: DATAGERRY's UI saves table settings for every user), no one else's.
 */
function requireSettingsAccess(actor: Actor, userId: number, write: boolean): void {
  if (actor.userId !== userId && !inAdminGroup(actor)) throw new AppError('FORBIDDEN', 'Settings of another user');
  if (write && actor.readOnly && actor.userId !== userId) throw new AppError('FORBIDDEN', 'Read-only user');
}

export async function listUserSettings(db: Db, actor: Actor, userId: number): Promise<Setting[]> {
  requireSettingsAccess(actor, userId, false);
  return listSettings(db, userId);
}

export async function readUserSetting(db: Db, actor: Actor, userId: number, identifier: string): Promise<Setting> {
  requireSettingsAccess(actor, userId, false);
  return getSetting(db, userId, identifier);
}

export async function saveUserSetting(
  db: Db,
  actor: Actor,
  setting: Setting,
  mode: 'insert' | 'update',
): Promise<Setting> {
  requireSettingsAccess(actor, setting.user_id, true);
  return saveSetting(db, actor, setting, mode);
}

export async function deleteUserSetting(db: Db, actor: Actor, userId: number, identifier: string): Promise<Setting> {
  requireSettingsAccess(actor, userId, true);
  return deleteSetting(db, actor, userId, identifier);
}
