import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../../src/core/filter';
import { pipelineInMemory } from '../../../src/core/records/memory';
import { expect400 } from './helpers';

/**
 * The expression stages (core/filter/expressions.ts: `$addFields`, computed `$project`, `$group` by `$_id`,
 * the correlated `$lookup`) run for real on D1: MongoDB's documented answers, then a property against a
 * plain JavaScript evaluation of the same expressions.
 */

type Doc = Record<string, unknown>;
const run = async (docs: unknown[], pipeline: unknown[], lookups: Record<string, unknown[]> = {}) =>
  (await pipelineInMemory(env.DB, docs, parsePipeline(pipeline), { limit: 1000, offset: 0 }, lookups))
    .documents as Doc[];
const one = async (doc: Doc, expr: unknown) => (await run([doc, { id: 0 }], [{ $addFields: { r: expr } }]))[0].r;

const ISO = '%Y-%m-%dT%H:%M:%S.%LZ';
const FOLD = { $setUnion: ['$$value', '$$this'] };
const DATE_MAP = {
  input: '$a',
  as: 'x',
  in: {
    $cond: [
      { $eq: [{ $type: '$$x.value' }, 'date'] },
      { name: '$$x.name', value: { $dateToString: { format: ISO, date: '$$x.value' } } },
      { name: '$$x.name', value: '$$x.value' },
    ],
  },
};

