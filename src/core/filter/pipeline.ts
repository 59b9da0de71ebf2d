import { badRequest } from '../../lib/errors';
import type { FilterNode } from './ast';
import { splitPath } from './documents';
import { type Expr, parseExpression } from './expressions';
import { isObject, quote, readJson } from './limits';
import { mongoQuery } from './mongo';

/**
 * DATAGERRY's `filter` as its backend reads it: a query object, or an aggregation pipeline (a JSON array
 * of stages). The stages a list can run (pipeline-sql.ts compiles them to one bounded SQL statement):
 * `$match`, `$sort`, `$skip`, `$limit`, `$project` (inclusion or exclusion of top-level keys, and computed
 * keys), `$count`, `$lookup` (`from`, `localField`, `foreignField`, `as`, over the collections the list
 * offers; or DATAGERRY's correlated form, below), `$unwind`, `$addFields` (the expressions of
 * expressions.ts) and `$group` by `$_id` with `$first` (each document is its own group: the UI's
 * regrouping after a `$lookup`). Any other stage or form, `$where` and `$expr` (outside the correlated
 * `$lookup`) are a 400.
 */
export type Stage =
  | { kind: 'match'; filter: FilterNode }
  | { kind: 'sort'; keys: { path: string; descending: boolean }[] }
  | { kind: 'skip'; count: number }
  | { kind: 'limit'; count: number }
  | { kind: 'project'; include: boolean; keys: string[]; computed?: Computed[] }
  | { kind: 'count'; name: string }
  | { kind: 'lookup'; from: string; localField: string; foreignField: string; as: string; correlated?: Correlation }
  | { kind: 'unwind'; path: string; preserve: boolean; index?: string }
  | { kind: 'addFields'; computed: Computed[] }
  | { kind: 'group'; keys: { key: string; path: string }[] };

/** A key a stage computes. */
export interface Computed {
  key: string;
  expr: Expr;
}

/**
 * DATAGERRY's correlated `$lookup` (`let` and a sub-pipeline of `$match` stages, one of them
 * `{$expr: {$eq: ["$$v", "$field"]}}` or `{$expr: {$in: ["$$v", "$array"]}}`): a join of the `let`
 * variable's value (`toInt`: through `$toInt`) with `foreignField`, whole-value equality (`eq`) or
 * membership in the foreign array (`in`), and the other stages' filter on the foreign documents.
 */
export interface Correlation {
  test: 'eq' | 'in';
  toInt: boolean;
  match?: FilterNode;
}

export type MongoQuery = { filter: FilterNode; pipeline?: undefined } | { pipeline: Stage[]; filter?: undefined };

export const PIPELINE_LIMITS = { maxStages: 20, maxCount: 2 ** 31 - 1 } as const;

const fail = (message: string) => badRequest(`Invalid filter: ${message}`);
const KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

function key(value: unknown, what: string): string {
  if (typeof value !== 'string' || !KEY.test(value)) throw fail(`${what} must be a plain field name`);
  return value;
}

/** `"$path"` of `$unwind` (or a plain path of `$lookup`): a dotted path of plain segments. */
function fieldPath(value: unknown, what: string, dollar: boolean): string {
  if (typeof value !== 'string') throw fail(`${what} must be a field path`);
  if (dollar && !value.startsWith('$')) throw fail(`${what} must start with '$'`);
  const path = dollar ? value.slice(1) : value;
  if (path === '' || path.startsWith('$')) throw fail(`${what} must be a field path`);
  splitPath(path);
  return path;
}

function count(value: unknown, stage: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > PIPELINE_LIMITS.maxCount)
    throw fail(`${stage} needs an integer of at least ${min}`);
  return value;
}

function only(spec: Record<string, unknown>, stage: string, allowed: string[]): void {
  const extra = Object.keys(spec).find((k) => !allowed.includes(k));
  if (extra) throw fail(`${stage} does not take ${quote(extra)}`);
}

