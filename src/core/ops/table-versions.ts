import { sessionPool } from '../../db/data-access';
import { IsolateCache } from './cache';

/**
 * Figures derived from whole tables (a list's total, a numbered page of a stored query), kept per isolate
 * and used again only while the tables they were read from are unchanged.
 *
 * Every table has a row in `atrium_table_versions` that its own triggers set to a new random value on
 * every insert, update and delete (migration 0013), in the writing statement's transaction, whatever the
 * path: services, Liberty's stored writes, cascades, direct SQL. Which tables a statement reads is asked
 * of SQLite itself once per statement text (`EXPLAIN`: the b-trees it opens, mapped to their tables), so
 * subqueries, views and tenant conditions are covered without any list kept by hand. A cached figure is
 * used only when the versions read in the same D1 batch (one snapshot) as the rest of the request's data
 * equal the versions it was computed at: after any write to any of those tables, by anyone, the next
 * request computes it again. A statement that reads an unversioned table, depends on the clock or
 * randomness, or cannot be explained is simply never cached.
 */

type Db = D1Database | D1DatabaseSession;

/** A statement as text and bound values (the form `render()` and hand-written SQL both give). */
export interface Statement {
  text: string;
  params: unknown[];
}

export const VERSIONS_TABLE = 'atrium_table_versions';

/**
 * Tables without a version: written on every write, login or refresh, where a version would double the
 * rows written. Statements that read them are not cached.
 */
export const UNVERSIONED_TABLES = [
  'audit_log',
  'token_revocations',
  'atrium_refresh_tokens',
  // Request bookkeeping (issue 17): idempotency keys change on every keyed POST; preconditions never hold a row.
  'atrium_idempotency',
  'atrium_preconditions',
  // Who writes in a stored-SQL batch (migration 0040): set and cleared inside that batch.
  'atrium_actor',
  // Session cut-offs (password changes, disabled users): read with the user on every token check only.
  'atrium_session_cutoffs',
  // A file's bytes (core/files): one row per part or upload chunk, never listed or counted.
  'atrium_file_parts',
];

