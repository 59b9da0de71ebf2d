import type { SQL } from 'drizzle-orm';
import { badRequest } from '../../lib/errors';
import { render, sql } from '../records/sql';
import type { ColumnInfo, ColumnType, TableInfo } from '../records/types';
import {
  type CmpOp,
  type ElemMatchNode,
  FILTER_LIMITS,
  type FieldRef,
  type FilterNode,
  type LogicalNode,
  type NotNode,
  type Scalar,
  type TextNode,
} from './ast';
import { quote } from './limits';
import {
  mongoCmp,
  mongoExists,
  mongoIn,
  mongoNot,
  type PlainCompiler,
  regexCondition,
  sizeCondition,
} from './mongo-sql';
import type { Bound, Target } from './target';

/**
 * FilterNode → drizzle `sql`. Identifiers come only from a FieldResolver (an allowlist); every value is a
 * bound parameter. `sql.raw` is used for this module's own keywords and operators, never for user data.
 */

export interface ResolvedField {
  expr: SQL;
  type: ColumnType;
  /**
   * For a value read out of JSON: a condition true when the key is there (even holding null), for Mongo's
   * `$exists`. Without it a `json` field is present when not null, and a column always is.
   */
  present?: SQL;
  /** For a value read out of JSON: its `json_type` (Mongo's comparisons keep to one JSON type). */
  jsonType?: SQL;
}

/** An array a filter can look into: Mongo's `$elemMatch`, or a dotted path through it. */
export interface ArrayField {
  /** The elements as a table expression (`json_each(o.fields) as el`); built by the resolver, never from input. */
  from: SQL;
  /** ANDed to every condition on the elements: e.g. keeps out elements no filter may see. */
  guard?: SQL;
  /** Paths inside one element; `''` is the element itself (arrays of scalars). */
  element: FieldResolver;
  /** True when the value really is an array (`$size: 0` does not match a missing one). */
  isArray?: SQL;
}

/** Maps a filter path to a SQL expression; throws badRequest for unknown and hidden fields alike. */
export interface FieldResolver {
  resolve(path: string): ResolvedField;
  /** The array at `path`, for `$elemMatch`; undefined when there is none. */
  array?(path: string): ArrayField | undefined;
  /**
   * A path that reaches into an array, as Mongo reads it: `fields.name` (a key of the elements) or `types`
   * compared with a scalar (the elements themselves). The condition holds when some element matches;
   * `$ne`, `$nin` and `$exists: false` hold when none does.
   */
  through?(path: string): { array: string; path: string } | undefined;
}

export interface TableResolverOptions {
  /** Qualifies columns as `alias.column` (joins). */
  alias?: string;
  /** Consulted first: maps other paths (e.g. `fields.name` → json_extract(...)); undefined falls through. */
  extra?: (path: string) => ResolvedField | undefined;
}

/**
 * Resolves paths against a registry table: exact name first, then case-insensitively (iDempiere clients
 * write `name` for `Name`). Hidden columns are never candidates, so they get the unknown-column message.
 */
export function tableResolver(table: TableInfo, options: TableResolverOptions = {}): FieldResolver {
  const exact = new Map<string, ColumnInfo>();
  const folded = new Map<string, ColumnInfo>();
  for (const column of table.columns) {
    if (column.hidden) continue;
    exact.set(column.name, column);
    const key = column.name.toLowerCase();
    if (!folded.has(key)) folded.set(key, column);
  }
  return {
    resolve(path: string): ResolvedField {
      const extra = options.extra?.(path);
      if (extra) return extra;
      const column = exact.get(path) ?? folded.get(path.toLowerCase());
      if (!column) throw badRequest(`Unknown column ${quote(path, 64)}`);
      const name = sql.identifier(column.name);
      const expr = options.alias ? sql`${sql.identifier(options.alias)}.${name}` : sql`${name}`;
      return { expr, type: column.type };
    },
  };
}

/** Parameters the rendered query binds (D1 allows 100 per statement). */
export function boundParamCount(query: SQL): number {
  return render(query).params.length;
}

const OPS: Record<CmpOp, SQL> = {
  eq: sql.raw('='),
  ne: sql.raw('<>'),
  gt: sql.raw('>'),
  ge: sql.raw('>='),
  lt: sql.raw('<'),
  le: sql.raw('<='),
};
const TRUE = sql.raw('1 = 1');
const FALSE = sql.raw('0 = 1');
const ESCAPE = sql.raw(`escape '\\'`);
const NUMERIC = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const TEXT_TYPES = new Set<ColumnType>(['text', 'timestamp', 'json']);

