import type { SQL } from 'drizzle-orm';
import type { VersionKey } from '../ops/versions';
import { findRecord, type RecordContext, type Row } from './service';
import { ident, sql, stable } from './sql';
import type { TableInfo } from './types';
import { singleKey, toStored } from './values';

/**
 * Records' versions (core/ops/versions.ts has the model): a record is audited under its table's name and
 * its key as text (writes.ts). AD_User is the one user store, audited by the identity core as `users`, so
 * a user has one version (one ETag) on every face.
 */
export function auditTableOf(table: TableInfo): string {
  return table.name.toLowerCase() === 'ad_user' ? 'users' : table.name;
}

export function recordVersionKey(table: TableInfo, key: unknown): VersionKey {
  return { table: auditTableOf(table), recordId: String(key) };
}

/** The name of the version column `versionColumn` adds to a record read. */
export const VERSION_COLUMN = '__atrium_version';

/**
 * The record's version as a column of the read itself: the row and its version come from one statement,
 * so they always agree (no write can commit between them).
 */
export function versionColumn(table: TableInfo): SQL {
  let built = versionColumns.get(table);
  if (!built) {
    built = stable(buildVersionColumn(table));
    versionColumns.set(table, built);
  }
  return built;
}

/** versionColumn per table (a table lives as long as its cached schema). */
const versionColumns = new WeakMap<TableInfo, SQL>();

function buildVersionColumn(table: TableInfo): SQL {
  const key = singleKey(table);
  return sql`(select coalesce(max(__a.id), 0) from audit_log __a where __a.table_name = ${auditTableOf(table)}
    and __a.record_id = cast(${ident(table.name)}.${ident(key.name)} as text)) as ${ident(VERSION_COLUMN)}`;
}

/** Further select expressions (labels…) with the version column added. */
export function withVersionColumn(table: TableInfo, extra?: SQL): SQL {
  return extra ? sql`${extra}, ${versionColumn(table)}` : versionColumn(table);
}

/** The version key and version of a row read with `versionColumn`. */
export function versionOf(table: TableInfo, row: Row): { key: VersionKey; version: number } {
  return { key: recordVersionKey(table, row[singleKey(table).name]), version: Number(row[VERSION_COLUMN] ?? 0) };
}

/**
 * The version key of the record a URL names (its key, or its UUID looked up within the caller's scope);
 * undefined when no such record is readable (the write then answers 404 itself).
 */
export async function findVersionKey(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
): Promise<VersionKey | undefined> {
  const key = singleKey(table);
  if (/^\d+$/.test(id)) return recordVersionKey(table, toStored(key, id));
  const row = await findRecord(ctx, table, id, { select: [key.name] });
  return row ? recordVersionKey(table, row[key.name]) : undefined;
}
