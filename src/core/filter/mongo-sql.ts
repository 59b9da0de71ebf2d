import type { SQL } from 'drizzle-orm';
import { sql } from '../records/sql';
import type { CmpOp, Scalar } from './ast';
import type { Target } from './target';

/**
 * The SQL of the nodes the Mongo parser marks `mongo` (ast.ts): MongoDB's reading of null, missing and
 * JSON types, on top of the compiler's plain comparisons. SQL text here is this module's own vocabulary;
 * values stay bound by the compiler.
 */

export interface PlainCompiler {
  cmp(target: Target, op: CmpOp, value: Scalar): SQL;
  inList(target: Target, values: Scalar[], negate: boolean): SQL;
}

const FALSE = sql.raw('0 = 1');
const TRUE = sql.raw('1 = 1');
const TEXTUAL = new Set(['text', 'timestamp']);

const anyOf = (parts: SQL[]): SQL => (parts.length === 1 ? parts[0] : sql`(${sql.join(parts, sql.raw(' or '))})`);

/** NOT that holds where the condition is unknown (a null or missing field), as Mongo's negations do. */
export const mongoNot = (condition: SQL): SQL => sql`not coalesce((${condition}), 0)`;

/**
 * For a field read out of JSON, the condition that its value has the JSON type of `value`: Mongo never
 * orders a string against a number, and `true` is not the number 1 (json_extract answers both as 1).
 */
function typeGuard(target: Target, value: string | number | boolean): SQL | undefined {
  if (target.type !== 'json') return undefined;
  const { jsonType, expr } = target;
  if (typeof value === 'boolean')
    return jsonType ? sql`${jsonType} in ('true', 'false')` : sql`typeof(${expr}) = 'integer'`;
  if (typeof value === 'number')
    return jsonType ? sql`${jsonType} in ('integer', 'real')` : sql`typeof(${expr}) in ('integer', 'real')`;
  return jsonType ? sql`${jsonType} = 'text'` : sql`typeof(${expr}) = 'text'`;
}

/** A typed column holds one JSON type: Mongo never matches a value of another (`{"public_id": "5"}`). */
function comparable(target: Target, value: Scalar): boolean {
  switch (target.type) {
    case 'integer':
    case 'real':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'text':
    case 'timestamp':
      return typeof value === 'string';
    default:
      return true;
  }
}

/** eq/gt/…; ne is the null-safe negation of eq (also true where the field is null or missing). */
export function mongoCmp(c: PlainCompiler, target: Target, op: CmpOp, value: Scalar): SQL {
  if (value === null) return c.cmp(target, op, value);
  if (op === 'ne') return mongoNot(mongoCmp(c, target, 'eq', value));
  if (!comparable(target, value)) return FALSE;
  const plain = c.cmp(target, op, value);
  const guard = typeGuard(target, value);
  return guard ? sql`(${guard} and ${plain})` : plain;
}

/** $in (a null in the list matches null or missing); $nin its null-safe negation. */
export function mongoIn(c: PlainCompiler, target: Target, values: Scalar[], negate: boolean): SQL {
  let positive: SQL;
  const kept = values.filter((v) => v === null || comparable(target, v));
  if (kept.length === 0) positive = FALSE;
  else if (target.type !== 'json') positive = c.inList(target, kept, false);
  else positive = anyOf(kept.map((v) => mongoCmp(c, target, 'eq', v)));
  return negate ? mongoNot(positive) : positive;
}

/** Presence: a key that is there holding null exists; a column of the resolver always does. */
export function mongoExists(target: Target, exists: boolean): SQL {
  const present = target.present ?? (target.type === 'json' ? sql`${target.expr} is not null` : undefined);
  if (!present) return exists ? TRUE : FALSE;
  return exists ? present : mongoNot(present);
}

/** A string matching one of the GLOB patterns (regex.ts); a regex never matches a number or a boolean. */
export function regexCondition(target: Target, patterns: string[], fold: boolean): SQL {
  if (!TEXTUAL.has(target.type) && target.type !== 'json') return FALSE;
  const expr = fold ? sql`lower(${target.expr})` : target.expr;
  const any = anyOf(patterns.map((p) => (fold ? sql`${expr} glob lower(${p})` : sql`${expr} glob ${p}`)));
  if (target.type !== 'json') return any;
  const guard = target.jsonType ? sql`${target.jsonType} = 'text'` : sql`typeof(${target.expr}) = 'text'`;
  return sql`(${guard} and ${any})`;
}

/** `$size` of a JSON value: an array of that many elements (anything else never matches). */
export function sizeCondition(target: Target, size: number): SQL {
  if (target.type !== 'json') return FALSE;
  const { expr, jsonType } = target;
  const isArray = jsonType ? sql`${jsonType} = 'array'` : sql`json_valid(${expr}) and json_type(${expr}) = 'array'`;
  return sql`(case when ${isArray} then json_array_length(${expr}) = ${size} else 0 end)`;
}
