import type { SQL } from 'drizzle-orm';
import { badRequest } from '../../lib/errors';
import { sql } from '../records/sql';
import type { ArrayField, FieldResolver, ResolvedField } from './compile';
import { quote } from './limits';

/**
 * Filters over JSON documents (an aggregation pipeline's documents, in-memory lists): which paths a
 * document has is its Shape, and a path resolves to json_extract on the document. The shape is the
 * allowlist (an unknown path is the lists' usual 400), values stay bound, and paths travel as bound JSON
 * paths (`$."a"."b"`), never pasted into the SQL text.
 */
export type Shape =
  | { kind: 'value' }
  | { kind: 'object'; keys: Record<string, Shape> }
  /** `named`: elements are `{name, value}` (DATAGERRY's fields); `path.<n>` reads the value of element n. */
  | { kind: 'array'; of: Shape; named?: boolean };
export type ObjectShape = Extract<Shape, { kind: 'object' }>;

export const VALUE: Shape = { kind: 'value' };
export const objectShape = (keys: Record<string, Shape>): ObjectShape => ({ kind: 'object', keys });
export const arrayOf = (of: Shape, named = false): Shape => ({ kind: 'array', of, ...(named ? { named } : {}) });

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** A JSON path for segments already checked against SEGMENT (so no quote can occur in them). */
export const jsonPath = (segments: string[]): string =>
  segments.length === 0 ? '$' : `$${segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `."${s}"`)).join('')}`;

export function splitPath(path: string): string[] {
  const segments = path === '' ? [] : path.split('.');
  if (segments.some((s) => !SEGMENT.test(s))) throw badRequest(`Invalid field ${quote(path, 64)}`);
  return segments;
}

const unknown = (path: string) => badRequest(`Unknown filter field ${quote(path, 64)}`);

/** The shape at `segments` (object keys and array indexes only); undefined when the shape has no such path. */
export function shapeAt(shape: Shape, segments: string[]): Shape | undefined {
  let current: Shape | undefined = shape;
  for (const segment of segments) {
    if (!current) return undefined;
    if (current.kind === 'object') current = Object.hasOwn(current.keys, segment) ? current.keys[segment] : undefined;
    else if (current.kind === 'array' && /^\d+$/.test(segment)) current = current.of;
    else return current.kind === 'value' ? VALUE : undefined;
  }
  return current;
}

/** The shape at `segments`, reading through arrays (the elements' keys), as Mongo paths do. */
function shapeThrough(shape: Shape, segments: string[]): Shape | undefined {
  let current: Shape | undefined = shape;
  for (const segment of segments) {
    while (current?.kind === 'array' && !/^\d+$/.test(segment)) current = current.of;
    current = current && shapeAt(current, [segment]);
  }
  return current;
}

/** Aliases for the json_each of nested arrays: one counter per compiled statement keeps them distinct. */
export type AliasCounter = { next: number };
const alias = (counter: AliasCounter) => sql.identifier(`e${++counter.next}`);

/**
 * Where the first array on the path is: the index of the array's segment, or -1. A named array followed by
 * a field name (not `name`/`value`) is not crossed: it is read as that element's value.
 */
function firstArray(shape: Shape, segments: string[]): number {
  let current: Shape | undefined = shape;
  for (let i = 0; i < segments.length; i++) {
    if (current?.kind !== 'object') return -1;
    current = current.keys[segments[i]];
    if (current?.kind === 'array') {
      const next = segments[i + 1];
      if (next !== undefined && /^\d+$/.test(next)) {
        current = current.of;
        i++;
        continue;
      }
      if (current.named && next !== undefined && next !== 'name' && next !== 'value') return -1;
      return i;
    }
  }
  return -1;
}

/**
 * The resolver over the JSON document `doc` of shape `shape`. `lenient`: a path the shape does not have
 * reads as missing, as in MongoDB, instead of the lists' unknown-field 400 (for a pipeline's documents,
 * which hold only what their reader may see: DATAGERRY's UI searches columns its documents lack).
 */
