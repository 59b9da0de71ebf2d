import { Buffer } from 'node:buffer';
import { AppError } from '../../lib/errors';

/**
 * The file store's bounds, from the platform's limits (docs/decisions.md, "iDempiere REST, part 2"):
 *
 * - D1 holds the bytes: a row (string or BLOB) is at most 2,000,000 bytes, so a file is cut into parts of
 *   PART_BYTES raw bytes, each stored as base64 text (1,398,104 characters; D1 hands BLOBs to a Worker as
 *   arrays of numbers, which costs far more CPU and memory than base64 decoded natively).
 * - The largest file, MAX_FILE_BYTES, is bounded by the Worker's 128 MB of memory: the JSON forms the
 *   iDempiere API offers (a base64 attachment body, `?json=true` answers) hold the file about four times
 *   over while they are built. Downloads and zips stream part by part.
 * - Parts are read READ_BATCH_BYTES at a time (one D1 round trip each), so a 10 MiB file costs three reads
 *   and stays within the Free plan's 50 queries per invocation.
 */
export const PART_BYTES = 1024 * 1024;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const READ_BATCH_BYTES = 4 * 1024 * 1024;
/** Parts written per D1 batch while a large file is staged. */
export const PARTS_PER_WRITE = 4;
/** A zip of a record's attachments streams, but its total is bounded by the CPU a request may spend. */
export const MAX_ZIP_BYTES = 64 * 1024 * 1024;
/** Ready files per owner (a record's attachments): lists are bounded. */
export const MAX_FILES_PER_OWNER = 100;
/** A file staged in several batches that was never committed is removed after this (seconds). */
export const STAGING_SECONDS = 60 * 60;

export const tooLarge = (what: string, limit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `${what} exceeds ${limit} bytes`);

/** A file name: what a path segment and a zip entry can carry (no separators, no control characters). */
export function checkFileName(name: string): string {
  const trimmed = name.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (!trimmed || trimmed.length > 255 || /[/\\\u0000-\u001f\u007f]/.test(trimmed) || /^\.\.?$/.test(trimmed))
    throw new AppError('BAD_REQUEST', 'Invalid file name');
  return trimmed;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

export const toBase64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
export const fromBase64 = (text: string) => {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/** Strict base64 (whitespace allowed, padding optional): `Buffer` alone would skip what is not base64. */
export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1)
    throw new AppError('BAD_REQUEST', "Can't parse data: not base64 encoded");
  return fromBase64(compact);
}

const TYPES: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  patch: 'text/x-patch',
  diff: 'text/x-diff',
  html: 'text/html',
  htm: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A content type from the file name's extension (iDempiere's MimeType), else `application/octet-stream`. */
export function contentTypeOf(name: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && TYPES[ext]) || 'application/octet-stream';
}
