import { type SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { expect } from 'vitest';
import {
  compileFilter,
  type FieldResolver,
  type FilterNode,
  type ResolvedField,
  tableResolver,
} from '../../../src/core/filter';
import type { ColumnInfo, ColumnType, TableInfo } from '../../../src/core/records/types';
import { AppError } from '../../../src/lib/errors';

/** Shared fixtures for the filter tests: a sample table, rendering, and 400 assertions. */

const dialect = new SQLiteSyncDialect();

export function column(name: string, type: ColumnType, flags: Partial<ColumnInfo> = {}): ColumnInfo {
  return {
    name,
    type,
    notNull: false,
    primaryKey: false,
    hidden: false,
    readOnly: false,
    hasDefault: false,
    ...flags,
  };
}

export const items: TableInfo = {
  name: 'items',
  columns: [
    column('id', 'integer', { primaryKey: true, notNull: true }),
    column('Name', 'text'),
    column('Qty', 'integer'),
    column('Price', 'real'),
    column('IsActive', 'boolean'),
    column('Created', 'timestamp'),
    column('Data', 'json'),
    column('Photo', 'blob'),
    column('password_hash', 'text', { hidden: true }),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
};

/** Visible column names as the compiler quotes them, for the "SQL text is only vocabulary" check. */
export const QUOTED_COLUMNS = new Set(items.columns.filter((c) => !c.hidden).map((c) => `"${c.name}"`));

/** DATAGERRY-style dynamic fields: `fields.x` → json_extract on the Data column (the path is bound). */
export function fieldsExtra(path: string): ResolvedField | undefined {
  const match = /^fields\.([A-Za-z0-9_]+)$/.exec(path);
  if (!match) return undefined;
  return { expr: sql`json_extract(${sql.identifier('Data')}, ${`$.${match[1]}`})`, type: 'json' };
}

export const resolver = tableResolver(items, { extra: fieldsExtra });

const el = (key: string): SQL => sql`json_extract(el.value, ${`$.${key}`})`;
/**
 * `resolver` plus two arrays in the Data column, as Mongo filters see them: `tags` (scalars: `{"tags": "x"}`)
 * and `parts` (`{name, qty}`: `{"parts.name": "cpu"}`, `$elemMatch`); elements named `secret` are guarded out.
 */
export const arrayResolver: FieldResolver = {
  ...resolver,
  array(path) {
    if (path === 'tags')
      return {
        from: sql`json_each(${sql.identifier('Data')}, ${'$.tags'}) as el`,
        element: {
          resolve(key) {
            if (key === '') return { expr: sql`el.value`, type: 'text' };
            throw new AppError('BAD_REQUEST', `Unknown column 'tags.${key}'`);
          },
        },
      };
    if (path === 'parts')
      return {
        from: sql`json_each(${sql.identifier('Data')}, ${'$.parts'}) as el`,
        guard: sql`${el('name')} <> ${'secret'}`,
        element: {
          resolve(key) {
            if (key === 'name') return { expr: el('name'), type: 'text' };
            if (key === 'qty') return { expr: el('qty'), type: 'json' };
            throw new AppError('BAD_REQUEST', `Unknown column 'parts.${key}'`);
          },
        },
      };
    return undefined;
  },
  through(path) {
    if (path === 'tags') return { array: 'tags', path: '' };
    if (path === 'parts.name' || path === 'parts.qty') return { array: 'parts', path: path.slice(6) };
    return undefined;
  },
};

export function render(query: SQL | undefined): { sql: string; params: unknown[] } | undefined {
  if (!query) return undefined;
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { sql: text, params };
}

export function compile(node: FilterNode | undefined, maxValues?: number): { sql: string; params: unknown[] } {
  const result = render(compileFilter(node, resolver, { maxValues }));
  if (!result) throw new Error('expected a condition');
  return result;
}

/** Runs `fn`, expects a 400 AppError (optionally with this exact message or matching pattern), returns it. */
export function expect400(fn: () => unknown, message?: string | RegExp): AppError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a 400 AppError').toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.status).toBe(400);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
  return error;
}

/** Values that must only ever travel as bound parameters. */
export const INJECTIONS = [
  "'",
  "''",
  '"',
  "' OR 1=1 --",
  "' OR '1'='1",
  '1; DROP TABLE items',
  'Robert"); DROP TABLE items; --',
  '-- comment',
  '/* comment */',
  '*/ or 1=1 /*',
  ';',
  '\\',
  "\\' OR 1=1",
  '%_%',
  'Zoë 🚀 日本語 ‮',
  'nul\u0000byte',
  '?',
  '$1 ?1 :name @p',
];

const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'null',
  'like',
  'escape',
  'lower',
  'upper',
  'json_extract',
  // arrays (arrayResolver): exists (select 1 from json_each(...) as el where ...)
  'exists',
  'select',
  'from',
  'where',
  'json_each',
  'as',
  'el',
  'value',
  // Mongo semantics (mongo-sql.ts): null-safe negation, JSON type guards, regex as GLOB
  'coalesce',
  'typeof',
  'json_type',
  'glob',
  'case',
  'when',
  'then',
  'else',
  'end',
  'json_valid',
  'json_array_length',
  'count',
]);
const TOKEN = /"(?:[^"]|"")*"|'\\'|'(?:text|integer|real|true|false|array)'|\?|[A-Za-z_]+|\d+|<>|>=|<=|[=<>(),.*]|\s+/y;

/**
 * The strong form of "values never reach the SQL text": the text must consist only of the compiler's
 * own vocabulary (keywords, operators, `?`) and the sample table's column names.
 */
export function expectOnlyVocabulary(text: string): void {
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    TOKEN.lastIndex = pos;
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`unexpected SQL text at ${pos}: ${text.slice(pos, pos + 40)}`);
    const token = match[0];
    if (token.startsWith('"')) expect(QUOTED_COLUMNS.has(token), `identifier ${token}`).toBe(true);
    else if (/^[A-Za-z_]/.test(token)) expect(KEYWORDS.has(token), `keyword ${token}`).toBe(true);
    pos += token.length;
  }
}

/** Checks compiled output: vocabulary only, and no string param long enough to be meaningful in the text. */
export function expectValuesBound(result: { sql: string; params: unknown[] }): void {
  expectOnlyVocabulary(result.sql);
  for (const param of result.params) {
    if (typeof param === 'string' && param.length >= 6) expect(result.sql.includes(param)).toBe(false);
  }
}
