import type { SQL } from 'drizzle-orm';
import { badRequest } from '../../lib/errors';
import { sql } from '../records/sql';
import { arrayOf, jsonPath, type ObjectShape, objectShape, type Shape, shapeAt, splitPath, VALUE } from './documents';
import { isObject, quote } from './limits';

/**
 * The aggregation expressions a pipeline's `$addFields`, computed `$project` keys and `$lookup` `let` may
 * hold: exactly the forms DATAGERRY's web UI sends for its table searches, each compiled to SQL over a JSON
 * document (a JSON text value, or SQL NULL where MongoDB's result is "missing"). Anything else is a 400.
 *
 * - `"$path"`: the value at a path (not through an array);
 * - `{$toString: "$path"}`, `{$toInt: "$path"}`: MongoDB's conversions of a scalar (null when it cannot
 *   convert, where MongoDB fails the whole aggregation);
 * - `{$dateToString: {format, date: "$path"}}`: an ISO date text (Atrium's documents hold dates as text:
 *   JSON has no date type) formatted with `%Y %m %d %H %M %S %L %j %%`;
 * - `{$setUnion: ["$a", "$b", …]}`: the arrays' distinct elements (in order of first appearance);
 * - `{$reduce: {input: "$a.b", initialValue: [], in: {$setUnion: ["$$value", "$$this"]}}}`: the distinct
 *   elements of the arrays `b` of the documents in the array `a` (the UI folds referenced objects' fields);
 * - `{$map: {input: "$a", as: "v", in: {$cond: [{$eq: [{$type: "$$v.value"}, "date"]}, {name: "$$v.name",
 *   value: {$dateToString: {format, date: "$$v.value"}}}, {name: "$$v.name", value: "$$v.value"}]}}}`:
 *   the UI's date rendering of a `{name, value}` array. No JSON value has MongoDB's type "date", so each
 *   element becomes `{name, value}` as it is.
 */
export type Expr =
  | { op: 'path'; path: string }
  | { op: 'toString'; path: string }
  | { op: 'toInt'; path: string }
  | { op: 'dateToString'; path: string; format: string }
  | { op: 'setUnion'; paths: string[] }
  | { op: 'flatten'; array: string; inner: string }
  | { op: 'dateValues'; path: string };

const fail = (message: string) => badRequest(`Invalid filter: ${message}`);
const DATE_TOKENS = /%[YmdHMSLj%]/g;
const MAX_UNION = 8;

function fieldPath(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value.startsWith('$') || value.startsWith('$$'))
    throw fail(`${what} must be a field path ("$name")`);
  const path = value.slice(1);
  splitPath(path);
  if (path === '') throw fail(`${what} must be a field path ("$name")`);
  return path;
}

function dateFormat(value: unknown): string {
  if (value === undefined) return '%Y-%m-%dT%H:%M:%S.%LZ';
  if (typeof value !== 'string' || value.length > 64) throw fail('$dateToString format must be a short string');
  if (value.replace(DATE_TOKENS, '').includes('%'))
    throw fail('$dateToString format takes %Y %m %d %H %M %S %L %j and %% only');
  return value;
}

