import { sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireWrite } from '../identity/actor';
import { findColumn, getPoolSchema, requireTable, visibleColumns } from '../records/registry';
import { ident, prepare } from '../records/sql';
import { toStored } from '../records/values';

/**
 * Liberty's audit snapshots (`POST /api/db/audit/{table}/{user}`): the visible columns of the rows that
 * match the given key values, stored in audit_log. Reading any table of a pool and writing the audit trail
 * is an administrator's act (`base.system.edit`), and the row always names the caller: the path's user
 * is never trusted (it would let anyone write history in another's name).
 */
export const SNAPSHOT_RIGHT = 'base.system.edit';

export async function snapshotRows(
  data: DataAccess,
  actor: Actor,
  pool: string,
  tableName: string,
  keys: Record<string, unknown>,
): Promise<number> {
  requireWrite(actor, SNAPSHOT_RIGHT);
  const table = requireTable(await getPoolSchema(data, pool), tableName);
  const conditions = Object.entries(keys).map(([key, value]) => {
    const column = findColumn(table, key);
    if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${key.slice(0, 64)}'`);
    return sql`${ident(column.name)} = ${toStored(column, value)}`;
  });
  if (!conditions.length) throw new AppError('BAD_REQUEST', 'Request body cannot be empty.');
  const pairs = visibleColumns(table).map((col) => sql`${col.name}, ${ident(col.name)}`);
  const image = sql`json_object(${sql.join(pairs.slice(0, 60), sql`, `)})`;
  const who = auditUser(actor);
  const result = await prepare(
    data.d1(pool),
    sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, after, request_id)
      select ${who?.userId ?? null}, ${who?.login ?? null}, ${pool}, ${table.name}, null, 'SNAPSHOT', ${image}, ${actor.requestId ?? null}
      from ${ident(table.name)} where ${sql.join(conditions, sql` and `)} limit 100`,
  ).run();
  return result.meta.changes ?? 0;
}