describe('expressions: MongoDB’s answers', () => {
  it('$toString and $toInt of scalars (null where MongoDB cannot convert)', async () => {
    const cases: [unknown, unknown, unknown][] = [
      [5, '5', 5],
      [2.5, '2.5', 2],
      [-2.5, '-2.5', -2],
      ['12', '12', 12],
      ['007', '007', 7],
      ['-3', '-3', -3],
      ['1.5', '1.5', null],
      [' 1', ' 1', null],
      [true, 'true', 1],
      [false, 'false', 0],
      [null, null, null],
    ];
    for (const [n, text, int] of cases) {
      expect(await one({ n }, { $toString: '$n' }), JSON.stringify(n)).toBe(text);
      expect(await one({ n }, { $toInt: '$n' }), JSON.stringify(n)).toBe(int);
    }
    expect(await one({ id: 1 }, { $toString: '$n' })).toBeNull();
  });

  it('$dateToString formats ISO date text; null for anything else', async () => {
    const t = '2024-02-29T07:05:09.042Z';
    expect(await one({ t }, { $dateToString: { format: ISO, date: '$t' } })).toBe(t);
    expect(await one({ t }, { $dateToString: { date: '$t' } })).toBe(t);
    expect(await one({ t }, { $dateToString: { format: '%d/%m/%Y %H:%M %j %% %L', date: '$t' } })).toBe(
      '29/02/2024 07:05 060 % 042',
    );
    for (const bad of ['junk', '12345', 5, null])
      expect(await one({ t: bad }, { $dateToString: { date: '$t' } })).toBeNull();
    expect400(() => parsePipeline([{ $addFields: { r: { $dateToString: { format: '%b', date: '$t' } } } }]), /%Y %m/);
  });

  it('$setUnion: distinct elements in order of first appearance; null when an argument is not an array', async () => {
    const a = [
      { name: 'x', value: 1 },
      { name: 'y', value: 2 },
      { name: 'x', value: 1 },
    ];
    const b = [{ name: 'y', value: 2 }, 'z', true, null];
    expect(await one({ a, b }, { $setUnion: ['$a', '$b'] })).toEqual([
      { name: 'x', value: 1 },
      { name: 'y', value: 2 },
      'z',
      true,
      null,
    ]);
    expect(await one({ a, b: null }, { $setUnion: ['$a', '$b'] })).toBeNull();
    expect(await one({ a }, { $setUnion: ['$a', '$b'] })).toBeNull();
  });

  it('$reduce folding arrays with $setUnion from []', async () => {
    const fold = { $reduce: { input: '$refs.fields', initialValue: [], in: FOLD } };
    const x = { name: 'x', value: 1 };
    const y = { name: 'y', value: 2 };
    expect(await one({ refs: [{ fields: [x, y] }, { fields: [y, x] }, { other: 1 }, 7] }, fold)).toEqual([x, y]);
    expect(await one({ refs: [] }, fold)).toEqual([]);
    expect(await one({ refs: [{ fields: [x] }, { fields: null }] }, fold)).toBeNull();
    expect(await one({ refs: null }, fold)).toBeNull();
    expect400(
      () =>
        parsePipeline([
          {
            $addFields: {
              r: { $reduce: { input: '$a', initialValue: [], in: { $concatArrays: ['$$value', '$$this'] } } },
            },
          },
        ]),
      /\$setUnion fold/,
    );
  });

  it('the UI’s $map: no JSON value is a date, so elements become {name, value} as they are', async () => {
    expect(await one({ a: [{ name: 'd', value: '2024-01-01', x: 1 }, { name: 'n' }, 5] }, { $map: DATE_MAP })).toEqual([
      { name: 'd', value: '2024-01-01' },
      { name: 'n' },
      {},
    ]);
    expect400(() => parsePipeline([{ $addFields: { r: { $map: { ...DATE_MAP, as: 'y' } } } }]), /form DATAGERRY sends/);
  });

  it('$addFields and $project: a missing value removes the key; $group by $_id keeps each document', async () => {
    const docs = [{ id: 1, n: 5, a: [1] }, { id: 2 }];
    expect(await run(docs, [{ $addFields: { n: '$nope', m: '$n' } }])).toEqual([{ id: 1, a: [1], m: 5 }, { id: 2 }]);
    expect(await run(docs, [{ $project: { _id: '$_id', id: 1, s: { $toString: '$id' } } }])).toEqual([
      { id: 1, s: '1' },
      { id: 2, s: '2' },
    ]);
    const grouped = await run(docs, [{ $group: { _id: '$_id', id: { $first: '$id' }, n: { $first: '$n' } } }]);
    expect(grouped).toEqual([
      { id: 1, n: 5 },
      { id: 2, n: null },
    ]);
    await expect(run(docs, [{ $unwind: '$a' }, { $group: { _id: '$_id', id: { $first: '$id' } } }])).rejects.toThrow(
      /after \$unwind/,
    );
  });

  it('the correlated $lookup: $in of the variable in an array, $eq with a field, other $match stages', async () => {
    const types = [{ public_id: 1 }, { public_id: 2 }, { public_id: '3' }];
    const categories = [
      { public_id: 10, types: [1, 3] },
      { public_id: 11, types: [2, '3'] },
      { public_id: 12, types: 1 },
    ];
    const pipeline = (test: unknown, id?: number) => [
      {
        $lookup: {
          from: 'framework.categories',
          let: { type_id: { $toInt: '$public_id' } },
          pipeline: [...(id ? [{ $match: { public_id: id } }] : []), { $match: { $expr: test } }],
          as: 'category',
        },
      },
      { $match: { category: { $gt: { $size: 0 } } } },
      { $project: { category: 0 } },
    ];
    const lookups = { 'framework.categories': categories };
    const ids = async (p: unknown[]) => (await run(types, p, lookups)).map((t) => t.public_id);
    expect(await ids(pipeline({ $in: ['$$type_id', '$types'] }))).toEqual([1, 2, '3']);
    expect(await ids(pipeline({ $in: ['$$type_id', '$types'] }, 11))).toEqual([2]);
    // $eq compares whole values: the array [1, 3] is not 1; 12's types is the number 1.
    expect(await ids(pipeline({ $eq: ['$types', '$$type_id'] }))).toEqual([1]);
    const byText = await run(
      types,
      [
        {
          $lookup: {
            from: 'framework.categories',
            let: { v: '$public_id' },
            pipeline: [{ $match: { $expr: { $in: ['$$v', '$types'] } } }],
            as: 'c',
          },
        },
      ],
      lookups,
    );
    expect(byText.map((t) => (t.c as Doc[]).map((c) => c.public_id))).toEqual([[10], [11], [11]]);
  });
});

