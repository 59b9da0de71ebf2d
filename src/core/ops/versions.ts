import { AppError } from '../../lib/errors';

type Db = D1Database | D1DatabaseSession;

/**
 * Row versions for conditional requests (ETag, If-None-Match, If-Match). A row's version is the id of the
 * newest audit row written for it: every write and its audit row are one batch, so the version moves with
 * each committed change, and every face that shows the row (a user through DATAGERRY, Ribbon2 and
 * iDempiere's AD_User) computes the same version, hence the same ETag. A row no API ever wrote (demo data
 * loaded by SQL) has version 0.
 */
export interface VersionKey {
  /** The audit trail's table name (`users`, `dg_objects`, `C_BPartner`…). */
  table: string;
  /** The audit trail's record id for the row (its key, or the uid where the domain audits by uid). */
  recordId: string;
}

export async function rowVersion(db: Db, key: VersionKey): Promise<number> {
  const row = await db
    .prepare('select coalesce(max(id), 0) as v from audit_log where table_name = ? and record_id = ?')
    .bind(key.table, key.recordId)
    .first<{ v: number }>();
  return row?.v ?? 0;
}

/** Weak: the faces render one row differently, but the version (what the validator compares) is shared. */
export function etagOf(key: VersionKey, version: number): string {
  return `W/"${encodeURIComponent(key.table)}.${encodeURIComponent(key.recordId)}.${version}"`;
}

/** The entity tags of an If-Match / If-None-Match header (`*` as itself), weak prefixes dropped. */
export function parseTags(header: string | undefined | null): string[] | undefined {
  if (header === undefined || header === null || !header.trim()) return undefined;
  if (header.trim() === '*') return ['*'];
  return [...header.matchAll(/(?:W\/)?"([^"]*)"/g)].map((m) => m[1]);
}

const opaque = (etag: string) => etag.replace(/^W\//, '').replace(/^"|"$/g, '');

/** Weak comparison (RFC 9110 §8.8.3.2), as If-None-Match uses and as weak ETags allow for If-Match. */
export function tagMatches(tags: string[] | undefined, etag: string): boolean {
  if (!tags) return false;
  return tags.includes('*') || tags.includes(opaque(etag));
}

/** The version an If-Match header asks for (a tag of this row), or undefined when the header names none. */
export function expectedVersion(tags: string[] | undefined, key: VersionKey): number | 'any' | undefined {
  if (!tags) return undefined;
  if (tags.includes('*')) return 'any';
  const prefix = `${encodeURIComponent(key.table)}.${encodeURIComponent(key.recordId)}.`;
  const mine = tags.filter((t) => t.startsWith(prefix)).map((t) => Number(t.slice(prefix.length)));
  // A tag of another row (or garbage) can never match: the precondition fails like a stale version.
  return mine.find((v) => Number.isSafeInteger(v)) ?? -1;
}

/**
 * The statement that makes a write batch conditional: when the row's version is not `expected`, it inserts
 * a row the `atrium_precondition` CHECK refuses, which aborts the whole batch (nothing is written).
 * Because D1 runs batches one at a time, of two clients racing with the same If-Match exactly one wins.
 */
export function versionGuard(db: Db, key: VersionKey, expected: number): D1PreparedStatement {
  return db
    .prepare(
      'insert into atrium_preconditions (ok) select 0 where (select coalesce(max(id), 0) from audit_log where table_name = ? and record_id = ?) <> ?',
    )
    .bind(key.table, key.recordId, expected);
}

export const PRECONDITION_ERROR = /CHECK constraint failed: atrium_precondition/i;

export const preconditionFailed = () =>
  new AppError('PRECONDITION_FAILED', 'The resource has changed since it was read (If-Match)');
