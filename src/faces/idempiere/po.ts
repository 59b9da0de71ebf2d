import { type SQL, sql } from 'drizzle-orm';
import { type FilterNode, type OrderSpec, parseODataFilter } from '../../core/filter';
import { findColumn, findTable, visibleColumns } from '../../core/records/registry';
import { ident, prepare } from '../../core/records/sql';
import type { ColumnInfo, PoolSchema, TableInfo } from '../../core/records/types';
import { singleKey, toStored } from '../../core/records/values';
import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';

/**
 * iDempiere "PO json": how a row is rendered (id, uid, model-name, then columns; Y/N as booleans,
 * foreign keys as {propertyLabel, id, identifier, model-name}) and how query options are parsed.
 */

export type Row = Record<string, unknown>;
export type PoRecord = Record<string, unknown>;

export const modelName = (table: TableInfo) => table.name.toLowerCase();

export function uuColumn(table: TableInfo): ColumnInfo | undefined {
  return findColumn(table, `${table.name}_UU`);
}

/** The column shown as a foreign record's identifier. */
function identifierColumn(table: TableInfo): ColumnInfo {
  return findColumn(table, 'Name') ?? findColumn(table, 'DocumentNo') ?? findColumn(table, 'Value') ?? singleKey(table);
}

/** A record id in a URL: the key (number) or the UUID. */
export function recordMatch(table: TableInfo, id: string) {
  const key = singleKey(table);
  if (/^\d+$/.test(id)) return sql`${ident(key.name)} = ${toStored(key, id)}`;
  const uu = uuColumn(table);
  if (!uu) throw new AppError('NOT_FOUND', 'Record not found');
  return sql`${ident(uu.name)} = ${id}`;
}

const IN_CHUNK = 90;

export interface KeyLookup {
  table: TableInfo;
  keyName: string;
  ids: unknown[];
  columns: ColumnInfo[];
  extraWhere?: SQL;
  limit?: number;
}

function lookupStatements(db: ReturnType<DataAccess['d1']>, lookup: KeyLookup) {
  const unique = [...new Set(lookup.ids.filter((v) => v !== null && v !== undefined))];
  const list = sql.join(
    [...new Set([lookup.keyName, ...lookup.columns.map((c) => c.name)])].map((n) => ident(n)),
    sql`, `,
  );
  const statements = [];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const chunk = unique.slice(i, i + IN_CHUNK);
    const where = sql`${ident(lookup.keyName)} in (${sql.join(
      chunk.map((v) => sql`${v}`),
      sql`, `,
    )})${lookup.extraWhere ? sql` and (${lookup.extraWhere})` : sql``}`;
    statements.push(
      prepare(db, sql`select ${list} from ${ident(lookup.table.name)} where ${where} limit ${lookup.limit ?? 1000}`),
    );
  }
  return statements;
}

/**
 * `select key, cols from table where key in (ids)` for several lookups, chunked under D1's
 * bound-parameter limit, all in one batch (one round trip); answers the rows per lookup.
 */
export async function rowsByKeysBatch(data: DataAccess, pool: string, lookups: KeyLookup[]): Promise<Row[][]> {
  const db = data.d1(pool);
  const perLookup = lookups.map((lookup) => lookupStatements(db, lookup));
  const statements = perLookup.flat();
  if (statements.length === 0) return lookups.map(() => []);
  const results = await db.batch<Row>(statements);
  let next = 0;
  return perLookup.map((list) => {
    const mine = results.slice(next, next + list.length);
    next += list.length;
    return mine.flatMap((r) => r.results);
  });
}

/** One lookup of rowsByKeysBatch. */
export async function rowsByKeys(
  data: DataAccess,
  pool: string,
  table: TableInfo,
  keyName: string,
  ids: unknown[],
  columns: ColumnInfo[],
  extraWhere?: SQL,
  limit = 1000,
): Promise<Row[]> {
  return (await rowsByKeysBatch(data, pool, [{ table, keyName, ids, columns, extraWhere, limit }]))[0];
}

