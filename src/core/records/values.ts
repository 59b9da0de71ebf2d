import { AppError, badRequest } from '../../lib/errors';
import type { ColumnInfo, TableInfo } from './types';

/**
 * Turning a client's key/values into column writes: names resolved through the registry (hidden columns
 * look missing), read-only columns refused or dropped, values checked and converted to what D1 stores.
 */
export type ReadOnlyPolicy = 'reject' | 'ignore';

export type StoredValue = string | number | null;

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
    case 'blob':
      throw badRequest(`Column '${column.name}' cannot be written here`);
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw badRequest(`Column '${column.name}' expects text`);
  }
}

/** Resolves and converts a write. At least one writable column is required. */
export function columnValues(
  table: TableInfo,
  values: Record<string, unknown>,
  readOnly: ReadOnlyPolicy,
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
  if (out.length === 0) throw badRequest('No writable column given');
  return out;
}

/** Required columns a new row must name (not null, no default). */
export function missingRequired(table: TableInfo, given: { column: ColumnInfo }[]): string[] {
  const names = new Set(given.map((g) => g.column.name));
  return table.columns.filter((c) => c.notNull && !c.hasDefault && !c.hidden && !names.has(c.name)).map((c) => c.name);
}

/** The single-column key generic record routes address rows by. */
export function singleKey(table: TableInfo): ColumnInfo {
  const key = table.primaryKey.length === 1 ? table.columns.find((c) => c.name === table.primaryKey[0]) : undefined;
  if (!key) throw new AppError('BAD_REQUEST', `Table '${table.name}' has no single-column key`);
  return key;
}
