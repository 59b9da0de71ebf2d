import type { SQL } from 'drizzle-orm';
import { badRequest } from '../../lib/errors';
import { numbered, sql } from '../records/sql';
import { compileFilter, type FieldResolver } from './compile';
import {
  type AliasCounter,
  arrayOf,
  documentResolver,
  jsonPath,
  type ObjectShape,
  objectShape,
  shapeAt,
  splitPath,
  VALUE,
  valuesOf,
} from './documents';
import { compileExpression, elementJson } from './expressions';
import { quote } from './limits';
import { type Computed, leadingMatch, type Stage } from './pipeline';

/**
 * An aggregation pipeline (pipeline.ts) compiled to one SQL statement for its page and one for its total:
 * a chain of CTEs, one per stage, over the documents a collection shows its caller (`doc` JSON text and
 * `ord`, the stream's order). Leading `$match` stages run on the collection's own table with its own
 * resolver (indexes, its ACL and allowlist); every later stage works on the JSON documents with a
 * resolver built from their shape. Values and JSON paths are bound; the text is this module's vocabulary.
 * Bounded: the page has the list's limit, a `$lookup` takes at most LOOKUP_LIMIT documents per document,
 * and a statement binds at most MAX_PARAMS values.
 */

/** The documents a collection shows its caller; `where` (on the collection's own table) is ANDed in. */
export interface PipelineCollection {
  rows(where?: SQL): SQL;
  shape: ObjectShape;
  /** A `$lookup` foreignField that is an (indexed) integer column of the collection's table: `o.public_id`. */
  column?(path: string): SQL | undefined;
}

export interface PipelineSource extends PipelineCollection {
  /** Paths of the leading `$match` stages on the collection's table; without it they match documents. */
  resolver?: FieldResolver;
  /** Collections `$lookup` may read, by DATAGERRY's collection names (`framework.objects`). */
  lookup?(from: string): PipelineCollection | undefined;
}

/** The list's own paging, applied after the pipeline: DATAGERRY appends `$sort`, `$skip` and `$limit`. */
export interface PipelinePage {
  limit: number;
  offset: number;
  sort?: string;
  descending?: boolean;
  /**
   * Each document replaced by the collection's document whose `key` column equals the document's `key`
   * (an integer, or the text of one, as `$toString` left it); documents naming none are left out.
   * DATAGERRY's backend reads a pipeline's documents back as objects to render them.
   */
  reread?: { key: string; collection: PipelineCollection };
}

export const LOOKUP_LIMIT = 100;
const MAX_PARAMS = 100;

const fail = (message: string) => badRequest(`Invalid filter: ${message}`);

/** Mongo's order of types (null and missing, numbers, strings, objects, arrays, booleans), then values. */
function sortKey(doc: SQL, shape: ObjectShape, path: string, descending: boolean, counter: AliasCounter): SQL {
  const at = shapeAt(shape, splitPath(path));
  if (at?.kind === 'array') throw fail(`cannot sort by the array ${quote(path)}`);
  const { expr, jsonType } = documentResolver(doc, shape, counter, true).resolve(path);
  const dir = sql.raw(descending ? 'desc' : 'asc');
  const rank = sql`case ${jsonType} when 'integer' then 1 when 'real' then 1 when 'text' then 2 when 'object' then 3 when 'array' then 4 when 'false' then 5 when 'true' then 5 else 0 end`;
  return sql`${rank} ${dir}, ${expr} ${dir}`;
}

/** `x` equals `y`, both JSON text (NULL: missing), as MongoDB's expressions compare: numbers by value, the rest exactly. */
const sameJson = (x: SQL, y: SQL): SQL =>
  sql`(case when json_type(${x}) in ('integer', 'real') and json_type(${y}) in ('integer', 'real') then json_extract(${x}, '$') = json_extract(${y}, '$') else json(${x}) = json(${y}) end)`;

/** A path that never exists in a document (an index of an object): json_set and json_remove skip it. */
const NOWHERE = sql.raw(`'$[0]'`);

class PipelineCompiler {
  private readonly counter: AliasCounter = { next: 0 };
  private readonly ctes: { select: SQL; materialized: boolean }[] = [];
  /** After an `$unwind`, documents share their origin: a `$group` by `$_id` would merge them. */
  private unwound = false;
  shape: ObjectShape;

  constructor(private readonly source: PipelineSource) {
    this.shape = source.shape;
  }