function plain(column: ColumnInfo, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (column.type === 'boolean') return value === 1 || value === true || value === 'Y';
  if (column.type === 'timestamp' && typeof value === 'string') {
    const date = new Date(value.includes('T') || value.endsWith('Z') ? value : `${value.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  return value;
}

/** Result column carrying a foreign key's label, selected with the row (see labelColumns). */
const LABEL_PREFIX = '__label__';

function shownColumns(table: TableInfo, columns: ColumnInfo[]): ColumnInfo[] {
  const key = table.primaryKey[0];
  const uu = uuColumn(table);
  return columns.filter((c) => c.name !== key && c.name !== uu?.name);
}

function labelledKeys(schema: PoolSchema, table: TableInfo, columns: ColumnInfo[]) {
  const shown = shownColumns(table, columns);
  return table.foreignKeys.flatMap((fk) => {
    const parent = findTable(schema, fk.table);
    return parent && shown.some((c) => c.name === fk.column) ? [{ fk, parent, label: identifierColumn(parent) }] : [];
  });
}

/**
 * Extra select expressions that fetch each shown foreign key's label with the row itself (a correlated
 * lookup by the parent's key), so a page and its labels are one query instead of one per foreign table.
 */
export function labelColumns(schema: PoolSchema, table: TableInfo, columns: ColumnInfo[]): SQL | undefined {
  const parts = labelledKeys(schema, table, columns).map(
    ({ fk, parent, label }) =>
      sql`(select __p.${ident(label.name)} from ${ident(parent.name)} as __p where __p.${ident(fk.references)} = ${ident(table.name)}.${ident(fk.column)}) as ${ident(LABEL_PREFIX + fk.column)}`,
  );
  return parts.length ? sql.join(parts, sql`, `) : undefined;
}

/**
 * Renders a page of rows. Foreign keys resolve to their parent's identifier: from the label columns
 * selected with the rows when present, else with one batch of lookups for the page (no N+1).
 */
export async function renderRows(
  data: DataAccess,
  pool: string,
  schema: PoolSchema,
  table: TableInfo,
  rows: Row[],
  columns: ColumnInfo[],
): Promise<PoRecord[]> {
  const key = table.primaryKey[0];
  const uu = uuColumn(table);
  const shown = shownColumns(table, columns);
  const labels = new Map<string, Map<unknown, unknown>>();
  const missing = labelledKeys(schema, table, columns).filter(
    ({ fk }) => rows.length > 0 && !(LABEL_PREFIX + fk.column in rows[0]),
  );
  const found = await rowsByKeysBatch(
    data,
    pool,
    missing.map(({ fk, parent, label }) => ({
      table: parent,
      keyName: fk.references,
      ids: rows.map((r) => r[fk.column]),
      columns: [label],
    })),
  );
  missing.forEach(({ fk, label }, i) => {
    labels.set(fk.column, new Map(found[i].map((r) => [r[fk.references], r[label.name]])));
  });
  const labelOf = (row: Row, column: string, value: unknown) =>
    LABEL_PREFIX + column in row ? row[LABEL_PREFIX + column] : labels.get(column)?.get(value);
  return rows.map((row) => {
    const record: PoRecord = { id: key ? row[key] : undefined };
    if (uu && row[uu.name] !== undefined) record.uid = row[uu.name];
    record['model-name'] = modelName(table);
    for (const column of shown) {
      const value = row[column.name];
      if (value === null || value === undefined) continue;
      const fk = table.foreignKeys.find((f) => f.column === column.name);
      record[column.name] = fk
        ? {
            propertyLabel: column.name,
            id: value,
            identifier: String(labelOf(row, column.name, value) ?? value),
            'model-name': fk.table.toLowerCase(),
          }
        : plain(column, value);
    }
    return record;
  });
}

/** Columns to read for a `$select` (the key and UU are always read: they render as id and uid). */
export function selectColumns(table: TableInfo, select?: string): ColumnInfo[] {
  if (!select?.trim()) return visibleColumns(table);
  const names = select
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length > 100) throw new AppError('BAD_REQUEST', 'Too many columns in $select');
  const chosen = names.map((name) => {
    const column = findColumn(table, name);
    if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${name.slice(0, 64)}' in $select`);
    return column;
  });
  const always = [table.primaryKey[0], uuColumn(table)?.name].filter((n): n is string => Boolean(n));
  for (const name of always) {
    const column = findColumn(table, name);
    if (column && !chosen.includes(column)) chosen.unshift(column);
  }
  return chosen;
}