function stage(item: unknown): Stage {
  if (!isObject(item) || Object.keys(item).length !== 1) throw fail('each pipeline stage is an object with one $ key');
  const [name, spec] = Object.entries(item)[0];
  switch (name) {
    case '$match':
      if (!isObject(spec)) throw fail('$match needs a query object');
      return { kind: 'match', filter: mongoQuery(spec, 1) };
    case '$sort': {
      if (!isObject(spec) || Object.keys(spec).length === 0) throw fail('$sort needs an object of fields');
      const keys = Object.entries(spec).map(([path, dir]) => {
        if (dir !== 1 && dir !== -1) throw fail(`$sort on ${quote(path)} takes 1 or -1`);
        splitPath(path);
        return { path, descending: dir === -1 };
      });
      return { kind: 'sort', keys };
    }
    case '$skip':
      return { kind: 'skip', count: count(spec, '$skip', 0) };
    case '$limit':
      return { kind: 'limit', count: count(spec, '$limit', 1) };
    case '$project':
      return project(spec);
    case '$count':
      return { kind: 'count', name: key(spec, '$count') };
    case '$lookup': {
      if (!isObject(spec)) throw fail('$lookup needs an object');
      if ('let' in spec || 'pipeline' in spec) return correlatedLookup(spec);
      only(spec, '$lookup', ['from', 'localField', 'foreignField', 'as']);
      if (typeof spec.from !== 'string') throw fail('$lookup needs from');
      return {
        kind: 'lookup',
        from: spec.from,
        localField: fieldPath(spec.localField, '$lookup localField', false),
        foreignField: fieldPath(spec.foreignField, '$lookup foreignField', false),
        as: key(spec.as, '$lookup as'),
      };
    }
    case '$unwind': {
      if (typeof spec === 'string') return { kind: 'unwind', path: fieldPath(spec, '$unwind', true), preserve: false };
      if (!isObject(spec)) throw fail('$unwind needs a path');
      only(spec, '$unwind', ['path', 'preserveNullAndEmptyArrays', 'includeArrayIndex']);
      const preserve = spec.preserveNullAndEmptyArrays ?? false;
      if (typeof preserve !== 'boolean') throw fail('$unwind preserveNullAndEmptyArrays takes true or false');
      return {
        kind: 'unwind',
        path: fieldPath(spec.path, '$unwind path', true),
        preserve,
        ...(spec.includeArrayIndex === undefined
          ? {}
          : { index: key(spec.includeArrayIndex, '$unwind includeArrayIndex') }),
      };
    }
    case '$addFields':
      return { kind: 'addFields', computed: computedKeys(spec, '$addFields') };
    case '$group':
      return group(spec);
    default:
      throw fail(`pipeline stage ${quote(name)} is not supported`);
  }
}

const MAX_COMPUTED = 16;

function computedKeys(spec: unknown, stage: string): Computed[] {
  if (!isObject(spec) || Object.keys(spec).length === 0) throw fail(`${stage} needs an object of fields`);
  const entries = Object.entries(spec);
  if (entries.length > MAX_COMPUTED) throw fail(`${stage} takes at most ${MAX_COMPUTED} fields`);
  return entries.map(([k, v]) => ({ key: key(k, `${stage} keys`), expr: parseExpression(v, `${stage} ${quote(k)}`) }));
}

const flag = (v: unknown) => v === 0 || v === 1 || v === true || v === false;

/** Inclusion or exclusion of top-level keys; computed keys make it an inclusion. `_id` (or `"$_id"`) is not a key here. */
function project(spec: unknown): Stage {
  if (!isObject(spec) || Object.keys(spec).length === 0) throw fail('$project needs an object of fields');
  const { _id: id, ...rest } = spec;
  if (id !== undefined && !flag(id) && id !== '$_id') throw fail("$project takes 1, 0 or '$_id' for _id");
  const entries = Object.entries(rest);
  const flags = entries.filter(([, v]) => flag(v));
  const computed = entries.filter(([, v]) => !flag(v));
  const include = computed.length > 0 || flags.some(([, v]) => v === 1 || v === true);
  if (flags.some(([, v]) => (v === 1 || v === true) !== include))
    throw fail('$project cannot mix inclusion and exclusion');
  if (computed.length > MAX_COMPUTED) throw fail(`$project computes at most ${MAX_COMPUTED} fields`);
  return {
    kind: 'project',
    include,
    keys: flags.map(([k]) => key(k, '$project keys')),
    ...(computed.length
      ? {
          computed: computed.map(([k, v]) => ({
            key: key(k, '$project keys'),
            expr: parseExpression(v, `$project ${quote(k)}`),
          })),
        }
      : {}),
  };
}

/** `{_id: "$_id", key: {$first: "$path"}, …}`: one group per document, its keys taken from it. */
function group(spec: unknown): Stage {
  if (!isObject(spec) || spec._id !== '$_id')
    throw fail('$group is only taken by "$_id" (each document its own group)');
  const entries = Object.entries(spec).filter(([k]) => k !== '_id');
  if (entries.length > MAX_COMPUTED) throw fail(`$group takes at most ${MAX_COMPUTED} fields`);
  return {
    kind: 'group',
    keys: entries.map(([k, v]) => {
      if (!isObject(v) || Object.keys(v).length !== 1 || typeof v.$first !== 'string')
        throw fail(`$group ${quote(k)} takes {$first: "$path"} only`);
      return { key: key(k, '$group keys'), path: fieldPath(v.$first, '$group $first', true) };
    }),
  };
}