function single(spec: Record<string, unknown>, what: string): [string, unknown] {
  const entries = Object.entries(spec);
  if (entries.length !== 1) throw fail(`${what} must be a field path or one $ operator`);
  return entries[0];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The UI's `$map` over `{name, value}` elements that renders date values as text (see above). */
function dateValues(spec: unknown): Expr {
  if (!isObject(spec) || typeof spec.as !== 'string' || !/^[a-z_][A-Za-z0-9_]{0,31}$/.test(spec.as))
    throw fail('$map is only taken in the form DATAGERRY sends');
  const v = `$$${spec.as}`;
  const format = (spec.in as { $cond?: [unknown, { value?: { $dateToString?: { format?: unknown } } }] })?.$cond?.[1]
    ?.value?.$dateToString?.format;
  const expected = {
    input: spec.input,
    as: spec.as,
    in: {
      $cond: [
        { $eq: [{ $type: `${v}.value` }, 'date'] },
        { name: `${v}.name`, value: { $dateToString: { format, date: `${v}.value` } } },
        { name: `${v}.name`, value: `${v}.value` },
      ],
    },
  };
  if (!same(spec, expected)) throw fail('$map is only taken in the form DATAGERRY sends');
  dateFormat(format);
  return { op: 'dateValues', path: fieldPath(spec.input, '$map input') };
}

/** `{$reduce: {input: "$a.b", initialValue: [], in: {$setUnion: ["$$value", "$$this"]}}}` only. */
function flatten(spec: unknown): Expr {
  const union = isObject(spec) && isObject(spec.in) ? spec.in.$setUnion : undefined;
  const folds =
    isObject(spec) &&
    Object.keys(spec).length === 3 &&
    same(spec.initialValue, []) &&
    isObject(spec.in) &&
    Object.keys(spec.in).length === 1 &&
    (same(union, ['$$value', '$$this']) || same(union, ['$$this', '$$value']));
  if (!folds) throw fail('$reduce is only taken as a $setUnion fold from [] (DATAGERRY’s form)');
  const segments = splitPath(fieldPath(spec.input, '$reduce input'));
  if (segments.length !== 2) throw fail('$reduce input must be "$array.arrays"');
  return { op: 'flatten', array: segments[0], inner: segments[1] };
}

/** An expression of `$addFields`, a computed `$project` key or a `$lookup` `let`. */
export function parseExpression(spec: unknown, what: string): Expr {
  if (typeof spec === 'string') return { op: 'path', path: fieldPath(spec, what) };
  if (!isObject(spec)) throw fail(`${what} must be a field path or one $ operator`);
  const [op, arg] = single(spec, what);
  switch (op) {
    case '$toString':
      return { op: 'toString', path: fieldPath(arg, '$toString') };
    case '$toInt':
      return { op: 'toInt', path: fieldPath(arg, '$toInt') };
    case '$dateToString': {
      if (!isObject(arg) || Object.keys(arg).some((k) => k !== 'format' && k !== 'date'))
        throw fail('$dateToString takes format and date');
      return { op: 'dateToString', path: fieldPath(arg.date, '$dateToString date'), format: dateFormat(arg.format) };
    }
    case '$setUnion': {
      if (!Array.isArray(arg) || arg.length === 0 || arg.length > MAX_UNION)
        throw fail(`$setUnion takes 1 to ${MAX_UNION} field paths`);
      return { op: 'setUnion', paths: arg.map((a) => fieldPath(a, '$setUnion')) };
    }
    case '$reduce':
      return flatten(arg);
    case '$map':
      return dateValues(arg);
    default:
      throw fail(`expression ${quote(op)} is not supported`);
  }
}

/**
 * The path (not crossing an array) and what the shape says it holds; a path the documents lack reads as
 * missing, as in MongoDB (`at` undefined): documents hold only what their reader may see.
 */
function plainPath(shape: ObjectShape, path: string): { at?: SQL; shape: Shape } {
  const segments = splitPath(path);
  for (let i = 1; i < segments.length; i++)
    if (shapeAt(shape, segments.slice(0, i))?.kind === 'array')
      throw fail(`${quote(path)} crosses an array; name the array`);
  const found = shapeAt(shape, segments);
  return found ? { at: sql`${jsonPath(segments)}`, shape: found } : { shape: VALUE };
}

/**
 * A path an expression reads as an array; undefined when the documents lack it (the expression is then
 * null). Whether it holds an array is checked on each document (MongoDB's null where it does not).
 */
function arrayPath(shape: ObjectShape, path: string): { at: SQL; of: Shape; named: boolean } | undefined {
  const found = plainPath(shape, path);
  if (!found.at) return undefined;
  const array = found.shape.kind === 'array' ? found.shape : undefined;
  return { at: found.at, of: array?.of ?? VALUE, named: array?.named === true };
}

const NULL_JSON = sql`'null'`;

/** A json_each row `e` as JSON text (booleans and null by type; json_each answers them as 1, 0, NULL). */
export const elementJson = (e: SQL): SQL =>
  sql`case when ${e}.type in ('object', 'array') then json(${e}.value) when ${e}.type in ('true', 'false', 'null') then ${e}.type else json_quote(${e}.value) end`;

/** The scalar at `at` as one json_each row `a` (a missing value reads as null). */
const atom = (doc: SQL, at: SQL, body: SQL): SQL => sql`(select ${body} from json_each(json_array(${doc} -> ${at})) a)`;

/** The distinct values of `rows` (`x` JSON text, `o` order) as a JSON array text, in order of first appearance. */
const distinctArray = (rows: SQL): SQL =>
  sql`coalesce((select '[' || group_concat(u.x, ',' order by u.o) || ']' from (select r.x as x, min(r.o) as o from (${rows}) r group by r.x) u), '[]')`;

/** Integers in a text: MongoDB's base-10 form (an optional minus sign, digits). */
const INTEGER_TEXT = sql`(length(a.value) between 1 and 18 and (a.value not glob '*[^0-9]*' or (a.value glob '-[0-9]*' and substr(a.value, 2) not glob '*[^0-9]*')))`;

/** `%Y-%m-%d…` as SQL over the text `v` (strftime, with `%L` the milliseconds of `%f`); NULL when not a date. */
function formatDate(format: string, v: SQL): SQL {
  const pieces = format
    .split('%L')
    .flatMap((part, i): SQL[] => [
      ...(i > 0 ? [sql`substr(strftime('%f', ${v}), 4, 3)`] : []),
      ...(part === '' ? [] : [sql`strftime(${part}, ${v})`]),
    ]);
  const text = pieces.length === 0 ? sql`''` : sql.join(pieces, sql` || `);
  // Only ISO dates: strftime would read a number, or a text of digits, as a Julian day.
  return sql`case when ${v} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*' then ${text} end`;
}

const ELEMENT_SHAPE = objectShape({ name: VALUE, value: VALUE });

/** Two shapes a value may have, as one (keys of both; arrays of both). */
export function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind === 'object' && b.kind === 'object') {
    const keys: Record<string, Shape> = { ...a.keys };
    for (const [k, s] of Object.entries(b.keys)) keys[k] = k in keys ? mergeShapes(keys[k], s) : s;
    return objectShape(keys);
  }
  if (a.kind === 'array' && b.kind === 'array')
    return arrayOf(mergeShapes(a.of, b.of), a.named === true && b.named === true);
  return a.kind === 'value' ? b : a;
}

