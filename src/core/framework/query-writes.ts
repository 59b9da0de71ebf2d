import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireWrite } from '../identity/actor';
import { isInternalTable, isSecurityTable } from '../records/policy';
import { ident, prepare } from '../records/sql';
import { toStored } from '../records/values';
import { imageOf } from '../records/writes';
import { type KeyedTarget, keyedRow, keyedTarget, writtenTables } from './keyed';
import { bindValues, QUERY_RIGHTS, type QueryDefinition, type Verb } from './queries';
import { writeFailure } from './write-failure';

/** Liberty's stored writes (POST, PUT, DELETE of `/api/db/query`): each body row with its audit row, one batch. */

/** Stored writes change records: each verb needs the record right of the same verb. */
const WRITE_RIGHTS: Record<'POST' | 'PUT' | 'DELETE', string> = {
  POST: 'base.framework.record.add',
  PUT: 'base.framework.record.edit',
  DELETE: 'base.framework.record.delete',
};

/** A keyed write's statements: the audit row with its images around the stored statement, as writes.ts does. */
function keyedStatements(
  db: D1DatabaseSession | D1Database,
  pool: string,
  target: KeyedTarget,
  recordId: string,
  statement: D1PreparedStatement,
  verb: Exclude<Verb, 'GET'>,
  actor: Actor,
): D1PreparedStatement[] {
  const who = auditUser(actor);
  const match = sql`${ident(target.key.name)} = ${toStored(target.key, recordId)}`;
  const action = verb === 'POST' ? 'INSERT' : verb === 'PUT' ? 'UPDATE' : 'DELETE';
  const audit = (before: SQL | null, after: SQL | null) =>
    prepare(
      db,
      sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
        values (${who?.userId ?? null}, ${who?.login ?? null}, ${pool}, ${target.table.name}, ${recordId}, ${action},
          ${before}, ${after}, ${actor.requestId ?? null})`,
    );
  const image = imageOf(target.table, match);
  if (verb === 'POST') return [statement, audit(null, image)];
  if (verb === 'DELETE') return [audit(image, null), statement];
  return [
    audit(image, null),
    statement,
    prepare(db, sql`update audit_log set after = ${image} where id = last_insert_rowid() and after is null`),
  ];
}

/**
 * Runs the stored write for each row of the body, all rows and their audit rows in one batch. The verb
 * needs its record right (POST add, PUT edit, DELETE delete); a statement that writes identity or
 * bookkeeping tables (users, groups, rights, audit, roles…) is an identity write, so it needs `base.*`
 * whoever stored it.
 */
export async function runWrite(
  data: DataAccess,
  pool: string,
  definition: QueryDefinition,
  rows: Record<string, unknown>[],
  actor: Actor,
): Promise<number> {
  requireWrite(actor, WRITE_RIGHTS[definition.verb as Exclude<Verb, 'GET'>] ?? QUERY_RIGHTS.edit);
  if (writtenTables(definition.text).some((t) => isInternalTable(t) || isSecurityTable(t)))
    requireWrite(actor, 'base.*', 'This stored query writes identity data: only a holder of base.* runs it');
  if (rows.length > 500) throw new AppError('BAD_REQUEST', 'At most 500 rows per request');
  const db = data.d1(pool);
  const target = await keyedTarget(data, pool, definition);
  const statements: D1PreparedStatement[] = [];
  // The rows each stored statement wrote itself: `changes()` read right after it. D1's meta.changes counts
  // every write of the statement, the data-version triggers' (migration 0013) and cascades included.
  const changed = () => db.prepare('select changes() as n');
  const written: number[] = [];
  // Stored SQL does not stamp what it changes: the batch names its writer for the stamp triggers (migration
  // 0040: UpdatedBy/Updated of iDempiere tables, updated_by/updated_at of users) and forgets it at its end.
  const by = auditUser(actor)?.userId ?? 0;
  statements.push(db.prepare('insert or replace into atrium_actor (id, user_id) values (1, ?)').bind(by));
  const groups: number[] = [];
  for (const row of rows) {
    groups.push(statements.length);
    const statement = db.prepare(definition.text).bind(...bindValues(definition, row));
    const keyed = target && keyedRow(target, row);
    if (target && keyed) {
      const group = keyedStatements(
        db,
        pool,
        target,
        keyed.recordId,
        statement,
        definition.verb as Exclude<Verb, 'GET'>,
        actor,
      );
      const at = group.indexOf(statement) + 1;
      written.push(statements.length + at);
      statements.push(...group.slice(0, at), changed(), ...group.slice(at));
      continue;
    }
    statements.push(statement);
    written.push(statements.length);
    statements.push(changed());
    statements.push(
      db
        .prepare(
          'insert into audit_log (user_id, user_login, pool, table_name, record_id, action, after, request_id) values (?, ?, ?, ?, null, ?, ?, ?)',
        )
        .bind(
          auditUser(actor)?.userId ?? null,
          auditUser(actor)?.login ?? null,
          pool,
          `query:${definition.query}`,
          definition.verb === 'DELETE' ? 'DELETE' : definition.verb === 'POST' ? 'INSERT' : 'UPDATE',
          JSON.stringify(row),
          actor.requestId ?? null,
        ),
    );
  }
  statements.push(db.prepare('delete from atrium_actor'));
  let results: D1Result<{ n: number }>[];
  try {
    results = await db.batch<{ n: number }>(statements);
  } catch (error) {
    throw await writeFailure(db, statements, groups, rows, error);
  }
  return written.reduce((n, i) => n + Number(results[i].results[0]?.n ?? 0), 0);
}
