import { columnLabel } from '../../core/erp/dictionary';
import { type FilterNode, type OrderSpec, parseODataFilter, type Scalar } from '../../core/filter';
import { cachedParse } from '../../core/filter/parsed';
import { LABEL_PREFIX, labelsFor, shownColumns } from '../../core/records/lookups';
import { findColumn, visibleColumns } from '../../core/records/registry';
import { type RecordContext, type Row, uuColumn } from '../../core/records/service';
import type { ColumnInfo, ForeignKey, PoolSchema, TableInfo } from '../../core/records/types';
import { parseTimestamp } from '../../core/records/values';
import { AppError } from '../../lib/errors';

/**
 * iDempiere "PO json": how a row is rendered (id, uid, model-name, then columns; Y/N as booleans,
 * foreign keys as {propertyLabel, id, identifier, model-name}, the label being the column's AD_Element name)
 * and how query options are parsed.
 */

export type { Row } from '../../core/records/service';
export type PoRecord = Record<string, unknown>;

export const modelName = (table: TableInfo) => table.name.toLowerCase();

/** A timestamp already in toISOString()'s form (as SQLite's strftime stores them): it renders unchanged. */
const ISO_UTC = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function plain(column: ColumnInfo, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (column.type === 'boolean') return value === 1 || value === true || value === 'Y';
  if (column.type === 'timestamp' && typeof value === 'string') {
    if (ISO_UTC.test(value)) return value;
    const date = new Date(value.includes('T') || value.endsWith('Z') ? value : `${value.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  return value;
}

/**
 * Renders a page of rows. Foreign keys resolve to their parent's identifier: from the label columns
 * selected with the rows when present, else with one batch of lookups for the page (no N+1), both
 * through the core, within the caller's tenant.
 */
export async function renderRows(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  rows: Row[],
  columns: readonly ColumnInfo[],
): Promise<PoRecord[]> {
  const key = table.primaryKey[0];
  const uu = uuColumn(table);
  const labels = await labelsFor(ctx, schema, table, rows, columns);
  const plan = renderPlan(table, columns);
  const { name, shown, keys, propertyLabels, labelNames, parentNames } = plan;
  const labelOf = (row: Row, i: number, value: unknown) =>
    labelNames[i] in row ? row[labelNames[i]] : labels.get(shown[i].name)?.get(value);
  // Each shown column's value, read once per row into one reused array (reads by name are the slow part).
  const values: unknown[] = new Array(shown.length);
  return rows.map((row) => {
    const hasUid = uu !== undefined && row[uu.name] !== undefined;
    for (let i = 0; i < shown.length; i++) values[i] = row[shown[i].name];
    const record = recordOfShape(plan, values, hasUid);
    record.id = key ? row[key] : undefined;
    if (hasUid) record.uid = row[(uu as ColumnInfo).name];
    record['model-name'] = name;
    for (let i = 0; i < shown.length; i++) {
      const column = shown[i];
      const value = values[i];
      if (value === null || value === undefined) continue;
      const fk = keys[i];
      record[column.name] = fk
        ? {
            propertyLabel: propertyLabels[i],
            id: value,
            identifier: String(labelOf(row, i, value) ?? (fk.implicit && value === 0 ? 'System' : value)),
            'model-name': parentNames[i],
          }
        : plain(column, value);
    }
    return record;
  });
}

/**
 * A new record with the properties the row will have (id, uid when present, model-name, its non-null
 * columns, in that order), cloned from a template per shape. Properties added one by one under computed
 * names turn an object of some twenty properties into a dictionary (V8's limit for such stores), and
 * workerd's JSON.stringify takes about twice as long for those; a clone of a template keeps the fast
 * layout, and the values assigned after it add no property.
 */
function recordOfShape(plan: RenderPlan, values: readonly unknown[], hasUid: boolean): PoRecord {
  // The shape as a number (a bit per column) while it fits in one; as a string of bits past that.
  const small = plan.shown.length < 30;
  let bits = hasUid ? 1 : 0;
  let text = hasUid ? '1' : '0';
  for (let i = 0; i < plan.shown.length; i++) {
    const present = values[i] !== null && values[i] !== undefined;
    if (small) bits = present ? bits * 2 + 1 : bits * 2;
    else text += present ? '1' : '0';
  }
  const shape: number | string = small ? bits : text;
  let template = plan.templates.get(shape);
  if (!template) {
    const names = ['id', ...(hasUid ? ['uid'] : []), 'model-name'];
    for (let i = 0; i < plan.shown.length; i++)
      if (values[i] !== null && values[i] !== undefined) names.push(plan.shown[i].name);
    template = Object.fromEntries(names.map((n) => [n, undefined])) as PoRecord;
    // Bounded: a table whose rows vary in many ways gets plain records past this many shapes.
    if (plan.templates.size < 256) plan.templates.set(shape, template);
  }
  return { ...template };
}

/** What renderRows needs of a table and column list, worked out once per page or, for shared lists, once. */
interface RenderPlan {
  name: string;
  shown: ColumnInfo[];
  /** Each shown column's foreign key, its label and its label's result column (empty for plain columns). */
  keys: (ForeignKey | undefined)[];
  propertyLabels: string[];
  labelNames: string[];
  parentNames: string[];
  /** Record templates by shape (recordOfShape). */
  templates: Map<number | string, PoRecord>;
}

/** Plans per frozen (shared) column list and table: a get or a page without `$select` reuses one. */
const plans = new WeakMap<readonly ColumnInfo[], WeakMap<TableInfo, RenderPlan>>();

function renderPlan(table: TableInfo, columns: readonly ColumnInfo[]): RenderPlan {
  const frozen = Object.isFrozen(columns);
  const known = frozen ? plans.get(columns)?.get(table) : undefined;
  if (known) return known;
  const shown = shownColumns(table, columns);
  const keys = shown.map((column) => table.foreignKeys.find((f) => f.column === column.name));
  const plan: RenderPlan = {
    name: modelName(table),
    shown,
    keys,
    propertyLabels: shown.map((column, i) => (keys[i] ? columnLabel(column.name) : '')),
    labelNames: shown.map((column, i) => (keys[i] ? LABEL_PREFIX + column.name : '')),
    parentNames: keys.map((fk) => fk?.table.toLowerCase() ?? ''),
    templates: new Map(),
  };
  if (frozen) {
    let byTable = plans.get(columns);
    if (!byTable) {
      byTable = new WeakMap();
      plans.set(columns, byTable);
    }
    byTable.set(table, plan);
  }
  return plan;
}

/** Columns to read for a `$select` (the key and UU are always read: they render as id and uid). */
export function selectColumns(table: TableInfo, select?: string): readonly ColumnInfo[] {
  if (!select?.trim()) return allColumns(table);
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

/** Every visible column, one frozen list per table and schema (so the core keys its caches by the list). */
function allColumns(table: TableInfo): readonly ColumnInfo[] {
  let known = allLists.get(table);
  if (!known || known.count !== table.columns.length) {
    known = { count: table.columns.length, columns: Object.freeze(visibleColumns(table)) };
    allLists.set(table, known);
  }
  return known.columns;
}

const allLists = new WeakMap<TableInfo, { count: number; columns: readonly ColumnInfo[] }>();

/**
 * The columns to read for a `$select` and an `$expand`: a foreign key expanded into its record is read even
 * when `$select` leaves it out, and then shows (expanded) with the selected columns, as in the original.
 */
export function selectWithExpand(
  table: TableInfo,
  select: string | undefined,
  expand: ExpandItem[],
): readonly ColumnInfo[] {
  let columns = selectColumns(table, select);
  for (const item of expand) {
    const column = findColumn(table, item.name);
    if (column && !columns.includes(column) && table.foreignKeys.some((f) => f.column === column.name))
      columns = [...columns, column];
  }
  return columns;
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

/**
 * `$filter` → filter AST. With the table, a date or timestamp literal compared with a timestamp column is
 * checked and written as the tables store it (ISO 8601 in UTC, `2003-01-08T15:06:11.000Z`), as the original
 * binds it as a timestamp: a literal that is no date (`'yesterday'`, `'2024-02-30'`) is a 400, not a filter
 * that silently matches nothing.
 */
export function parseFilter(input?: string, table?: TableInfo): FilterNode | undefined {
  if (!input?.trim()) return undefined;
  const node = cachedParse('odata', input, parseODataFilter);
  return table ? withTimestamps(node, table) : node;
}

function withTimestamps(node: FilterNode, table: TableInfo): FilterNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { ...node, children: node.children.map((child) => withTimestamps(child, table)) };
    case 'not':
      return { ...node, child: withTimestamps(node.child, table) };
    case 'cmp':
    case 'in': {
      const column = node.field.transform ? undefined : findColumn(table, node.field.path);
      if (column?.type !== 'timestamp') return node;
      const stamp = (value: Scalar): Scalar => {
        if (value === null) return value;
        const iso = typeof value === 'string' ? parseTimestamp(value) : undefined;
        if (iso === undefined)
          throw new AppError(
            'BAD_REQUEST',
            `Invalid $filter: ${column.name} is a timestamp, ${JSON.stringify(String(value).slice(0, 40))} is not a date or timestamp (ISO 8601)`,
          );
        return iso;
      };
      return node.kind === 'cmp' ? { ...node, value: stamp(node.value) } : { ...node, values: node.values.map(stamp) };
    }
    default:
      return node;
  }
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
  /** Only children carrying a label matching this filter (over AD_Label; `label=` inside the parentheses). */
  label?: string;
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

/**
 * `C_OrderLine($select=Line;$filter=QtyOrdered gt 1),C_BPartner_ID,C_Order.SalesRep_ID` → expand items. A
 * name is a foreign-key column (the parent record), a child table (its rows pointing here) or `Table.Column`
 * (the child table's rows whose column names this record: a foreign key other than the default one, or
 * `Record_ID` with the child's `AD_Table_ID`).
 */
export function parseExpand(input?: string, depth = 0): ExpandItem[] {
  if (!input?.trim()) return [];
  if (depth > 3) throw new AppError('BAD_REQUEST', '$expand is nested too deeply');
  if (input.length > 2000) throw new AppError('BAD_REQUEST', '$expand is too long');
  const items = splitTop(input, ',');
  if (items.length > 10) throw new AppError('BAD_REQUEST', 'Too many $expand items');
  return items.map((item) => {
    const open = item.indexOf('(');
    const name = (open < 0 ? item : item.slice(0, open)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(name))
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
        else if (key === 'label') result.label = value;
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
