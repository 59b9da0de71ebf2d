import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileFilter,
  type FieldResolver,
  parseLibertyQ,
  parseMongoFilter,
  parseODataFilter,
  type Scalar,
} from '../../../src/core/filter';
import { AppError } from '../../../src/lib/errors';
import { arrayResolver, expectValuesBound, INJECTIONS, render, resolver } from './helpers';

/**
 * Property tests: whatever a client sends, a parser either returns an AST or throws a 400 AppError
 * (anything else is a bug), and whatever compiles renders SQL made only of our vocabulary with every
 * value bound.
 */

type Outcome = 'compiled' | 'rejected';

function expect400(error: unknown): void {
  // Rethrow foreign errors untouched so fast-check reports the real failure and its input.
  if (!(error instanceof AppError)) throw error;
  expect(error.status).toBe(400);
}

function check(parse: (input: never) => unknown, input: unknown, using: FieldResolver = resolver): Outcome {
  let node: unknown;
  try {
    node = parse(input as never);
  } catch (error) {
    expect400(error);
    return 'rejected';
  }
  try {
    const query = compileFilter(node as Parameters<typeof compileFilter>[0], using);
    const result = render(query);
    if (result) expectValuesBound(result);
    return 'compiled';
  } catch (error) {
    expect400(error);
    return 'rejected';
  }
}

/** Runs a property and insists enough inputs got all the way through the compiler to mean something. */
function assertAll<T>(arb: fc.Arbitrary<T>, run: (input: T) => Outcome, minCompiled: number, numRuns = 600): void {
  let compiled = 0;
  fc.assert(
    fc.property(arb, (input) => {
      if (run(input) === 'compiled') compiled++;
    }),
    { numRuns },
  );
  expect(compiled).toBeGreaterThanOrEqual(minCompiled);
}

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...INJECTIONS),
);
const value = fc.oneof(
  anyText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2024-01-31', '2024-01-31T10:00:00Z', '42', '1.5', 'Y', 'N', 'true'),
);
const knownField = fc.constantFrom(
  'Name',
  'name',
  'NAME',
  'Qty',
  'Price',
  'IsActive',
  'Created',
  'Data',
  'fields.color',
);
const badField = fc.oneof(
  fc.constantFrom('password_hash', 'nope', 'Photo', 'Name; DROP TABLE x', "' OR 1=1 --"),
  anyText,
);
const field = fc.oneof({ weight: 5, arbitrary: knownField }, { weight: 1, arbitrary: badField });
const mixCase = (word: string) => fc.constantFrom(word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1));

/** A known field with values of its column's type, so many generated filters get through the compiler. */
const typedField = fc
  .constantFrom<[string[], fc.Arbitrary<Scalar>]>(
    [['Name', 'name', 'Created', 'fields.color'], anyText],
    [['Qty', 'QTY', 'Price'], fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    [['IsActive'], fc.oneof(fc.boolean(), fc.constantFrom('Y', 'N', 0, 1))],
  )
  .chain(([names, arb]) =>
    fc.record({ name: fc.constantFrom(...names), value: arb, values: fc.array(arb, { maxLength: 6 }) }),
  );

/** Random edits that turn well-formed filters into almost-well-formed ones. */
function mutate(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.string({ maxLength: 3 }));
  return fc.tuple(base, fc.array(edit, { maxLength: 3 })).map(([text, edits]) =>
    edits.reduce((acc, [at, drop, insert]) => {
      const pos = acc.length === 0 ? 0 : at % acc.length;
      return acc.slice(0, pos) + insert + acc.slice(pos + drop);
    }, text),
  );
}

