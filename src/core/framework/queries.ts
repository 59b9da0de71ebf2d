import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import { findPool } from '../../db/pools';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode } from '../filter';
import { type Actor, requireRight } from '../identity/actor';
import { IsolateCache } from '../ops/cache';
import { cachedRead, type Versioned } from '../ops/table-versions';
import { D1_MAX_PARAMS, prepare, render } from '../records/sql';

/**
 * Liberty stored queries. Definitions live in LY_QRY_FMW (source=framework) and LY_QRY_SQL
 * (source=query), one statement per query id and verb, with a target pool (`SESSION` = the caller's).
 * Clients never send SQL: a statement's `:NAME` parameters are bound from `params` (GET) or the body
 * (writes); GET wraps the stored SELECT, numbers rows (ROW_ID) and applies the client's `q` filter,
 * compiled against the statement's own result columns. Writes: query-writes.ts; statements with a key
 * (rows with versions): keyed.ts.
 */

export type Source = 'framework' | 'query';

export const QUERY_RIGHTS = {
  execute: 'base.framework.query.execute',
  edit: 'base.framework.query.edit',
} as const;

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
function compileParameters(statement: string): { text: string; names: string[] } {
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

export function bindValues(definition: QueryDefinition, values: Record<string, unknown>): unknown[] {
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

/** A numbered page's statement as rendered for one request's values, `q`, offset and limit. */
interface NumberedPlan {
  /** The result columns it was compiled against: the plan holds while they are the cached ones. */
  names: string[];
  statement: { text: string; params: unknown[] };
  /** Its key in numberedPages. */
  key: string;
}

/** Plans under longer keys (large values or `q` texts) are not kept: 500 plans stay within a few MiB. */
const MAX_PLAN_KEY = 8192;

/**
 * Numbered pages' statements by pool, statement, values, `q` text, offset and limit: a repeated page
 * (a grid polled or paged back and forth) compiles its filter and renders its SQL once.
 */
const numberedPlans = new IsolateCache<NumberedPlan>('query-page-plans', {
  tableName: 'LY_QRY_SQL',
  maxSize: 500,
  ttlMs: 60_000,
});

/** Compiles `q` against the result columns and renders the numbered page (undefined: `q` selects nothing to filter). */
function numberedPlan(
  definition: QueryDefinition,
  values: unknown[],
  names: string[],
  options: { filter?: FilterNode; offset: number; limit: number },
): NumberedPlan | undefined {
  const known = new Map(names.map((n) => [n.toLowerCase(), n]));
  const resolver: FieldResolver = {
    resolve(path) {
      const name = known.get(path.toLowerCase());
      if (!name) throw new AppError('BAD_REQUEST', `Unknown column '${path.slice(0, 64)}' in q`);
      return { expr: sql`t.${sql.identifier(name)}`, type: 'json' };
    },
  };
  const where = compileFilter(options.filter, resolver, { maxValues: D1_MAX_PARAMS - values.length - 4 });
  if (!where) return undefined;
  const page =
    render(sql`select * from (select row_number() over () as ROW_ID, s.* from (${statementSql(definition, values)}) s) t
    where ${where} order by ROW_ID limit ${options.limit + 1} offset ${options.offset}`);
  if (page.params.length > D1_MAX_PARAMS)
    throw new AppError('BAD_REQUEST', `Query has more than ${D1_MAX_PARAMS} values`);
  return {
    names,
    statement: { text: page.sql, params: page.params },
    key: `${page.sql}\u0000${JSON.stringify(page.params)}`,
  };
}

/** Runs a stored SELECT: ROW_ID in the stored order, `q` applied, one page (+1 row to know hasMore). */
export async function runSelect(
  data: DataAccess,
  actor: Actor,
  pool: string,
  definition: QueryDefinition,
  options: {
    params: Record<string, unknown>;
    filter?: FilterNode;
    /** The text `filter` was parsed from: given, the rendered page is kept per text (numberedPlans). */
    filterText?: string;
    offset: number;
    limit: number;
  },
): Promise<QueryPage> {
  requireRight(actor, QUERY_RIGHTS.execute);
  const values = bindValues(definition, options.params);
  const columnsKey = `${pool}\u0000${definition.text}`;
  const fullKey =
    options.filter && options.filterText !== undefined
      ? `${columnsKey}\u0000${JSON.stringify(values)}\u0000${options.offset}\u0000${options.limit}\u0000${options.filterText}`
      : undefined;
  const planKey = fullKey !== undefined && fullKey.length <= MAX_PLAN_KEY ? fullKey : undefined;
  // A kept plan holds while the result columns it was compiled against are still the cached ones.
  const kept = planKey === undefined ? undefined : numberedPlans.get(planKey);
  const current = kept && kept.names === columnNames.get(columnsKey) ? kept : undefined;
  const names = current?.names ?? (await resultColumns(data, pool, definition, values));
  let results: Record<string, unknown>[];
  const plan = current ?? (options.filter && numberedPlan(definition, values, names, options));
  if (plan) {
    if (planKey !== undefined && plan !== current) numberedPlans.set(planKey, plan);
    // ROW_ID is the position in the stored order: with q every row of the stored result is numbered before
    // the filter applies, so the page is kept (core/ops/table-versions.ts) until a table the statement reads changes.
    results = await cachedRead(
      data.d1(pool),
      numberedPages,
      plan.key,
      [plan.statement],
      ([r]) => r.results,
      (rows) => pageSize(rows) <= MAX_KEPT_PAGE,
    );
  } else {
    const stored = statementSql(definition, values);
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
