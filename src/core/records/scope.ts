import type { SQL } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import type { Actor } from '../identity/actor';
import { grants } from '../identity/rights';
import { findColumn } from './registry';
import { ident, prepare, sql } from './sql';
import type { TableInfo } from './types';
import type { ColumnWrite } from './values';

/**
 * Who reads and writes generic records, and within which tenant. The records service takes one on every
 * call, so no route can forget the rights check or the tenant boundary.
 *
 * A tenant scope is iDempiere's: rows of a table with `AD_Client_ID` belong to one client; a session sees
 * its own client's rows and client 0's shared rows (read-only), writes only its own, and every insert
 * takes the session's client whatever the body says. With `AD_Org_ID`, rows outside the session's
 * organisations (its role's, plus 0 = `*`) do not exist either. A table without a client column whose
 * rows reference a tenant's row (`TableInfo.owner`: AD_Table_Access → AD_Role) is scoped through that
 * row's client. Any other table without a client column is system data, like client 0's rows: a tenant
 * session reads it and never writes it (`mayWriteSystemData`).
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
  // Client 0 is a constant, not a bound value: label lookups add a scope per foreign key (D1 binds at most 100).
  const clients =
    mode === 'read' ? sql`in (${scope.clientId}, ${sql.raw(String(SHARED_CLIENT))})` : sql`= ${scope.clientId}`;
  const client = findColumn(table, CLIENT_COLUMN);
  if (client) parts.push(sql`${qualified(client.name, alias)} ${clients}`);
  else if (table.owner) {
    const { column, table: owner, references } = table.owner;
    parts.push(
      sql`${qualified(column, alias)} in (select o.${ident(references)} from ${ident(owner)} o where o.${ident(CLIENT_COLUMN)} ${clients})`,
    );
  }
  const org = findColumn(table, ORG_COLUMN);
  if (org && scope.orgsOfClient) parts.push(orgCondition(qualified(org.name, alias), scope, mode));
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}

/** System data: rows no tenant owns (a table without a client column or owner). */
export function isSystemTable(table: TableInfo): boolean {
  return !findColumn(table, CLIENT_COLUMN) && !table.owner;
}

/**
 * Who writes system data (system tables, client 0's rows): a holder of `base.*` outside any tenant
 * (unscoped) or in the System tenant (0); never a tenant session.
 */
export function mayWriteSystemData(ctx: Pick<RecordContext, 'scope' | 'actor'>): boolean {
  return (ctx.scope === 'unscoped' || ctx.scope.clientId === SHARED_CLIENT) && grants(ctx.actor.rights, 'base.*');
}

/** Where a row lives, as a write saw it: its client and organisation, or the key of its owning row. */
export interface RowTenant {
  client?: number | null;
  org?: number | null;
  owner?: unknown;
}

/** The tenant of a written (or deleted) row, from its returned values; undefined for system data. */
export function rowTenant(table: TableInfo, row: Record<string, unknown>): RowTenant | undefined {
  const client = findColumn(table, CLIENT_COLUMN);
  if (client) {
    const org = findColumn(table, ORG_COLUMN);
    return { client: row[client.name] as number | null, org: org ? (row[org.name] as number | null) : null };
  }
  return table.owner ? { owner: row[table.owner.column] ?? null } : undefined;
}

/**
 * Whether the context's tenant scope holds a row that lives at `tenant` (checked for rows that are gone, such
 * as a deletion published to the live feed): its client is the session's or 0, its organisation one the
 * session may see, or its owning row is the session's. System data is everyone's; a tenant row whose tenant
 * is unknown is nobody's but an unscoped reader's.
 */
export async function scopeHoldsRow(
  ctx: Pick<RecordContext, 'scope' | 'data' | 'pool'>,
  table: TableInfo,
  tenant: RowTenant | undefined,
): Promise<boolean> {
  if (ctx.scope === 'unscoped' || isSystemTable(table)) return true;
  const { clientId, orgsOfClient } = ctx.scope;
  let check: SQL;
  if (findColumn(table, CLIENT_COLUMN)) {
    if (tenant?.client !== clientId && tenant?.client !== SHARED_CLIENT) return false;
    if (!orgsOfClient || !tenant.org) return true;
    check = orgCondition(sql`${tenant.org}`, ctx.scope, 'read');
  } else {
    const owner = table.owner as NonNullable<TableInfo['owner']>;
    if (tenant?.owner === undefined || tenant.owner === null) return false;
    check = sql`exists (select 1 from ${ident(owner.table)} o where o.${ident(owner.references)} = ${tenant.owner} and o.${ident(CLIENT_COLUMN)} in (${clientId}, ${SHARED_CLIENT}))`;
  }
  const row = await prepare(ctx.data.d1(ctx.pool), sql`select ${check} as ok`).first<{ ok: number }>();
  return Boolean(row?.ok);
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