describe('fuzz: raw strings', () => {
  const tokens = fc.constantFrom(
    'Name',
    'Qty',
    ' ',
    ' eq ',
    ' ne ',
    ' and ',
    ' or ',
    'not ',
    '(',
    ')',
    ',',
    "'",
    "''",
    '1',
    '-2.5',
    'null',
    'true',
    'contains',
    'tolower',
    ' in ',
    '2024-01-31',
    '{',
    '}',
    '[',
    ']',
    ':',
    '"',
    '$and',
    '$regex',
    '"Name"',
    '=',
    'like',
  );
  const raw = fc.oneof(anyText, fc.string({ unit: tokens, maxLength: 40 }), fc.json(), fc.string({ maxLength: 5000 }));

  it.each([
    ['parseODataFilter', parseODataFilter],
    ['parseLibertyQ', parseLibertyQ],
    ['parseMongoFilter', parseMongoFilter],
  ] as const)('%s parses or answers 400', (_name, parse) => {
    assertAll(raw, (input) => check(parse, input), 0, 1500);
  });

  it('JSON parsers accept arbitrary parsed JSON values without crashing', () => {
    const both = (input: unknown): Outcome => {
      const outcomes = [check(parseLibertyQ, input), check(parseMongoFilter, input)];
      return outcomes.includes('compiled') ? 'compiled' : 'rejected';
    };
    assertAll(fc.jsonValue({ maxDepth: 6 }), both, 0, 800);
  });
});

describe('fuzz: OData grammar', () => {
  const quoted = anyText.map((s) => `'${s.replaceAll("'", "''")}'`);
  const literal = fc.oneof(
    quoted,
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.constantFrom('true', 'FALSE', 'null', '2024-01-31', '2024-01-31T10:00:00Z', "'2024-02-01'", '-5', '0.25'),
  );
  const column = fc.oneof(
    { weight: 6, arbitrary: knownField },
    { weight: 1, arbitrary: badField.map((s) => s.replace(/\s/g, '')) },
  );
  const operand = fc.oneof(
    column,
    fc.tuple(mixCase('tolower'), column).map(([fn, c]) => `${fn}(${c})`),
  );
  const op = fc.constantFrom('eq', 'ne', 'neq', 'gt', 'ge', 'lt', 'le').chain(mixCase);
  const { expr } = fc.letrec<{ expr: string; atom: string }>((tie) => ({
    atom: fc.oneof(
      fc.tuple(operand, op, literal).map(([l, o, r]) => `${l} ${o} ${r}`),
      fc.tuple(operand, fc.array(literal, { maxLength: 6 })).map(([l, list]) => `${l} in (${list.join(', ')})`),
      fc
        .tuple(fc.boolean(), fc.constantFrom('contains', 'startswith', 'endswith'), operand, quoted)
        .map(([not, fn, l, v]) => `${not ? 'not ' : ''}${fn}(${l},${v})`),
    ),
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('atom'),
      tie('expr').map((e) => `(${e})`),
      tie('expr').map((e) => `not (${e})`),
      fc
        .tuple(tie('expr'), fc.constantFrom(' and ', ' or ', ' AND ', ' Or '), tie('expr'))
        .map(([a, j, b]) => a + j + b),
    ),
  }));

  it('well-formed filters compile to bound SQL or answer 400', () => {
    assertAll(expr, (input) => check(parseODataFilter, input), 150);
  });

  it('mutated filters never crash', () => {
    assertAll(mutate(expr), (input) => check(parseODataFilter, input), 80, 1500);
  });
});

