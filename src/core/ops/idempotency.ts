import type { DataAccess } from '../../db/data-access';
import { DEFAULT_POOL } from '../../db/pools';
import { AppError } from '../../lib/errors';

/**
 * Idempotent retries (`Idempotency-Key` on a POST). The first response (status and body) is kept 24 h per
 * (user, key): a retry with the same key and request gets it again and creates nothing; the same key with
 * another request is a 422; a retry while the first still runs is a 409. The key is marked `applied` in
 * the same D1 batch as the request's first write (DataAccess.withFirstWrite), so a crash between the write
 * and storing the response can never create twice: such a retry answers 409 (applied, answer lost).
 * Keys live in the framework pool; a write on another pool is not covered by that guarantee.
 */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
const KEY = /^[\x21-\x7e]{1,255}$/;

export type Reservation =
  | { kind: 'fresh' }
  | { kind: 'replay'; status: number; contentType: string | null; body: string };

export function validKey(key: string): boolean {
  return KEY.test(key);
}

export async function requestHash(parts: string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\u0000')));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

interface Row {
  requestHash: string;
  state: 'pending' | 'applied' | 'done';
  status: number | null;
  contentType: string | null;
  body: string | null;
}

/** Claims (user, key) for this request, or answers what the first one did. */
export async function reserve(data: DataAccess, userId: number, key: string, hash: string): Promise<Reservation> {
  const db = data.d1(DEFAULT_POOL);
  const now = Math.floor(Date.now() / 1000);
  const [, inserted] = await db.batch([
    db
      .prepare('delete from atrium_idempotency where user_id = ? and key = ? and expires_at <= ?')
      .bind(userId, key, now),
    db
      .prepare(
        "insert into atrium_idempotency (user_id, key, request_hash, state, expires_at) values (?, ?, ?, 'pending', ?) on conflict do nothing returning 1 as fresh",
      )
      .bind(userId, key, hash, now + IDEMPOTENCY_TTL_SECONDS),
  ]);
  if (inserted.results.length) {
    // The key is marked applied by the request's first write, in that write's own batch.
    data.withFirstWrite(DEFAULT_POOL, {
      after: (raw) =>
        raw.prepare("update atrium_idempotency set state = 'applied' where user_id = ? and key = ?").bind(userId, key),
    });
    return { kind: 'fresh' };
  }
  const row = await db
    .prepare(
      'select request_hash as requestHash, state, status, content_type as contentType, body from atrium_idempotency where user_id = ? and key = ?',
    )
    .bind(userId, key)
    .first<Row>();
  if (!row)
    throw new AppError('CONFLICT', 'This Idempotency-Key is being used by a request in progress; retry shortly');
  if (row.requestHash !== hash)
    throw new AppError('UNPROCESSABLE', 'This Idempotency-Key was used with a different request');
  if (row.state === 'done' && row.status !== null)
    return { kind: 'replay', status: row.status, contentType: row.contentType, body: row.body ?? '' };
  if (row.state === 'applied')
    throw new AppError('CONFLICT', 'The request with this Idempotency-Key was applied, but its answer was lost');
  throw new AppError('CONFLICT', 'The request with this Idempotency-Key is still running; retry shortly');
}

/** A JWT, or a property that names a token, password or secret: an answer holding one is never stored. */
const SECRET_IN_ANSWER =
  /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+|"(?:access_?token|refresh_?token|token|id_?token|password|secret|api_?key|private_?key)"\s*:\s*"(?!\*{8}")/i;

export function holdsSecret(body: string): boolean {
  return SECRET_IN_ANSWER.test(body);
}

/**
 * After the request: keep its answer when it wrote something (or succeeded), so a retry gets it again;
 * otherwise free the key, so a corrected retry runs afresh. An answer holding a token or a secret is never
 * stored: the key stays marked as applied (a retry is told so, 409) and the body is not kept.
 */
export async function settle(
  data: DataAccess,
  userId: number,
  key: string,
  answer: { status: number; contentType: string | null; body: string },
): Promise<void> {
  const db = data.d1(DEFAULT_POOL);
  // A request that wrote nothing left its marker unclaimed: it must not ride on this bookkeeping write.
  data.discardFirstWrite(DEFAULT_POOL);
  const row = await db
    .prepare('select state from atrium_idempotency where user_id = ? and key = ?')
    .bind(userId, key)
    .first<{ state: string }>();
  if (!row) return;
  if (holdsSecret(answer.body)) {
    if (row.state !== 'applied')
      await db.prepare('delete from atrium_idempotency where user_id = ? and key = ?').bind(userId, key).run();
    return;
  }
  if (row.state === 'applied' || answer.status < 400)
    await db
      .prepare(
        "update atrium_idempotency set state = 'done', status = ?, content_type = ?, body = ? where user_id = ? and key = ?",
      )
      .bind(answer.status, answer.contentType, answer.body.slice(0, 1_000_000), userId, key)
      .run();
  else await db.prepare('delete from atrium_idempotency where user_id = ? and key = ?').bind(userId, key).run();
}
