import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import type { Bindings } from '../lib/bindings';
import { DEFAULT_POOL, poolDatabase } from './pools';
import { type Companions, type D1Stats, newStats, ResilientSession } from './resilient';

/**
 * drizzle over one pool's session. No relational schema: nothing uses drizzle's `db.query` API, and
 * building its relational config from the whole schema cost about 0.1 ms on every request.
 */
export type Orm = DrizzleD1Database;

/** The pool alias of a session from DataAccess.d1(), or undefined for any other D1 handle (per-pool caches key by it). */
export function sessionPool(db: object): string | undefined {
  return db instanceof ResilientSession ? db.pool : undefined;
}

type StatementOf = (db: D1DatabaseSession) => D1PreparedStatement;

/** Header carrying the D1 Sessions API bookmark (read-your-writes across read replicas). */
export const BOOKMARK_HEADER = 'x-d1-bookmark';

/**
 * Per-request access to the pools. Every pool is reached through a D1 session: a request that sends
 * back the bookmark of an earlier response reads at least that fresh, so enabling read replication
 * needs no code change. Sessions are opened lazily, one per pool per request.
 */
export class DataAccess {
  private readonly sessions = new Map<string, D1DatabaseSession>();
  private readonly orms = new Map<string, Orm>();
  /** Per pool: statements that must commit with the request's first write there (see resilient.ts). */
  private readonly companions = new Map<string, { before: StatementOf[]; after: StatementOf[] }>();
  private readonly raw = new Map<string, D1DatabaseSession>();
  /** Statements run and rows read/written by this request, over every pool. */
  readonly stats: D1Stats = newStats();

  constructor(
    private readonly env: Bindings,
    private readonly bookmark?: string,
  ) {
    if (env.D1_STATS_HEADER === 'sql') this.stats.texts = [];
  }

  /** The raw D1 session of a pool (for prepared statements and batches). */
  d1(pool: string = DEFAULT_POOL): D1DatabaseSession {
    let session = this.sessions.get(pool);
    if (!session) {
      const constraint = pool === DEFAULT_POOL && this.bookmark ? this.bookmark : 'first-unconstrained';
      const raw = poolDatabase(this.env, pool).withSession(constraint);
      this.raw.set(pool, raw);
      session = new ResilientSession(raw, pool, undefined, this.stats, () =>
        this.takeCompanions(pool),
      ) as unknown as D1DatabaseSession;
      this.sessions.set(pool, session);
    }
    return session;
  }

  /**
   * Makes the request's next write on `pool` carry these statements in its own batch: `before` (a
   * precondition guard, which aborts the batch when it fails) and `after` (bookkeeping that must commit
   * with the write). They ride with exactly one write: the first.
   */
  withFirstWrite(pool: string, statements: { before?: StatementOf; after?: StatementOf }): void {
    const entry = this.companions.get(pool) ?? { before: [], after: [] };
    if (statements.before) entry.before.push(statements.before);
    if (statements.after) entry.after.push(statements.after);
    this.companions.set(pool, entry);
  }

  /** Forgets companions no write took (the request wrote nothing before its bookkeeping). */
  discardFirstWrite(pool: string): void {
    this.companions.delete(pool);
  }

  private takeCompanions(pool: string): Companions | undefined {
    const entry = this.companions.get(pool);
    const raw = this.raw.get(pool);
    if (!entry || !raw) return undefined;
    this.companions.delete(pool);
    return { before: entry.before.map((f) => f(raw)), after: entry.after.map((f) => f(raw)) };
  }

  /** drizzle over the pool's session. */
  orm(pool: string = DEFAULT_POOL): Orm {
    let orm = this.orms.get(pool);
    if (!orm) {
      // A D1 session offers the prepare/batch surface drizzle's D1 driver uses.
      orm = drizzle(this.d1(pool) as unknown as D1Database);
      this.orms.set(pool, orm);
    }
    return orm;
  }

  /** The default pool's latest bookmark, when this request touched it. */
  latestBookmark(): string | null {
    // The raw session's own method (the resilient wrapper would look it up through its proxy).
    return this.raw.get(DEFAULT_POOL)?.getBookmark() ?? null;
  }
}

/** Bookmarks are opaque but short; anything else in the header is ignored rather than passed to D1. */
export function parseBookmark(value: string | undefined): string | undefined {
  return value && value.length <= 256 && /^[A-Za-z0-9_-]+$/.test(value) ? value : undefined;
}
