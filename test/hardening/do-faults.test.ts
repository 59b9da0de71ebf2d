import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { failingDurableObjects } from '../support/faults';
import { captureErrorLog } from '../support/logs';
import { probe } from '../support/probe';
import { bearer, tokenFor } from '../support/worker';

const DO_FAULTS = [
  'Durable Object is overloaded. Requests queued for too long.',
  'Durable Object reset because its code was updated.',
  'Network connection lost.',
];

describe('Durable Object faults', () => {
  captureErrorLog();

  it.each(DO_FAULTS)('login answers 503 with Retry-After when the throttle DO fails: %s', async (message) => {
    const res = await probe(
      '/auth',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'admin', password: 'admin' }),
      },
      { THROTTLE_DO: failingDurableObjects(env.THROTTLE_DO, message) },
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.text()).not.toMatch(/Durable Object|overloaded/);
  });

  it('pool open/close answer 503 when the PoolDO fails, and reads through D1 are unaffected', async () => {
    const admin = await tokenFor('admin');
    const failing = { POOL_DO: failingDurableObjects(env.POOL_DO, DO_FAULTS[0]) };
    const open = await probe('/api/db/open', { headers: bearer(admin) }, failing);
    expect(open.status).toBe(503);
    expect(await open.json()).toMatchObject({ status: 'failed' });
    const fmw = await probe('/api/fmw/applications', { headers: bearer(admin) }, failing);
    expect(fmw.status).toBe(200);
  });
});