/** The join of a correlated `$lookup`'s `$expr`: `$eq` of the variable and a field, or `$in` of it in an array. */
function join(expr: unknown, variable: string): { test: 'eq' | 'in'; field: string } {
  const v = `$$${variable}`;
  const spec = isObject(expr) && Object.keys(expr).length === 1 ? Object.entries(expr)[0] : undefined;
  const [op, args] = spec ?? [];
  if (Array.isArray(args) && args.length === 2) {
    if (op === '$in' && args[0] === v) return { test: 'in', field: fieldPath(args[1], '$in', true) };
    if (op === '$eq' && args[0] === v) return { test: 'eq', field: fieldPath(args[1], '$eq', true) };
    if (op === '$eq' && args[1] === v) return { test: 'eq', field: fieldPath(args[0], '$eq', true) };
  }
  throw fail(`$expr is only taken as {$eq: ["${v}", "$field"]} or {$in: ["${v}", "$array"]} in a $lookup`);
}

function correlatedLookup(spec: Record<string, unknown>): Stage {
  only(spec, '$lookup', ['from', 'let', 'pipeline', 'as']);
  if (typeof spec.from !== 'string') throw fail('$lookup needs from');
  if (!isObject(spec.let) || Object.keys(spec.let).length !== 1) throw fail('$lookup let takes one variable');
  const [variable, value] = Object.entries(spec.let)[0];
  if (!/^[a-z][A-Za-z0-9_]{0,31}$/.test(variable)) throw fail('$lookup let variable must be a plain name');
  const local = parseExpression(value, '$lookup let');
  if (local.op !== 'path' && local.op !== 'toInt') throw fail('$lookup let takes "$field" or {$toInt: "$field"}');
  if (!Array.isArray(spec.pipeline) || spec.pipeline.length === 0 || spec.pipeline.length > 8)
    throw fail('$lookup pipeline takes 1 to 8 $match stages');
  const filters: FilterNode[] = [];
  let found: { test: 'eq' | 'in'; field: string } | undefined;
  for (const item of spec.pipeline) {
    if (!isObject(item) || Object.keys(item).length !== 1 || !isObject(item.$match))
      throw fail('$lookup pipeline takes $match stages only');
    const match = item.$match;
    if ('$expr' in match) {
      if (found || Object.keys(match).length !== 1) throw fail('$lookup pipeline takes one $expr, alone in its $match');
      found = join(match.$expr, variable);
    } else filters.push(mongoQuery(match, 1));
  }
  if (!found) throw fail('$lookup pipeline needs a $match with $expr naming the variable');
  const match =
    filters.length === 0 ? undefined : filters.length === 1 ? filters[0] : { kind: 'and' as const, children: filters };
  return {
    kind: 'lookup',
    from: spec.from,
    localField: local.path,
    foreignField: found.field,
    as: key(spec.as, '$lookup as'),
    correlated: { test: found.test, toInt: local.op === 'toInt', ...(match ? { match } : {}) },
  };
}

/** A parsed aggregation pipeline (already-parsed JSON). */
export function parsePipeline(data: unknown[]): Stage[] {
  if (data.length > PIPELINE_LIMITS.maxStages) throw fail(`a pipeline has at most ${PIPELINE_LIMITS.maxStages} stages`);
  return data.map(stage);
}

/** DATAGERRY's `filter` (JSON text or parsed JSON): a query object or a pipeline. Throws 400 AppErrors only. */
export function parseMongoQuery(input: unknown): MongoQuery {
  const data = readJson(input, 'Invalid filter');
  if (Array.isArray(data)) return { pipeline: parsePipeline(data) };
  if (!isObject(data)) throw fail('expected a JSON object or an aggregation pipeline (array)');
  return { filter: mongoQuery(data, 0) };
}

/**
 * The pipeline's leading `$match` stages as one filter (they run on the list's own table, with its
 * indexes) and the stages after them. A pipeline of `$match` stages only is a plain filter.
 */
export function leadingMatch(stages: Stage[]): { filter: FilterNode | undefined; rest: Stage[] } {
  const first = stages.findIndex((s) => s.kind !== 'match');
  const matches = (first < 0 ? stages : stages.slice(0, first)) as Extract<Stage, { kind: 'match' }>[];
  const filters = matches.map((m) => m.filter);
  return {
    filter: filters.length === 0 ? undefined : filters.length === 1 ? filters[0] : { kind: 'and', children: filters },
    rest: first < 0 ? [] : stages.slice(first),
  };
}
