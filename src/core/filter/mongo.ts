import { badRequest } from '../../lib/errors';
import type { CmpOp, FieldRef, FilterNode, Scalar } from './ast';
import { checkDepth, checkNumber, isObject, isScalar, quote, readJson } from './limits';
import { regexToGlobs } from './regex';

/**
 * DATAGERRY's Mongo-style `filter`: `{field: value}`, `{field: {$op: value}}`, `$and/$or/$nor`, `$not`,
 * `$elemMatch`, `$all` and `$size` on arrays (which paths are arrays is the resolver's business, see
 * compile.ts), `$regex` with `$options` (regex.ts). Only query operators that map onto plain SQL
 * predicates are accepted; everything that runs code (`$where`, `$expr`, `$function`…) is a 400.
 * Aggregation pipelines are pipeline.ts's.
 *
 * Null and missing values read as in MongoDB (every node made here carries `mongo`, see ast.ts):
 * `{"x": null}` and `$in: [null]` match null or missing, `$ne`/`$nin`/`$not`/`$nor` also match null or
 * missing, `$exists` is presence (a column of the resolver is always present; a JSON key when it is there,
 * even null), `$gte`/`$lte: null` match null or missing and `$gt`/`$lt: null` nothing.
 */

const CMP: Record<string, CmpOp> = { $eq: 'eq', $ne: 'ne', $gt: 'gt', $gte: 'ge', $lt: 'lt', $lte: 'le' };
// Dotted paths (`fields.name`); dashes occur in DATAGERRY field names. The resolver is the real allowlist.
const FIELD = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const LOGICAL = new Set(['$and', '$or', '$nor']);

const fail = (message: string) => badRequest(`Invalid filter: ${message}`);
const notAllowed = (op: string) => fail(`operator ${op.length > 40 ? `${op.slice(0, 40)}…` : op} is not allowed`);

function combine(kind: 'and' | 'or', children: FilterNode[]): FilterNode {
  return children.length === 1 ? children[0] : { kind, children };
}

const NOTHING: FilterNode = { kind: 'or', children: [] };

function scalar(value: unknown, name: string, op: string): Scalar {
  if (!isScalar(value)) throw fail(`${op} on ${name} needs a single value`);
  checkNumber(value, 'Invalid filter');
  return value;
}

/** A Mongo query document (also a pipeline's `$match`) → the filter AST. */
export function mongoQuery(doc: Record<string, unknown>, depth: number): FilterNode {
  const children = Object.entries(doc).flatMap(([key, value]): FilterNode[] => {
    if (!key.startsWith('$')) {
      if (!FIELD.test(key)) throw fail(`invalid field name ${quote(key)}`);
      return operators(key, value, depth);
    }
    if (!LOGICAL.has(key)) throw notAllowed(key);
    if (!Array.isArray(value) || value.length === 0) throw fail(`${key} needs a non-empty array`);
    checkDepth(depth + 1);
    const parts = value.map((item) => {
      if (!isObject(item)) throw fail(`${key} elements must be objects`);
      return mongoQuery(item, depth + 1);
    });
    if (key === '$and') return [combine('and', parts)];
    const any = combine('or', parts);
    return [key === '$or' ? any : { kind: 'not', child: any, mongo: true }];
  });
  return combine('and', children);
}

/** `$gt`… with null: as MongoDB, `$gte`/`$lte` match null or missing like `$eq`, `$gt`/`$lt` nothing. */
function comparison(ref: FieldRef, op: CmpOp, value: Scalar): FilterNode {
  if (value === null && op !== 'eq' && op !== 'ne') return op === 'ge' || op === 'le' ? cmp(ref, 'eq', null) : NOTHING;
  return cmp(ref, op, value);
}

const cmp = (field: FieldRef, op: CmpOp, value: Scalar): FilterNode => ({ kind: 'cmp', field, op, value, mongo: true });

