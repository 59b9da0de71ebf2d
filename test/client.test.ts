import { describe, expect, it } from 'vitest';
import { atriumClient, example } from '../client/example';
import { call } from './support/worker';

/**
 * The committed client (client/schema.d.ts, openapi-fetch) against the Worker itself: `npm run typecheck`
 * checks client/example.ts through this import, and this test runs it. Requests go through `call`, so the
 * answers are leak-scanned like every other test's.
 */
async function viaWorker(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return call(url.pathname + url.search, { method: request.method, headers: request.headers, body });
}

describe('typed client (client/example.ts)', () => {
  it('logs in on iDempiere and DATAGERRY and reads typed, filtered lists', async () => {
    const result = await example(atriumClient('http://atrium.test', viaWorker));
    expect(result.partners.length).toBeGreaterThan(0);
    expect(result.partnerCount).toBeGreaterThanOrEqual(result.partners.length);
    expect(result.partners.every((id) => typeof id === 'number')).toBe(true);
    expect(result.objects.length).toBeGreaterThan(0);
    expect(result.objects.every((id) => typeof id === 'number')).toBe(true);
  });

  it('answers a failed login as a typed error, not an exception', async () => {
    const client = atriumClient('http://atrium.test', viaWorker);
    const { data, error, response } = await client.POST('/rest/auth/login', {
      body: { user_name: 'client-test-nobody', password: 'wrong' },
      headers: { 'cf-connecting-ip': '198.51.100.77' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401, response: 'Unauthorized' });
  });
});
