import { describe, expect, it } from 'vitest';
import { parseMongoFilter, regexToGlobs } from '../../../src/core/filter';
import { compile, expect400, expectValuesBound, INJECTIONS } from './helpers';

const parse = parseMongoFilter;
const pid = { path: 'public_id' };
/** Nodes the Mongo parser makes carry `mongo` (MongoDB's null, missing and type semantics). */
const m = <T extends object>(node: T) => ({ ...node, mongo: true });

describe('parseMongoFilter: equality and operators', () => {
  it('reads {field: value} as equality, null as IS NULL', () => {
    expect(parse('{"public_id": 5}')).toEqual(m({ kind: 'cmp', field: pid, op: 'eq', value: 5 }));
    expect(parse({ 'fields.name': 'x' })).toEqual(
      m({
        kind: 'cmp',
        field: { path: 'fields.name' },
        op: 'eq',
        value: 'x',
      }),
    );
    expect(parse({ active: true })).toMatchObject({ value: true });
    expect(parse({ author_id: null })).toEqual(m({ kind: 'cmp', field: { path: 'author_id' }, op: 'eq', value: null }));
  });

  it.each([
    ['$eq', 'eq'],
    ['$ne', 'ne'],
    ['$gt', 'gt'],
    ['$gte', 'ge'],
    ['$lt', 'lt'],
    ['$lte', 'le'],
  ] as const)('%s', (op, expected) => {
    expect(parse({ public_id: { [op]: 7 } })).toEqual(m({ kind: 'cmp', field: pid, op: expected, value: 7 }));
  });

  it('reads $gte/$lte null as null or missing and $gt/$lt null as nothing, as MongoDB', () => {
    expect(parse({ a: { $gte: null } })).toEqual(m({ kind: 'cmp', field: { path: 'a' }, op: 'eq', value: null }));
    expect(parse({ a: { $lte: null } })).toMatchObject({ op: 'eq', value: null });
    expect(parse({ a: { $gt: null } })).toEqual({ kind: 'or', children: [] });
    expect(parse({ a: { $lt: null } })).toEqual({ kind: 'or', children: [] });
  });

  it('$in and $nin take arrays of scalars', () => {
    expect(parse({ public_id: { $in: [1, 2, null] } })).toEqual(m({ kind: 'in', field: pid, values: [1, 2, null] }));
    expect(parse({ public_id: { $nin: ['a'] } })).toEqual(m({ kind: 'in', field: pid, values: ['a'], negate: true }));
    expect(parse({ public_id: { $in: [] } })).toEqual(m({ kind: 'in', field: pid, values: [] }));
  });

  it('$exists tests presence', () => {
    expect(parse({ public_id: { $exists: true } })).toEqual(m({ kind: 'exists', field: pid, exists: true }));
    expect(parse({ public_id: { $exists: false } })).toEqual(m({ kind: 'exists', field: pid, exists: false }));
    expect(parse({ public_id: { $exists: 1 } })).toMatchObject({ exists: true });
    expect(parse({ public_id: { $exists: 0 } })).toMatchObject({ exists: false });
  });

  it('ANDs several operators in one object and several fields', () => {
    expect(parse({ public_id: { $gte: 1, $lt: 10 }, type_id: 3 })).toEqual({
      kind: 'and',
      children: [
        m({ kind: 'cmp', field: pid, op: 'ge', value: 1 }),
        m({ kind: 'cmp', field: pid, op: 'lt', value: 10 }),
        m({ kind: 'cmp', field: { path: 'type_id' }, op: 'eq', value: 3 }),
      ],
    });
  });

  it('matches everything for {}', () => {
    expect(parse('{}')).toEqual({ kind: 'and', children: [] });
    expect(parse({})).toEqual({ kind: 'and', children: [] });
  });
});

