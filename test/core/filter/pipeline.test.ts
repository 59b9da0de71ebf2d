import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryObjectList } from '../../../src/core/cmdb/object-pipeline';
import { listObjects, OBJECT_SORT } from '../../../src/core/cmdb/objects';
import { parseMongoQuery, parsePipeline, type Stage } from '../../../src/core/filter';
import { pipelineInMemory } from '../../../src/core/records/memory';
import { AppError } from '../../../src/lib/errors';
import { adminActor } from '../../support/actors';
import { expect400 } from './helpers';

/** Aggregation pipelines (core/filter/pipeline*.ts) run for real on D1 over in-memory documents. */

const run = async (docs: unknown[], pipeline: unknown[], lookups: Record<string, unknown[]> = {}, page = {}) =>
  pipelineInMemory(env.DB, docs, parsePipeline(pipeline), { limit: 1000, offset: 0, ...page }, lookups);
const ids = async (docs: { id: number }[], pipeline: unknown[]) =>
  ((await run(docs, pipeline)).documents as { id: number }[]).map((d) => d.id);

/**
 * MongoDB's reading of null and missing (https://www.mongodb.com/docs/manual/tutorial/query-for-null-fields/,
 * the $ne, $nin, $exists, $not and $nor pages): the expected ids are what MongoDB answers for these documents.
 */
const NULLS = [{ id: 1, x: 5 }, { id: 2, x: null }, { id: 3 }, { id: 4, x: 'a' }, { id: 5, x: true }, { id: 6, x: 6 }];
const NULL_TABLE: [unknown, number[]][] = [
  [{ x: null }, [2, 3]],
  [{ x: { $eq: null } }, [2, 3]],
  [{ x: { $ne: null } }, [1, 4, 5, 6]],
  [{ x: { $ne: 5 } }, [2, 3, 4, 5, 6]],
  [{ x: { $nin: [5, 6] } }, [2, 3, 4, 5]],
  [{ x: { $nin: [null] } }, [1, 4, 5, 6]],
  [{ x: { $in: [null, 5] } }, [1, 2, 3]],
  [{ x: { $exists: true } }, [1, 2, 4, 5, 6]],
  [{ x: { $exists: false } }, [3]],
  [{ x: { $exists: true, $ne: null } }, [1, 4, 5, 6]],
  [{ x: { $gt: 4 } }, [1, 6]],
  [{ x: { $lt: 'b' } }, [4]],
  [{ x: { $gte: null } }, [2, 3]],
  [{ x: { $gt: null } }, []],
  [{ x: true }, [5]],
  [{ x: 1 }, []],
  [{ x: { $ne: true } }, [1, 2, 3, 4, 6]],
  [{ x: { $not: { $gt: 5 } } }, [1, 2, 3, 4, 5]],
  [{ $nor: [{ x: 5 }] }, [2, 3, 4, 5, 6]],
  [{ $nor: [{ x: { $exists: true } }] }, [3]],
  [{ x: { $regex: '^a$' } }, [4]],
  [{ x: { $regex: '' } }, [4]],
];

describe('MongoDB null and missing semantics', () => {
  it.each(NULL_TABLE)('%j', async (filter, expected) => {
    expect(await ids(NULLS, [{ $match: filter }])).toEqual(expected);
    // The same after a reshaping stage: the documents path, not the pushed-down first $match.
    expect(await ids(NULLS, [{ $skip: 0 }, { $match: filter }])).toEqual(expected);
  });

  it('arrays: some element matches; $ne, $nin and $exists: false when none does', async () => {
    const docs = [
      { id: 1, tags: ['a', 'b'], parts: [{ n: 'cpu', q: 2 }, { n: 'ram' }] },
      { id: 2, tags: [], parts: [{ n: 'cpu', q: null }] },
      { id: 3, tags: ['c'] },
      { id: 4 },
    ];
    expect(await ids(docs, [{ $match: { tags: 'a' } }])).toEqual([1]);
    expect(await ids(docs, [{ $match: { tags: { $ne: 'a' } } }])).toEqual([2, 3, 4]);
    expect(await ids(docs, [{ $match: { tags: { $all: ['a', 'b'] } } }])).toEqual([1]);
    expect(await ids(docs, [{ $match: { tags: { $size: 0 } } }])).toEqual([2]);
    expect(await ids(docs, [{ $match: { 'tags.0': { $exists: true } } }])).toEqual([1, 3]);
    expect(await ids(docs, [{ $match: { 'parts.q': { $exists: true } } }])).toEqual([1, 2]);
    expect(await ids(docs, [{ $match: { 'parts.q': { $exists: false } } }])).toEqual([3, 4]);
    expect(await ids(docs, [{ $match: { parts: { $elemMatch: { n: 'cpu', q: { $gte: 2 } } } } }])).toEqual([1]);
    expect(await ids(docs, [{ $match: { 'parts.n': { $nin: ['ram'] } } }])).toEqual([2, 3, 4]);
  });
});

