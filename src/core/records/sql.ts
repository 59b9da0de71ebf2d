import { sql as drizzleSql, Name, SQL, StringChunk } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../lib/errors';

const dialect = new SQLiteSyncDialect();

/** An SQL object of these chunks, without the constructor's scan for drizzle tables (see `sql`). */
function fromChunks(chunks: unknown[]): SQL {
  const query = new SQL([]);
  (query as { queryChunks: unknown[] }).queryChunks = chunks;
  return query;
}

/**
 * drizzle's `sql` tag and its helpers, building the same chunks, minus one thing: drizzle's SQL constructor
 * checks every chunk for a drizzle table (walking its prototype chain) to list the tables a query uses,
 * which only drizzle's query cache reads; the core embeds no table objects and uses no such cache. That
 * check was a dozen microseconds of every record read. Used by the core's hot paths (records, filters);
 * test/core/records/sql.test.ts checks it renders as drizzle's does.
 */
export const sql = Object.assign(
  (strings: TemplateStringsArray, ...params: unknown[]): SQL => {
    const chunks: unknown[] = [];
    if (params.length > 0 || (strings.length > 0 && strings[0] !== '')) chunks.push(new StringChunk(strings[0]));
    for (let i = 0; i < params.length; i++) chunks.push(params[i], new StringChunk(strings[i + 1]));
    return fromChunks(chunks);
  },
  drizzleSql,
  {
    empty: () => fromChunks([]),
    raw: (text: string) => fromChunks([new StringChunk(text)]),
    fromList: (list: unknown[]) => fromChunks(list),
    join: (chunks: unknown[], separator?: unknown) => {
      const result: unknown[] = [];
      for (let i = 0; i < chunks.length; i++) {
        if (i > 0 && separator !== undefined) result.push(separator);
        result.push(chunks[i]);
      }
      return fromChunks(result);
    },
  },
) as unknown as typeof drizzleSql;

/**
 * Fragments built once and reused by many requests (select lists, label subqueries: `stable`), rendered
 * once: their text and values never change after they are built, so each request appends the stored
 * rendering instead of walking their chunks again.
 */
const stableRendered = new WeakMap<SQL, { text: string; params: unknown[] } | null>();

/** Marks a fragment as built once and never changed, so quickRender renders it once (see above). */
export function stable<T extends SQL | undefined>(fragment: T): T {
  if (fragment && !stableRendered.has(fragment)) stableRendered.set(fragment, null);
  return fragment;
}

/**
 * The SQLite rendering of `sql` built from text, identifiers, nested `sql`, lists and plain values (all
 * the core builds), exactly as drizzle's dialect renders them, in a fraction of its time (drizzle checks
 * every chunk against a dozen entity kinds: about 40 µs for a record's select). Anything else (columns,
 * tables, params, inlined SQL) answers undefined and is left to drizzle.
 */
function quickRender(query: SQL): { sql: string; params: unknown[] } | undefined {
  const params: unknown[] = [];
  let text = '';
  const walk = (chunks: unknown[]): boolean => {
    for (const chunk of chunks) {
      if (chunk instanceof StringChunk) text += chunk.value.join('');
      else if (chunk instanceof SQL) {
        const known = stableRendered.get(chunk);
        if (known !== undefined) {
          const done = known ?? renderStable(chunk);
          if (!done) return false;
          text += done.text;
          for (const p of done.params) params.push(p);
          continue;
        }
        // `.inlineParams()` (private in drizzle's typing): values go into the text; drizzle renders those.
        if ((chunk as unknown as { shouldInlineParams: boolean }).shouldInlineParams || !walk(chunk.queryChunks))
          return false;
      } else if (chunk instanceof Name) text += `"${chunk.value.replace(/"/g, '""')}"`;
      else if (chunk === undefined) continue;
      else if (Array.isArray(chunk)) {
        text += '(';
        for (let i = 0; i < chunk.length; i++) {
          if (i > 0) text += ', ';
          if (!walk([chunk[i]])) return false;
        }
        text += ')';
      } else if (
        chunk === null ||
        typeof chunk === 'string' ||
        typeof chunk === 'number' ||
        typeof chunk === 'bigint' ||
        typeof chunk === 'boolean'
      ) {
        text += '?';
        params.push(chunk);
      } else return false;
    }
    return true;
  };
  return walk(query.queryChunks) ? { sql: text, params } : undefined;
}

/** A stable fragment's rendering, kept (undefined, and nothing kept, when drizzle must render it). */
function renderStable(fragment: SQL): { text: string; params: unknown[] } | undefined {
  stableRendered.delete(fragment);
  const done = quickRender(fragment);
  if (!done) return undefined;
  const kept = { text: done.sql, params: done.params };
  stableRendered.set(fragment, kept);
  return kept;
}

/** D1 binds at most 100 parameters per statement (local SQLite does not enforce it; we do). */
export const D1_MAX_PARAMS = 100;

/** Renders drizzle `sql` to a prepared D1 statement: identifiers escaped, every value bound. */
export function prepare(db: D1Database | D1DatabaseSession, query: SQL): D1PreparedStatement {
  const { sql: text, params } = render(query);
  if (params.length > D1_MAX_PARAMS) throw new AppError('BAD_REQUEST', `Query has more than ${D1_MAX_PARAMS} values`);
  return db.prepare(text).bind(...params);
}

export function render(query: SQL): { sql: string; params: unknown[] } {
  return quickRender(query) ?? dialect.sqlToQuery(query);
}

/** drizzle's own rendering (tests compare render() with it). */
export function drizzleRender(query: SQL): { sql: string; params: unknown[] } {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { sql: text, params };
}

export const ident = (name: string): SQL => fromChunks([new StringChunk(''), new Name(name), new StringChunk('')]);

/**
 * A rendered statement with each distinct value bound once (`?N` numbered parameters, which D1 takes):
 * long statements repeat their JSON paths and names, and D1 counts parameters, not placeholders. Only
 * placeholders outside quoted text are renumbered.
 */
export function numbered(query: SQL): { sql: string; params: unknown[] } {
  const { sql: text, params } = render(query);
  const index = new Map<string, number>();
  const kept: unknown[] = [];
  let next = 0;
  let quote: string | undefined;
  let out = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '?') {
      const value = params[next++];
      const key = typeof value === 'string' || typeof value === 'number' ? `${typeof value}:${value}` : undefined;
      let n = key === undefined ? undefined : index.get(key);
      if (n === undefined) {
        kept.push(value);
        n = kept.length;
        if (key !== undefined) index.set(key, n);
      }
      out += `?${n}`;
      continue;
    }
    out += char;
  }
  return { sql: out, params: kept };
}
