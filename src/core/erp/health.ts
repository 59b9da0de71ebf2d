import type { DataAccess } from '../../db/data-access';
import { workflowStub } from '../../durable/stubs';
import type { Bindings } from '../../lib/types';

/**
 * The health of what iDempiere's face stands on (`GET /api/v1/health`): the default D1 pool answers a
 * query, and a Durable Object (the workflow namespace, which serialises approvals) answers a storage read.
 * Each check gives up after two seconds, as the original's database check does.
 */

export interface Health {
  status: 'UP' | 'DOWN';
  database: 'connected' | 'disconnected';
  durableObjects: 'connected' | 'disconnected';
}

const TIMEOUT_MS = 2000;

async function within(check: () => Promise<unknown>): Promise<boolean> {
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

export async function systemHealth(data: DataAccess, env: Bindings): Promise<Health> {
  const [database, durableObjects] = await Promise.all([
    within(() => data.d1().prepare('select 1 as one').first()),
    within(() => workflowStub(env, 'health').node('health')),
  ]);
  return {
    status: database && durableObjects ? 'UP' : 'DOWN',
    database: database ? 'connected' : 'disconnected',
    durableObjects: durableObjects ? 'connected' : 'disconnected',
  };
}
