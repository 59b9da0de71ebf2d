import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { getViewConfig, type SQLiteColumn, SQLiteTable, SQLiteView } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema';
import type { ColumnType } from './types';

/**
 * What the generic APIs may see. The database says which tables and columns exist; this policy says
 * which of them are internal, hidden or read-only, and refines SQLite's loose column types.
 */

/** Tables no generic API reads or writes: identity, security and bookkeeping. Faces reach them through services. */
export const INTERNAL_TABLES = new Set([
  'users',
  'groups',
  'user_groups',
  'rights',
  'group_rights',
  'token_revocations',
  'audit_log',
  'pools',
  'd1_migrations',
  // Liberty's stored queries hold SQL text: reached only through /api/db/query, never as records.
  'ly_qry_fmw',
  'ly_qry_sql',
  'sqlite_sequence',
]);

/**
 * Rows that decide who may do what and where (iDempiere clients, roles, their table, organisation and process
 * access; schedulers, which run a process as their supervisor) and the runs the processes core writes (a
 * forged instance would name another user's outputs): generic writes to them are identity writes, allowed
 * only to a holder of `base.*` (docs/rights.md). The cores write them through their own services.
 */
const SECURITY_TABLES = new Set([
  'ad_client',
  'ad_role',
  'ad_table_access',
  'ad_role_orgaccess',
  'ad_process_access',
  'ad_scheduler',
  'ad_scheduler_para',
  'ad_schedulerlog',
  'ad_pinstance',
  'ad_pinstance_para',
  'ad_pinstance_log',
]);

export function isSecurityTable(name: string): boolean {
  return SECURITY_TABLES.has(name.toLowerCase());
}

/** Columns holding secrets, in any table: never selected, filtered, sorted or written generically. */
const HIDDEN_COLUMN = /(^|_)(password|passwd|pwd|salt|secret|password_hash|api_?key|token_hash|private_key)($|_)/i;

/** Audit columns the database or the core maintains. */
const READ_ONLY_COLUMN =
  /^(created|created_at|createdby|created_by|updated|updated_at|updatedby|updated_by|registration_time)$/i;

export function isHiddenColumn(name: string): boolean {
  return HIDDEN_COLUMN.test(name);
}

export function isReadOnlyColumn(name: string): boolean {
  return READ_ONLY_COLUMN.test(name);
}

/**
 * Faces' own bookkeeping tables (DATAGERRY `dg_*`, Ribbon2 `r2_*`, workflow `wf_*`, Atrium `atrium_*`):
 * reached through their services, which apply their own access rules, never through generic table access.
 */
const INTERNAL_PREFIXES = ['sqlite_', '_cf_', 'dg_', 'r2_', 'wf_', 'atrium_'];

export function isInternalTable(name: string): boolean {
  const lower = name.toLowerCase();
  return INTERNAL_TABLES.has(lower) || INTERNAL_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** SQLite declared type → registry type (affinity rules, plus the names drizzle and DDL authors use). */
export function typeFromDeclared(declared: string): ColumnType {
  const t = declared.toUpperCase();
  if (t.includes('BOOL')) return 'boolean';
  if (t.includes('DATE') || t.includes('TIME')) return 'timestamp';
  if (t.includes('JSON')) return 'json';
  if (t.includes('INT')) return 'integer';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'text';
  if (t.includes('BLOB') || t === '') return t === '' ? 'text' : 'blob';
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB') || t.includes('NUM') || t.includes('DEC'))
    return 'real';
  return 'text';
}

const DRIZZLE_TYPES: Record<string, ColumnType> = {
  SQLiteBoolean: 'boolean',
  SQLiteTimestamp: 'timestamp',
  SQLiteTextJson: 'json',
  SQLiteBlobJson: 'json',
  SQLiteReal: 'real',
  SQLiteNumeric: 'real',
};

let hints: Map<string, ColumnType> | undefined;

/**
 * `table.column` → type, from drizzle's schema where SQLite's declared type is too loose (booleans, json).
 * A view's columns all come from its drizzle declaration: SQLite reports a view column's source type
 * (`AD_User.IsActive` is the user store's integer `enabled`), not what the view means.
 */
export function drizzleTypeHints(): Map<string, ColumnType> {
  if (hints) return hints;
  hints = new Map();
  for (const value of Object.values(schema)) {
    if (is(value, SQLiteView)) {
      const { name, selectedFields } = getViewConfig(value);
      for (const column of Object.values(selectedFields) as SQLiteColumn[])
        hints.set(`${name}.${column.name}`, DRIZZLE_TYPES[column.columnType] ?? typeFromDeclared(column.getSQLType()));
      continue;
    }
    if (!is(value, SQLiteTable)) continue;
    const table = getTableName(value);
    for (const column of Object.values(getTableColumns(value))) {
      const type = DRIZZLE_TYPES[column.columnType];
      if (type) hints.set(`${table}.${column.name}`, type);
    }
  }
  return hints;
}

/**
 * Foreign keys the registry adds where the tables declare none: iDempiere's dictionary links these columns,
 * but the tables cannot declare them: the tenant columns hold 0 (System, `*`) in rows of any client, and
 * users are the AD_User view over the user store (a foreign key cannot name a view), so who created or
 * changed a row, a sales representative or a contact are linked here; so are the AD_User view's own links.
 * The faces render them like declared ones (`{propertyLabel, id, identifier}`); the value 0 needs no row.
 */
export const IMPLICIT_FOREIGN_KEYS: readonly { column: string; table: string }[] = [
  { column: 'AD_Client_ID', table: 'AD_Client' },
  { column: 'AD_Org_ID', table: 'AD_Org' },
  { column: 'CreatedBy', table: 'AD_User' },
  { column: 'UpdatedBy', table: 'AD_User' },
  { column: 'AD_User_ID', table: 'AD_User' },
  { column: 'SalesRep_ID', table: 'AD_User' },
  { column: 'C_BPartner_ID', table: 'C_BPartner' },
  { column: 'C_Job_ID', table: 'C_Job' },
  { column: 'AD_Image_ID', table: 'AD_Image' },
];
