import { badRequest } from '../../lib/errors';
import { FILTER_LIMITS } from './ast';

/** Shared guards for the parsers: every failure is a 400 AppError naming the problem. */

export function checkLength(length: number): void {
  if (length > FILTER_LIMITS.maxLength) throw badRequest(`Filter is longer than ${FILTER_LIMITS.maxLength} characters`);
}

export function checkDepth(depth: number): void {
  if (depth > FILTER_LIMITS.maxDepth) throw badRequest(`Filter nesting exceeds ${FILTER_LIMITS.maxDepth} levels`);
}

/** User text quoted in an error message, cut short so a 4000-character filter does not echo back whole. */
export function quote(text: string, max = 40): string {
  return `'${text.length > max ? `${text.slice(0, max)}…` : text}'`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON filters arrive as text (query string) or already parsed (request body). Both are held to the
 * same length limit; a value JSON cannot represent (cycles, BigInt) is a 400, not a crash.
 */
export function readJson(input: unknown, label: string): unknown {
  if (typeof input === 'string') {
    checkLength(input.length);
    try {
      return JSON.parse(input);
    } catch {
      throw badRequest(`${label}: malformed JSON`);
    }
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    throw badRequest(`${label}: not representable as JSON`);
  }
  if (text === undefined) throw badRequest(`${label}: not representable as JSON`);
  checkLength(text.length);
  // Re-parse so later code sees plain JSON data only (no getters, class instances or undefined).
  return JSON.parse(text);
}

/** Fails once arrays/objects nest deeper than maxDepth; stops walking at the limit. */
export function checkJsonDepth(value: unknown, depth = 0): void {
  if (typeof value !== 'object' || value === null) return;
  checkDepth(depth + 1);
  for (const child of Object.values(value)) checkJsonDepth(child, depth + 1);
}

export function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';
}

/** JSON cannot carry Infinity, but 1e400 parses to it; a non-finite number is never a useful filter value. */
export function checkNumber(value: unknown, label: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw badRequest(`${label}: number out of range`);
}
