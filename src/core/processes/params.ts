import { AppError } from '../../lib/errors';
import { parseTimestamp } from '../records/values';
import type { ParameterValue, ParameterValues, ProcessParameter } from './types';

/**
 * A run's parameters from its JSON body, typed by each parameter's reference (iDempiere's display types,
 * `AD_Reference_ID`): the column name or its property name (`DocAction`, `docAction`), a range's upper
 * bound as `<name>_to`; defaults apply to what is left out (`@#Date@` is today); a mandatory parameter
 * without a value, or a value of the wrong type, is a 400 before anything runs.
 */

/** iDempiere display types (AD_Reference_ID) a parameter may have. */
export const REFERENCE = {
  String: 10,
  Integer: 11,
  Amount: 12,
  ID: 13,
  Text: 14,
  Date: 15,
  DateTime: 16,
  List: 17,
  Table: 18,
  TableDirect: 19,
  YesNo: 20,
  Number: 22,
  Quantity: 29,
  Search: 30,
  ChosenMultipleSelectionList: 200161,
  ChosenMultipleSelectionTable: 200162,
  ChosenMultipleSelectionSearch: 200163,
} as const;

const KEYS = new Set<number>([
  REFERENCE.Integer,
  REFERENCE.ID,
  REFERENCE.Table,
  REFERENCE.TableDirect,
  REFERENCE.Search,
]);
const NUMBERS = new Set<number>([REFERENCE.Amount, REFERENCE.Number, REFERENCE.Quantity]);
const DATES = new Set<number>([REFERENCE.Date, REFERENCE.DateTime]);
const MULTI = new Set<number>([
  REFERENCE.ChosenMultipleSelectionList,
  REFERENCE.ChosenMultipleSelectionTable,
  REFERENCE.ChosenMultipleSelectionSearch,
]);

/** iDempiere's property name: a column name without `_` starts lower case (`DocAction` → `docAction`). */
export const propertyName = (column: string) =>
  column.includes('_') ? column : column.charAt(0).toLowerCase() + column.slice(1);

function bad(parameter: ProcessParameter, why: string): AppError {
  return new AppError('BAD_REQUEST', `${parameter.name} (${parameter.columnName}): ${why}`);
}

/** `{id}` objects (a foreign key as the models API writes it) stand for their id. */
const unwrap = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value
    ? (value as { id: unknown }).id
    : value;

function key(parameter: ProcessParameter, raw: unknown): number {
  const value = unwrap(raw);
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw bad(parameter, 'an id (integer) is expected');
  return n;
}

function scalar(parameter: ProcessParameter, raw: unknown, today: string): string | number | boolean | number[] | null {
  const value = unwrap(raw);
  if (value === null || value === '') return null;
  const ref = parameter.referenceId;
  if (MULTI.has(ref)) {
    const items = Array.isArray(value) ? value : String(value).split(',');
    if (items.length > 100) throw bad(parameter, 'at most 100 values');
    if (ref === REFERENCE.ChosenMultipleSelectionList) return items.map((i) => String(i).trim()) as never;
    return items.map((i) => key(parameter, typeof i === 'string' ? i.trim() : i));
  }
  if (KEYS.has(ref)) return key(parameter, value);
  if (NUMBERS.has(ref)) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw bad(parameter, 'a number is expected');
    return n;
  }
  if (DATES.has(ref)) {
    if (value === '@#Date@') return today;
    const date = typeof value === 'string' ? parseTimestamp(value) : undefined;
    if (!date) throw bad(parameter, 'a date (ISO 8601) is expected');
    return ref === REFERENCE.Date ? date.slice(0, 10) : date;
  }
  if (ref === REFERENCE.YesNo) {
    if (value === true || value === 'Y' || value === 'true') return true;
    if (value === false || value === 'N' || value === 'false') return false;
    throw bad(parameter, 'true or false is expected');
  }
  if (typeof value === 'object') throw bad(parameter, 'a text is expected');
  const text = String(value);
  if (text.length > 2000) throw bad(parameter, 'at most 2000 characters');
  return text;
}

function lookup(body: Record<string, unknown>, names: string[]): unknown {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [name, value] of Object.entries(body)) if (wanted.has(name.toLowerCase())) return value;
  return undefined;
}

export function parseParameters(
  parameters: ProcessParameter[],
  body: Record<string, unknown>,
  today = new Date().toISOString().slice(0, 10),
): ParameterValues {
  const values: ParameterValues = new Map();
  for (const parameter of parameters) {
    const names = [parameter.columnName, propertyName(parameter.columnName)];
    let raw = lookup(body, names);
    if (raw === undefined && parameter.defaultValue !== null) raw = parameter.defaultValue;
    const value = raw === undefined ? null : scalar(parameter, raw, today);
    if (value === null && parameter.mandatory) throw bad(parameter, 'mandatory');
    const entry: ParameterValue = { column: parameter.columnName, value };
    if (parameter.range) {
      let to = lookup(
        body,
        names.map((n) => `${n}_to`),
      );
      if (to === undefined && parameter.defaultValue2 !== null) to = parameter.defaultValue2;
      const upper = to === undefined ? null : scalar(parameter, to, today);
      if (Array.isArray(upper) || typeof upper === 'boolean') throw bad(parameter, 'a single value is expected');
      entry.to = upper;
    }
    if (value !== null || entry.to !== undefined) values.set(parameter.columnName, entry);
  }
  return values;
}

/** A parameter's value, typed by the caller (undefined when not given). */
export function param<T extends ParameterValue['value']>(values: ParameterValues, column: string): T | undefined {
  const entry = values.get(column);
  return entry?.value === null || entry === undefined ? undefined : (entry.value as T);
}
