import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { KV_TTL, KvStore, kvKeys } from '../../../src/core/ops/kv';

describe('KV store', () => {
  it('round-trips JSON under typed keys and lists by prefix', async () => {
    const kv = new KvStore(env.CACHE);
    await kv.putJson(kvKeys.log('a1'), { level: 'info', message: 'hello' }, KV_TTL.log);
    await kv.putJson(kvKeys.log('a2'), { level: 'error', message: 'bye' }, KV_TTL.log);
    await kv.putJson(kvKeys.cache('registry', 'default'), { tables: 3 }, 1);
    expect(await kv.getJson(kvKeys.log('a1'))).toEqual({ level: 'info', message: 'hello' });
    const page = await kv.list(kvKeys.logPrefix, { limit: 10 });
    // Beside the demo data's one entry (a timestamped id, core/framework/demo.ts).
    expect(page.keys.filter((k) => k.startsWith('log:a'))).toEqual(['log:a1', 'log:a2']);
    expect((await kv.list(kvKeys.cachePrefix('registry'))).keys).toEqual(['cache:registry:default']);
    await kv.delete(kvKeys.log('a1'));
    expect(await kv.getJson(kvKeys.log('a1'))).toBeNull();
  });
});
