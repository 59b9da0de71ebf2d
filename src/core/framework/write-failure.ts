import { AppError } from '../../lib/errors';
import { locateFailure } from '../records/failure';

/**
 * A stored write that broke a constraint (duplicate, NOT NULL, missing reference): a CONFLICT naming the
 * body row that failed (`details.line`, as sent; `details.row`, its index), found by locateFailure;
 * anything else as it came.
 */
export async function writeFailure(
  db: D1Database | D1DatabaseSession,
  statements: D1PreparedStatement[],
  starts: number[],
  rows: Record<string, unknown>[],
  error: unknown,
): Promise<unknown> {
  const message = error instanceof Error ? error.message : String(error);
  if (!/SQLITE_CONSTRAINT|constraint failed/i.test(message)) return error;
  const groups = starts.map((start, i) => statements.slice(start, starts[i + 1] ?? statements.length));
  const found = await locateFailure(db, groups, error);
  const text = found.error instanceof Error ? found.error.message : '';
  const what = /NOT NULL/i.test(text)
    ? 'a required value is missing'
    : /UNIQUE|PRIMARY KEY/i.test(text)
      ? 'a row with this key exists already'
      : 'the write conflicts with existing data';
  return new AppError('CONFLICT', `Query execution failed: ${what}`, {
    details: { row: found.index, line: rows[found.index] },
  });
}