describe('parseMongoFilter: $regex', () => {
  const name = { path: 'name' };
  const globs = (pattern: string, options?: string) => regexToGlobs(pattern, options).patterns;

  it('translates a regex into GLOB patterns that match exactly', () => {
    expect(parse({ name: { $regex: '^abc' } })).toEqual({
      kind: 'regex',
      field: name,
      patterns: ['abc*'],
      fold: false,
    });
    expect(globs('abc')).toEqual(['*abc*']);
    expect(globs('abc$')).toEqual(['*abc', '*abc\n']);
    expect(globs('^abc$')).toEqual(['abc', 'abc\n']);
    expect(globs('')).toEqual(['**']);
    expect(globs('a\\*b\\?c\\[d]')).toEqual(['*a[*]b[?]c[[]d]*']);
  });

  it('escapes, classes, dots and repetitions', () => {
    expect(globs('^a\\.b\\*c\\$')).toEqual(['a.b[*]c$*']);
    expect(globs('10.0.0.1', 's')).toEqual(['*10?0?0?1*']);
    expect(globs('a.b')).toEqual(['*a[^\n]b*']);
    expect(globs('^[a-c]\\d[^x]')).toEqual(['[a-c][0-9][^x]*']);
    expect(globs('^.*x', 's')).toEqual(['*x*']);
    expect(globs('^a.+', 's')).toEqual(['a?**']);
    expect(globs('^colou?r$')).toEqual(['color', 'color\n', 'colour', 'colour\n']);
    expect(globs('^a{2,3}$')).toEqual(['aa', 'aa\n', 'aaa', 'aaa\n']);
    expect(globs('^ab|cd$')).toEqual(['ab*', '*cd', '*cd\n']);
  });

  it('reads the options i, m, s and x as PCRE does', () => {
    expect(parse({ name: { $regex: 'Ab', $options: 'i' } })).toEqual({
      kind: 'regex',
      field: name,
      patterns: ['*Ab*'],
      fold: true,
    });
    expect(globs('^ab$', 'm')).toEqual(['ab', 'ab\n*', '*\nab', '*\nab\n*']);
    // x: unescaped whitespace and comments are not part of the pattern (DATAGERRY's UI sends "ismx").
    expect(globs('web server # comment', 'ismx')).toEqual(['*webserver*']);
    expect(globs('web\\ server', 'x')).toEqual(['*web server*']);
    expect(globs('[ ]x', 'x')).toEqual(['*[ ]x*']);
    expect(parse({ name: { $options: '', $regex: 'x' } })).toMatchObject({ patterns: ['*x*'], fold: false });
  });

  it('refuses what GLOB cannot express exactly', () => {
    for (const [pattern, message] of [
      ['(ab)', /groups are not supported/],
      ['a+', /repeats \(\*, \+, \{n,\}\) only/],
      ['.*', /only `.` with option s/],
      ['a$b', /\$ only at the end/],
      ['a^b', /\^ only at the start/],
      ['\\bx', /escape '\\b' is not supported/],
      ['abc\\', /ends with/],
      ['[abc', /unterminated/],
      ['*a', /nothing to repeat/],
      ['a{40}', /repeats too often/],
      ['.?.?.?.?.?', /too complex/],
    ] as const) {
      expect400(() => parse({ name: { $regex: pattern } }), message);
    }
    expect400(() => parse({ name: { $regex: 5 } }), "Invalid filter: $regex on 'name' needs a string");
    expect400(() => parse({ name: { $regex: 'x', $options: 'g' } }), /\$options takes the letters i, m, s and x/);
    expect400(() => parse({ name: { $options: 'i' } }), 'Invalid filter: $options is only allowed with $regex');
  });
});

describe('parseMongoFilter: $all, $size, $not', () => {
  const tags = { path: 'tags' };
  it('$all is every value, $all: [] nothing', () => {
    expect(parse({ tags: { $all: ['a', 'b'] } })).toEqual({
      kind: 'and',
      children: [
        m({ kind: 'cmp', field: tags, op: 'eq', value: 'a' }),
        m({ kind: 'cmp', field: tags, op: 'eq', value: 'b' }),
      ],
    });
    expect(parse({ tags: { $all: [] } })).toEqual({ kind: 'or', children: [] });
    expect400(() => parse({ tags: { $all: 'a' } }), "Invalid filter: $all on 'tags' needs an array");
  });
  it('$size takes a non-negative integer', () => {
    expect(parse({ tags: { $size: 0 } })).toEqual({ kind: 'size', field: tags, size: 0 });
    expect400(() => parse({ tags: { $size: -1 } }), /non-negative integer/);
    expect400(() => parse({ tags: { $size: 1.5 } }), /non-negative integer/);
  });
  it('$not negates the operators of its field', () => {
    expect(parse({ a: { $not: { $gt: 5 } } })).toEqual(
      m({ kind: 'not', child: m({ kind: 'cmp', field: { path: 'a' }, op: 'gt', value: 5 }) }),
    );
    expect400(() => parse({ a: { $not: 5 } }), /\$not on 'a' needs an object/);
  });
});

