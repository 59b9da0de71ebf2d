import { AppError } from '../../lib/errors';
/**
 * KV (binding CACHE) behind typed keys and TTLs. KV is eventually consistent: it holds logs and caches
 * only, never token revocation or rights. Callers treat a KV failure as a miss where their data lives in D1.
 */
export const KV_TTL = {
  /** Log entries pushed through Liberty's /api/logs: kept a week. */
  log: 7 * 24 * 3600,
  /** Cache entries (iDempiere's /api/v1/caches reports and resets them). */
  cache: 3600,
  /** Export outbox files: kept a week, like logs. */
  outbox: 7 * 24 * 3600,
} as const;

export const kvKeys = {
  log: (id: string) => `log:${id}`,
  logPrefix: 'log:',
  cache: (name: string, key: string) => `cache:${name}:${key}`,
  cachePrefix: (name?: string) => (name ? `cache:${name}:` : 'cache:'),
  /** Ribbon2 plain-export outbox files, per scheme. */
  outbox: (protocol: string, scheme: string, file = '') => `outbox:${protocol}:${scheme}:${file}`,
} as const;

/** A KV outage becomes a 503 with Retry-After (logged server side); callers whose data lives in D1 catch it. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    console.error(
      JSON.stringify({ level: 'error', message: 'KV unavailable', cause: error instanceof Error ? error.message : '' }),
    );
    throw new AppError('UNAVAILABLE', 'The log and cache store is temporarily unavailable', { retryAfter: 1 });
  }
}

export class KvStore {
  constructor(private readonly kv: KVNamespace) {}

  getJson<T>(key: string): Promise<T | null> {
    return guarded(() => this.kv.get<T>(key, 'json'));
  }

  putJson(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    // KV refuses TTLs under 60 seconds.
    return guarded(() => this.kv.put(key, JSON.stringify(value), { expirationTtl: Math.max(60, ttlSeconds) }));
  }

  putText(key: string, value: string, ttlSeconds: number, metadata?: Record<string, unknown>): Promise<void> {
    return guarded(() => this.kv.put(key, value, { expirationTtl: Math.max(60, ttlSeconds), metadata }));
  }

  delete(key: string): Promise<void> {
    return guarded(() => this.kv.delete(key));
  }

  /** One bounded page of keys under a prefix (KV caps a page at 1000). */
  list(prefix: string, options: { limit?: number; cursor?: string } = {}) {
    return guarded(async () => {
      const page = await this.kv.list({
        prefix,
        limit: Math.min(Math.max(options.limit ?? 100, 1), 1000),
        cursor: options.cursor,
      });
      return { keys: page.keys.map((k) => k.name), cursor: page.list_complete ? undefined : page.cursor };
    });
  }
}
