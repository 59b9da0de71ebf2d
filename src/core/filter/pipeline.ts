import { badRequest } from '../../lib/errors';
import type { FilterNode } from './ast';
import { splitPath } from './documents';
import { isObject, quote, readJson } from './limits';
import { mongoQuery } from './mongo';

/**
 * DATAGERRY's `filter` as its backend reads it: a query object, or an aggregation pipeline (a JSON array
 * of stages). The stages a list can run (pipeline-sql.ts compiles them to one bounded SQL statement):
 * `$match`, `$sort`, `$skip`, `$limit`, `$project` (inclusion or exclusion of top-level keys), `$count`,
 * `$lookup` (`from`, `localField`, `foreignField`, `as`, over the collections the list offers) and
 * `$unwind`. Any other stage (`$group`, `$addFields`, `$lookup` with a sub-pipeline…), `$where` and `$expr`
 * are a 400.
 */
export type Stage =
  | { kind: 'match'; filter: FilterNode }
  | { kind: 'sort'; keys: { path: string; descending: boolean }[] }
  | { kind: 'skip'; count: number }
  | { kind: 'limit'; count: number }
  | { kind: 'project'; include: boolean; keys: string[] }
  | { kind: 'count'; name: string }
  | { kind: 'lookup'; from: string; localField: string; foreignField: string; as: string }
  | { kind: 'unwind'; path: string; preserve: boolean; index?: string };

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
    case '$project': {
      if (!isObject(spec) || Object.keys(spec).length === 0) throw fail('$project needs an object of fields');
      const entries = Object.entries(spec).filter(([k]) => k !== '_id');
      for (const [k, v] of Object.entries(spec)) {
        if (v !== 0 && v !== 1 && v !== true && v !== false)
          throw fail(`$project takes 1 or 0 per field (no expressions): ${quote(k)}`);
      }
      const include = entries.some(([, v]) => v === 1 || v === true);
      if (entries.some(([, v]) => (v === 1 || v === true) !== include))
        throw fail('$project cannot mix inclusion and exclusion');
      return { kind: 'project', include, keys: entries.map(([k]) => key(k, '$project keys')) };
    }
    case '$count':
      return { kind: 'count', name: key(spec, '$count') };
    case '$lookup': {
      if (!isObject(spec)) throw fail('$lookup needs an object');
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
    default:
      throw fail(`pipeline stage ${quote(name)} is not supported`);
  }
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
