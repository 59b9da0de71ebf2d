import { badRequest } from '../../lib/errors';
import type { CmpOp, FilterNode, Scalar } from './ast';
import { checkJsonDepth, checkNumber, isObject, isScalar, quote, readJson } from './limits';

/**
 * Liberty's `q` parameter: `[{"APPS_ID":{"=":10},"APPS_NAME":{"like":"LIBERTY%"}}]`.
 *
 * An array of objects or a single object. Keys within one object are ANDed, and so are the array's
 * elements: Liberty's framework builds one WHERE clause by appending every condition with AND and has
 * no OR in `q`, so reading the array as a disjunction would widen results behind the client's back.
 */

const CMP: Record<string, CmpOp> = { '=': 'eq', '!=': 'ne', '<>': 'ne', '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le' };
const COLUMN = /^[A-Za-z_][A-Za-z0-9_.]*$/;

const fail = (message: string) => badRequest(`Invalid q: ${message}`);

function scalar(value: unknown, column: string, op: string): Scalar {
  if (!isScalar(value)) throw fail(`operator ${quote(op)} on ${quote(column)} needs a single value`);
  checkNumber(value, 'Invalid q');
  return value;
}

function condition(column: string, op: string, value: unknown): FilterNode {
  const field = { path: column };
  const key = op.toLowerCase();
  if (Object.hasOwn(CMP, key)) return { kind: 'cmp', field, op: CMP[key], value: scalar(value, column, op) };
  if (key === 'like') {
    if (typeof value !== 'string') throw fail(`operator 'like' on ${quote(column)} needs a string pattern`);
    return { kind: 'like', field, pattern: value };
  }
  if (key === 'null') {
    if (typeof value !== 'boolean') throw fail(`operator 'null' on ${quote(column)} needs true or false`);
    return { kind: 'exists', field, exists: !value };
  }
  if (key === 'in') {
    if (!Array.isArray(value)) throw fail(`operator 'in' on ${quote(column)} needs an array`);
    return { kind: 'in', field, values: value.map((v) => scalar(v, column, op)) };
  }
  throw fail(`unknown operator ${quote(op)} on ${quote(column)}`);
}

function column(name: string, spec: unknown): FilterNode[] {
  if (!COLUMN.test(name)) throw fail(`invalid column name ${quote(name)}`);
  // Shorthand: {"COL": 10} means {"COL": {"=": 10}}.
  if (isScalar(spec)) return [condition(name, '=', spec)];
  if (!isObject(spec)) throw fail(`column ${quote(name)} needs a value or an operator object`);
  const ops = Object.entries(spec);
  if (ops.length === 0) throw fail(`column ${quote(name)} has no operator`);
  return ops.map(([op, value]) => condition(name, op, value));
}

function group(item: unknown): FilterNode[] {
  if (!isObject(item)) throw fail('expected an object of column conditions');
  return Object.entries(item).flatMap(([name, spec]) => column(name, spec));
}

/** Parses Liberty `q` (JSON text or already-parsed JSON); `[]` and `{}` match every row. Throws 400 AppErrors only. */
export function parseLibertyQ(input: string | unknown): FilterNode {
  const data = readJson(input, 'Invalid q');
  // `q` has no nesting of its own (at most array > object > operators > list); deeper JSON is abuse.
  checkJsonDepth(data);
  const items = Array.isArray(data) ? data : [data];
  const children = items.flatMap(group);
  return children.length === 1 ? children[0] : { kind: 'and', children };
}
