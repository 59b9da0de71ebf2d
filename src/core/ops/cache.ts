/**
 * Named per-isolate caches: bounded (LRU by insertion refresh), with a TTL, listed and reset through one
 * registry (iDempiere's /api/v1/caches reports them; DDL and admin actions reset them). Per-isolate state
 * is a cache only: correctness never depends on it being present or shared.
 *
 * They hold settled values only, never a promise: a promise carries the I/O of the request that started it,
 * and a request that awaits another request's promise may resume in a context that is gone ("Cannot
 * perform I/O on behalf of a different request"). Concurrent misses each load (docs/decisions.md,
 * "Security and robustness, third round").
 */
export interface CacheInfo {
  name: string;
  /** The table whose rows the entries derive from (for resets by table). */
  tableName: string;
  size: number;
  maxSize: number;
  expireMinutes: number;
  distributed: boolean;
}

interface Entry<V> {
  value: V;
  expires: number;
}

const registry = new Map<string, IsolateCache<unknown>>();

export class IsolateCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Bumped by clear(): a load that started before a clear must not store what it read. */
  private generation = 0;

  constructor(
    readonly name: string,
    readonly options: { tableName: string; maxSize: number; ttlMs: number },
  ) {
    registry.set(name, this as IsolateCache<unknown>);
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** `ttlMs` overrides the cache's own TTL for this entry (e.g. a TTL configured per deployment). */
  set(key: string, value: V, ttlMs = this.options.ttlMs): V {
    if (value instanceof Promise) throw new Error(`IsolateCache ${this.name} holds settled values only`);
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxSize) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: Date.now() + ttlMs });
    return value;
  }

  /**
   * The cached value, or the loader's once this request has it (a failure is not kept). The loader runs in
   * the calling request; nothing in flight is handed to another one.
   */
  async load(key: string, loader: () => Promise<V>, ttlMs?: number): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const generation = this.generation;
    const value = await loader();
    if (generation === this.generation) this.set(key, value, ttlMs);
    return value;
  }

  delete(key: string): boolean {
    this.generation += 1;
    return this.entries.delete(key);
  }

  clear(): number {
    this.generation += 1;
    const size = this.entries.size;
    this.entries.clear();
    return size;
  }

  info(): CacheInfo {
    return {
      name: this.name,
      tableName: this.options.tableName,
      size: this.entries.size,
      maxSize: this.options.maxSize,
      expireMinutes: Math.round(this.options.ttlMs / 60_000),
      distributed: false,
    };
  }
}

export function listCaches(filter: { name?: string; tableName?: string } = {}): CacheInfo[] {
  return [...registry.values()]
    .map((cache) => cache.info())
    .filter(
      (info) =>
        (!filter.name || info.name === filter.name) &&
        (!filter.tableName || info.tableName.toLowerCase() === filter.tableName.toLowerCase()),
    );
}

/** Resets every cache, those of one table, or one key in them; answers how many entries went. */
export function resetCaches(scope: { tableName?: string; key?: string } = {}): number {
  let reset = 0;
  for (const cache of registry.values()) {
    if (scope.tableName && cache.options.tableName.toLowerCase() !== scope.tableName.toLowerCase()) continue;
    if (scope.key !== undefined) reset += cache.delete(scope.key) ? 1 : 0;
    else reset += cache.clear();
  }
  return reset;
}
