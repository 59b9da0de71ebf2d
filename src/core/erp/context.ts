import type { DataAccess } from '../../db/data-access';
import { DEFAULT_POOL } from '../../db/pools';
import { AppError } from '../../lib/errors';
import { actorFromPrincipal, holds, requireRight } from '../identity/actor';
import { isAdmin, type Principal } from '../identity/principal';
import type { RecordContext, RecordScope } from '../records/scope';
import type { TableInfo } from '../records/types';
import { documentRules } from './documents';

/**
 * iDempiere's login context over the one identity store: a role is granted by membership of the core
 * group named in `AD_Role.Group_Name`; members of the core admin group hold every role. Clients,
 * organizations and warehouses are small tables of their own.
 */

export interface NamedId {
  id: number;
  name: string;
}

export interface RoleRow {
  id: number;
  name: string;
  clientId: number;
  groupName: string;
  accessAll: boolean;
  /** May log in to organisation 0 (`*`). */
  accessAllOrgs: boolean;
}

type Groups = Pick<Principal, 'groups'>;
/** Who asks for roles: memberships, core admin, holder of base.* (the System client's roles). */
export type RoleHolder = Groups & { admin: boolean; system?: boolean };

function groupNames(principal: Groups): string[] {
  return principal.groups.map((g) => g.name.toLowerCase());
}

/** The System client's roles (client 0) are for holders of base.* only; others by group, or any for admins. */
function heldBy(principal: RoleHolder, role: RoleRow): boolean {
  if (role.clientId === SYSTEM_CLIENT) return principal.system === true;
  return principal.admin || groupNames(principal).includes(role.groupName.toLowerCase());
}

/** iDempiere's System client (0): the data every client shares; its roles administer the system. */
export const SYSTEM_CLIENT = 0;

async function allRoles(data: DataAccess): Promise<RoleRow[]> {
  const { results } = await data
    .d1()
    .prepare(
      `select AD_Role_ID as id, Name as name, AD_Client_ID as clientId, Group_Name as groupName, IsAccessAllTables as accessAll,
         IsAccessAllOrgs as accessAllOrgs
       from AD_Role where IsActive = 1 order by AD_Role_ID limit 500`,
    )
    .all<RoleRow>();
  return results.map((r) => ({ ...r, accessAll: Boolean(r.accessAll), accessAllOrgs: Boolean(r.accessAllOrgs) }));
}

/** Roles the user holds, optionally within one client. */
export async function rolesOf(data: DataAccess, principal: RoleHolder, clientId?: number): Promise<RoleRow[]> {
  return (await allRoles(data)).filter(
    (r) => heldBy(principal, r) && (clientId === undefined || r.clientId === clientId),
  );
}

/** The clients of the roles the user holds: tenants first, the System client last. */
export async function clientsOf(data: DataAccess, principal: RoleHolder): Promise<NamedId[]> {
  const ids = [...new Set((await rolesOf(data, principal)).map((r) => r.clientId))];
  if (ids.length === 0) return [];
  const { results } = await data
    .d1()
    .prepare(
      `select AD_Client_ID as id, Name as name from AD_Client where IsActive = 1 and AD_Client_ID in (${ids.map(() => '?').join(',')}) order by AD_Client_ID = 0, AD_Client_ID`,
    )
    .bind(...ids.slice(0, 90))
    .all<NamedId>();
  return results;
}

/** Organisation 0: every organisation of the client (iDempiere's `*`); it has no AD_Org row here. */
export const ALL_ORGS: NamedId = { id: 0, name: '*' };

/**
 * The client's organisations a role may log in to: `*` first for a role with access to all of them, else the
 * ones its AD_Role_OrgAccess grants (the `atrium_role_orgs` view, as the records scope reads it).
 */
export async function organizationsOf(
  data: DataAccess,
  clientId: number,
  role?: Pick<RoleRow, 'id' | 'accessAllOrgs'>,
): Promise<NamedId[]> {
  const restricted = role !== undefined && !role.accessAllOrgs;
  const { results } = await data
    .d1()
    .prepare(
      `select AD_Org_ID as id, Name as name from AD_Org where IsActive = 1 and AD_Client_ID = ? and AD_Org_ID <> 0
       ${restricted ? 'and AD_Org_ID in (select AD_Org_ID from atrium_role_orgs where AD_Role_ID = ?)' : ''}
       order by AD_Org_ID limit 500`,
    )
    .bind(...(restricted ? [clientId, role.id] : [clientId]))
    .all<NamedId>();
  return role?.accessAllOrgs ? [ALL_ORGS, ...results] : results;
}

export async function warehousesOf(data: DataAccess, clientId: number, orgId: number): Promise<NamedId[]> {
  const { results } = await data
    .d1()
    .prepare(
      'select M_Warehouse_ID as id, Name as name from M_Warehouse where IsActive = 1 and AD_Client_ID = ? and AD_Org_ID = ? order by M_Warehouse_ID limit 500',
    )
    .bind(clientId, orgId)
    .all<NamedId>();
  return results;
}

export async function clientLanguage(data: DataAccess, clientId: number): Promise<string | null> {
  const row = await data
    .d1()
    .prepare('select AD_Language as lang from AD_Client where AD_Client_ID = ? and IsActive = 1')
    .bind(clientId)
    .first<{ lang: string }>();
  return row?.lang ?? null;
}