/** `$orderby=Name desc, Value` → order specs (names are resolved later against the allowlist). */
export function parseOrderBy(input?: string): OrderSpec[] {
  if (!input?.trim()) return [];
  const parts = input.split(',');
  if (parts.length > 10) throw new AppError('BAD_REQUEST', 'Too many $orderby terms');
  return parts.map((part) => {
    const [path, dir, ...rest] = part.trim().split(/\s+/);
    const direction = (dir ?? 'asc').toLowerCase();
    if (!path || rest.length || (direction !== 'asc' && direction !== 'desc'))
      throw new AppError('BAD_REQUEST', `Invalid $orderby term '${part.trim().slice(0, 64)}'`);
    return { path, direction };
  });
}

export function parseFilter(input?: string): FilterNode | undefined {
  return input?.trim() ? parseODataFilter(input) : undefined;
}

/**
 * A validation rule's code with `@Var@` placeholders replaced by OData literals of the `$context`
 * values. The result goes through the OData parser, so values end up as bound parameters.
 */
export function applyContext(code: string, context?: string): string {
  const values = new Map<string, string>();
  for (const pair of (context ?? '').split(',')) {
    if (!pair.trim()) continue;
    const at = pair.indexOf(':');
    if (at <= 0) throw new AppError('BAD_REQUEST', `Invalid $context entry '${pair.slice(0, 64)}'`);
    values.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return code.replace(/@([A-Za-z_][A-Za-z0-9_]*)@/g, (_all, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new AppError('BAD_REQUEST', `Missing $context value for ${name}`);
    if (/^-?\d+(\.\d+)?$/.test(value) || value === 'true' || value === 'false' || value === 'null') return value;
    return `'${value.replace(/'/g, "''")}'`;
  });
}

export interface ExpandItem {
  name: string;
  select?: string;
  filter?: string;
  orderby?: string;
  top?: number;
  skip?: number;
  expand?: string;
}

/** Splits on `sep` outside parentheses and quotes. */
function splitTop(input: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === sep) {
      out.push(input.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw new AppError('BAD_REQUEST', 'Unbalanced parentheses in $expand');
  }
  if (depth !== 0 || quoted) throw new AppError('BAD_REQUEST', 'Unbalanced parentheses in $expand');
  out.push(input.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** `C_OrderLine($select=Line;$filter=QtyOrdered gt 1),C_BPartner_ID` → expand items. */
export function parseExpand(input?: string, depth = 0): ExpandItem[] {
  if (!input?.trim()) return [];
  if (depth > 3) throw new AppError('BAD_REQUEST', '$expand is nested too deeply');
  if (input.length > 2000) throw new AppError('BAD_REQUEST', '$expand is too long');
  const items = splitTop(input, ',');
  if (items.length > 10) throw new AppError('BAD_REQUEST', 'Too many $expand items');
  return items.map((item) => {
    const open = item.indexOf('(');
    const name = (open < 0 ? item : item.slice(0, open)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new AppError('BAD_REQUEST', `Invalid $expand item '${item.slice(0, 64)}'`);
    const result: ExpandItem = { name };
    if (open >= 0) {
      if (!item.endsWith(')')) throw new AppError('BAD_REQUEST', `Invalid $expand item '${item.slice(0, 64)}'`);
      for (const option of splitTop(item.slice(open + 1, -1), ';')) {
        const eq = option.indexOf('=');
        const key = option.slice(0, eq).trim().toLowerCase();
        const value = option.slice(eq + 1).trim();
        if (eq < 0) throw new AppError('BAD_REQUEST', `Invalid $expand option '${option.slice(0, 64)}'`);
        if (key === '$select') result.select = value;
        else if (key === '$filter') result.filter = value;
        else if (key === '$orderby') result.orderby = value;
        else if (key === '$expand') {
          parseExpand(value, depth + 1);
          result.expand = value;
        } else if (key === '$top' || key === '$skip') {
          const n = Number(value);
          if (!Number.isInteger(n) || n < 0) throw new AppError('BAD_REQUEST', `Invalid ${key} in $expand`);
          if (key === '$top') result.top = n;
          else result.skip = n;
        } else throw new AppError('BAD_REQUEST', `Unknown $expand option '${key.slice(0, 32)}'`);
      }
    }
    return result;
  });
}
