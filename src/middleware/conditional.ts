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
import type { AppEnv } from './env';

/**
 * Conditional requests for any face's single resources (core/ops/versions.ts has the model): a read sets
 * `ETag` and answers 304 when `If-None-Match` names the current version; a write with `If-Match` is
 * refused with 412 when the version moved, checked now and again inside the write's own batch (so of two
 * clients racing with the same tag exactly one wins, and a refused write changes nothing).
 *
 * A read takes the version BEFORE it reads the row: a write committing in between leaves the answer with
 * an older tag than its body, so a conditional write based on it fails (safe), never the other way round.
 */
export async function conditionalRead(
  c: Context<AppEnv>,
  key: VersionKey,
  pool = DEFAULT_POOL,
): Promise<Response | undefined> {
  return answerVersion(c, key, await rowVersion(c.var.data.d1(pool), key));
}

/**
 * The version alone, for a read whose own access check must come before any 304 (a hidden row must not
 * answer one): take the version, read the row (which decides access), then `answerVersion`.
 */
export function readVersion(c: Context<AppEnv>, key: VersionKey, pool = DEFAULT_POOL): Promise<number> {
  return rowVersion(c.var.data.d1(pool), key);
}

/**
 * answerVersion for a route that answers with jsonAnswer (middleware/answer.ts), which takes the ETag with
 * its other headers: the tag, and the 304 when If-None-Match names it.
 */
export function versionTag(
  c: Context<AppEnv>,
  key: VersionKey,
  version: number,
): { etag: string; notModified?: Response } {
  const etag = etagOf(key, version);
  if (!tagMatches(parseTags(c.req.header('if-none-match')), etag)) return { etag };
  c.header('ETag', etag);
  return { etag, notModified: c.body(null, 304) };
}

/** ETag and If-None-Match for a version the read itself returned (in the same statement as the row). */
export function answerVersion(c: Context<AppEnv>, key: VersionKey, version: number): Response | undefined {
  const { etag, notModified } = versionTag(c, key, version);
  // The 304 carries it already; an answer hono builds with c.json takes it from here.
  if (!notModified) c.header('ETag', etag);
  return notModified;
}

/** The row a write names, or a lookup of it (run only when the request carries If-Match; none: 404 later). */
export type KeyOf = VersionKey | (() => Promise<VersionKey | undefined>);

/**
 * `early: false` skips the check made now and leaves it to the guard in the write's batch: for rows an
 * access rule may hide (a type ACL, a directory rule), whose service must answer 404 before anything says
 * whether the row's version matched (a 412 would tell a hidden row exists).
 */
export async function conditionalWrite(
  c: Context<AppEnv>,
  key: KeyOf,
  pool = DEFAULT_POOL,
  options: { early?: boolean } = {},
): Promise<void> {
  const tags = parseTags(c.req.header('if-match'));
  if (!tags) return;
  const resolved = typeof key === 'function' ? await key() : key;
  if (!resolved) return;
  const expected = expectedVersion(tags, resolved);
  // `*` asks only that the resource exists, which the write itself checks (404).
  if (expected === undefined || expected === 'any') return;
  if (options.early !== false && (await rowVersion(c.var.data.d1(pool), resolved)) !== expected)
    throw preconditionFailed();
  c.var.data.withFirstWrite(pool, { before: (raw) => versionGuard(raw, resolved, expected) });
}

/** The resource's ETag after a write (its new version), for the write's response. */
export async function etagAfterWrite(c: Context<AppEnv>, key: VersionKey, pool = DEFAULT_POOL): Promise<void> {
  c.header('ETag', etagOf(key, await rowVersion(c.var.data.d1(pool), key)));
}