/** Results that depend on more than the rows read (clock, randomness, connection or schema state). */
const VOLATILE =
  /\b(?:random|randomblob|changes|total_changes|last_insert_rowid|date|time|datetime|julianday|unixepoch|strftime|timediff|sqlite_\w+)\s*\(|\bcurrent_(?:date|time|timestamp)\b|\bpragma_\w+|\bsqlite_(?:master|schema|temp_master|temp_schema|sequence|stat\d)\b|\bdbstat\b/i;

/** The tables a statement text reads (sorted), or null: not cacheable. Learned once per pool and text. */
const readSets = new IsolateCache<string[] | null>('statement-tables', {
  tableName: 'sqlite_master',
  maxSize: 2000,
  ttlMs: 60 * 60_000,
});

/** A cached figure and the versions of the tables it was computed from. */
export interface Versioned<T> {
  versions: string;
  value: T;
}

/** List totals by pool, count statement and bound values. */
const totals = new IsolateCache<Versioned<number>>('list-counts', {
  tableName: VERSIONS_TABLE,
  maxSize: 2000,
  ttlMs: 60 * 60_000,
});

/** Versions are 64-bit: read as text, exact (a JS number would round them). */
const VERSIONS_ALL = `select name, cast(version as text) as version from ${VERSIONS_TABLE}`;

/** How long a statement that could not be explained (e.g. a pool rolled back before 0013) stays uncached. */
const UNKNOWN_TTL_MS = 60_000;

interface ExplainRow {
  opcode: string;
  p2: number;
  p3: number;
  p5: number;
}

/** What teaches which tables statements read: their programs, the root pages, the versions (one snapshot). */
function probe(db: Db, statements: Statement[]): D1PreparedStatement[] {
  return [
    ...statements.map((s) => db.prepare(`explain ${s.text}`).bind(...s.params)),
    db.prepare('select tbl_name as tbl, rootpage from sqlite_master where rootpage > 0'),
    db.prepare(VERSIONS_ALL),
  ];
}

/** b-tree root pages opened for reading → tables; null when anything is opened that has no version. */
function tablesOf(
  explain: ExplainRow[],
  schema: { tbl: string; rootpage: number }[],
  versioned: Set<string>,
): string[] | null {
  const byRoot = new Map(schema.map((s) => [s.rootpage, s.tbl]));
  const tables = new Set<string>();
  for (const op of explain) {
    if (op.opcode === 'OpenWrite') return null;
    if (op.opcode !== 'OpenRead' && op.opcode !== 'ReopenIdx') continue;
    // p3: the database (0 = main); p5 & 0x10 (OPFLAG_P2ISREG): the root page is in a register, unknown here.
    if (op.p3 !== 0 || (op.p5 & 0x10) !== 0) return null;
    const table = byRoot.get(op.p2);
    if (table === undefined || !versioned.has(table)) return null;
    tables.add(table);
  }
  return [...tables].sort();
}

type Results = D1Result<Record<string, unknown>>[];

/** Reads the versions of `tables` (null when there is nothing to read: the figure depends on no table). */
function versionRead(db: Db, tables: string[]): D1PreparedStatement | null {
  if (tables.length === 0) return null;
  return db.prepare(`${VERSIONS_ALL} where name in (${tables.map(() => '?').join(', ')})`).bind(...tables);
}

/** The versions of `tables` from a version read's rows, in the tables' order: one comparable string. */
function versionString(tables: string[], rows: Record<string, unknown>[]): string | null {
  const byName = new Map(rows.map((r) => [r.name as string, String(r.version)]));
  const out: string[] = [];
  for (const t of tables) {
    const v = byName.get(t);
    if (v === undefined) return null;
    out.push(v);
  }
  return out.join(',');
}

const textKey = (pool: string, statement: Statement) => `${pool}\u0000${statement.text}`;
const valueKey = (pool: string, statement: Statement) =>
  `${pool}\u0000${statement.text}\u0000${JSON.stringify(statement.params)}`;

export const prepared = (db: Db, statement: Statement): D1PreparedStatement =>
  db.prepare(statement.text).bind(...statement.params);

/**
 * Runs `data` and learns the read sets of `learn` (statements not known yet) in the same batch. Answers
 * the data's results and the learned tables and versions of each statement of `learn`.
 */
async function runLearning(
  db: Db,
  pool: string,
  data: D1PreparedStatement[],
  learn: Statement[],
): Promise<{
  results: Results;
  learned: { tables: string[]; versions: string | null }[] | null;
  versionRows?: Record<string, unknown>[];
}> {
  let results: Results;
  try {
    results = (await db.batch([...data, ...probe(db, learn)])) as Results;
  } catch {
    // A failing statement of ours fails again alone (and that error is the answer); otherwise the probe
    // failed (no version table on a pool rolled back before 0013, EXPLAIN refused): uncached for a while.
    results = data.length ? ((await db.batch(data)) as Results) : [];
    for (const statement of learn) readSets.set(textKey(pool, statement), null, UNKNOWN_TTL_MS);
    return { results, learned: null };
  }
  const probes = results.slice(data.length);
  const [schema, versionRows] = probes.slice(learn.length);
  const rows = versionRows.results as Record<string, unknown>[];
  const versioned = new Set(rows.map((r) => r.name as string));
  const learned = learn.map((statement, i) => {
    const tables = tablesOf(
      probes[i].results as unknown as ExplainRow[],
      schema.results as { tbl: string; rootpage: number }[],
      versioned,
    );
    readSets.set(textKey(pool, statement), tables);
    return tables && { tables, versions: versionString(tables, rows) };
  });
  return {
    results: results.slice(0, data.length),
    learned: learned.every((l) => l !== null) ? (learned as { tables: string[]; versions: string | null }[]) : null,
    versionRows: rows,
  };
}

/** The statement's read set: known (possibly null = never cached) or undefined (not learned yet). */
function knownReadSet(pool: string | undefined, statement: Statement): string[] | null | undefined {
  if (pool === undefined) return null;
  const key = textKey(pool, statement);
  const known = readSets.get(key);
  if (known !== undefined) return known;
  // Tested once per text, not per request (the pattern scans the whole statement): never cached.
  if (VOLATILE.test(statement.text)) {
    readSets.set(key, null);
    return null;
  }
  return undefined;
}

const totalOf = (result: D1Result<Record<string, unknown>>): number =>
  Number(Object.values(result.results[0] ?? {})[0] ?? 0);

/**
 * One page and the exact total of its WHERE (`count`: one row, the total in its first column), from one
 * snapshot. A total computed before for the same statement and values is used again when the versions of
 * the tables the count reads, read in the same batch as the page, are still those it was computed at; so
 * a repeated list reads its page and one version row per table instead of every matching row.
 * `alsoVersions`: further tables whose versions the caller wants from the same snapshot (to validate a
 * cache of its own); answered in `versions` when they could be read.
 */
export async function pageAndCount<Row>(
  db: Db,
  page: D1PreparedStatement,
  count: Statement,
  options: { alsoVersions?: string[] } = {},
): Promise<{ rows: Row[]; total: number; versions?: Map<string, string> }> {
  const pool = sessionPool(db);
  const tables = knownReadSet(pool, count);
  const countStatement = prepared(db, count);
  const also = options.alsoVersions ?? [];
  const answer = (rows: D1Result<unknown>, total: number, versionRows?: Record<string, unknown>[]) => ({
    rows: rows.results as Row[],
    total,
    versions: versionRows && also.length ? alsoOf(also, versionRows) : undefined,
  });
  if (tables === null || pool === undefined) {
    const [rows, total] = (await db.batch([page, countStatement])) as Results;
    return answer(rows, totalOf(total));
  }
  const key = valueKey(pool, count);
  if (tables === undefined) {
    const { results, learned, versionRows } = await runLearning(db, pool, [page, countStatement], [count]);
    const [rows, total] = results;
    const versions = learned?.[0].versions;
    if (typeof versions === 'string') totals.set(key, { versions, value: totalOf(total) });
    return answer(rows, totalOf(total), versionRows);
  }
  const versions = versionRead(db, [...tables, ...also]);
  if (versions === null) {
    // A count that reads no table depends on its values alone.
    const cached = totals.get(key);
    if (cached) return answer(await page.all(), cached.value);
    const [rows, total] = (await db.batch([page, countStatement])) as Results;
    totals.set(key, { versions: '', value: totalOf(total) });
    return answer(rows, totalOf(total));
  }
  try {
    const cached = totals.get(key);
    if (!cached) {
      const [v, rows, total] = (await db.batch([versions, page, countStatement])) as Results;
      storeTotal(key, tables, v, totalOf(total));
      return answer(rows, totalOf(total), v.results);
    }
    const [v, rows] = (await db.batch([versions, page])) as Results;
    const now = versionString(tables, v.results);
    if (now !== null && now === cached.versions) return answer(rows, cached.value, v.results);
    // Changed since: count again. When nothing was written between the two batches, the page and the new
    // total are one snapshot; otherwise both are read again together.
    const [v2, total] = (await db.batch([versions, countStatement])) as Results;
    if (now !== null && versionString(tables, v2.results) === now) {
      storeTotal(key, tables, v2, totalOf(total));
      return answer(rows, totalOf(total), v.results);
    }
    const [v3, rows3, total3] = (await db.batch([versions, page, countStatement])) as Results;
    storeTotal(key, tables, v3, totalOf(total3));
    return answer(rows3, totalOf(total3), v3.results);
  } catch (error) {
    return fallback(pool, count, error, async () => {
      const [rows, total] = (await db.batch([page, countStatement])) as Results;
      return answer(rows, totalOf(total));
    });
  }
}

/** The versions of `tables` found in version rows (tables without a version are left out). */
function alsoOf(tables: string[], rows: Record<string, unknown>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) if (tables.includes(row.name as string)) out.set(row.name as string, String(row.version));
  return out;
}