/**
 * The expression over the JSON document `doc` of shape `shape`: `value` is JSON text, or SQL NULL where
 * the result is missing (a path that is not there); `shape` is what the result holds.
 */
export function compileExpression(expr: Expr, doc: SQL, shape: ObjectShape): { value: SQL; shape: Shape } {
  switch (expr.op) {
    case 'path': {
      const found = plainPath(shape, expr.path);
      return { value: found.at ? sql`(${doc} -> ${found.at})` : sql`null`, shape: found.shape };
    }
    case 'toString': {
      const { at } = plainPath(shape, expr.path);
      if (!at) return { value: NULL_JSON, shape: VALUE };
      const text = sql`case a.type when 'integer' then cast(a.value as text)
        when 'real' then case when a.value = cast(a.value as integer) and abs(a.value) < 1e15 then cast(cast(a.value as integer) as text) else cast(a.value as text) end
        when 'text' then a.value when 'true' then 'true' when 'false' then 'false' end`;
      return { value: sql`json_quote(${atom(doc, at, text)})`, shape: VALUE };
    }
    case 'toInt': {
      const { at } = plainPath(shape, expr.path);
      if (!at) return { value: NULL_JSON, shape: VALUE };
      const int = sql`case a.type when 'integer' then a.value when 'real' then cast(a.value as integer)
        when 'true' then 1 when 'false' then 0 when 'text' then case when ${INTEGER_TEXT} then cast(a.value as integer) end end`;
      return { value: sql`coalesce(cast(${atom(doc, at, int)} as text), 'null')`, shape: VALUE };
    }
    case 'dateToString': {
      const { at } = plainPath(shape, expr.path);
      if (!at) return { value: NULL_JSON, shape: VALUE };
      const text = sql`case when a.type = 'text' then ${formatDate(expr.format, sql`a.value`)} end`;
      return { value: sql`json_quote(${atom(doc, at, text)})`, shape: VALUE };
    }
    case 'setUnion': {
      const found = expr.paths.map((p) => arrayPath(shape, p));
      if (found.some((a) => a === undefined)) return { value: NULL_JSON, shape: arrayOf(VALUE) };
      const arrays = found as NonNullable<(typeof found)[number]>[];
      const rows = sql.join(
        arrays.map(
          (a, i) =>
            sql`select ${elementJson(sql`e`)} as x, ${i} * 4294967296 + e.key as o from json_each(${doc}, ${a.at}) e`,
        ),
        sql` union all `,
      );
      const all = sql.join(
        arrays.map((a) => sql`json_type(${doc}, ${a.at}) = 'array'`),
        sql` and `,
      );
      const of = arrays.map((a) => a.of).reduce(mergeShapes);
      return {
        value: sql`case when ${all} then ${distinctArray(rows)} else 'null' end`,
        shape: arrayOf(
          of,
          arrays.every((a) => a.named),
        ),
      };
    }
    case 'flatten': {
      const outer = arrayPath(shape, expr.array);
      if (!outer) return { value: NULL_JSON, shape: arrayOf(VALUE) };
      // Elements lacking the key are skipped at run time, so the key is read even where the shape lacks it.
      const inner = (outer.of.kind === 'object' ? arrayPath(outer.of, expr.inner) : undefined) ?? {
        at: sql`${jsonPath(splitPath(expr.inner))}`,
        of: VALUE,
        named: false,
      };
      const rows = sql`select ${elementJson(sql`f`)} as x, d.key * 4294967296 + f.key as o
        from json_each(${doc}, ${outer.at}) d, json_each(d.value, ${inner.at}) f where d.type = 'object'`;
      // MongoDB: a present value that is not an array makes $setUnion (and so the fold) null.
      const broken = sql`exists (select 1 from json_each(${doc}, ${outer.at}) d where d.type = 'object' and json_type(d.value, ${inner.at}) <> 'array')`;
      return {
        value: sql`case when coalesce(json_type(${doc}, ${outer.at}), '') <> 'array' then 'null' when ${broken} then 'null' else ${distinctArray(rows)} end`,
        shape: arrayOf(inner.of, inner.named),
      };
    }
    case 'dateValues': {
      const array = arrayPath(shape, expr.path);
      if (!array) return { value: NULL_JSON, shape: arrayOf(ELEMENT_SHAPE, true) };
      const { at } = array;
      const n = sql`(e.value -> '$.name')`;
      const v = sql`(e.value -> '$.value')`;
      const element = sql`case when e.type <> 'object' or (${n} is null and ${v} is null) then '{}'
        when ${n} is null then json_object('value', json(${v})) when ${v} is null then json_object('name', json(${n}))
        else json_object('name', json(${n}), 'value', json(${v})) end`;
      const list = sql`coalesce((select '[' || group_concat(${element}, ',' order by e.key) || ']' from json_each(${doc}, ${at}) e), '[]')`;
      return {
        value: sql`case when json_type(${doc}, ${at}) = 'array' then ${list} else 'null' end`,
        shape: arrayOf(ELEMENT_SHAPE, true),
      };
    }
  }
}