describe('fuzz: Mongo filters', () => {
  const regex = fc
    .array(
      fc.oneof(
        fc.constantFrom('^', '$', '.', '*', '\\.', '\\d', '\\', '(', '[', '|', '%', '_', "'"),
        fc.string({ maxLength: 4 }),
      ),
      {
        maxLength: 5,
      },
    )
    .map((parts) => parts.join(''));
  const scalarList = fc.array(value, { maxLength: 6 });
  const operatorObject = fc.dictionary(
    fc.constantFrom(
      '$eq',
      '$ne',
      '$gt',
      '$gte',
      '$lt',
      '$lte',
      '$in',
      '$nin',
      '$exists',
      '$regex',
      '$options',
      '$where',
      '$not',
      'x',
    ),
    fc.oneof(value, scalarList, regex, fc.constantFrom('i', 'm', '')),
    { maxKeys: 3 },
  );
  const typedCondition = typedField.chain(({ name, value: v, values }) =>
    fc
      .oneof(
        fc.constant(v),
        fc.constantFrom('$eq', '$ne', '$gt', '$gte', '$lt', '$lte').map((op) => ({ [op]: v })),
        fc.constantFrom('$in', '$nin').map((op) => ({ [op]: values })),
        fc.boolean().map(($exists) => ({ $exists })),
        fc
          .tuple(regex, fc.constantFrom(undefined, 'i'))
          .map(([$regex, $options]) => ($options ? { $regex, $options } : { $regex })),
      )
      .map((spec): [string, unknown] => [name, spec]),
  );
  const randomCondition = fc.tuple(field, fc.oneof(value, operatorObject));
  const conditions = fc
    .array(fc.oneof({ weight: 4, arbitrary: typedCondition }, { weight: 1, arbitrary: randomCondition }), {
      maxLength: 3,
    })
    .map((entries) => Object.fromEntries(entries));
  const { query } = fc.letrec<{ query: Record<string, unknown> }>((tie) => ({
    query: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: conditions },
      fc.record({ $and: fc.array(tie('query'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ $or: fc.array(tie('query'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ $nor: fc.array(tie('query'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ $where: anyText }),
    ),
  }));

  it('structured filters compile to bound SQL or answer 400 (as objects)', () => {
    assertAll(query, (input) => check(parseMongoFilter, input), 100);
  });

  it('structured filters compile to bound SQL or answer 400 (as JSON text, mutated)', () => {
    assertAll(mutate(query.map((q) => JSON.stringify(q))), (input) => check(parseMongoFilter, input), 40, 1000);
  });

  // Arrays: $elemMatch and dotted paths through them (arrayResolver: `tags` of scalars, `parts` of {name, qty}).
  const spec = fc.oneof(value, operatorObject, fc.record({ $elemMatch: fc.oneof(operatorObject, value) }));
  const elementQuery = fc
    .array(fc.tuple(fc.constantFrom('name', 'qty', 'price', '$or', '$elemMatch'), spec), { maxLength: 3 })
    .map((entries) => Object.fromEntries(entries));
  const arrayCondition = fc.oneof(
    fc.tuple(fc.constantFrom('tags', 'parts.name', 'parts.qty', 'parts', 'Name', 'parts.x'), spec),
    fc.tuple(
      fc.constantFrom('parts', 'tags', 'Qty'),
      fc.oneof(elementQuery, operatorObject).map(($elemMatch) => ({ $elemMatch })),
    ),
  );
  const arrayQuery = fc
    .array(fc.oneof(arrayCondition, typedCondition), { minLength: 1, maxLength: 3 })
    .map((entries) => Object.fromEntries(entries));
  const nested = fc.oneof(
    arrayQuery,
    fc.array(arrayQuery, { minLength: 1, maxLength: 3 }).map(($or) => ({ $or })),
    fc.array(arrayQuery, { minLength: 1, maxLength: 3 }).map(($nor) => ({ $nor })),
  );

  it('array filters ($elemMatch, paths through arrays) compile to bound SQL or answer 400', () => {
    assertAll(nested, (input) => check(parseMongoFilter, input, arrayResolver), 100);
  });
});

describe('fuzz: Liberty q', () => {
  const op = fc.constantFrom('=', '!=', '<>', '>', '>=', '<', '<=', 'like', 'LIKE', 'null', 'in', '~', '$where');
  const randomSpec = fc.oneof(
    value,
    fc.dictionary(op, fc.oneof(value, fc.array(value, { maxLength: 5 })), { maxKeys: 2 }),
  );
  const typedCondition = typedField.chain(({ name, value: v, values }) =>
    fc
      .oneof(
        fc.constant(v),
        fc.constantFrom('=', '!=', '<>', '>', '>=', '<', '<=').map((o) => ({ [o]: v })),
        fc.constant({ in: values }),
        fc.boolean().map((isNull) => ({ null: isNull })),
        anyText.map((like) => ({ like })),
      )
      .map((spec): [string, unknown] => [name, spec]),
  );
  const condition = fc
    .array(fc.oneof({ weight: 4, arbitrary: typedCondition }, { weight: 1, arbitrary: fc.tuple(field, randomSpec) }), {
      maxLength: 3,
    })
    .map((entries) => Object.fromEntries(entries));
  const q = fc.oneof(condition, fc.array(condition, { maxLength: 3 }));

  it('structured q compiles to bound SQL or answers 400', () => {
    assertAll(q, (input) => check(parseLibertyQ, input), 200);
  });

  it('mutated q text never crashes', () => {
    assertAll(mutate(q.map((v) => JSON.stringify(v))), (input) => check(parseLibertyQ, input), 80, 1000);
  });
});
