import { IsolateCache } from '../ops/cache';

/**
 * Parsed request filters by their text, per isolate: a client sends the same `$filter`, `q` or `filter`
 * again and again (a list it pages through, a UI it refreshes), and parsing is a pure function of the text.
 * Only successful parses are kept (a bad filter is parsed, and refused, every time); the values are deeply
 * frozen, so a consumer that would change a shared tree fails loudly instead of changing other requests'.
 */
const parsed = new IsolateCache<unknown>('parsed-filters', { tableName: '', maxSize: 500, ttlMs: 60 * 60_000 });

/** Longer texts are parsed every time (they would crowd the cache out). */
const LONGEST_KEPT = 2000;

export function cachedParse<T>(kind: string, text: string, parse: (text: string) => T): T {
  if (text.length > LONGEST_KEPT) return parse(text);
  const key = `${kind}\u0000${text}`;
  const hit = parsed.get(key);
  if (hit !== undefined) return hit as T;
  const value = parse(text);
  return value === undefined ? value : (parsed.set(key, deepFreeze(value)) as T);
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