describe('pipeline stages', () => {
  const docs = [
    { id: 1, name: 'b', n: 3, tags: ['x', 'y'] },
    { id: 2, name: 'a', n: 1, tags: [] },
    { id: 3, name: 'c', n: 2, tags: ['z'] },
    { id: 4, name: 'a', n: null },
  ];

  it('$sort, $skip and $limit in stream order; the list sorts and pages last', async () => {
    expect(await ids(docs, [{ $sort: { name: 1, n: -1 } }])).toEqual([2, 4, 1, 3]);
    const sorted = await run(docs, [{ $sort: { name: 1, n: -1 } }, { $skip: 1 }, { $limit: 2 }], {}, { sort: 'n' });
    expect(sorted.documents.map((d) => (d as { id: number }).id)).toEqual([4, 1]);
    expect(sorted.total).toBe(2);
    // Mongo's type order: null and missing first, then numbers, strings, …
    expect(await ids(docs, [{ $sort: { n: 1 } }, { $limit: 4 }])).toEqual([4, 2, 3, 1]);
    const page = await run(docs, [{ $limit: 4 }], {}, { sort: 'name', descending: true, limit: 2, offset: 1 });
    // Ties in the list's order follow the stream, in the same direction (as the lists' public_id).
    expect(page.documents.map((d) => (d as { id: number }).id)).toEqual([1, 4]);
    expect(page.total).toBe(4);
  });

  it('$project keeps or drops top-level keys', async () => {
    const kept = await run(docs, [{ $project: { _id: 0, id: 1, name: 1 } }, { $limit: 1 }]);
    expect(kept.documents).toEqual([{ id: 1, name: 'b' }]);
    const dropped = await run(docs, [{ $project: { tags: 0, n: 0 } }, { $match: { id: 4 } }]);
    expect(dropped.documents).toEqual([{ id: 4, name: 'a' }]);
    expect400(() => parsePipeline([{ $project: { a: 1, b: 0 } }]), /cannot mix/);
    expect400(
      () => parsePipeline([{ $project: { a: { $concat: ['$b'] } } }]),
      /expression '\$concat' is not supported/,
    );
  });

  it('$count answers one document, none for an empty stream', async () => {
    expect((await run(docs, [{ $match: { name: 'a' } }, { $count: 'total' }])).documents).toEqual([{ total: 2 }]);
    expect((await run(docs, [{ $match: { name: 'q' } }, { $count: 'total' }])).documents).toEqual([]);
  });

  it('$unwind: one document per element; preserveNullAndEmptyArrays and includeArrayIndex', async () => {
    const plain = await run(docs, [{ $unwind: '$tags' }, { $project: { id: 1, tags: 1 } }]);
    expect(plain.documents).toEqual([
      { id: 1, tags: 'x' },
      { id: 1, tags: 'y' },
      { id: 3, tags: 'z' },
    ]);
    const kept = await run(docs, [
      { $unwind: { path: '$tags', preserveNullAndEmptyArrays: true, includeArrayIndex: 'i' } },
      { $project: { id: 1, tags: 1, i: 1 } },
    ]);
    expect(kept.documents).toEqual([
      { id: 1, tags: 'x', i: 0 },
      { id: 1, tags: 'y', i: 1 },
      { id: 2, i: null },
      { id: 3, tags: 'z', i: 0 },
      { id: 4, i: null },
    ]);
    // After $unwind the path holds one element: a filter on it reads it as such.
    expect(await ids(docs, [{ $unwind: '$tags' }, { $match: { tags: { $in: ['y', 'z'] } } }])).toEqual([1, 3]);
  });

  it('$lookup reads another collection by equal values (arrays on either side), bounded', async () => {
    const categories = [
      { public_id: 10, name: 'servers', types: [1, 3] },
      { public_id: 11, name: 'all', types: [1, 2, 3] },
    ];
    const result = await run(
      docs,
      [
        { $lookup: { from: 'framework.categories', localField: 'id', foreignField: 'types', as: 'categories' } },
        { $match: { categories: { $size: 0 } } },
        { $project: { categories: 0 } },
      ],
      { 'framework.categories': categories },
    );
    expect(result.documents.map((d) => (d as { id: number }).id)).toEqual([4]);
    const named = await run(
      docs,
      [
        { $lookup: { from: 'framework.categories', localField: 'id', foreignField: 'types', as: 'c' } },
        { $match: { 'c.name': 'servers' } },
      ],
      { 'framework.categories': categories },
    );
    expect(named.documents.map((d) => (d as { id: number }).id)).toEqual([1, 3]);
    await expect(
      run(docs, [{ $lookup: { from: 'management.users', localField: 'id', foreignField: 'id', as: 'u' } }]),
    ).rejects.toThrow(/\$lookup from 'management.users' is not available/);
  });

  it('refuses other stages, $where, $expr and malformed stages (400)', () => {
    for (const [pipeline, message] of [
      [[{ $bucket: { groupBy: '$name' } }], /stage '\$bucket' is not supported/],
      [[{ $group: { _id: '$name' } }], /\$group is only taken by "\$_id"/],
      [[{ $group: { _id: '$_id', n: { $sum: 1 } } }], /takes \{\$first: "\$path"\} only/],
      [[{ $addFields: { a: 1 } }], /must be a field path or one \$ operator/],
      [[{ $addFields: { a: { $add: ['$n', 1] } } }], /expression '\$add' is not supported/],
      [[{ $match: { $where: 'true' } }], /operator \$where is not allowed/],
      [[{ $match: { $expr: { $eq: ['$a', 1] } } }], /operator \$expr is not allowed/],
      [[{ $lookup: { from: 'x', pipeline: [], as: 'y' } }], /\$lookup let takes one variable/],
      [
        [
          {
            $lookup: {
              from: 'x',
              let: { v: '$a' },
              pipeline: [{ $match: { $expr: { $gt: ['$$v', '$b'] } } }],
              as: 'y',
            },
          },
        ],
        /\$expr is only taken as/,
      ],
      [[{ $match: {}, $limit: 1 }], /one \$ key/],
      [[{ $limit: 0 }], /\$limit needs an integer of at least 1/],
      [[{ $skip: -1 }], /\$skip needs an integer/],
      [[{ $sort: { a: 2 } }], /takes 1 or -1/],
      [[{ $unwind: 'tags' }], /must start with '\$'/],
      [Array.from({ length: 21 }, () => ({ $skip: 0 })), /at most 20 stages/],
    ] as const) {
      expect400(() => parseMongoQuery(pipeline), message);
    }
    expect(parseMongoQuery('[{"$match":{"type_id":1}}]')).toEqual({
      pipeline: [
        { kind: 'match', filter: { kind: 'cmp', field: { path: 'type_id' }, op: 'eq', value: 1, mongo: true } },
      ],
    });
  });

  it('reads paths the documents lack as missing (MongoDB), and refuses arrays where a value is needed', async () => {
    expect(await ids(docs, [{ $skip: 0 }, { $match: { nope: 1 } }])).toEqual([]);
    expect(await ids(docs, [{ $skip: 0 }, { $match: { nope: { $exists: false } } }])).toEqual([1, 2, 3, 4]);
    expect(await ids(docs, [{ $skip: 0 }, { $match: { name: { $elemMatch: { $eq: 'a' } } } }])).toEqual([]);
    await expect(run(docs, [{ $unwind: '$name' }])).rejects.toThrow(/is not an array/);
    await expect(run(docs, [{ $sort: { tags: 1 } }])).rejects.toThrow(/cannot sort by the array/);
  });

  it('keeps every value bound', async () => {
    const evil = "x') or 1=1; drop table users --";
    const stages: Stage[] = parsePipeline([{ $skip: 0 }, { $match: { name: evil } }, { $count: evil.slice(0, 1) }]);
    expect(stages).toHaveLength(3);
    expect((await run(docs, [{ $skip: 0 }, { $match: { name: evil } }])).documents).toEqual([]);
  });
});

