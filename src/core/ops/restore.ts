import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireWrite } from '../identity/actor';
import { isSecurityTable } from '../records/policy';
import { findTable, getPoolSchema, visibleColumns } from '../records/registry';
import { prepare } from '../records/sql';
import type { ColumnInfo, TableInfo } from '../records/types';
import { MIGRATIONS } from './migrations.generated';
import { appliedMigrations, SETUP_RIGHTS } from './setup';

/**
 * Liberty's setup routes beyond install/upgrade/downgrade (the reference document's prepare, update and
 * restore), all with the setup routes' right `base.setup.install`. D1 pools are bindings: there is no
 * connection to configure, so prepare answers what an upgrade would apply and update changes nothing.
 * Restore loads the repository export's document (export.ts) back into its tables in ONE batch with its
 * audit rows: every table of the document is emptied and refilled, or nothing is.
 */

/** The migrations an upgrade of the pool would apply, in order (prepare: nothing is changed). */
export async function pendingMigrations(data: DataAccess, actor: Actor, pool: string): Promise<string[]> {
  requireWrite(actor, SETUP_RIGHTS.install);
  const applied = new Set(await appliedMigrations(data.d1(pool)));
  return MIGRATIONS.map((m) => m.name).filter((name) => !applied.has(name));
}

export interface RestoreTable {
  name: string;
  rows: Record<string, unknown>[];
}

/** Rows per insert statement: the rows travel as one bound JSON parameter. */
const CHUNK_ROWS = 500;
const MAX_COLUMNS = 90;

interface Planned {
  table: TableInfo;
  columns: ColumnInfo[];
  rows: Record<string, unknown>[];
}

function plan(tables: RestoreTable[], find: (name: string) => TableInfo | undefined, actor: Actor): Planned[] {
  const seen = new Set<string>();
  return tables.map(({ name, rows }) => {
    const table = find(name);
    if (!table || table.view) throw new AppError('BAD_REQUEST', `Unknown table '${name.slice(0, 64)}'`);
    if (seen.has(table.name)) throw new AppError('BAD_REQUEST', `Table '${table.name}' is given twice`);
    seen.add(table.name);
    if (isSecurityTable(table.name))
      requireWrite(actor, 'base.*', `Table '${table.name}' decides access: only a holder of base.* restores it`);
    // An export leaves secret columns out: restoring such a table would wipe them.
    if (table.columns.some((c) => c.hidden))
      throw new AppError('CONFLICT', `Table '${table.name}' has columns an export leaves out; it cannot be restored`);
    const visible = visibleColumns(table);
    const known = new Set(visible.map((c) => c.name));
    const given = new Set<string>();
    for (const row of rows)
      for (const key of Object.keys(row)) {
        if (!known.has(key))
          throw new AppError('BAD_REQUEST', `Table '${table.name}' has no column '${key.slice(0, 64)}'`);
        given.add(key);
      }
    // The columns the rows hold (an export's rows hold them all); the others take their defaults.
    const columns = visible.filter((c) => given.has(c.name));
    if (columns.length > MAX_COLUMNS) throw new AppError('BAD_REQUEST', `Table '${table.name}' has too many columns`);
    return { table, columns, rows };
  });
}

/** Tables whose declared foreign keys point at a restored table must be restored with it (cascades). */
function checkDependents(planned: Planned[], all: TableInfo[]): void {
  const restored = new Set(planned.map((p) => p.table.name.toLowerCase()));
  for (const table of all) {
    if (table.view || restored.has(table.name.toLowerCase())) continue;
    const fk = table.foreignKeys.find((f) => !f.implicit && restored.has(f.table.toLowerCase()));
    if (fk)
      throw new AppError(
        'BAD_REQUEST',
        `Table '${table.name}' references '${fk.table}': restore it in the same document, or leave '${fk.table}' out`,
      );
  }
}

function tableStatements(
  db: D1Database | D1DatabaseSession,
  p: Planned,
  actor: Actor,
  pool: string,
): D1PreparedStatement[] {
  const name = sql.identifier(p.table.name);
  const list = sql.join(
    p.columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const values = sql.join(
    p.columns.map((c) => sql`json_extract(r.value, ${`$."${c.name}"`})`),
    sql`, `,
  );
  const key = p.table.primaryKey.length === 1 ? p.table.primaryKey[0] : undefined;
  const who = auditUser(actor);
  const statements: SQL[] = [sql`delete from ${name}`];
  for (let at = 0; p.columns.length > 0 && at < p.rows.length; at += CHUNK_ROWS) {
    const chunk = JSON.stringify(p.rows.slice(at, at + CHUNK_ROWS));
    statements.push(sql`insert into ${name} (${list}) select ${values} from json_each(${chunk}) r`);
    // A row audit per restored row with a one-column key: its version moves (ETags, history).
    if (key)
      statements.push(sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, after, request_id)
        select ${who?.userId ?? null}, ${who?.login ?? null}, ${pool}, ${p.table.name},
          cast(json_extract(r.value, ${`$."${key}"`}) as text), 'INSERT', r.value, ${actor.requestId ?? null}
        from json_each(${chunk}) r`);
  }
  return statements.map((s) => prepare(db, s));
}

/**
 * Right `base.setup.install` (and `base.*` for the access tables): empties each table of the document and
 * fills it with the document's rows, all tables in one batch (foreign keys checked at its end), with an
 * audit row per table (`RESTORE`: rows before and after) and per keyed row. Answers each table's rows.
 */
export async function restoreTables(
  data: DataAccess,
  actor: Actor,
  pool: string,
  tables: RestoreTable[],
): Promise<{ name: string; rows: number }[]> {
  requireWrite(actor, SETUP_RIGHTS.install);
  if (tables.length === 0) throw new AppError('BAD_REQUEST', 'The document holds no tables');
  const schema = await getPoolSchema(data, pool);
  const planned = plan(tables, (name) => findTable(schema, name), actor);
  checkDependents(planned, [...schema.tables.values()]);
  const db = data.d1(pool);
  const counts = await db.batch<{ n: number }>(
    planned.map((p) => prepare(db, sql`select count(*) as n from ${sql.identifier(p.table.name)}`)),
  );
  const who = auditUser(actor);
  const statements = [
    db.prepare('pragma defer_foreign_keys = on'),
    ...planned.flatMap((p, i) => [
      ...tableStatements(db, p, actor, pool),
      db
        .prepare(
          "insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id) values (?, ?, ?, ?, null, 'RESTORE', ?, ?, ?)",
        )
        .bind(
          who?.userId ?? null,
          who?.login ?? null,
          pool,
          p.table.name,
          JSON.stringify({ rows: Number(counts[i].results[0]?.n ?? 0) }),
          JSON.stringify({ rows: p.rows.length }),
          actor.requestId ?? null,
        ),
    ]),
  ];
  try {
    await db.batch(statements);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/constraint failed|SQLITE_CONSTRAINT|datatype mismatch/i.test(message))
      throw new AppError('CONFLICT', 'The document does not fit the tables (a key, a required value or a reference)');
    throw error;
  }
  return planned.map((p) => ({ name: p.table.name, rows: p.rows.length }));
}
