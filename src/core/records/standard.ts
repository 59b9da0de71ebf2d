import { type Actor, auditUser } from '../identity/actor';
import { findColumn } from './registry';
import { sql } from './sql';
import type { TableInfo } from './types';
import type { ColumnWrite } from './values';

/**
 * iDempiere's standard columns, kept by the core on every generic write (src/db/schema/standard.ts declares
 * them). Driven by the registry: any table that has the column gets it, whatever face writes it. On insert
 * `CreatedBy` and `UpdatedBy` are the caller's user id (0 = System: bootstrap, loaders), `Created` and
 * `Updated` the database's now (their defaults); on update `UpdatedBy` and `Updated`. Clients never set them:
 * they are read-only columns (policy.ts), and these writes win over anything a caller computed.
 * `<Table>_UU` and the tenant columns are the insert's and the scope's (writes.ts).
 */

const NOW = sql`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export function standardWrites(table: TableInfo, actor: Actor, mode: 'insert' | 'update'): ColumnWrite[] {
  const by = auditUser(actor)?.userId ?? 0;
  const out: ColumnWrite[] = [];
  const createdBy = mode === 'insert' ? findColumn(table, 'CreatedBy') : undefined;
  const updatedBy = findColumn(table, 'UpdatedBy');
  const updated = mode === 'update' ? findColumn(table, 'Updated') : undefined;
  if (createdBy?.type === 'integer') out.push({ column: createdBy, value: by });
  if (updatedBy?.type === 'integer') out.push({ column: updatedBy, value: by });
  if (updated?.type === 'timestamp') out.push({ column: updated, value: NOW });
  return out;
}

/** `writes` with the standard columns' values replacing any given for them. */
export function withStandardColumns(
  table: TableInfo,
  actor: Actor,
  mode: 'insert' | 'update',
  writes: ColumnWrite[],
): ColumnWrite[] {
  const standard = standardWrites(table, actor, mode);
  return [...writes.filter((w) => !standard.some((s) => s.column === w.column)), ...standard];
}

/** What a failed unique key means: `A C_BPartner with this Value already exists` (the tenant left out). */
export function duplicateMessage(error: string): string | undefined {
  const m = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/i.exec(error);
  if (!m) return undefined;
  const columns = m[1].split(', ');
  const table = columns[0].split('.')[0];
  const names = columns.map((c) => c.split('.').pop() as string).filter((c) => c !== 'AD_Client_ID');
  return `A ${table} record with this ${names.join(' and ')} already exists`;
}