/** A login parameter given as an id or as a name (the original accepts both). */
export function pickByIdOrName<T extends NamedId>(items: T[], wanted: number | string | undefined): T | undefined {
  if (wanted === undefined) return items[0];
  return items.find((i) => i.id === Number(wanted) || i.name.toLowerCase() === String(wanted).toLowerCase());
}

export type TableAccess = 'write' | 'read' | null;

/**
 * What the token's role may do with a table: core admins and "access all" roles everything; other roles
 * what AD_Table_Access grants (IsReadOnly: read only). A token without a role (issued by another face)
 * has admin access for admins and none otherwise.
 */
export async function tableAccess(data: DataAccess, principal: Principal, tableName: string): Promise<TableAccess> {
  if (isAdmin(principal)) return 'write';
  const roleId = Number(principal.claims.role);
  if (!Number.isSafeInteger(roleId)) return null;
  const row = await data
    .d1()
    .prepare(
      `select r.Group_Name as groupName, r.IsAccessAllTables as accessAll, a.IsReadOnly as readOnly
       from AD_Role r left join AD_Table_Access a
         on a.AD_Role_ID = r.AD_Role_ID and lower(a.TableName) = lower(?) and a.IsActive = 1
       where r.AD_Role_ID = ? and r.IsActive = 1`,
    )
    .bind(tableName, roleId)
    .first<{ groupName: string; accessAll: number; readOnly: number | null }>();
  // The role must still be held: memberships may have changed since the token was issued.
  if (!row || !groupNames(principal).includes(row.groupName.toLowerCase())) return null;
  if (row.accessAll) return 'write';
  if (row.readOnly === null) return null;
  return row.readOnly ? 'read' : 'write';
}

/**
 * iDempiere's tables, by their entity prefixes (AD_ application dictionary, C_ core, M_ material, REST_ the REST
 * plugin's views, …). Other tables of the pool (Liberty's LY_*, anything not iDempiere's) are not models:
 * /api/v1/models answers them as unknown, whoever asks (docs/decisions.md, "Security and robustness, third round").
 */
const ERP_TABLE = /^(?:A|AD|ASP|B|C|CM|DD|FA|Fact|GL|HR|I|K|M|MP|PA|PP|QM|R|REST|RV|S|T|U|W|X)_[A-Za-z0-9_]+$/;

/** The user store's views (users, and the roles they hold): reading them needs the user-view right. */
const USER_TABLES = new Set(['ad_user', 'ad_user_roles']);

export function isErpTable(name: string): boolean {
  return ERP_TABLE.test(name);
}

/** The WHERE fragment of a stored validation rule (by id or uuid): the System's or the session's client's. */
export async function validationRule(data: DataAccess, idOrUu: string, clientId?: number): Promise<string> {
  const row = await data
    .d1()
    .prepare(
      'select Code as code from AD_Val_Rule where (AD_Val_Rule_ID = ? or AD_Val_Rule_UU = ?) and IsActive = 1 and (? is null or AD_Client_ID in (0, ?))',
    )
    .bind(Number(idOrUu) || -1, idOrUu, clientId ?? null, clientId ?? null)
    .first<{ code: string }>();
  if (!row) throw new AppError('NOT_FOUND', `Validation rule ${idOrUu.slice(0, 40)} not found`);
  return row.code;
}

/**
 * The records context of an iDempiere call: the actor, the session's tenant (its client, that client's
 * organisations and 0, the session's organisation for new rows) and the role's table access as the
 * narrowing rule, checked once per table and request, and the document rules for new and changed rows
 * (documents.ts). A token without a client (issued by another face) is unscoped only for a holder of
 * `base.*` (the system administrator sees every client, as iDempiere's System client does); for anyone else
 * it sees no tenant data.
 */
export function erpRecordContext(data: DataAccess, principal: Principal, requestId?: string) {
  const actor = actorFromPrincipal(principal, requestId);
  const clientId = Number(principal.claims.client);
  let scope: RecordScope | 'unscoped';
  if (Number.isSafeInteger(clientId)) {
    const orgId = Number(principal.claims.org);
    const roleId = Number(principal.claims.role);
    scope = {
      clientId,
      orgsOfClient: true,
      ...(Number.isSafeInteger(roleId) ? { roleId } : {}),
      defaultOrgId: Number.isSafeInteger(orgId) ? orgId : 0,
    };
  } else scope = holds(actor, 'base.*') ? 'unscoped' : { clientId: -1, orgsOfClient: true };
  const checked = new Map<string, Promise<TableAccess>>();
  const narrow = async (table: TableInfo, need: 'read' | 'write') => {
    if (!isErpTable(table.name)) throw new AppError('NOT_FOUND', `Table '${table.name.slice(0, 64)}' not found`);
    // AD_User is the one user store: reading it needs the user-view right, as on every face.
    if (USER_TABLES.has(table.name.toLowerCase())) requireRight(actor, 'base.user-management.user.view');
    let access = checked.get(table.name);
    if (!access) {
      access = tableAccess(data, principal, table.name);
      checked.set(table.name, access);
    }
    const granted = await access;
    if (granted === null || (need === 'write' && granted === 'read'))
      throw new AppError('FORBIDDEN', `No ${need} access to table ${table.name.slice(0, 64)}`);
  };
  return {
    data,
    pool: DEFAULT_POOL,
    actor,
    scope,
    narrow,
    rules: documentRules,
  } satisfies RecordContext as RecordContext;
}