function storeTotal(key: string, tables: string[], versionRows: D1Result<Record<string, unknown>>, total: number) {
  const versions = versionString(tables, versionRows.results);
  if (versions !== null) totals.set(key, { versions, value: total });
}

/**
 * The last total known for this count in this isolate, whatever the versions now: a hint for choosing a
 * plan (never an answer).
 */
export function lastTotal(db: Db, count: Statement): number | undefined {
  const pool = sessionPool(db);
  return pool === undefined ? undefined : totals.get(valueKey(pool, count))?.value;
}

/**
 * A cached path failed: when the version table is gone (a pool rolled back before 0013), forget the read
 * set and answer without caching; any other error is the answer.
 */
async function fallback<T>(pool: string, statement: Statement, error: unknown, plain: () => Promise<T>): Promise<T> {
  if (!(error instanceof Error) || !error.message.includes(VERSIONS_TABLE)) throw error;
  readSets.set(textKey(pool, statement), null, UNKNOWN_TTL_MS);
  return plain();
}

/**
 * The result of `statements` (one batch), kept in `cache` under `key` (which must name everything the
 * result depends on besides the rows read: pool, values, caller) and answered again while the versions of
 * every table they read are unchanged: then a request reads only those version rows.
 */
export async function cachedRead<T>(
  db: Db,
  cache: IsolateCache<Versioned<T>>,
  key: string,
  statements: Statement[],
  load: (results: Results) => T,
  /** Whether a result is worth keeping (e.g. not too large). */
  keep: (value: T) => boolean = () => true,
): Promise<T> {
  const pool = sessionPool(db);
  // Prepared only when run: a kept result whose versions still hold needs none of them.
  const data = () => statements.map((s) => prepared(db, s));
  const plain = async () => load((await db.batch(data())) as Results);
  if (pool === undefined) return plain();
  const sets = statements.map((s) => knownReadSet(pool, s));
  if (sets.some((s) => s === null)) return plain();
  const unknown = statements.filter((_, i) => sets[i] === undefined);
  if (unknown.length) {
    // First use in this isolate: learn, in a round trip of its own, then read as below.
    await runLearning(db, pool, [], unknown);
    return cachedRead(db, cache, key, statements, load, keep);
  }
  // One statement's read set is already sorted and distinct (tablesOf).
  const tables = sets.length === 1 ? (sets[0] as string[]) : [...new Set((sets as string[][]).flat())].sort();
  const fullKey = `${pool}\u0000${key}`;
  const versions = versionRead(db, tables);
  if (versions === null) {
    const hit = cache.get(fullKey);
    if (hit) return hit.value;
    const value = await plain();
    if (keep(value)) cache.set(fullKey, { versions: '', value });
    return value;
  }
  try {
    const cached = cache.get(fullKey);
    if (cached) {
      const [v] = (await db.batch([versions])) as Results;
      if (versionString(tables, v.results) === cached.versions) return cached.value;
    }
    const [v, ...results] = (await db.batch([versions, ...data()])) as Results;
    const value = load(results);
    const now = versionString(tables, v.results);
    if (now !== null && keep(value)) cache.set(fullKey, { versions: now, value });
    return value;
  } catch (error) {
    return fallback(pool, statements[0], error, plain);
  }
}

/** Forgets which tables statements read (after DDL: a view may read other tables now). */
export function invalidateReadSets(): number {
  return readSets.clear();
}