/** MongoDB's semantics of the accepted expressions in plain JavaScript (documents have no _id). */
const MISSING = Symbol('missing');
const get = (doc: Doc, key: string) => (Object.hasOwn(doc, key) ? doc[key] : MISSING);
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
function union(arrays: unknown[][]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const element of arrays.flat())
    if (!seen.has(JSON.stringify(element))) seen.set(JSON.stringify(element), element);
  return [...seen.values()];
}
const pad = (n: number, width: number) => String(n).padStart(width, '0');
function formatDate(value: unknown, format: string): unknown {
  if (typeof value !== 'string' || !/^\d{4}-[01]\d-[0-3]\d/.test(value)) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const day = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  const tokens: Record<string, string> = {
    Y: pad(d.getUTCFullYear(), 4),
    m: pad(d.getUTCMonth() + 1, 2),
    d: pad(d.getUTCDate(), 2),
    H: pad(d.getUTCHours(), 2),
    M: pad(d.getUTCMinutes(), 2),
    S: pad(d.getUTCSeconds(), 2),
    L: pad(d.getUTCMilliseconds(), 3),
    j: pad(day, 3),
    '%': '%',
  };
  return format.replace(/%(.)/g, (_, t: string) => tokens[t]);
}
function evaluate(doc: Doc, expr: Record<string, unknown>): unknown {
  const [op, arg] = Object.entries(expr)[0] as [string, never];
  const at = (path: string) => get(doc, path.slice(1));
  switch (op) {
    case '$toString': {
      const v = at(arg);
      return typeof v === 'number' || typeof v === 'boolean' ? String(v) : typeof v === 'string' ? v : null;
    }
    case '$toInt': {
      const v = at(arg);
      if (typeof v === 'number') return Math.trunc(v);
      if (typeof v === 'boolean') return v ? 1 : 0;
      return typeof v === 'string' && /^-?\d{1,17}$/.test(v) ? Number.parseInt(v, 10) : null;
    }
    case '$dateToString':
      return formatDate(at((arg as Doc).date as string), ((arg as Doc).format as string) ?? ISO);
    case '$setUnion': {
      const values = (arg as string[]).map(at);
      return values.every(Array.isArray) ? union(values as unknown[][]) : null;
    }
    case '$reduce': {
      const outer = get(doc, 'refs');
      if (!Array.isArray(outer)) return null;
      const inner = outer
        .filter(isDoc)
        .map((d) => get(d, 'fields'))
        .filter((v) => v !== MISSING);
      return inner.every(Array.isArray) ? union(inner as unknown[][]) : null;
    }
    case '$map': {
      const input = at('$a');
      if (!Array.isArray(input)) return null;
      return input.map((e) =>
        isDoc(e) ? Object.fromEntries(['name', 'value'].filter((k) => Object.hasOwn(e, k)).map((k) => [k, e[k]])) : {},
      );
    }
  }
  throw new Error(op);
}
function addFields(docs: Doc[], fields: Record<string, Record<string, unknown>>): Doc[] {
  return docs.map((doc) => {
    const out = { ...doc };
    for (const [key, expr] of Object.entries(fields)) {
      const value = evaluate(doc, expr);
      if (value === MISSING) delete out[key];
      else out[key] = value;
    }
    return out;
  });
}

describe('expressions = JavaScript evaluation (property)', () => {
  const word = fc.constantFrom('a', 'b', 'x y', '12', '-3', '007', '1.5', '');
  const scalar = fc.oneof(
    fc.integer({ min: -9, max: 9 }),
    word,
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(2.5, -0.25),
  );
  const element = fc.oneof(
    { weight: 3, arbitrary: fc.record({ name: fc.constantFrom('n', 'm'), value: scalar }, { requiredKeys: ['name'] }) },
    scalar,
  );
  const array = fc.array(element, { maxLength: 4 });
  const date = fc.constantFrom('2024-05-01T10:00:00.000Z', '2023-12-31T23:59:59.999Z', '2024-02-29', 'junk', '123');
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const doc = fc
    .record({
      id: fc.integer({ min: 1, max: 99 }),
      n: maybe(scalar),
      t: maybe(fc.oneof(date, scalar)),
      a: maybe(fc.oneof({ weight: 4, arbitrary: array }, scalar)),
      b: maybe(fc.oneof({ weight: 4, arbitrary: array }, scalar)),
      refs: maybe(fc.array(fc.oneof(fc.record({ fields: maybe(fc.oneof(array, scalar)) }), scalar), { maxLength: 3 })),
    })
    .map((d) => JSON.parse(JSON.stringify(d)) as Doc);
  const expr = fc.constantFrom<Record<string, unknown>>(
    { $toString: '$n' },
    { $toInt: '$n' },
    { $toString: '$t' },
    { $dateToString: { date: '$t' } },
    { $dateToString: { format: '%j|%d/%m/%Y %%', date: '$t' } },
    { $setUnion: ['$a', '$b'] },
    { $setUnion: ['$a'] },
    { $reduce: { input: '$refs.fields', initialValue: [], in: FOLD } },
    { $map: DATE_MAP },
  );

  it('answers what MongoDB answers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(doc, { minLength: 1, maxLength: 5 }),
        fc.dictionary(fc.constantFrom('n', 'r', 'a'), expr, { minKeys: 1 }),
        async (docs, fields) => {
          const sqlite = await run(docs, [{ $addFields: fields }]);
          expect(sqlite, JSON.stringify({ docs, fields })).toEqual(JSON.parse(JSON.stringify(addFields(docs, fields))));
        },
      ),
      { numRuns: 60, seed: 27 },
    );
  });
});