describe('parseMongoFilter: logical operators', () => {
  const a = { kind: 'cmp', field: { path: 'a' }, op: 'eq', value: 1, mongo: true } as const;
  const b = { kind: 'cmp', field: { path: 'b' }, op: 'eq', value: 2, mongo: true } as const;

  it('$and, $or, $nor', () => {
    expect(parse({ $and: [{ a: 1 }, { b: 2 }] })).toEqual({ kind: 'and', children: [a, b] });
    expect(parse({ $or: [{ a: 1 }, { b: 2 }] })).toEqual({ kind: 'or', children: [a, b] });
    expect(parse({ $nor: [{ a: 1 }, { b: 2 }] })).toEqual(m({ kind: 'not', child: { kind: 'or', children: [a, b] } }));
    expect(parse({ $or: [{ a: 1 }] })).toEqual(a);
  });

  it('nests and combines with sibling fields', () => {
    expect(parse({ a: 1, $or: [{ b: 2 }, { $and: [{ a: 1 }, { b: 2 }] }] })).toEqual({
      kind: 'and',
      children: [a, { kind: 'or', children: [b, { kind: 'and', children: [a, b] }] }],
    });
  });

  it('compiles with correct parentheses', () => {
    expect(
      compile(parse({ Qty: { $gt: 1 }, $or: [{ Name: 'x' }, { $nor: [{ Qty: 5 }, { Price: { $lt: 2 } }] }] })),
    ).toEqual({
      sql: '("Qty" > ? and ("Name" = ? or not coalesce((("Qty" = ? or "Price" < ?)), 0)))',
      params: [1, 'x', 5, 2],
    });
  });

  it('rejects bad logical operands', () => {
    expect400(() => parse({ $and: [] }), 'Invalid filter: $and needs a non-empty array');
    expect400(() => parse({ $or: { a: 1 } }), 'Invalid filter: $or needs a non-empty array');
    expect400(() => parse({ $nor: [1] }), 'Invalid filter: $nor elements must be objects');
    expect400(() => parse({ $and: [[{ a: 1 }]] }), 'Invalid filter: $and elements must be objects');
  });

  it('limits nesting to 12 levels', () => {
    const nest = (n: number): Record<string, unknown> => (n === 0 ? { a: 1 } : { $and: [nest(n - 1)] });
    expect(parse(nest(12))).toEqual(a);
    expect(parse(JSON.stringify(nest(12)))).toEqual(a);
    expect400(() => parse(nest(13)), 'Filter nesting exceeds 12 levels');
    const wide = { $or: [nest(5), nest(13)] };
    expect400(() => parse(wide), 'Filter nesting exceeds 12 levels');
  });
});

describe('parseMongoFilter: $elemMatch', () => {
  it('reads field keys as conditions on one element', () => {
    expect(parse({ fields: { $elemMatch: { name: 'os', value: { $in: ['windows', 'linux'] } } } })).toEqual({
      kind: 'elemMatch',
      field: { path: 'fields' },
      where: {
        kind: 'and',
        children: [
          m({ kind: 'cmp', field: { path: 'name' }, op: 'eq', value: 'os' }),
          m({ kind: 'in', field: { path: 'value' }, values: ['windows', 'linux'] }),
        ],
      },
      mongo: true,
    });
  });

  it('reads operators only as conditions on the element itself', () => {
    expect(parse({ types: { $elemMatch: { $gte: 2, $lt: 5 } } })).toEqual({
      kind: 'elemMatch',
      field: { path: 'types' },
      where: {
        kind: 'and',
        children: [
          m({ kind: 'cmp', field: { path: '' }, op: 'ge', value: 2 }),
          m({ kind: 'cmp', field: { path: '' }, op: 'lt', value: 5 }),
        ],
      },
      mongo: true,
    });
    expect(parse({ rights: { $elemMatch: { $regex: '^base', $options: 'i' } } })).toMatchObject({
      where: { kind: 'regex', field: { path: '' }, patterns: ['base*'], fold: true },
    });
  });

  it('takes $and/$or inside and an empty object (some element)', () => {
    expect(parse({ fields: { $elemMatch: { $or: [{ name: 'a' }, { name: 'b' }] } } })).toMatchObject({
      where: { kind: 'or' },
    });
    expect(parse({ fields: { $elemMatch: {} } })).toEqual({
      kind: 'elemMatch',
      field: { path: 'fields' },
      where: { kind: 'and', children: [] },
      mongo: true,
    });
    // DATAGERRY's "has any": `$gt` of the document {$size: 0} (a document is greater: some element).
    expect(parse({ category: { $gt: { $size: 0 } } })).toEqual({
      kind: 'elemMatch',
      field: { path: 'category' },
      where: { kind: 'and', children: [] },
      mongo: true,
    });
    expect400(() => parse({ category: { $gt: { $size: 1 } } }), /needs a single value/);
  });

  it('refuses what is not an object, nesting on the element, and bad inner operators', () => {
    expect400(() => parse({ fields: { $elemMatch: 'x' } }), "Invalid filter: $elemMatch on 'fields' needs an object");
    expect400(() => parse({ fields: { $elemMatch: [1] } }), /needs an object/);
    expect400(() => parse({ types: { $elemMatch: { $elemMatch: {} } } }), /cannot be nested/);
    expect400(() => parse({ fields: { $elemMatch: { $where: '1' } } }), /operator \$where is not allowed/);
    expect400(() => parse({ fields: { $elemMatch: { 'bad key': 1 } } }), /invalid field name/);
    expect400(() => parse({ types: { $elemMatch: { $in: 1 } } }), 'Invalid filter: $in on the element needs an array');
  });

  it('counts toward the nesting limit', () => {
    let doc: Record<string, unknown> = { name: 'x' };
    for (let i = 0; i < 13; i++) doc = { fields: { $elemMatch: doc } };
    expect400(() => parse(doc), /nesting exceeds/);
  });
});

