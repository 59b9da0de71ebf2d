import { AppError } from '../../lib/errors';
import { findColumn } from './registry';
import { allOf, CLIENT_COLUMN, type RecordContext, scopeCondition } from './scope';
import { findRecord, recordMatch, uuColumn } from './service';
import { ident, prepare, sql } from './sql';
import type { TableInfo } from './types';
import { singleKey } from './values';
import { requireWriteRight } from './write-checks';

/**
 * What a record's GET and PUT need, for services that act on a record without touching its columns (its
 * attachments): decided through the caller's RecordContext exactly as the record routes decide, so the
 * face's narrowing rule, the tenant scope and whatever the core adds to them later apply unchanged.
 */
export interface RecordRef {
  table: TableInfo;
  /** The key value (what every face's id paths and audit rows name). */
  key: string | number;
  uuid?: string;
  /** The row's `AD_Client_ID`, when the table has one. */
  clientId?: number;
}

function columnsOf(table: TableInfo) {
  const key = singleKey(table);
  return { key, uu: uuColumn(table), client: findColumn(table, CLIENT_COLUMN) };
}

function refOf(table: TableInfo, row: Record<string, unknown>): RecordRef {
  const { key, uu, client } = columnsOf(table);
  return {
    table,
    key: row[key.name] as string | number,
    uuid: uu ? (row[uu.name] as string | undefined) : undefined,
    clientId: client ? (row[client.name] as number | undefined) : undefined,
  };
}

/** The record as its GET sees it (record.view, table access, tenant scope); missing or hidden: 404. */
export async function readableRecord(ctx: RecordContext, table: TableInfo, id: string): Promise<RecordRef> {
  const { key, uu, client } = columnsOf(table);
  const names = [key, uu, client].filter((c) => c !== undefined).map((c) => c.name);
  const row = await findRecord(ctx, table, id, { select: names });
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return refOf(table, row);
}

/**
 * The record as its PUT sees it: `record.edit` (never for a read-only user), `base.*` for the tables that
 * decide who may do what, write access to the table, and a row within the write scope (the session's own
 * client: shared rows of client 0 are read-only); else 403, or 404 for a row the caller cannot change.
 */
export async function writableRecord(ctx: RecordContext, table: TableInfo, id: string): Promise<RecordRef> {
  await requireWriteRight(ctx, table, 'edit');
  const { key, uu, client } = columnsOf(table);
  const columns = [key, uu, client].filter((c) => c !== undefined).map((c) => ident(c.name));
  const where = allOf(recordMatch(table, id), scopeCondition(table, ctx.scope, 'write'));
  const row = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${sql.join(columns, sql`, `)} from ${ident(table.name)} where ${where} limit 1`,
  ).first<Record<string, unknown>>();
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return refOf(table, row);
}