/** The conditions on one path (`''`: the array element itself, inside `$elemMatch`). */
function operators(path: string, spec: unknown, depth: number): FilterNode[] {
  const ref: FieldRef = { path };
  const name = path === '' ? 'the element' : quote(path);
  if (isScalar(spec)) return [cmp(ref, 'eq', scalar(spec, name, '$eq'))];
  // Embedded-document and array equality have no SQL counterpart.
  const ops = isObject(spec) ? Object.entries(spec) : [];
  if (!isObject(spec) || ops.length === 0 || ops.some(([op]) => !op.startsWith('$'))) {
    throw fail(`field ${name} needs a value or an object of $ operators`);
  }
  const options = spec.$options;
  if (Object.hasOwn(spec, '$options') && !Object.hasOwn(spec, '$regex')) {
    throw fail('$options is only allowed with $regex');
  }
  return ops
    .filter(([op]) => op !== '$options')
    .map(([op, value]): FilterNode => {
      // DATAGERRY's "has any" (`{"category": {"$gt": {"$size": 0}}}`): a document is greater than
      // `{$size: 0}`, so for an array of documents MongoDB answers "some element".
      if (op === '$gt' && isObject(value) && Object.keys(value).length === 1 && value.$size === 0)
        return { kind: 'elemMatch', field: ref, where: { kind: 'and', children: [] }, mongo: true };
      if (Object.hasOwn(CMP, op)) return comparison(ref, CMP[op], scalar(value, name, op));
      switch (op) {
        case '$in':
        case '$nin': {
          if (!Array.isArray(value)) throw fail(`${op} on ${name} needs an array`);
          const values = value.map((v) => scalar(v, name, op));
          return op === '$in'
            ? { kind: 'in', field: ref, values, mongo: true }
            : { kind: 'in', field: ref, values, negate: true, mongo: true };
        }
        case '$all': {
          // Every value is in the array (some element equals it); `$all: []` matches nothing, as in MongoDB.
          if (!Array.isArray(value)) throw fail(`$all on ${name} needs an array`);
          if (value.length === 0) return NOTHING;
          return combine(
            'and',
            value.map((v) => cmp(ref, 'eq', scalar(v, name, op))),
          );
        }
        case '$size':
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
            throw fail(`$size on ${name} needs a non-negative integer`);
          return { kind: 'size', field: ref, size: value };
        case '$not':
          if (!isObject(value) || Object.keys(value).length === 0)
            throw fail(`$not on ${name} needs an object of $ operators`);
          checkDepth(depth + 1);
          return { kind: 'not', child: combine('and', operators(path, value, depth + 1)), mongo: true };
        case '$exists':
          if (typeof value !== 'boolean' && value !== 0 && value !== 1) {
            throw fail(`$exists on ${name} needs true or false`);
          }
          return { kind: 'exists', field: ref, exists: Boolean(value), mongo: true };
        case '$regex':
          if (typeof value !== 'string') throw fail(`$regex on ${name} needs a string`);
          return { kind: 'regex', field: ref, ...regexToGlobs(value, options) };
        case '$elemMatch':
          return elemMatch(path, name, value, depth);
        default:
          throw notAllowed(op);
      }
    });
}

/**
 * `{array: {$elemMatch: {...}}}`: some element matches. With field keys (`{name: "os", value: "x"}`) the
 * conditions apply to one element's keys; with operators only (`{$gte: 2}`) to the element itself.
 */
function elemMatch(path: string, name: string, spec: unknown, depth: number): FilterNode {
  if (path === '') throw fail('$elemMatch cannot be nested in an element condition');
  if (!isObject(spec)) throw fail(`$elemMatch on ${name} needs an object`);
  checkDepth(depth + 1);
  const keys = Object.keys(spec);
  const onElement = keys.length > 0 && keys.every((k) => k.startsWith('$') && !LOGICAL.has(k));
  const where = onElement ? combine('and', operators('', spec, depth + 1)) : mongoQuery(spec, depth + 1);
  return { kind: 'elemMatch', field: { path }, where, mongo: true };
}

/** Parses a DATAGERRY filter (JSON text or already-parsed JSON); `{}` matches every row. Throws 400 AppErrors only. */
export function parseMongoFilter(input: string | unknown): FilterNode {
  const data = readJson(input, 'Invalid filter');
  if (Array.isArray(data)) throw fail('aggregation pipelines (top-level arrays) are not supported here');
  if (!isObject(data)) throw fail('expected a JSON object');
  return mongoQuery(data, 0);
}
