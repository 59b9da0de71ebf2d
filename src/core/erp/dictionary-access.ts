import type { DataAccess } from '../../db/data-access';
import { isAdmin, type Principal } from '../identity/principal';
import type { RecordContext } from '../records/scope';

/**
 * Which windows and info windows the session's role may open (iDempiere's AD_Window_Access, with IsReadWrite,
 * and AD_InfoWindow_Access): read once per request. Core admins open every one, read and write, as they hold
 * every role; a token without a role (another face's) opens none. The role must still be held: memberships may
 * have changed since the token was issued (as for table access, context.ts).
 */
export interface DictionaryAccess {
  window(id: number): 'read' | 'write' | null;
  info(id: number): boolean;
}

const ALL: DictionaryAccess = { window: () => 'write', info: () => true };
const NONE: DictionaryAccess = { window: () => null, info: () => false };

export async function dictionaryAccess(data: DataAccess, principal: Principal): Promise<DictionaryAccess> {
  if (isAdmin(principal)) return ALL;
  const roleId = Number(principal.claims.role);
  if (!Number.isSafeInteger(roleId)) return NONE;
  const [role, windows, infos] = await data
    .d1()
    .batch<Record<string, unknown>>([
      data
        .d1()
        .prepare('select Group_Name as groupName from AD_Role where AD_Role_ID = ? and IsActive = 1')
        .bind(roleId),
      data
        .d1()
        .prepare(
          'select AD_Window_ID as id, IsReadWrite as rw from AD_Window_Access where AD_Role_ID = ? and IsActive = 1',
        )
        .bind(roleId),
      data
        .d1()
        .prepare('select AD_InfoWindow_ID as id from AD_InfoWindow_Access where AD_Role_ID = ? and IsActive = 1')
        .bind(roleId),
    ]);
  const groupName = String(role.results[0]?.groupName ?? '').toLowerCase();
  if (!groupName || !principal.groups.some((g) => g.name.toLowerCase() === groupName)) return NONE;
  const byWindow = new Map(windows.results.map((r) => [Number(r.id), r.rw ? ('write' as const) : ('read' as const)]));
  const byInfo = new Set(infos.results.map((r) => Number(r.id)));
  return { window: (id) => byWindow.get(id) ?? null, info: (id) => byInfo.has(id) };
}

/**
 * The context dictionary definitions are read with: the caller's rights and tenant (client 0's rows and its
 * own), without the role's table access, which is about records. Opening a window or an info window is decided
 * by DictionaryAccess; the records shown through them are read with the full context, table access included.
 */
export function definitionContext(ctx: RecordContext): RecordContext {
  return { ...ctx, narrow: undefined };
}
