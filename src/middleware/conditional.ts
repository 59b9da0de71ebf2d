import type { Context } from 'hono';
import {
  etagOf,
  expectedVersion,
  parseTags,
  preconditionFailed,
  rowVersion,
  tagMatches,
  type VersionKey,
  versionGuard,
} from '../core/ops/versions';
import { DEFAULT_POOL } from '../db/pools';
import type { AppEnv } from '../lib/types';

/**
 * Conditional requests for any face's single resources (core/ops/versions.ts has the model): a read sets
 * `ETag` and answers 304 when `If-None-Match` names the current version; a write with `If-Match` is
 * refused with 412 when the version moved, checked now and again inside the write's own batch (so of two
 * clients racing with the same tag exactly one wins, and a refused write changes nothing).
 */
export async function conditionalRead(
  c: Context<AppEnv>,
  key: VersionKey,
  pool = DEFAULT_POOL,
): Promise<Response | undefined> {
  const etag = etagOf(key, await rowVersion(c.var.data.d1(pool), key));
  c.header('ETag', etag);
  if (tagMatches(parseTags(c.req.header('if-none-match')), etag)) return c.body(null, 304);
  return undefined;
}

export async function conditionalWrite(c: Context<AppEnv>, key: VersionKey, pool = DEFAULT_POOL): Promise<void> {
  const expected = expectedVersion(parseTags(c.req.header('if-match')), key);
  // `*` asks only that the resource exists, which the write itself checks (404).
  if (expected === undefined || expected === 'any') return;
  if ((await rowVersion(c.var.data.d1(pool), key)) !== expected) throw preconditionFailed();
  c.var.data.withFirstWrite(pool, { before: (raw) => versionGuard(raw, key, expected) });
}

/** The resource's ETag after a write (its new version), for the write's response. */
export async function etagAfterWrite(c: Context<AppEnv>, key: VersionKey, pool = DEFAULT_POOL): Promise<void> {
  c.header('ETag', etagOf(key, await rowVersion(c.var.data.d1(pool), key)));
}