  private cte = (i: number) => sql.identifier(`s${i}`);
  /** The previous stage's documents, aliased `p`. */
  private get prev(): SQL {
    return sql`${this.cte(this.ctes.length - 1)} p`;
  }
  private add(select: SQL): void {
    this.ctes.push({ select, materialized: false });
  }
  /**
   * The previous stage's documents computed once: a stage that reads `p.doc` (or a computed column) more
   * than once would otherwise have SQLite inline the whole chain of expressions at each use.
   */
  private once(): void {
    const last = this.ctes[this.ctes.length - 1];
    if (last) last.materialized = true;
  }

  start(stages: Stage[]): Stage[] {
    const { resolver } = this.source;
    if (!resolver) {
      this.add(this.source.rows());
      return stages;
    }
    const { filter, rest } = leadingMatch(stages);
    this.add(this.source.rows(compileFilter(filter, resolver, { maxValues: MAX_PARAMS })));
    return rest;
  }

  stage(stage: Stage): void {
    const doc = sql`p.doc`;
    switch (stage.kind) {
      case 'match': {
        const where = compileFilter(stage.filter, documentResolver(doc, this.shape, this.counter, true), {
          maxValues: MAX_PARAMS,
        });
        if (where) this.add(sql`select p.doc as doc, p.ord as ord from ${this.prev} where ${where}`);
        return;
      }
      case 'sort': {
        const keys = stage.keys.map((k) => sortKey(doc, this.shape, k.path, k.descending, this.counter));
        this.add(
          sql`select p.doc as doc, row_number() over (order by ${sql.join(keys, sql`, `)}, p.ord) as ord from ${this.prev}`,
        );
        return;
      }
      case 'skip':
        this.add(
          sql`select p.doc as doc, p.ord as ord from ${this.prev} order by p.ord limit -1 offset ${stage.count}`,
        );
        return;
      case 'limit':
        this.add(sql`select p.doc as doc, p.ord as ord from ${this.prev} order by p.ord limit ${stage.count}`);
        return;
      case 'project':
        this.project(stage);
        return;
      case 'count':
        this.add(
          sql`select json_object(${stage.name}, count(*)) as doc, 1 as ord from ${this.prev} having count(*) > 0`,
        );
        this.shape = objectShape({ [stage.name]: VALUE });
        return;
      case 'lookup':
        this.lookup(stage);
        return;
      case 'unwind':
        this.unwind(stage);
        this.unwound = true;
        return;
      case 'addFields':
        this.compute([], stage.computed);
        return;
      case 'group':
        this.group(stage);
        return;
    }
  }

  /**
   * Drops `drop` (top-level keys) and sets the computed keys, all evaluated on the stage's input document:
   * one CTE computes the values (`v0`…), the next writes them (a missing value removes its key).
   */
  private compute(drop: string[], computed: Computed[]): void {
    const results = computed.map((c) => ({ key: c.key, ...compileExpression(c.expr, sql`p.doc`, this.shape) }));
    const v = (i: number) => sql.identifier(`v${i}`);
    const values = results.map((r, i) => sql`, ${r.value} as ${v(i)}`);
    this.once();
    this.add(sql`select p.doc as doc, p.ord as ord${sql.join(values, sql``)} from ${this.prev}`);
    this.once();
    const removed = [
      ...drop.map((k) => sql`${jsonPath([k])}`),
      ...results.map((r, i) => sql`case when p.${v(i)} is null then ${jsonPath([r.key])} else ${NOWHERE} end`),
    ];
    const set = results.map(
      (r, i) => sql`case when p.${v(i)} is null then ${NOWHERE} else ${jsonPath([r.key])} end, json(p.${v(i)})`,
    );
    let doc = removed.length ? sql`json_remove(p.doc, ${sql.join(removed, sql`, `)})` : sql`p.doc`;
    if (set.length) doc = sql`json_set(${doc}, ${sql.join(set, sql`, `)})`;
    this.add(sql`select ${doc} as doc, p.ord as ord from ${this.prev}`);
    const keys = Object.fromEntries(Object.entries(this.shape.keys).filter(([k]) => !drop.includes(k)));
    for (const r of results) keys[r.key] = r.shape;
    this.shape = objectShape(keys);
  }

  /** `$group` by `$_id`: each document its own group, holding `$first` of each path (null when missing). */
  private group(stage: Extract<Stage, { kind: 'group' }>): void {
    if (this.unwound) throw fail('$group by $_id after $unwind is not supported');
    this.once();
    const keys: Record<string, ObjectShape['keys'][string]> = {};
    const pairs = stage.keys.map(({ key, path }) => {
      const segments = splitPath(path);
      // A path the documents lack is missing: $first of it is null.
      keys[key] = shapeAt(this.shape, segments) ?? VALUE;
      return sql`${key}, json(p.doc -> ${jsonPath(segments)})`;
    });
    this.add(sql`select json_object(${sql.join(pairs, sql`, `)}) as doc, p.ord as ord from ${this.prev}`);
    this.shape = objectShape(keys);
  }

