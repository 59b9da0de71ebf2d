import { DurableObject } from 'cloudflare:workers';
import type { Reservation, ThrottlePolicy } from '../core/identity/throttle-policy';

/** How many addresses an account remembers as familiar (the most recent). */
const MAX_FAMILIAR = 20;

const MAX_DELAY_MS = 2000;

function slowdown(failures: number, slowAfter: number, delayMs: number): number {
  return failures >= slowAfter ? Math.min(MAX_DELAY_MS, delayMs * (failures - slowAfter + 1)) : 0;
}

/**
 * Login attempt counters. Two kinds of object share this class (see throttle.ts for the model):
 *
 * - one per client address (`address:<ip>`): a log of that address's attempts that did not succeed,
 *   each with its login name, giving both the per-address and the per-(name, address) counts. `reserve`
 *   checks both bounds and logs the attempt in one synchronous step; a Durable Object runs one call at a
 *   time and SQL here never awaits, so concurrent logins cannot all pass the check. An attempt counts as a
 *   failure from the moment it is reserved; only a success `release`s it. The log stays bounded: nothing
 *   is added once the address's bound is reached, and entries leave after the window.
 * - one per login name (`name:<login>`): the account's log of password checks that did not succeed, over
 *   all addresses, and the addresses it logged in from (familiar). `admit` refuses an unfamiliar address
 *   once the account's budget is spent, in one synchronous step as `reserve` does.
 */
export class ThrottleDO extends DurableObject<Cloudflare.Env> {
  private schemaReady = false;

  private get sql() {
    if (!this.schemaReady) {
      this.ctx.storage.sql.exec(
        'CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, at INTEGER NOT NULL);' +
          'CREATE INDEX IF NOT EXISTS attempts_by_name ON attempts (name, at);' +
          'CREATE TABLE IF NOT EXISTS familiar (address TEXT PRIMARY KEY, at INTEGER NOT NULL);',
      );
      this.schemaReady = true;
    }
    return this.ctx.storage.sql;
  }

  /** Live attempts (all, or one name's): how many, and when the one that must expire to free a slot was made. */
  private window(name: string | null, lockAfter: number): { count: number; freesAt: number } {
    const where = name === null ? '' : ' WHERE name = ?';
    const bindings = name === null ? [] : [name];
    const { count } = this.sql
      .exec<{ count: number }>(`SELECT count(*) AS count FROM attempts${where}`, ...bindings)
      .one();
    if (count < lockAfter) return { count, freesAt: 0 };
    // Once the oldest (count - lockAfter + 1) attempts expire, the count is below the bound again.
    const row = this.sql
      .exec<{ at: number }>(
        `SELECT at FROM attempts${where} ORDER BY at LIMIT 1 OFFSET ?`,
        ...bindings,
        count - lockAfter,
      )
      .one();
    return { count, freesAt: row.at };
  }

  /** Address object: reserves one password check for `name`, unless the pair or the address is at its bound. */
  reserve(name: string, policy: ThrottlePolicy): Reservation {
    const now = Date.now();
    const windowMs = policy.windowSeconds * 1000;
    this.sql.exec('DELETE FROM attempts WHERE at <= ?', now - windowMs);
    const pair = this.window(name, policy.pair.lockAfter);
    const address = this.window(null, policy.address.lockAfter);
    const blockedUntil = Math.max(pair.freesAt, address.freesAt);
    if (blockedUntil > 0)
      return {
        allowed: false,
        ticket: 0,
        delayMs: 0,
        retryAfter: Math.max(1, Math.ceil((blockedUntil + windowMs - now) / 1000)),
      };
    const { id } = this.sql
      .exec<{ id: number }>('INSERT INTO attempts (name, at) VALUES (?, ?) RETURNING id', name, now)
      .one();
    return {
      allowed: true,
      ticket: id,
      delayMs: Math.max(
        slowdown(pair.count, policy.pair.slowAfter, policy.delayMs),
        slowdown(address.count, policy.address.slowAfter, policy.delayMs),
      ),
      retryAfter: 0,
    };
  }

  /** Address object: a reserved attempt that succeeded (or was never checked) is not a failure. */
  release(ticket: number): void {
    this.sql.exec('DELETE FROM attempts WHERE id = ?', ticket);
  }

  /**
   * Name object: admits one password check of this account from `address` (an address key), unless the
   * account's budget of checks that did not succeed is spent and the address is not familiar. The check is
   * logged (as a failure until `succeeded` or `release`); answers how long to slow it.
   */
  admit(address: string, policy: ThrottlePolicy): Reservation {
    const now = Date.now();
    const windowMs = policy.windowSeconds * 1000;
    this.sql.exec('DELETE FROM attempts WHERE at <= ?', now - windowMs);
    const account = this.window(null, policy.name.lockAfter);
    if (account.freesAt > 0 && !this.isFamiliar(address, policy, now))
      return {
        allowed: false,
        ticket: 0,
        delayMs: 0,
        retryAfter: Math.max(1, Math.ceil((account.freesAt + windowMs - now) / 1000)),
      };
    const { id } = this.sql
      .exec<{ id: number }>('INSERT INTO attempts (name, at) VALUES (?, ?) RETURNING id', address, now)
      .one();
    return {
      allowed: true,
      ticket: id,
      delayMs: slowdown(account.count, policy.name.slowAfter, policy.delayMs),
      retryAfter: 0,
    };
  }

  /** Name object: the admitted check succeeded: it is no failure, and its address is familiar from now on. */
  succeeded(ticket: number, address: string): void {
    if (ticket) this.sql.exec('DELETE FROM attempts WHERE id = ?', ticket);
    this.sql.exec(
      'INSERT INTO familiar (address, at) VALUES (?, ?) ON CONFLICT (address) DO UPDATE SET at = excluded.at',
      address,
      Date.now(),
    );
    this.sql.exec(
      'DELETE FROM familiar WHERE address NOT IN (SELECT address FROM familiar ORDER BY at DESC LIMIT ?)',
      MAX_FAMILIAR,
    );
  }

  private isFamiliar(address: string, policy: ThrottlePolicy, now: number): boolean {
    const since = now - policy.familiarDays * 24 * 3600 * 1000;
    return this.sql.exec('SELECT 1 FROM familiar WHERE address = ? AND at > ?', address, since).toArray().length > 0;
  }

  /**
   * Live counts, for operators and tests: on an address object its failures (all, and for `name`); on a
   * name object the account's failures over all addresses (`name`, also in `address`).
   */
  counts(policy: ThrottlePolicy, name?: string): { address: number; pair: number; name: number } {
    const since = Date.now() - policy.windowSeconds * 1000;
    const count = (where: string, ...bindings: unknown[]) =>
      this.sql
        .exec<{ count: number }>(`SELECT count(*) AS count FROM attempts WHERE at > ?${where}`, since, ...bindings)
        .one().count;
    const all = count('');
    return { address: all, pair: name === undefined ? 0 : count(' AND name = ?', name), name: all };
  }
}
