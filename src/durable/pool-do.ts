import { DurableObject } from 'cloudflare:workers';
import { findPool, poolDatabase } from '../db/pools';

export interface PoolStatus {
  alias: string;
  state: 'open' | 'closed';
  lastCheck: string | null;
  opens: number;
  closes: number;
  checks: number;
}

/**
 * One per pool (named by alias): the pool's open/closed state, last check time and counters, and the
 * place to serialise read-modify-write sequences on that pool. Liberty's /api/db/open|close drive it;
 * a query on a closed pool reopens it lazily, as the original does.
 */
export class PoolDO extends DurableObject<Cloudflare.Env> {
  private async load(alias: string): Promise<PoolStatus> {
    return (
      (await this.ctx.storage.get<PoolStatus>('status')) ?? {
        alias,
        state: 'closed',
        lastCheck: null,
        opens: 0,
        closes: 0,
        checks: 0,
      }
    );
  }

  /** Verifies the pool answers, then marks it open. Unknown pools: null (errors do not cross RPC well). */
  async open(alias: string): Promise<PoolStatus | null> {
    if (!findPool(this.env, alias)) return null;
    await poolDatabase(this.env, alias).prepare('select 1').first();
    const status = await this.load(alias);
    const next: PoolStatus = { ...status, state: 'open', lastCheck: new Date().toISOString(), opens: status.opens + 1 };
    await this.ctx.storage.put('status', next);
    return next;
  }

  async close(alias: string): Promise<PoolStatus> {
    const status = await this.load(alias);
    const next: PoolStatus = { ...status, state: 'closed', closes: status.closes + (status.state === 'open' ? 1 : 0) };
    await this.ctx.storage.put('status', next);
    return next;
  }

  /** Opens the pool if closed (lazy reopen) and counts the check. */
  async ensureOpen(alias: string): Promise<PoolStatus | null> {
    const status = await this.load(alias);
    const opened = status.state === 'open' ? status : await this.open(alias);
    if (!opened) return null;
    const next = { ...opened, checks: opened.checks + 1, lastCheck: new Date().toISOString() };
    await this.ctx.storage.put('status', next);
    return next;
  }

  async status(alias: string): Promise<PoolStatus> {
    return this.load(alias);
  }
}