export function documentResolver(
  doc: SQL,
  shape: Shape,
  counter: AliasCounter = { next: 0 },
  lenient = false,
): FieldResolver {
  const read = (path: string): ResolvedField => {
    const segments = splitPath(path);
    if (segments.length === 0) {
      if (shape.kind !== 'value') throw unknown(path);
      return { expr: doc, type: 'json' };
    }
    const named = namedValue(segments);
    if (named) return named;
    if (!shapeAt(shape, segments) && !lenient) throw unknown(path);
    const at = jsonPath(segments);
    return {
      expr: sql`json_extract(${doc}, ${at})`,
      type: 'json',
      present: sql`json_type(${doc}, ${at}) is not null`,
      jsonType: sql`json_type(${doc}, ${at})`,
    };
  };

  /** `fields.os` of a named array: the value of its element named `os`. */
  const namedValue = (segments: string[]): ResolvedField | undefined => {
    if (segments.length < 2) return undefined;
    const array = shapeAt(shape, segments.slice(0, -1));
    const name = segments[segments.length - 1];
    if (array?.kind !== 'array' || !array.named || name === 'name' || name === 'value') return undefined;
    const e = alias(counter);
    const element = sql`(select ${e}.value from json_each(${doc}, ${jsonPath(segments.slice(0, -1))}) ${e} where json_extract(${e}.value, '$.name') = ${name} limit 1)`;
    return {
      expr: sql`json_extract(${element}, '$.value')`,
      type: 'json',
      present: sql`json_type(${element}, '$.value') is not null`,
      jsonType: sql`json_type(${element}, '$.value')`,
    };
  };

  const array = (path: string): ArrayField | undefined => {
    const segments = splitPath(path);
    const at = shapeAt(shape, segments);
    if (at?.kind !== 'array' || segments.length === 0) return undefined;
    const e = alias(counter);
    const element = sql`${e}.value`;
    const elementResolver: FieldResolver =
      at.of.kind === 'value'
        ? {
            resolve(inner) {
              if (inner !== '') throw unknown(`${path}.${inner}`);
              return { expr: element, type: 'json', jsonType: sql`${e}.type` };
            },
          }
        : documentResolver(element, at.of, counter, lenient);
    const where = jsonPath(segments);
    return {
      from: sql`json_each(${doc}, ${where}) ${e}`,
      element: elementResolver,
      isArray: sql`json_type(${doc}, ${where}) = 'array'`,
    };
  };

  return {
    resolve: read,
    array,
    through(path) {
      const segments = splitPath(path);
      const index = firstArray(shape, segments);
      if (index < 0) return undefined;
      return { array: segments.slice(0, index + 1).join('.'), path: segments.slice(index + 1).join('.') };
    },
  };
}

/**
 * The values of `path` in `doc` as Mongo's `$lookup` reads a field: through arrays on the way, and the
 * elements of an array at the end. A `select … as v` to use in `in (…)`.
 */
export function valuesOf(doc: SQL, shape: Shape, path: string, counter: AliasCounter): SQL {
  const segments = splitPath(path);
  if (segments.length === 0 || !shapeThrough(shape, segments)) throw unknown(path);
  const from: SQL[] = [];
  let source = doc;
  let current: Shape = shape;
  let rest: string[] = [];
  for (const segment of segments) {
    rest.push(segment);
    const next = shapeAt(current, [segment]);
    if (next?.kind === 'array') {
      const e = alias(counter);
      from.push(sql`json_each(${source}, ${jsonPath(rest)}) ${e}`);
      source = sql`${e}.value`;
      current = next.of;
      rest = [];
    } else current = next ?? VALUE;
  }
  const value = rest.length === 0 ? source : sql`json_extract(${source}, ${jsonPath(rest)})`;
  return from.length === 0 ? sql`select ${value} as v` : sql`select ${value} as v from ${sql.join(from, sql`, `)}`;
}

/** Infers the shape of plain JSON documents (an in-memory list): the union of their keys. */
export function inferShape(values: unknown[]): Shape {
  const objects = values.filter(
    (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  );
  const arrays = values.filter(Array.isArray);
  if (arrays.length > 0 && objects.length === 0) {
    const elements = arrays.flat();
    const of = inferShape(elements);
    const named =
      elements.length > 0 &&
      elements.every(
        (e) =>
          typeof e === 'object' &&
          e !== null &&
          !Array.isArray(e) &&
          typeof (e as { name?: unknown }).name === 'string' &&
          Object.keys(e).every((k) => k === 'name' || k === 'value'),
      );
    return arrayOf(of, named);
  }
  if (objects.length === 0 || arrays.length > 0) return VALUE;
  const keys = new Set(objects.flatMap((o) => Object.keys(o)));
  return objectShape(
    Object.fromEntries(
      [...keys]
        .filter((k) => SEGMENT.test(k))
        .map((k) => [k, inferShape(objects.map((o) => o[k]).filter((v) => v !== undefined && v !== null))]),
    ),
  );
}
