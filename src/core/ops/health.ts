import type { DataAccess } from '../../db/data-access';
import { poolConfigs } from '../../db/pools';
import type { Bindings } from '../../lib/bindings';
import { workflowStub } from '../../lib/do-stubs';

/**
 * The health of what the whole service stands on (`GET /health`): every D1 pool answers a query, KV answers
 * a read, and a Durable Object answers a storage read. Each check gives up after two seconds and they run
 * at once, so the answer comes within about two seconds whatever is down. Names and states only: no
 * binding ids, errors or settings.
 */

const TIMEOUT_MS = 2000;

/** Whether `check` settles successfully within TIMEOUT_MS. */
export async function within(check: () => Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

type State = 'up' | 'down';
export interface ServiceHealth {
  status: 'UP' | 'DOWN';
  d1: Record<string, State>;
  kv: State;
  durableObjects: State;
}

const state = (ok: boolean): State => (ok ? 'up' : 'down');

export async function serviceHealth(data: DataAccess, env: Bindings): Promise<ServiceHealth> {
  const pools = poolConfigs(env);
  const [kv, durableObjects, ...d1] = await Promise.all([
    within(() => env.CACHE.get('health:probe')),
    within(() => workflowStub(env, 'health').node('health')),
    ...pools.map((p) => within(() => data.d1(p.alias).prepare('select 1 as one').first())),
  ]);
  return {
    status: kv && durableObjects && d1.every(Boolean) ? 'UP' : 'DOWN',
    d1: Object.fromEntries(pools.map((p, i) => [p.alias, state(d1[i])])),
    kv: state(kv),
    durableObjects: state(durableObjects),
  };
}
