import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import type { Actor } from '../identity/actor';
import { findColumn } from './registry';
import { ident } from './sql';
import type { TableInfo } from './types';
import type { ColumnWrite } from './values';

/**
 * Who reads and writes generic records, and within which tenant. The records service takes one on every
 * call, so no route can forget the rights check or the tenant boundary.
 *
 * A tenant scope is iDempiere's: rows of a table with `AD_Client_ID` belong to one client; a session sees
 * its own client's rows and client 0's shared rows (read-only), writes only its own, and every insert
 * takes the session's client whatever the body says. With `AD_Org_ID`, rows outside the session's
 * organisations (its role's, plus 0 = `*`) do not exist either.
 */
export interface RecordScope {
  clientId: number;
  /**
   * The role's organisations are its client's (plus 0 = `*`): rows of other organisations do not exist.
   * Computed in SQL from AD_Org, so the boundary costs no extra round trip.
   */
  orgsOfClient?: boolean;
  /**
   * The session's role: its organisations are the ones it may use (iDempiere's AD_Role.IsAccessAllOrgs, else
   * AD_Role_OrgAccess; the `atrium_role_orgs` view), plus 0; writes skip the read-only ones. Without a role
   * (a token of another face), the client's organisations (`orgsOfClient`).
   */
  roleId?: number;
  /** The organisation new rows get when the body names none. */
  defaultOrgId?: number;
}

export const SHARED_CLIENT = 0;

export interface RecordContext {
  data: DataAccess;
  pool: string;
  actor: Actor;
  /** `unscoped`: a pool without tenants (tests, tools); every iDempiere call passes its session's scope. */
  scope: RecordScope | 'unscoped';
  /**
   * The face's narrowing rule (iDempiere: the role's table access), asked before every read or write of a
   * table: it may refuse what the core rights allow, never allow more.
   */
  narrow?: (table: TableInfo, need: 'read' | 'write') => Promise<void>;
  /**
   * The face's rules for new and changed rows (iDempiere: document and line numbers, quantities): given a
   * write's columns, the columns it adds (only columns not written yet, never tenant columns).
   */
  rules?: (table: TableInfo, writes: readonly ColumnWrite[], mode: 'insert' | 'update') => ColumnWrite[];
}

export const CLIENT_COLUMN = 'AD_Client_ID';
export const ORG_COLUMN = 'AD_Org_ID';

function qualified(name: string, alias?: string): SQL {
  return alias ? sql`${ident(alias)}.${ident(name)}` : ident(name);
}

/**
 * The tenant condition for rows of `table` (undefined when the table or the context has no tenant):
 * `read` includes client 0's shared rows, `write` only the session's own client.
 */
export function scopeCondition(
  table: TableInfo,
  scope: RecordContext['scope'],
  mode: 'read' | 'write',
  alias?: string,
): SQL | undefined {
  if (scope === 'unscoped') return undefined;
  const parts: SQL[] = [];
  const client = findColumn(table, CLIENT_COLUMN);
  if (client) {
    const column = qualified(client.name, alias);
    parts.push(
      mode === 'read'
        ? sql`${column} in (${scope.clientId}, ${sql.raw(String(SHARED_CLIENT))})`
        : sql`${column} = ${scope.clientId}`,
    );
  }
  const org = findColumn(table, ORG_COLUMN);
  if (org && scope.orgsOfClient) parts.push(orgCondition(qualified(org.name, alias), scope, mode));
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}

/**
 * An organisation column holds 0 (`*`) or an organisation the session may use: the role's (for writing, not
 * the ones it may only read), or without a role, any of the client's.
 */
export function orgCondition(column: SQL, scope: RecordScope, mode: 'read' | 'write'): SQL {
  if (scope.roleId !== undefined)
    return sql`(${column} = 0 or ${column} in (select ro.AD_Org_ID from atrium_role_orgs ro where ro.AD_Role_ID = ${scope.roleId}${mode === 'write' ? sql` and ro.IsReadOnly = 0` : sql``}))`;
  return sql`(${column} = 0 or ${column} in (select o.AD_Org_ID from AD_Org o where o.AD_Client_ID = ${scope.clientId}))`;
}

/** `a and b`, skipping the undefined ones. */
export function allOf(...conditions: (SQL | undefined)[]): SQL | undefined {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  if (present.length === 0) return undefined;
  return present.length === 1
    ? present[0]
    : sql.join(
        present.map((c) => sql`(${c})`),
        sql` and `,
      );
}
