import { AppError } from '../lib/errors';

/**
 * The one adapter between the core and D1: every D1 session handed out by DataAccess goes through
 * here. Reads that fail with a transient platform error (connection lost, overload, storage timeout,
 * object reset) are retried with jittered exponential backoff; writes are never retried blindly (a
 * lost connection may have committed). What still fails becomes a 503 with Retry-After.
 */

const TRANSIENT =
  /network connection lost|overloaded|exceeded timeout|storage caused object to be reset|object to be reset|internal error in D1|D1_RESET_DO|cannot resolve D1 DB due to transient issue|durable object is overloaded|durable object reset|object was reset/i;

export function isTransientError(error: unknown): boolean {
  return error instanceof Error && TRANSIENT.test(error.message);
}

/** Statements that cannot change data (a CTE may carry a write, so those are checked for one). */
export function isReadOnlySql(sql: string): boolean {
  if (/^\s*(?:select|pragma|explain)/i.test(sql)) return true;
  return /^\s*with/i.test(sql) && !/\b(insert|update|delete|replace)\b/i.test(sql);
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 40 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(run: () => Promise<T>, retry: boolean, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isTransientError(error)) throw error;
      if (!retry || attempt >= policy.attempts) throw unavailable(error);
      // Full jitter: spreads the retries of many isolates hitting the same overloaded database.
      await sleep(Math.random() * policy.baseDelayMs * 2 ** attempt);
    }
  }
}

function unavailable(error: unknown): AppError {
  console.error(
    JSON.stringify({ level: 'error', message: 'D1 unavailable', cause: error instanceof Error ? error.message : '' }),
  );
  return new AppError('UNAVAILABLE', 'The database is temporarily unavailable; retry shortly', { retryAfter: 1 });
}

/** What one request asked of D1 (request log; `x-d1-stats` header where D1_STATS_HEADER is "true"). */
export interface D1Stats {
  queries: number;
  rowsRead: number;
  rowsWritten: number;
  /**
   * The text of every statement run, in order, when D1_STATS_HEADER is `sql` (the bench checks that its
   * baseline Worker runs Atrium's exact statements); absent otherwise.
   */
  texts?: string[];
}

export const newStats = (): D1Stats => ({ queries: 0, rowsRead: 0, rowsWritten: 0 });

function count<R extends { meta?: Partial<D1Meta> } | undefined>(
  stats: D1Stats | undefined,
  result: R,
  sql: string | undefined,
): R {
  if (stats && result) {
    stats.queries += 1;
    stats.rowsRead += result.meta?.rows_read ?? 0;
    stats.rowsWritten += result.meta?.rows_written ?? 0;
    stats.texts?.push(sql ?? '?');
  }
  return result;
}

type Statement = D1PreparedStatement;

/**
 * Statements that must commit together with the request's first write on a session: a precondition guard
 * before it (If-Match), a bookkeeping row after it (an idempotency key marked applied). Taken once.
 */
export interface Companions {
  before: Statement[];
  after: Statement[];
}
export type TakeCompanions = () => Companions | undefined;

/** What a session's statements share: the real session, the retry policy, the request's figures. */
interface Shared {
  session: Pick<D1DatabaseSession, 'batch'>;
  policy: RetryPolicy;
  stats?: D1Stats;
  take?: TakeCompanions;
}

/**
 * A statement with the retry policy and the request's figures. A class (methods on the prototype, the
 * real statement in a field) rather than an object of closures per prepare and bind: a request prepares
 * several, and D1's batch needs the real statement back.
 */
class ResilientStatement {
  constructor(
    readonly real: Statement,
    readonly sql: string,
    /** Cannot change data: retried on a transient error; a write never is (it may have committed). */
    readonly read: boolean,
    private readonly shared: Shared,
  ) {}

  bind(...values: unknown[]): ResilientStatement {
    return new ResilientStatement(this.real.bind(...values), this.sql, this.read, this.shared);
  }

  /** first() is all() + the first row, so its rows read are counted like the others'. */
  async first(column?: string): Promise<unknown> {
    const row = (await this.all()).results[0] as Record<string, unknown> | undefined;
    if (!row) return null;
    return column === undefined ? row : (row[column] ?? null);
  }

  async all(): Promise<D1Result> {
    return count(this.shared.stats, await this.execute(false), this.sql);
  }

  async run(): Promise<D1Result> {
    return count(this.shared.stats, await this.execute(true), this.sql);
  }

  /** raw() has no meta: it counts as a statement, its rows read are unknown. */
  async raw(options?: { columnNames?: boolean }): Promise<unknown[]> {
    const { policy, stats } = this.shared;
    const rows = await withRetry(
      () => this.real.raw(options as { columnNames: true }) as Promise<unknown[]>,
      this.read,
      policy,
    );
    if (stats) {
      stats.queries += 1;
      stats.texts?.push(this.sql);
    }
    return rows;
  }

  /** A write runs in one batch with the request's companions, when it is the first to take them. */
  private async execute(run: boolean): Promise<D1Result> {
    const { policy, take, session } = this.shared;
    const companions = this.read ? undefined : take?.();
    if (companions) {
      const results = await withRetry(
        () => session.batch([...companions.before, this.real, ...companions.after]),
        false,
        policy,
      );
      return results[companions.before.length];
    }
    return withRetry(() => (run ? this.real.run() : this.real.all()), this.read, policy);
  }
}

type Session = Pick<D1DatabaseSession, 'prepare' | 'batch' | 'getBookmark'>;

/**
 * A D1 session whose statements and batches get the retry policy above and count in the request's figures.
 * A class with the session's three methods (no Proxy, no closures, no WeakMap entry per request): the pool it
 * belongs to is a field (DataAccess sets it; sessionPool reads it).
 */
export class ResilientSession implements Session {
  readonly #shared: Shared;
  readonly #session: Session;

  constructor(
    session: Session,
    /** The pool alias (data-access.ts sessionPool); undefined for a session outside DataAccess. */
    readonly pool?: string,
    policy: RetryPolicy = DEFAULT_RETRY,
    stats?: D1Stats,
    take?: TakeCompanions,
  ) {
    this.#session = session;
    this.#shared = { session, policy, stats, take };
  }

  prepare(sql: string): Statement {
    return new ResilientStatement(
      this.#session.prepare(sql),
      sql,
      isReadOnlySql(sql),
      this.#shared,
    ) as unknown as Statement;
  }

  /**
   * A batch is retried only when every statement in it reads: a batch is atomic, but a lost connection leaves
   * unknown whether a write batch committed. The request's first write batch carries its companions
   * (preconditions, bookkeeping) inside, so they commit or fail with it.
   */
  batch<T = unknown>(statements: Statement[]): Promise<D1Result<T>[]> {
    const { session, policy, stats, take } = this.#shared;
    const known = statements.map((s) => (s instanceof ResilientStatement ? s : undefined));
    let reals = statements.map((s, i) => known[i]?.real ?? s);
    const read = known.every((k) => k?.read === true);
    const companions = read ? undefined : take?.();
    if (companions) reals = [...companions.before, ...reals, ...companions.after];
    return withRetry(() => session.batch<T>(reals), read, policy).then((results) => {
      const before = companions?.before.length ?? 0;
      results.forEach((result, i) => {
        count(stats, result, known[i - before]?.sql);
      });
      return companions ? results.slice(companions.before.length, results.length - companions.after.length) : results;
    });
  }

  getBookmark(): D1SessionBookmark | null {
    return this.#session.getBookmark();
  }
}