/**
 * The property: a pipeline over the objects table (leading $match on the table's own resolver, the rest on
 * JSON documents built in SQL) answers what the same pipeline answers over the same objects as an
 * in-memory list (core/records/memory.ts, documents path throughout): same documents, same total, or the
 * same 400.
 */
const UI_DATE_MAP = {
  input: '$fields',
  as: 'f',
  in: {
    $cond: [
      { $eq: [{ $type: '$$f.value' }, 'date'] },
      { name: '$$f.name', value: { $dateToString: { format: '%Y-%m-%dT%H:%M:%S.%LZ', date: '$$f.value' } } },
      { name: '$$f.name', value: '$$f.value' },
    ],
  },
};

describe('objects table = in-memory list (property)', () => {
  const NAMES = ['hostname', 'ip', 'os', 'cpus', 'uplink'];
  const word = fc.constantFrom('server1', 'server7', 'linux', 'windows', '10.0.0.1', '1.0.0', 'a', '');
  const scalar = fc.oneof(fc.integer({ min: 0, max: 9 }), word, fc.boolean(), fc.constant(null));

  async function seed() {
    if (await env.DB.prepare('select 1 from dg_objects where public_id = 100').first()) return;
    const rnd = fc.sample(
      fc.record({
        type: fc.constantFrom(1, 1, 1, 2),
        status: fc.constantFrom(null, 0, 1),
        active: fc.constantFrom(0, 1),
        editor: fc.constantFrom(null, 1, 2),
        edited: fc.constantFrom(null, '2024-05-01T10:00:00.000Z', '2023-01-01T00:00:00.000Z'),
        views: fc.integer({ min: 0, max: 5 }),
        fields: fc
          .subarray(NAMES)
          .chain((names) => fc.tuple(...names.map((n) => fc.record({ name: fc.constant(n), value: scalar })))),
      }),
      { numRuns: 24, seed: 25 },
    );
    await env.DB.batch(
      rnd.map((o, i) =>
        env.DB.prepare(
          'insert into dg_objects (public_id, type_id, status, author_id, active, fields, views, editor_id, last_edit_time) values (?, ?, ?, 1, ?, ?, ?, ?, ?)',
        ).bind(100 + i, o.type, o.status, o.active, JSON.stringify(o.fields), o.views, o.editor, o.edited),
      ),
    );
  }

  const path = fc.constantFrom(
    'public_id',
    'type_id',
    'status',
    'active',
    'editor_id',
    'version',
    'views',
    'last_edit_time',
    'fields.hostname',
    'fields.os',
    'fields.cpus',
    'fields.name',
    'fields.value',
  );
  const condition = fc.oneof(
    scalar,
    fc.record({ $eq: scalar }),
    fc.record({ $ne: scalar }),
    fc.record({ $gt: scalar }),
    fc.record({ $lte: scalar }),
    fc.record({ $in: fc.array(scalar, { maxLength: 3 }) }),
    fc.record({ $nin: fc.array(scalar, { maxLength: 3 }) }),
    fc.record({ $exists: fc.boolean() }),
    fc.record({ $not: fc.record({ $gte: scalar }) }),
    fc.record({
      $regex: fc.constantFrom('^ser', 'ux$', '0\\.0', 'X', '^$', 'win|lin', '^s.r'),
      $options: fc.constantFrom('', 'i', 'ism', 'ismx'),
    }),
  );
  const leaf = fc.oneof(
    fc.tuple(path, condition).map(([p, c]) => ({ [p]: c })),
    fc
      .record({ name: fc.constantFrom(...NAMES), value: condition })
      .map((where) => ({ fields: { $elemMatch: where } })),
    fc.integer({ min: 0, max: 5 }).map((n) => ({ fields: { $size: n } })),
    fc.subarray(NAMES, { minLength: 1, maxLength: 2 }).map((names) => ({ 'fields.name': { $all: names } })),
  );
  const query = fc.oneof(
    leaf,
    fc.record({ $or: fc.array(leaf, { minLength: 1, maxLength: 3 }) }),
    fc.record({ $nor: fc.array(leaf, { minLength: 1, maxLength: 2 }) }),
    fc.tuple(leaf, leaf).map(([a, b]) => ({ $and: [a, b] })),
  );
  const sortable = fc.constantFrom('public_id', 'version', 'status', 'active', 'editor_id', 'last_edit_time', 'views');
  const stage = fc.oneof(
    { weight: 4, arbitrary: query.map((q) => ({ $match: q })) },
    fc.tuple(sortable, fc.constantFrom(1, -1)).map(([k, d]) => ({ $sort: { [k]: d } })),
    fc.integer({ min: 0, max: 5 }).map((n) => ({ $skip: n })),
    fc.integer({ min: 1, max: 8 }).map((n) => ({ $limit: n })),
    fc
      .tuple(fc.subarray(['public_id', 'status', 'active', 'fields', 'views'], { minLength: 1 }), fc.boolean())
      .map(([keys, include]) => ({ $project: Object.fromEntries(keys.map((k) => [k, include ? 1 : 0])) })),
    fc.constantFrom('fields.value', 'editor_id').map((localField) => ({
      $lookup: { from: 'framework.objects', localField, foreignField: 'public_id', as: 'refs' },
    })),
    fc.constant({ $unwind: '$fields' }),
    fc.constant({ $unwind: { path: '$fields', preserveNullAndEmptyArrays: true, includeArrayIndex: 'i' } }),
    // The expression stages DATAGERRY's UI sends (expressions.ts), in its forms.
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        { $addFields: { s: { $toString: '$public_id' }, d: { $dateToString: { date: '$last_edit_time' } } } },
        { $addFields: { views: { $toInt: '$version' }, status: '$nope' } },
        { $project: { public_id: 1, refs: 1, u: { $setUnion: ['$fields', '$fields'] } } },
        { $group: { _id: '$_id', public_id: { $first: '$public_id' }, fields: { $first: '$fields' } } },
        { $addFields: { fields: { $map: UI_DATE_MAP } } },
        {
          $lookup: {
            from: 'framework.objects',
            let: { v: { $toInt: '$editor_id' } },
            pipeline: [{ $match: { active: true } }, { $match: { $expr: { $eq: ['$$v', '$public_id'] } } }],
            as: 'refs',
          },
        },
        {
          $addFields: {
            simple: { $reduce: { input: '$refs.fields', initialValue: [], in: { $setUnion: ['$$value', '$$this'] } } },
          },
        },
      ),
    },
  );
  const pipeline = fc
    .tuple(fc.array(stage, { maxLength: 4 }), fc.integer({ min: 0, max: 5 }))
    .map(([stages, count]) => (count === 0 ? [...stages, { $count: 'n' }] : stages));

  const outcome = async (fn: () => Promise<{ documents: unknown[]; total: number }>) => {
    try {
      const { documents, total } = await fn();
      return { documents: JSON.parse(JSON.stringify(documents)), total };
    } catch (error) {
      if (error instanceof AppError && error.status === 400) return { error: error.message };
      throw error;
    }
  };

  it('answers the same documents, total or 400', async () => {
    await seed();
    const actor = adminActor();
    const all = await listObjects(env.DB, actor, { limit: 1000, offset: 0, sort: 'public_id', descending: false });
    const docs = JSON.parse(JSON.stringify(all.objects));
    await fc.assert(
      fc.asyncProperty(
        pipeline,
        sortable.filter((s) => (OBJECT_SORT as readonly string[]).includes(s)),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        async (raw, sort, descending, offset) => {
          const stages = parsePipeline(raw);
          const page = { limit: 7, offset, sort, descending };
          const table = await outcome(async () => {
            const r = await queryObjectList(env.DB, actor, { ...page, query: { pipeline: stages } });
            return { documents: r.objects ?? r.documents, total: r.total };
          });
          const memory = await outcome(() =>
            pipelineInMemory(env.DB, docs, stages, page, { 'framework.objects': docs }),
          );
          expect(table, JSON.stringify(raw)).toEqual(memory);
        },
      ),
      { numRuns: 120, seed: 2025 },
    );
  });
});
