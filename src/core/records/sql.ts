import { type SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../lib/errors';

const dialect = new SQLiteSyncDialect();

/** D1 binds at most 100 parameters per statement (local SQLite does not enforce it; we do). */
export const D1_MAX_PARAMS = 100;

/** Renders drizzle `sql` to a prepared D1 statement: identifiers escaped, every value bound. */
export function prepare(db: D1Database | D1DatabaseSession, query: SQL): D1PreparedStatement {
  const { sql: text, params } = dialect.sqlToQuery(query);
  if (params.length > D1_MAX_PARAMS) throw new AppError('BAD_REQUEST', `Query has more than ${D1_MAX_PARAMS} values`);
  return db.prepare(text).bind(...params);
}

export function render(query: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(query);
}

export const ident = (name: string): SQL => sql`${sql.identifier(name)}`;
