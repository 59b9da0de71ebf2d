import type { DataAccess } from '../../db/data-access';
import { DEFAULT_POOL, findPool, poolConfigs } from '../../db/pools';
import type { Bindings } from '../../lib/bindings';
import { poolStub } from '../../lib/do-stubs';
import { AppError } from '../../lib/errors';
import { type Actor, requireWrite } from '../identity/actor';
import { IsolateCache } from './cache';

/**
 * Pools as the faces see them: the configured aliases, and their open/closed state (one PoolDO per pool).
 * Opening and closing a pool changes what every user can reach, so it is an administrator's act
 * (`base.system.edit`); a query on a closed pool reopens it lazily, as the original does.
 */
export { DEFAULT_POOL, poolConfigs };

export const POOL_ADMIN_RIGHT = 'base.system.edit';

/** The pool must be configured; an unknown alias is a 404 in Liberty's wording. */
export function requirePool(env: Bindings, alias: string): string {
  if (!findPool(env, alias)) throw new AppError('NOT_FOUND', `Requested pool \`${alias.slice(0, 64)}\` not found`);
  return alias;
}

/** Pools known open in this isolate: the PoolDO is asked at most every 30 s per isolate and pool. */
const openPools = new IsolateCache<true>('pool-open-state', { tableName: 'pools', maxSize: 64, ttlMs: 30_000 });

export async function ensurePoolOpen(env: Bindings, alias: string): Promise<void> {
  if (openPools.get(alias)) return;
  const status = await poolStub(env, alias).ensureOpen(alias);
  if (!status) throw new AppError('NOT_FOUND', `Requested pool \`${alias.slice(0, 64)}\` not found`);
  openPools.set(alias, true);
}

export async function openPool(env: Bindings, actor: Actor, alias: string): Promise<void> {
  requireWrite(actor, POOL_ADMIN_RIGHT);
  requirePool(env, alias);
  const status = await poolStub(env, alias).open(alias);
  if (!status) throw new AppError('NOT_FOUND', `Requested pool \`${alias.slice(0, 64)}\` not found`);
  openPools.set(alias, true);
}

export async function closePool(env: Bindings, actor: Actor, alias: string): Promise<void> {
  requireWrite(actor, POOL_ADMIN_RIGHT);
  requirePool(env, alias);
  await poolStub(env, alias).close(alias);
  openPools.delete(alias);
}

/** The pool's current date (Liberty's /api/db/check): proves the pool answers. */
export async function poolNow(data: DataAccess, env: Bindings, alias: string): Promise<string | null> {
  requirePool(env, alias);
  await ensurePoolOpen(env, alias);
  const row = await data
    .d1(alias)
    .prepare("select strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') as now")
    .first<{ now: string }>();
  return row?.now ?? null;
}
