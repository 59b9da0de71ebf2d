import type { Bindings } from '../lib/bindings';
import { AppError } from '../lib/errors';

/**
 * The pool registry: a pool alias (Liberty's `default`, `libnsx1`…) maps to a D1 binding.
 * It is configuration (the POOLS var), not code, and is mirrored into the `pools` table at bootstrap.
 */
export interface PoolConfig {
  alias: string;
  binding: string;
}

export const DEFAULT_POOL = 'default';
const ALIAS = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

let parsed: { source: string; pools: PoolConfig[] } | undefined;

export function poolConfigs(env: Bindings): PoolConfig[] {
  const source = env.POOLS ?? '';
  if (parsed?.source === source) return parsed.pools;
  let map: unknown;
  try {
    map = source ? JSON.parse(source) : { [DEFAULT_POOL]: 'DB' };
  } catch {
    throw new AppError('INTERNAL', 'Pool configuration is invalid');
  }
  if (!map || typeof map !== 'object' || Array.isArray(map))
    throw new AppError('INTERNAL', 'Pool configuration is invalid');
  const pools = Object.entries(map as Record<string, unknown>)
    .filter((entry): entry is [string, string] => ALIAS.test(entry[0]) && typeof entry[1] === 'string')
    .map(([alias, binding]) => ({ alias, binding }));
  if (!pools.some((p) => p.alias === DEFAULT_POOL)) pools.unshift({ alias: DEFAULT_POOL, binding: 'DB' });
  parsed = { source, pools };
  return pools;
}

export function findPool(env: Bindings, alias: string): PoolConfig | undefined {
  return poolConfigs(env).find((p) => p.alias === alias);
}

/** The D1 binding behind a pool alias; unknown aliases are a 404 in Liberty's wording. */
export function poolDatabase(env: Bindings, alias: string): D1Database {
  const pool = findPool(env, alias);
  const db = pool ? (env as unknown as Record<string, unknown>)[pool.binding] : undefined;
  if (!pool || !isD1(db)) throw new AppError('NOT_FOUND', `Requested pool \`${alias}\` not found`);
  return db;
}

function isD1(value: unknown): value is D1Database {
  return typeof value === 'object' && value !== null && 'prepare' in value && 'withSession' in value;
}
