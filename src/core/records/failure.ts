import { sql } from 'drizzle-orm';
import { prepare } from './sql';

/** Fails at run time, always, with a message no write produces: ends a trial batch (see locateFailure). */
const SENTINEL = sql`insert into audit_log (table_name, action) values (null, 'SENTINEL')`;
const SENTINEL_FAILED = /NOT NULL constraint failed: audit_log\.table_name/i;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Which group of statements made a batch fail. D1 does not say which statement failed, so growing prefixes
 * of the groups are run again, each ending with a statement that always fails (so every trial rolls back):
 * the first prefix that fails on something else ends with the culprit. Only on the failure path. Used by
 * the records service (a request's writes) and Liberty's stored writes (a body's rows).
 */
export async function locateFailure(
  db: D1Database | D1DatabaseSession,
  groups: D1PreparedStatement[][],
  error: unknown,
): Promise<{ index: number; error: unknown }> {
  if (groups.length === 1) return { index: 0, error };
  const sentinel = prepare(db, SENTINEL);
  const prefix: D1PreparedStatement[] = [];
  for (const [index, group] of groups.entries()) {
    prefix.push(...group);
    try {
      await db.batch([...prefix, sentinel]);
    } catch (trial) {
      if (!SENTINEL_FAILED.test(messageOf(trial))) return { index, error: trial };
    }
  }
  return { index: groups.length - 1, error };
}
