import { IsolateCache } from '../ops/cache';
import type { Principal } from './principal';

/**
 * Per-isolate cache of verified tokens → principal (user, memberships, rights), so a request with a
 * token seen recently costs no D1 round trip for authentication. Entries live `AUTH_CACHE_SECONDS`
 * (default 10, 0 = off). Every identity write in this isolate (user, membership, group rights,
 * revocation) clears the whole cache at once; other isolates see the change within the TTL
 * (docs/decisions.md, "Principal cache").
 */
/** Upper bound of the configured TTL. */
const MAX_TTL_MS = 60_000;
const cache = new IsolateCache<Principal>('atrium.principals', {
  tableName: 'users',
  maxSize: 2000,
  ttlMs: MAX_TTL_MS,
});

let lastSetting: { value: string | undefined; ms: number } | undefined;

export function authCacheMs(env: { AUTH_CACHE_SECONDS?: string }): number {
  const value = env.AUTH_CACHE_SECONDS;
  // The setting does not change within an isolate: parsed once per value.
  if (lastSetting && lastSetting.value === value) return lastSetting.ms;
  const seconds = Number(value ?? 10);
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_TTL_MS) : 0;
  lastSetting = { value, ms };
  return ms;
}

/** The cached principal for a token, or the loader's (a failed load is never kept; no load is shared). */
export function cachedPrincipal(token: string, ttlMs: number, load: () => Promise<Principal>): Promise<Principal> {
  return ttlMs > 0 ? cache.load(token, load, ttlMs) : load();
}

/** The cached principal for a token, without a load (undefined when not cached or caching is off). */
export function knownPrincipal(token: string, ttlMs: number): Principal | undefined {
  return ttlMs > 0 ? cache.get(token) : undefined;
}

/** Called after every identity write: nothing cached may outlive a change seen by this isolate. */
export function identityChanged(): void {
  cache.clear();
}
