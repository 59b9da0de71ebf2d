import { badRequest } from '../../lib/errors';
import type { CmpOp, FieldRef, FilterNode, Scalar } from './ast';
import { checkDepth, checkNumber, isObject, isScalar, quote, readJson } from './limits';

/**
 * DATAGERRY's Mongo-style `filter`: `{field: value}`, `{field: {$op: value}}`, `$and/$or/$nor`, and
 * `$elemMatch` on arrays (which paths are arrays is the resolver's business, see compile.ts).
 * Only query operators that map onto plain SQL predicates are accepted; everything that runs code or
 * reshapes data (`$where`, `$expr`, `$function`, pipelines...) is a 400.
 *
 * Semantics follow SQL, not Mongo, where they differ: `$ne`/`$nin` do not match NULL fields, and
 * `$exists: true` means IS NOT NULL (a registry column always exists).
 */

const CMP: Record<string, CmpOp> = { $eq: 'eq', $ne: 'ne', $gt: 'gt', $gte: 'ge', $lt: 'lt', $lte: 'le' };
// Dotted paths (`fields.name`); dashes occur in DATAGERRY field names. The resolver is the real allowlist.
const FIELD = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const REGEX_META = new Set('.^$|?*+()[]{}\\'.split(''));

const LOGICAL = new Set(['$and', '$or', '$nor']);

const fail = (message: string) => badRequest(`Invalid filter: ${message}`);
const notAllowed = (op: string) => fail(`operator ${op.length > 40 ? `${op.slice(0, 40)}…` : op} is not allowed`);

function combine(kind: 'and' | 'or', children: FilterNode[]): FilterNode {
  return children.length === 1 ? children[0] : { kind, children };
}

function scalar(value: unknown, name: string, op: string): Scalar {
  if (!isScalar(value)) throw fail(`${op} on ${name} needs a single value`);
  checkNumber(value, 'Invalid filter');
  return value;
}

function query(doc: Record<string, unknown>, depth: number): FilterNode {
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
      return query(item, depth + 1);
    });
    if (key === '$and') return [combine('and', parts)];
    const any = combine('or', parts);
    return [key === '$or' ? any : { kind: 'not', child: any }];
  });
  return combine('and', children);
}

/** The conditions on one path (`''`: the array element itself, inside `$elemMatch`). */
function operators(path: string, spec: unknown, depth: number): FilterNode[] {
  const ref: FieldRef = { path };
  const name = path === '' ? 'the element' : quote(path);
  if (isScalar(spec)) return [{ kind: 'cmp', field: ref, op: 'eq', value: scalar(spec, name, '$eq') }];
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
      if (Object.hasOwn(CMP, op)) return { kind: 'cmp', field: ref, op: CMP[op], value: scalar(value, name, op) };
      switch (op) {
        case '$in':
        case '$nin': {
          if (!Array.isArray(value)) throw fail(`${op} on ${name} needs an array`);
          const values = value.map((v) => scalar(v, name, op));
          return op === '$in' ? { kind: 'in', field: ref, values } : { kind: 'in', field: ref, values, negate: true };
        }
        case '$exists':
          if (typeof value !== 'boolean' && value !== 0 && value !== 1) {
            throw fail(`$exists on ${name} needs true or false`);
          }
          return { kind: 'exists', field: ref, exists: Boolean(value) };
        case '$regex':
          return regex(ref.path, name, value, options);
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
  const where = onElement ? combine('and', operators('', spec, depth + 1)) : query(spec, depth + 1);
  return { kind: 'elemMatch', field: { path }, where };
}

/**
 * `$regex` limited to what LIKE can express exactly: `^abc` (prefix), `abc` (contains), `abc$` (suffix),
 * `^abc$` (equality). Escaped metacharacters (`\.`) are literal text; any live metacharacter is a 400.
 */
function regex(path: string, name: string, pattern: unknown, options: unknown): FilterNode {
  if (typeof pattern !== 'string') throw fail(`$regex on ${name} needs a string`);
  if (options !== undefined && options !== '' && options !== 'i') throw fail(`$options must be 'i' or empty`);
  const field: FieldRef = options === 'i' ? { path, transform: 'tolower' } : { path };
  const prefix = pattern.startsWith('^');
  let suffix = false;
  let text = '';
  for (let i = prefix ? 1 : 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      // Escaped punctuation is literal; escaped letters/digits are classes (\d, \w, \b...).
      if (next === undefined || /[A-Za-z0-9]/.test(next)) {
        throw fail(`$regex escape ${quote(c + (next ?? ''))} is not supported`);
      }
      text += next;
      i++;
    } else if (c === '$' && i === pattern.length - 1) {
      suffix = true;
    } else if (REGEX_META.has(c)) {
      throw fail(`$regex supports only literal prefix (^abc), contains (abc) and suffix (abc$) patterns`);
    } else {
      text += c;
    }
  }
  if (prefix && suffix) return { kind: 'cmp', field, op: 'eq', value: text };
  return { kind: 'text', field, fn: prefix ? 'startswith' : suffix ? 'endswith' : 'contains', value: text };
}

/** Parses a DATAGERRY filter (JSON text or already-parsed JSON); `{}` matches every row. Throws 400 AppErrors only. */
export function parseMongoFilter(input: string | unknown): FilterNode {
  const data = readJson(input, 'Invalid filter');
  if (Array.isArray(data)) throw fail('aggregation pipelines (top-level arrays) are not supported');
  if (!isObject(data)) throw fail('expected a JSON object');
  return query(data, 0);
}
