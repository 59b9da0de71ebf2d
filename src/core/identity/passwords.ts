import { Buffer } from 'node:buffer';
import { timingSafeEqual } from 'node:crypto';

/**
 * PBKDF2-SHA256 through WebCrypto. Workers' WebCrypto refuses more than 100,000 iterations, so that
 * is the cost; it is stored with every hash (`pbkdf2-sha256$<iterations>$<salt>$<hash>`) so it can be
 * raised later without invalidating existing hashes (see needsRehash).
 */
export const PBKDF2_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const KEY_BITS = 256;
const PREFIX = 'pbkdf2-sha256';
const encoder = new TextEncoder();
/** Base64 as hashPassword writes it (Buffer's decoder would skip other characters instead of failing). */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, KEY_BITS);
  return new Uint8Array(bits);
}

/**
 * The cost new hashes and the unknown-user derivation spend: PBKDF2_ITERATIONS, except in the test suite,
 * which lowers it (test/setup.ts) because its ~600 logins and user creations at full cost would take a large
 * share of its time budget; test/core/identity/passwords.test.ts checks the full cost itself.
 */
let cost = PBKDF2_ITERATIONS;

/** Test-only hook: the cost of new hashes, between 1 and PBKDF2_ITERATIONS (the production cost when called with it). */
export function setPasswordCostForTests(iterations: number): void {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > PBKDF2_ITERATIONS)
    throw new RangeError('password cost out of range');
  cost = iterations;
}

export async function hashPassword(password: string, iterations = cost): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return `${PREFIX}$${iterations}$${Buffer.from(salt).toString('base64')}$${Buffer.from(hash).toString('base64')}`;
}

function parse(stored: string): { iterations: number; salt: Uint8Array; hash: Uint8Array } | undefined {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== PREFIX) return undefined;
  const iterations = Number(parts[1]);
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > PBKDF2_ITERATIONS) return undefined;
  if (!BASE64.test(parts[2]) || !BASE64.test(parts[3])) return undefined;
  const salt = Buffer.from(parts[2], 'base64');
  const hash = Buffer.from(parts[3], 'base64');
  return salt.length > 0 && hash.length === KEY_BITS / 8 ? { iterations, salt, hash } : undefined;
}

/** Equal and non-empty, compared without an early exit on content (lengths are public: 32-byte hashes). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

/** Never throws: a malformed stored value simply does not match. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  return constantTimeEqual(await derive(password, parsed.salt, parsed.iterations), parsed.hash);
}

export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.iterations < PBKDF2_ITERATIONS;
}

const DUMMY_SALT = new Uint8Array(SALT_BYTES);

/** Spends one full derivation for an unknown user, so response time does not reveal which logins exist. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await derive(password, DUMMY_SALT, cost);
  return false;
}