describe('parseMongoFilter: rejected input', () => {
  it.each([
    '$where',
    '$expr',
    '$function',
    '$lookup',
    '$text',
    '$jsonSchema',
    '$comment',
    '$not',
    '$elemMatch',
    '$all',
  ])('rejects %s at the top level', (op) => {
    expect400(() => parse({ [op]: 'function () { return true; }' }), `Invalid filter: operator ${op} is not allowed`);
  });

  it.each(['$where', '$expr', '$type', '$mod', '$function', '$text'])('rejects %s on a field', (op) => {
    expect400(() => parse({ name: { [op]: 1 } }), `Invalid filter: operator ${op} is not allowed`);
  });

  it('rejects aggregation pipelines and non-objects', () => {
    expect400(
      () => parse('[{"$match":{}}]'),
      'Invalid filter: aggregation pipelines (top-level arrays) are not supported here',
    );
    expect400(() => parse([{ $lookup: {} }]), /aggregation pipelines/);
    for (const input of ['1', '"x"', 'null', 'true'])
      expect400(() => parse(input), 'Invalid filter: expected a JSON object');
  });

  it('rejects embedded documents, arrays and mixed operator objects', () => {
    const message = "Invalid filter: field 'name' needs a value or an object of $ operators";
    expect400(() => parse({ name: { first: 'x' } }), message);
    expect400(() => parse({ name: {} }), message);
    expect400(() => parse({ name: [1, 2] }), message);
    expect400(() => parse({ name: { $eq: 1, first: 'x' } }), message);
    expect400(() => parse({ name: { $eq: { a: 1 } } }), "Invalid filter: $eq on 'name' needs a single value");
    expect400(() => parse({ name: { $in: 'x' } }), "Invalid filter: $in on 'name' needs an array");
    expect400(() => parse({ name: { $nin: [[1]] } }), "Invalid filter: $nin on 'name' needs a single value");
    expect400(() => parse({ name: { $exists: 'yes' } }), "Invalid filter: $exists on 'name' needs true or false");
  });

  it('rejects malformed JSON and oversized input', () => {
    expect400(() => parse('{name: 1}'), 'Invalid filter: malformed JSON');
    expect400(() => parse('{"a":1'), 'Invalid filter: malformed JSON');
    expect400(() => parse(''), 'Invalid filter: malformed JSON');
    expect400(() => parse('{"a":1e400}'), 'Invalid filter: number out of range');
    expect400(() => parse({ name: 'x'.repeat(10_000) }), 'Filter is longer than 4000 characters');
    expect400(() => parse(`{"name":"${'x'.repeat(3990)}"}`), 'Filter is longer than 4000 characters');
  });

  it('rejects junk in field position', () => {
    for (const key of ['name; DROP TABLE x', 'name"', '"name"', 'name/*', '1name', '', 'a b', "' OR 1=1 --", 'nä']) {
      expect400(() => parse({ [key]: 1 }), /^Invalid filter: invalid field name /);
    }
    // Dashes occur in DATAGERRY field names, so `Name--` parses; the resolver (the allowlist) rejects it.
    expect(parse({ 'Name--': 1 })).toMatchObject({ field: { path: 'Name--' } });
    expect400(() => compile(parse({ 'Name--': 1 })), "Unknown column 'Name--'");
  });

  it('rejects values JSON cannot represent', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.b = cyclic;
    expect400(() => parse(cyclic), 'Invalid filter: not representable as JSON');
  });
});

describe('parseMongoFilter: injection', () => {
  it.each(INJECTIONS)('keeps %j a bound value', (value) => {
    const result = compile(parse({ Name: value, 'fields.note': { $in: [value] } }));
    expect(result).toEqual({
      sql: `("Name" = ? and (typeof(json_extract("Data", ?)) = 'text' and json_extract("Data", ?) = ?))`,
      params: [value, '$.note', '$.note', value],
    });
    expectValuesBound(result);
  });

  it('keeps regex text bound', () => {
    const result = compile(parse({ Name: { $regex: "^50% off' OR 1=1 --", $options: 'i' } }));
    expect(result).toEqual({ sql: `lower("Name") glob lower(?)`, params: ["50% off' OR 1=1 --*"] });
  });
});
