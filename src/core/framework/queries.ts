import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { findPool } from '../../db/pools';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode } from '../filter';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { IsolateCache } from '../ops/cache';
import { cachedRead, type Versioned } from '../ops/table-versions';
import type { VersionKey } from '../ops/versions';
import { isInternalTable, isSecurityTable } from '../records/policy';
import { findTable, getPoolSchema } from '../records/registry';
import { D1_MAX_PARAMS, ident, prepare, render } from '../records/sql';
import type { ColumnInfo, TableInfo } from '../records/types';
import { toStored } from '../records/values';
import { imageOf } from '../records/writes';
import { writeFailure } from './write-failure';

/**
 * Liberty stored queries. Definitions live in LY_QRY_FMW (source=framework) and LY_QRY_SQL
 * (source=query), one statement per query id and verb, with a target pool (`SESSION` = the caller's).
 * Clients never send SQL: a statement's `:NAME` parameters are bound from `params` (GET) or the body
 * (writes); GET wraps the stored SELECT, numbers rows (ROW_ID) and applies the client's `q` filter,
 * compiled against the statement's own result columns.
 */

export type Source = 'framework' | 'query';

export const QUERY_RIGHTS = {
  execute: 'base.framework.query.execute',
  edit: 'base.framework.query.edit',
} as const;

/** Stored writes change records: each verb needs the record right of the same verb. */
const WRITE_RIGHTS: Record<'POST' | 'PUT' | 'DELETE', string> = {
  POST: 'base.framework.record.add',
  PUT: 'base.framework.record.edit',
  DELETE: 'base.framework.record.delete',
};
export type Verb = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface QueryDefinition {
  query: number;
  verb: Verb;
  pool: string;
  /** The statement with `:NAME` replaced by `?`, and the names in order. */
  text: string;
  names: string[];
}

const TABLES: Record<Source, string> = { framework: 'LY_QRY_FMW', query: 'LY_QRY_SQL' };

const definitions = new IsolateCache<QueryDefinition | null>('query-definitions', {
  tableName: 'LY_QRY_FMW',
  maxSize: 500,
  ttlMs: 60_000,
});

/** Result column names of a stored SELECT, by pool and statement text (they change only with DDL). */
const columnNames = new IsolateCache<string[]>('query-columns', {
  tableName: 'LY_QRY_SQL',
  maxSize: 500,
  ttlMs: 60_000,
});

/** `:NAME` → `?` outside quoted strings; names collected in order. */
export function compileParameters(statement: string): { text: string; names: string[] } {
  const names: string[] = [];
  let text = '';
  let quote: string | null = null;
  for (let i = 0; i < statement.length; i++) {
    const ch = statement[i];
    if (quote) {
      text += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      text += ch;
      continue;
    }
    const match = ch === ':' ? /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(statement.slice(i)) : null;
    if (match && statement[i - 1] !== ':') {
      names.push(match[1]);
      text += '?';
      i += match[0].length - 1;
      continue;
    }
    text += ch;
  }
  return { text, names };
}

export async function loadDefinition(
  data: DataAccess,
  source: Source,
  query: number,
  verb: Verb,
): Promise<QueryDefinition> {
  const key = `${source}:${query}:${verb}`;
  const found = await definitions.load(key, async () => {
    const row = await data
      .d1()
      .prepare(
        `select QUERY_POOL as pool, QUERY_SQLITE as statement from ${TABLES[source]} where QUERY = ? and CRUD = ?`,
      )
      .bind(query, verb)
      .first<{ pool: string; statement: string }>();
    if (!row) return null;
    return { query, verb, pool: row.pool, ...compileParameters(row.statement) };
  });
  if (!found) {
    definitions.delete(key);
    throw new AppError('NOT_FOUND', `Query ${query} (${verb}) not found in ${source}`);
  }
  return found;
}

/** Definitions changed (setup, install): drop the cached ones. */
export function invalidateDefinitions(): number {
  return definitions.clear() + columnNames.clear();
}

