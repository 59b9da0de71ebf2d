import { Buffer } from 'node:buffer';
import { AppError } from '../../lib/errors';

/**
 * AES-256-GCM via WebCrypto. Output: `ENC:` + base64(version 0x01 ‖ 12-byte IV ‖ ciphertext+tag).
 * The key (ENCRYPTION_KEY) is used directly when it is 64 hex characters or base64 of 32 bytes;
 * any other string is hashed with SHA-256 into a key (a passphrase).
 */
const PREFIX = 'ENC:';
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Imported keys by material: settled keys only, never a promise another request would wait on. */
const keys = new Map<string, CryptoKey>();
const encoder = new TextEncoder();

async function rawKey(material: string): Promise<Uint8Array> {
  if (/^[0-9a-fA-F]{64}$/.test(material)) return Uint8Array.from(material.match(/../g)!, (h) => Number.parseInt(h, 16));
  if (/^[A-Za-z0-9+/]{43}=$/.test(material)) {
    const bytes = Buffer.from(material, 'base64');
    if (bytes.length === 32) return bytes;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(material)));
}

async function keyFor(material: string | undefined): Promise<CryptoKey> {
  if (!material) throw new AppError('INTERNAL', 'Encryption key is not configured');
  const known = keys.get(material);
  if (known) return known;
  const key = await crypto.subtle.importKey('raw', await rawKey(material), 'AES-GCM', false, ['encrypt', 'decrypt']);
  if (keys.size > 4) keys.clear();
  keys.set(material, key);
  return key;
}

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX);
}

export async function encrypt(plain: string, keyMaterial: string | undefined): Promise<string> {
  const key = await keyFor(keyMaterial);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(plain)));
  const out = new Uint8Array(1 + IV_BYTES + sealed.length);
  out[0] = VERSION;
  out.set(iv, 1);
  out.set(sealed, 1 + IV_BYTES);
  return PREFIX + Buffer.from(out).toString('base64');
}

export async function decrypt(value: string, keyMaterial: string | undefined): Promise<string> {
  const key = await keyFor(keyMaterial);
  const invalid = () => new AppError('BAD_REQUEST', 'Invalid encrypted value');
  if (!isEncrypted(value)) throw invalid();
  // Buffer's decoder skips characters outside base64 instead of failing: refuse them first.
  const encoded = value.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) throw invalid();
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) throw invalid();
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(1, 1 + IV_BYTES) },
      key,
      bytes.subarray(1 + IV_BYTES),
    );
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(plain);
  } catch {
    throw invalid();
  }
}
