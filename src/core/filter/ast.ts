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
export interface NotNode {
  kind: 'not';
  child: FilterNode;
}
/** `value: null` with eq/ne means IS NULL / IS NOT NULL; with other operators it is a 400. */
export interface CmpNode {
  kind: 'cmp';
  field: FieldRef;
  op: CmpOp;
  value: Scalar;
}
export interface InNode {
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
export interface ExistsNode {
  kind: 'exists';
  field: FieldRef;
  exists: boolean;
}

/**
 * Some element of the array at `field` matches `where` (Mongo's `$elemMatch`): an EXISTS over the array's
 * elements. Paths inside `where` are relative to one element; the empty path `''` is the element itself
 * (arrays of scalars). The resolver decides which paths are arrays and what their elements expose.
 */
export interface ElemMatchNode {
  kind: 'elemMatch';
  field: FieldRef;
  where: FilterNode;
}

export type FilterNode = LogicalNode | NotNode | CmpNode | InNode | LikeNode | TextNode | ExistsNode | ElemMatchNode;

/**
 * maxValues: bound parameters one filter may produce. D1 allows 100 per statement; paging and the
 * caller's own conditions need a few.
 */
export const FILTER_LIMITS = { maxDepth: 12, maxLength: 4000, maxValues: 80 } as const;

/** The filter that matches every row (empty `q`, `{}`, blank `$filter`); compileFilter returns undefined for it. */
export const matchAll = (): FilterNode => ({ kind: 'and', children: [] });