/** The pool a statement runs on: the definition's, `SESSION` = the caller's, `override_pool` wins. */
export function targetPool(
  env: Cloudflare.Env,
  definition: QueryDefinition,
  sessionPool: string,
  override?: string,
): string {
  const pool = override ?? (definition.pool.toUpperCase() === 'SESSION' ? sessionPool : definition.pool);
  if (!findPool(env, pool)) throw new AppError('NOT_FOUND', `Requested pool \`${pool.slice(0, 64)}\` not found`);
  return pool;
}

function bindValues(definition: QueryDefinition, values: Record<string, unknown>): unknown[] {
  return definition.names.map((name) => {
    if (!(name in values)) throw new AppError('BAD_REQUEST', `Missing value for parameter ${name}`);
    const value = values[name];
    if (value !== null && typeof value === 'object')
      throw new AppError('BAD_REQUEST', `Parameter ${name} must be a scalar`);
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
}

export interface Column {
  name: string;
  type: 'int' | 'float' | 'str' | 'bool' | 'UNKNOWN';
}

export function columnType(value: unknown): Column['type'] {
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  return 'UNKNOWN';
}

/** The stored SELECT as a subquery: its result columns are the only names `q` may use. */
function statementSql(definition: QueryDefinition, values: unknown[]): SQL {
  const parts = definition.text.split('?');
  const chunks: SQL[] = [sql.raw(parts[0])];
  for (let i = 1; i < parts.length; i++) chunks.push(sql`${values[i - 1]}`, sql.raw(parts[i]));
  return sql.join(chunks, sql``);
}

export async function resultColumns(
  data: DataAccess,
  pool: string,
  definition: QueryDefinition,
  values: unknown[],
): Promise<string[]> {
  return columnNames.load(`${pool}\u0000${definition.text}`, async () => {
    const [names] = await prepare(data.d1(pool), sql`select * from (${statementSql(definition, values)}) limit 0`).raw<
      string[]
    >({ columnNames: true });
    return names ?? [];
  });
}

export interface QueryPage {
  rows: Record<string, unknown>[];
  columns: Column[];
  hasMore: boolean;
}

/**
 * Numbered pages of stored SELECTs with `q`, by pool, statement and values: numbering reads the whole stored
 * result, so a repeated page is answered from here while the tables the statement reads are unchanged.
 */
const numberedPages = new IsolateCache<Versioned<Record<string, unknown>[]>>('query-pages', {
  tableName: 'atrium_table_versions',
  maxSize: 200,
  ttlMs: 10 * 60_000,
});

/** Pages above this size (roughly, in characters) are not kept: the cache stays within a few MiB. */
const MAX_KEPT_PAGE = 64 * 1024;

function pageSize(rows: Record<string, unknown>[]): number {
  let size = 0;
  for (const row of rows)
    for (const value of Object.values(row)) size += typeof value === 'string' ? value.length + 8 : 16;
  return size;
}

/** Runs a stored SELECT: ROW_ID in the stored order, `q` applied, one page (+1 row to know hasMore). */
export async function runSelect(
  data: DataAccess,
  actor: Actor,
  pool: string,
  definition: QueryDefinition,
  options: { params: Record<string, unknown>; filter?: FilterNode; offset: number; limit: number },
): Promise<QueryPage> {
  requireRight(actor, QUERY_RIGHTS.execute);
  const values = bindValues(definition, options.params);
  const names = await resultColumns(data, pool, definition, values);
  const known = new Map(names.map((n) => [n.toLowerCase(), n]));
  const resolver: FieldResolver = {
    resolve(path) {
      const name = known.get(path.toLowerCase());
      if (!name) throw new AppError('BAD_REQUEST', `Unknown column '${path.slice(0, 64)}' in q`);
      return { expr: sql`t.${sql.identifier(name)}`, type: 'json' };
    },
  };
  const where = compileFilter(options.filter, resolver, { maxValues: D1_MAX_PARAMS - values.length - 4 });
  const stored = statementSql(definition, values);
  let results: Record<string, unknown>[];
  if (where) {
    // ROW_ID is the position in the stored order: with q every row of the stored result is numbered before
    // the filter applies, so the page is kept (core/ops/table-versions.ts) until a table the statement reads changes.
    const page = render(sql`select * from (select row_number() over () as ROW_ID, s.* from (${stored}) s) t
    where ${where} order by ROW_ID limit ${options.limit + 1} offset ${options.offset}`);
    if (page.params.length > D1_MAX_PARAMS)
      throw new AppError('BAD_REQUEST', `Query has more than ${D1_MAX_PARAMS} values`);
    results = await cachedRead(
      data.d1(pool),
      numberedPages,
      `${page.sql}\u0000${JSON.stringify(page.params)}`,
      [{ text: page.sql, params: page.params }],
      ([r]) => r.results,
      (rows) => pageSize(rows) <= MAX_KEPT_PAGE,
    );
  } else {
    // Without q, ROW_ID is offset + index: the page reads only its own rows.
    const page = await prepare(
      data.d1(pool),
      sql`select * from (${stored}) limit ${options.limit + 1} offset ${options.offset}`,
    ).all<Record<string, unknown>>();
    results = page.results.map((row, i) => ({ ROW_ID: options.offset + i + 1, ...row }));
  }
  const rows = results.slice(0, options.limit);
  const first = rows[0] ?? {};
  return {
    rows,
    hasMore: results.length > options.limit,
    columns: [{ name: 'ROW_ID', type: 'int' }, ...names.map((name) => ({ name, type: columnType(first[name]) }))],
  };
}

/** Tables a stored write statement names as its target (insert into, replace into, update, delete from). */
export function writtenTables(statement: string): string[] {
  const pattern =
    /\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+["`[]?([A-Za-z_][A-Za-z0-9_]*)/gi;
  return [...statement.matchAll(pattern)].map((m) => m[1]);
}

/**
 * A stored statement "with a key": it reads or writes exactly one table (no join) whose primary key is one
 * column, and binds that key as a parameter of the same name (`… where APPS_ID = :APPS_ID`). Its rows are
 * then records like any other: writes are audited under the table and the key (with before and after
 * images, as the records service writes them), so they have versions, and the Liberty face answers ETags
 * and takes If-Match for them (core/ops/versions.ts). Any other statement has no per-row identity.
 */
export interface KeyedTarget {
  table: TableInfo;
  key: ColumnInfo;
  /** The statement's parameter that binds the key (its name, as the statement spells it). */
  param: string;
}

/** Tables a stored SELECT reads (`from`/`join` targets). */
function readTables(statement: string): string[] {
  if (/\bjoin\b/i.test(statement) || /\bfrom\s+[^\s]+\s*,/i.test(statement)) return ['(join)', '(join)'];
  return [...statement.matchAll(/\bfrom\s+["`[]?([A-Za-z_][A-Za-z0-9_]*)/gi)].map((m) => m[1]);
}

export async function keyedTarget(
  data: DataAccess,
  pool: string,
  definition: QueryDefinition,
): Promise<KeyedTarget | undefined> {
  const tables = definition.verb === 'GET' ? readTables(definition.text) : writtenTables(definition.text);
  if (tables.length !== 1) return undefined;
  const table = findTable(await getPoolSchema(data, pool), tables[0]);
  if (!table || table.view || table.primaryKey.length !== 1) return undefined;
  const key = table.columns.find((c) => c.name === table.primaryKey[0]);
  const param = definition.names.find((n) => n.toLowerCase() === key?.name.toLowerCase());
  return key && param ? { table, key, param } : undefined;
}

/** The version key of the row a keyed statement names with these values (undefined: the value is missing). */
export function keyedRow(target: KeyedTarget, values: Record<string, unknown>): VersionKey | undefined {
  const value = values[target.param];
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  return { table: target.table.name, recordId: String(toStored(target.key, value)) };
}

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
