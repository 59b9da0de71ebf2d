import type { DataAccess } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { workflowStub } from '../../lib/do-stubs';
import { within } from '../ops/health';

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