export function coerce(target: Target, value: Exclude<Scalar, null>): Bound {
  const column = quote(target.path, 64);
  switch (target.type) {
    case 'boolean': {
      const text = typeof value === 'string' ? value.toLowerCase() : value;
      if (text === true || text === 1 || text === 'true' || text === 'y') return 1;
      if (text === false || text === 0 || text === 'false' || text === 'n') return 0;
      throw badRequest(`Column ${column} expects a boolean`);
    }
    case 'integer':
    case 'real':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && NUMERIC.test(value) && Number.isFinite(Number(value))) return Number(value);
      throw badRequest(`Column ${column} expects a number`);
    case 'json':
      // json_extract yields SQL values: JSON true/false come back as 1/0.
      if (typeof value === 'boolean') return value ? 1 : 0;
      return value;
    default:
      if (typeof value === 'boolean') throw badRequest(`Column ${column} expects text`);
      return typeof value === 'number' ? String(value) : value;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

const TEXT_PATTERNS: Record<TextNode['fn'], (escaped: string) => string> = {
  contains: (e) => `%${e}%`,
  startswith: (e) => `${e}%`,
  endswith: (e) => `%${e}`,
};

type Leaf = Exclude<FilterNode, LogicalNode | NotNode | ElemMatchNode>;

export type { Leaf };

/** The positive form of a negative leaf: `$ne` → `$eq`, `$nin` → `$in`, `$exists: false` → `true`. */
function affirm(node: Leaf): Leaf {
  if (node.kind === 'cmp' && node.op === 'ne') return { ...node, op: 'eq' };
  if (node.kind === 'in') return { ...node, negate: false };
  if (node.kind === 'exists') return { ...node, exists: true };
  return node;
}

const isNegative = (node: Leaf) =>
  (node.kind === 'cmp' && node.op === 'ne') ||
  (node.kind === 'in' && node.negate === true) ||
  (node.kind === 'exists' && !node.exists);

class Compiler implements PlainCompiler {
  constructor(private readonly resolver: FieldResolver) {}

  node(node: FilterNode): SQL {
    switch (node.kind) {
      case 'and':
      case 'or':
        return this.logical(node.kind, node.children);
      case 'not':
        return node.mongo ? mongoNot(this.node(node.child)) : sql`not (${this.node(node.child)})`;
      case 'elemMatch':
        return this.elemMatch(node.field, node.where, node.mongo);
      case 'cmp':
      case 'in':
      case 'like':
      case 'text':
      case 'exists':
      case 'regex':
      case 'size':
        return this.leaf(node);
      default:
        throw badRequest('Invalid filter: unknown node');
    }
  }

  /** A condition on one field; a path through an array (resolver.through) is one on the array's elements. */
  private leaf(node: Leaf): SQL {
    // `$size` is about the array itself, not its elements.
    if (node.kind === 'size') {
      const array = this.resolver.array?.(node.field.path);
      if (array) return this.countOf(array, node.size);
    }
    const via = typeof node.field?.path === 'string' ? this.resolver.through?.(node.field.path) : undefined;
    if (via) {
      const negative = isNegative(node);
      const positive = negative ? affirm(node) : node;
      const any = this.elemMatch({ path: via.array }, { ...positive, field: { ...positive.field, path: via.path } });
      return negative ? sql`not ${any}` : any;
    }
    switch (node.kind) {
      case 'cmp':
        if (node.mongo) return mongoCmp(this, this.target(node.field), node.op, node.value);
        return this.cmp(this.target(node.field), node.op, node.value);
      case 'in':
        if (node.mongo) return mongoIn(this, this.target(node.field), node.values, node.negate === true);
        return this.inList(this.target(node.field), node.values, node.negate === true);
      case 'regex':
        return regexCondition(this.target(node.field), node.patterns, node.fold);
      case 'size':
        return sizeCondition(this.target(node.field), node.size);
      case 'like': {
        const target = this.target(node.field);
        return sql`${target.expr} like ${target.wrap(String(node.pattern))}`;
      }
      case 'text': {
        const target = this.target(node.field);
        const pattern = TEXT_PATTERNS[node.fn]?.(escapeLike(String(node.value)));
        if (pattern === undefined) throw badRequest('Invalid filter: unknown text function');
        return sql`${target.expr} like ${target.wrap(pattern)} ${ESCAPE}`;
      }
      case 'exists': {
        const target = this.target(node.field);
        if (node.mongo) return mongoExists(target, node.exists);
        return node.exists ? sql`${target.expr} is not null` : sql`${target.expr} is null`;
      }
      default:
        throw badRequest('Invalid filter: unknown node');
    }
  }

  /** EXISTS over the array's elements, the condition compiled against the element's own resolver. */
  private elemMatch(field: FieldRef, where: FilterNode, mongo = false): SQL {
    const path = typeof field?.path === 'string' ? field.path : '';
    if (field?.transform) throw badRequest('Invalid filter: $elemMatch takes a plain field');
    const array = this.resolver.array?.(path);
    if (!array) {
      this.resolver.resolve(path); // an unknown field answers the resolver's own message
      if (mongo) return FALSE; // MongoDB: no element of a value that is not an array matches
      throw badRequest(`Field ${quote(path, 64)} is not an array`);
    }
    const inner = new Compiler(array.element).node(where);
    const condition = array.guard ? sql`${array.guard} and ${inner}` : inner;
    return sql`exists (select 1 from ${array.from} where ${condition})`;
  }

  /** `$size` of an array the resolver knows: its (guarded) elements counted. */
  private countOf(array: ArrayField, size: number): SQL {
    const where = array.guard ? sql` where ${array.guard}` : sql``;
    const count = sql`(select count(*) from ${array.from}${where}) = ${size}`;
    return array.isArray ? sql`(${array.isArray} and ${count})` : count;
  }

  private logical(kind: 'and' | 'or', children: FilterNode[]): SQL {
    if (children.length === 0) return kind === 'and' ? TRUE : FALSE;
    if (children.length === 1) return this.node(children[0]);
    const parts = children.map((child) => this.node(child));
    return sql`(${sql.join(parts, sql.raw(` ${kind} `))})`;
  }

  private target(field: FieldRef): Target {
    const { expr, type, present, jsonType } = this.resolver.resolve(field.path);
    const column = quote(field.path, 64);
    if (type === 'blob') throw badRequest(`Column ${column} cannot be filtered`);
    if (!field.transform) return { path: field.path, expr, type, present, jsonType, wrap: (value) => sql`${value}` };
    if (!TEXT_TYPES.has(type)) throw badRequest(`${field.transform}() needs a text column, ${column} is ${type}`);
    const fn = sql.raw(field.transform === 'tolower' ? 'lower' : 'upper');
    // Text from here on: lower()/upper() of a text column compares as text.
    return { path: field.path, expr: sql`${fn}(${expr})`, type: 'text', wrap: (value) => sql`${fn}(${value})` };
  }

  cmp(target: Target, op: CmpOp, value: Scalar): SQL {
    if (value === null) {
      if (op === 'eq') return sql`${target.expr} is null`;
      if (op === 'ne') return sql`${target.expr} is not null`;
      throw badRequest(`Cannot compare column ${quote(target.path, 64)} with null using ${op}`);
    }
    const operator = OPS[op];
    if (!operator) throw badRequest('Invalid filter: unknown operator');
    return sql`${target.expr} ${operator} ${target.wrap(coerce(target, value))}`;
  }

  /** SQL's IN never matches NULL, so a null in the list becomes an explicit IS NULL. */
  inList(target: Target, values: Scalar[], negate: boolean): SQL {
    if (values.length === 0) return negate ? TRUE : FALSE;
    const bound = values.filter((v) => v !== null).map((v) => target.wrap(coerce(target, v)));
    const hasNull = bound.length < values.length;
    const list = bound.length > 0 ? sql.join(bound, sql.raw(', ')) : undefined;
    if (negate) {
      if (!list) return sql`${target.expr} is not null`;
      const notIn = sql`${target.expr} not in (${list})`;
      return hasNull ? sql`(${notIn} and ${target.expr} is not null)` : notIn;
    }
    if (!list) return sql`${target.expr} is null`;
    const isIn = sql`${target.expr} in (${list})`;
    return hasNull ? sql`(${isIn} or ${target.expr} is null)` : isIn;
  }
}

/**
 * Compiles a filter to a WHERE condition (without `WHERE`); undefined when nothing is filtered (no
 * filter, or the match-all empty `and`). Throws badRequest when it would bind more than maxValues.
 */
export function compileFilter(
  node: FilterNode | undefined,
  resolver: FieldResolver,
  options: { maxValues?: number } = {},
): SQL | undefined {
  if (!node || (node.kind === 'and' && node.children.length === 0)) return undefined;
  const query = new Compiler(resolver).node(node);
  const max = options.maxValues ?? FILTER_LIMITS.maxValues;
  if (boundParamCount(query) > max) throw badRequest(`Filter has more than ${max} values`);
  return query;
}

export interface OrderSpec {
  path: string;
  direction: 'asc' | 'desc';
}

/** An ORDER BY list without the keywords: `"a" asc, "b" desc`; empty SQL for an empty spec. */
export function compileOrderBy(spec: OrderSpec[], resolver: FieldResolver): SQL {
  const parts = spec.map(({ path, direction }) => {
    const dir = typeof direction === 'string' ? direction.toLowerCase() : '';
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`Invalid sort direction for ${quote(path, 64)}`);
    return sql`${resolver.resolve(path).expr} ${sql.raw(dir)}`;
  });
  return parts.length > 0 ? sql.join(parts, sql.raw(', ')) : sql.empty();
}