  private project(stage: Extract<Stage, { kind: 'project' }>): void {
    const known = Object.keys(this.shape.keys);
    const computed = stage.computed ?? [];
    const named = [...stage.keys, ...computed.map((c) => c.key)];
    const drop = stage.include ? known.filter((k) => !named.includes(k)) : stage.keys.filter((k) => known.includes(k));
    if (computed.length) {
      this.compute(drop, computed);
      return;
    }
    this.shape = objectShape(Object.fromEntries(Object.entries(this.shape.keys).filter(([k]) => !drop.includes(k))));
    if (drop.length === 0) return;
    const paths = drop.map((k) => sql`${jsonPath([k])}`);
    this.add(sql`select json_remove(p.doc, ${sql.join(paths, sql`, `)}) as doc, p.ord as ord from ${this.prev}`);
  }

  /** `as`: the documents of `from` whose foreignField equals a value of localField (bounded, in their order). */
  private lookup(stage: Extract<Stage, { kind: 'lookup' }>): void {
    const target = this.source.lookup?.(stage.from);
    if (!target) throw fail(`$lookup from ${quote(stage.from)} is not available here`);
    const rows = stage.correlated ? this.correlated(stage, target) : this.equalValues(stage, target);
    this.once();
    const found = sql`select json_group_array(json(t.doc)) from (select l.doc as doc from (${rows}) l order by l.ord limit ${LOOKUP_LIMIT}) t`;
    this.add(
      sql`select json_set(p.doc, ${jsonPath([stage.as])}, json((${found}))) as doc, p.ord as ord from ${this.prev}`,
    );
    this.shape = objectShape({ ...this.shape.keys, [stage.as]: arrayOf(target.shape) });
  }

  /**
   * The correlated form: the `let` variable's value (a path not through an array; `$toInt` of it) equals
   * the foreign field (`eq`) or is an element of the foreign array (`in`); the sub-pipeline's other
   * `$match` stages filter the foreign documents.
   */
  private correlated(stage: Extract<Stage, { kind: 'lookup' }>, target: PipelineCollection): SQL {
    const { test, toInt, match } = stage.correlated ?? { test: 'eq', toInt: false };
    const local = compileExpression(
      { op: toInt ? 'toInt' : 'path', path: stage.localField },
      sql`p.doc`,
      this.shape,
    ).value;
    const t = sql`t0.doc`;
    const foreign = splitPath(stage.foreignField);
    if (!shapeAt(target.shape, foreign)) throw badRequest(`Unknown filter field ${quote(stage.foreignField, 64)}`);
    const at = jsonPath(foreign);
    const joined =
      test === 'eq'
        ? sameJson(sql`(${t} -> ${at})`, local)
        : sql`(json_type(${t}, ${at}) = 'array' and exists (select 1 from json_each(${t}, ${at}) f where ${sameJson(elementJson(sql`f`), local)}))`;
    const filter = compileFilter(match, documentResolver(t, target.shape, this.counter, true), {
      maxValues: MAX_PARAMS,
    });
    return sql`select t0.doc as doc, t0.ord as ord from (${target.rows()}) t0 where ${joined}${filter ? sql` and ${filter}` : sql``}`;
  }

  private equalValues(stage: Extract<Stage, { kind: 'lookup' }>, target: PipelineCollection): SQL {
    const local = valuesOf(sql`p.doc`, this.shape, stage.localField, this.counter);
    const column = target.column?.(stage.foreignField);
    let rows: SQL;
    // Only integers: the column's affinity would turn a local "5" into 5, where a document compares types.
    if (column) rows = target.rows(sql`${column} in (select lv.v from (${local}) lv where typeof(lv.v) = 'integer')`);
    else {
      const foreign = valuesOf(sql`t0.doc`, target.shape, stage.foreignField, this.counter);
      rows = sql`select t0.doc as doc, t0.ord as ord from (${target.rows()}) t0 where exists (select 1 from (${foreign}) f where f.v in (${local}))`;
    }
    return rows;
  }

