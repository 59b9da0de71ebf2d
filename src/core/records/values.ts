import type { SQL } from 'drizzle-orm';
import { AppError, badRequest } from '../../lib/errors';
import type { ColumnInfo, TableInfo } from './types';

/**
 * Turning a client's key/values into column writes: names resolved through the registry (hidden columns
 * look missing), read-only columns refused or dropped, values checked and converted to what D1 stores.
 */
export type ReadOnlyPolicy = 'reject' | 'ignore';

export type StoredValue = string | number | null;

/** A value to write: what the client sent, converted (StoredValue), or SQL the core built (never client input). */
export type WriteValue = StoredValue | SQL;
export interface ColumnWrite {
  column: ColumnInfo;
  value: WriteValue;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date or timestamp literal (`2024-01-31`, `2024-01-31T12:00`, `…:00.5Z`, `…+02:00`) as the ISO text the
 * tables store (`2024-01-31T12:00:00.000Z`; no zone means UTC); undefined when it is not one, or names a day
 * or time that does not exist (`2024-02-30`, `25:00`).
 */
export function parseTimestamp(text: string): string | undefined {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone = 'Z'] = m;
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  const check = new Date(utc);
  const exists =
    check.getUTCFullYear() === Number(y) &&
    check.getUTCMonth() === Number(mo) - 1 &&
    check.getUTCDate() === Number(d) &&
    check.getUTCHours() === Number(h) &&
    check.getUTCMinutes() === Number(mi) &&
    Number(sec) < 60;
  if (!exists) return undefined;
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return new Date(utc - offset * 60_000).toISOString();
}

export function toStored(column: ColumnInfo, value: unknown): StoredValue {
  if (value === null || value === undefined) {
    if (column.notNull && !column.hasDefault) throw badRequest(`Column '${column.name}' cannot be null`);
    return null;
  }
  switch (column.type) {
    case 'boolean':
      if (value === true || value === 1 || value === 'Y' || value === 'true') return 1;
      if (value === false || value === 0 || value === 'N' || value === 'false') return 0;
      throw badRequest(`Column '${column.name}' expects a boolean`);
    case 'integer':
    case 'real': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number))
        throw badRequest(`Column '${column.name}' expects a number`);
      if (column.type === 'integer' && !Number.isInteger(number))
        throw badRequest(`Column '${column.name}' expects an integer`);
      return number;
    }
    case 'json':
      return JSON.stringify(value);
    case 'timestamp': {
      const iso = typeof value === 'string' ? parseTimestamp(value) : undefined;
      if (iso === undefined) throw badRequest(`Column '${column.name}' expects a date or timestamp (ISO 8601)`);
      return iso;
    }
    case 'blob':
      throw badRequest(`Column '${column.name}' cannot be written here`);
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw badRequest(`Column '${column.name}' expects text`);
  }
}

/**
 * Resolves and converts a write (column names case-insensitively, as iDempiere clients write `name` for
 * `Name`). At least one writable column is required unless `allowEmpty` (the core adds others).
 */
export function columnValues(
  table: TableInfo,
  values: Record<string, unknown>,
  readOnly: ReadOnlyPolicy,
  options: { allowEmpty?: boolean } = {},
): { column: ColumnInfo; value: StoredValue }[] {
  const out: { column: ColumnInfo; value: StoredValue }[] = [];
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(values)) {
    const lower = key.toLowerCase();
    const column = table.columns.find((c) => !c.hidden && c.name.toLowerCase() === lower);
    if (!column) throw badRequest(`Unknown column '${key.slice(0, 64)}'`);
    if (column.readOnly) {
      if (readOnly === 'reject') throw badRequest(`Column '${column.name}' is read-only`);
      continue;
    }
    if (seen.has(column.name)) throw badRequest(`Column '${column.name}' is given twice`);
    seen.add(column.name);
    out.push({ column, value: toStored(column, value) });
  }
  if (out.length === 0 && !options.allowEmpty) throw badRequest('No writable column given');
  return out;
}

/** Required columns a new row must name (not null, no default). */
export function missingRequired(table: TableInfo, given: { column: ColumnInfo }[]): string[] {
  const names = new Set(given.map((g) => g.column.name));
  return table.columns.filter((c) => c.notNull && !c.hasDefault && !c.hidden && !names.has(c.name)).map((c) => c.name);
}

/** The single-column key generic record routes address rows by. */
export function singleKey(table: TableInfo): ColumnInfo {
  let known = singleKeys.get(table);
  // Rebuilt if the table changed since (the registry builds tables column by column).
  if (!known || known.count !== table.columns.length || known.keys !== table.primaryKey.length) {
    const column =
      table.primaryKey.length === 1 ? table.columns.find((c) => c.name === table.primaryKey[0]) : undefined;
    known = { count: table.columns.length, keys: table.primaryKey.length, column };
    singleKeys.set(table, known);
  }
  if (!known.column) throw new AppError('BAD_REQUEST', `Table '${table.name}' has no single-column key`);
  return known.column;
}

/** singleKey per table (a table lives as long as its cached schema). */
const singleKeys = new WeakMap<TableInfo, { count: number; keys: number; column: ColumnInfo | undefined }>();
