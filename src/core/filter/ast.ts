/**
 * One filter AST for every API face. Parsers (OData `$filter`, Liberty `q`, DATAGERRY's Mongo-style
 * `filter`) produce it; only `compile.ts` turns it into SQL, so there is one place where values are bound.
 */
export type Scalar = string | number | boolean | null;

/**
 * A column reference. `path` is resolved by a FieldResolver (never pasted into SQL). A transform applies to
 * both sides of the predicate, so `tolower(Name) eq 'abc'` is a case-insensitive comparison.
 */
export interface FieldRef {
  path: string;
  transform?: 'tolower' | 'toupper';
}

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type TextFn = 'contains' | 'startswith' | 'endswith';

export interface LogicalNode {
  kind: 'and' | 'or';
  children: FilterNode[];
}
/**
 * `mongo` (set by the Mongo parser on the nodes it makes) asks for MongoDB's reading of null and missing
 * values instead of SQL's: a negation (`not`, `$ne`, `$nin`) also holds where the field is null or missing,
 * `$exists` tests presence (a null value is present), comparisons only match values of the same JSON type
 * (`{"x": {"$gt": 5}}` never matches a string, `{"x": true}` never matches the number 1).
 */
interface Mongo {
  mongo?: boolean;
}
export interface NotNode extends Mongo {
  kind: 'not';
  child: FilterNode;
}
/** `value: null` with eq/ne means IS NULL / IS NOT NULL; with other operators it is a 400. */
export interface CmpNode extends Mongo {
  kind: 'cmp';
  field: FieldRef;
  op: CmpOp;
  value: Scalar;
}
export interface InNode extends Mongo {
  kind: 'in';
  field: FieldRef;
  values: Scalar[];
  negate?: boolean;
}
/** A SQL LIKE pattern (% and _ are wildcards), bound as is. */
export interface LikeNode {
  kind: 'like';
  field: FieldRef;
  pattern: string;
}
/** Literal text match; the compiler escapes wildcards in `value`. */
export interface TextNode {
  kind: 'text';
  field: FieldRef;
  fn: TextFn;
  value: string;
}
export interface ExistsNode extends Mongo {
  kind: 'exists';
  field: FieldRef;
  exists: boolean;
}

/**
 * Mongo's `$regex`, translated (regex.ts) into GLOB patterns that match exactly what the regex matches:
 * the value matches when it is a string and one of the patterns matches it (`fold`: both sides lowered,
 * the `i` option).
 */
export interface RegexNode {
  kind: 'regex';
  field: FieldRef;
  patterns: string[];
  fold: boolean;
}

/** Mongo's `$size`: the field is an array of exactly `size` elements. */
export interface SizeNode {
  kind: 'size';
  field: FieldRef;
  size: number;
}

/**
 * Some element of the array at `field` matches `where` (Mongo's `$elemMatch`): an EXISTS over the array's
 * elements. Paths inside `where` are relative to one element; the empty path `''` is the element itself
 * (arrays of scalars). The resolver decides which paths are arrays and what their elements expose.
 * With `mongo`, a field that is not an array matches nothing (MongoDB) instead of being a 400.
 */
export interface ElemMatchNode extends Mongo {
  kind: 'elemMatch';
  field: FieldRef;
  where: FilterNode;
}

export type FilterNode =
  | LogicalNode
  | NotNode
  | CmpNode
  | InNode
  | LikeNode
  | TextNode
  | ExistsNode
  | ElemMatchNode
  | RegexNode
  | SizeNode;

/**
 * maxValues: bound parameters one filter may produce. D1 allows 100 per statement; paging and the
 * caller's own conditions need a few.
 */
export const FILTER_LIMITS = { maxDepth: 12, maxLength: 4000, maxValues: 80 } as const;

/** The filter that matches every row (empty `q`, `{}`, blank `$filter`); compileFilter returns undefined for it. */
export const matchAll = (): FilterNode => ({ kind: 'and', children: [] });