  /** Each document replaced by the collection's document with the same `key` (see PipelinePage.reread). */
  reread(key: string, collection: PipelineCollection): void {
    const column = collection.column?.(key);
    if (!column) throw fail(`documents cannot be read back by ${quote(key)}`);
    if (!shapeAt(this.shape, [key])) throw fail(`the pipeline's documents have no ${quote(key)} to read them back by`);
    const id = sql`(select case a.type when 'integer' then a.value when 'text' then case when length(a.value) between 1 and 18 and a.value not glob '*[^0-9]*' then cast(a.value as integer) end end
      from json_each(json_array(p.doc -> ${jsonPath([key])})) a)`;
    const one = sql`(select r.doc from (${collection.rows(sql`${column} = ${id}`)}) r)`;
    this.once();
    this.add(
      sql`select x.doc as doc, x.ord as ord from (select ${one} as doc, p.ord as ord from ${this.prev}) x where x.doc is not null`,
    );
    this.shape = collection.shape;
  }

  /**
   * One document per element (a non-array value counts as one element; null, missing or empty: none,
   * or the document as it is with preserveNullAndEmptyArrays, an empty array's field removed).
   */
  private unwind(stage: Extract<Stage, { kind: 'unwind' }>): void {
    const segments = splitPath(stage.path);
    const at = shapeAt(this.shape, segments);
    if (!at) throw badRequest(`Unknown filter field ${quote(stage.path, 64)}`);
    if (at.kind !== 'array') throw fail(`$unwind: ${quote(stage.path)} is not an array`);
    const path = jsonPath(segments);
    const index = stage.index ? jsonPath([stage.index]) : undefined;
    const element = sql`json_set(p.doc, ${path}, p.doc -> e.fullkey${index ? sql`, ${index}, e.key` : sql``})`;
    const ord = sql`row_number() over (order by p.ord, e.key) as ord`;
    if (!stage.preserve) {
      this.add(
        sql`select ${element} as doc, ${ord} from ${this.prev}, json_each(p.doc, ${path}) e where json_type(p.doc, ${path}) <> 'null'`,
      );
    } else {
      const kept = sql`case when json_type(p.doc, ${path}) = 'array' then json_remove(p.doc, ${path}) else p.doc end`;
      const none = index ? sql`json_set(${kept}, ${index}, null)` : kept;
      this.add(
        sql`select case when e.fullkey is null then ${none} else ${element} end as doc, ${ord} from ${this.prev} left join json_each(p.doc, ${path}) e on json_type(p.doc, ${path}) <> 'null'`,
      );
    }
    const keys = { ...this.shape.keys };
    // The unwound path now holds one element.
    setShape(keys, segments, at.of);
    if (stage.index) keys[stage.index] = VALUE;
    this.shape = objectShape(keys);
  }

  finish(page: PipelinePage): { page: SQL; count: SQL } {
    const last = this.cte(this.ctes.length - 1);
    const dir = sql.raw(page.descending ? 'desc' : 'asc');
    const order =
      page.sort && shapeAt(this.shape, splitPath(page.sort))
        ? sql`${sortKey(sql`p.doc`, this.shape, page.sort, page.descending === true, this.counter)}, p.ord ${dir}`
        : sql`p.ord ${dir}`;
    const withs = sql.join(
      this.ctes.map((c, i) => sql`${this.cte(i)} as ${sql.raw(c.materialized ? 'materialized ' : '')}(${c.select})`),
      sql`, `,
    );
    const query = sql`with ${withs} select p.doc as doc from ${last} p order by ${order} limit ${page.limit} offset ${page.offset}`;
    const count = sql`with ${withs} select count(*) as n from ${last} p`;
    if (numbered(query).params.length > MAX_PARAMS)
      throw fail(`the pipeline needs more than ${MAX_PARAMS} values; split it or simplify its $match`);
    return { page: query, count };
  }
}

function setShape(
  keys: Record<string, ObjectShape['keys'][string]>,
  segments: string[],
  shape: ObjectShape['keys'][string],
) {
  const [head, ...rest] = segments;
  if (rest.length === 0) {
    keys[head] = shape;
    return;
  }
  const inner = keys[head];
  if (inner?.kind !== 'object') return;
  const copy = { ...inner.keys };
  setShape(copy, rest, shape);
  keys[head] = objectShape(copy);
}

/** The page and total statements of `stages` over `source`, paged by the list's own parameters. */
export function compilePipeline(
  stages: Stage[],
  source: PipelineSource,
  page: PipelinePage,
): { page: SQL; count: SQL; shape: ObjectShape } {
  const compiler = new PipelineCompiler(source);
  for (const stage of compiler.start(stages)) compiler.stage(stage);
  if (page.reread) compiler.reread(page.reread.key, page.reread.collection);
  return { ...compiler.finish(page), shape: compiler.shape };
}
