import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  boundParamCount,
  type CmpOp,
  compileFilter,
  compileOrderBy,
  type FieldRef,
  type FilterNode,
  matchAll,
  type Scalar,
  tableResolver,
} from '../../../src/core/filter';
import {
  arrayResolver,
  column,
  compile,
  expect400,
  expectValuesBound,
  INJECTIONS,
  items,
  render,
  resolver,
} from './helpers';

const f = (path: string, transform?: FieldRef['transform']): FieldRef => (transform ? { path, transform } : { path });
const cmp = (path: string, op: CmpOp, value: Scalar): FilterNode => ({ kind: 'cmp', field: f(path), op, value });

describe('compileFilter: comparisons', () => {
  it.each([
    ['eq', '='],
    ['ne', '<>'],
    ['gt', '>'],
    ['ge', '>='],
    ['lt', '<'],
    ['le', '<='],
  ] as const)('%s renders %s with a bound value', (op, symbol) => {
    expect(compile(cmp('Qty', op, 5))).toEqual({ sql: `"Qty" ${symbol} ?`, params: [5] });
  });

  it('compares with null only through eq/ne', () => {
    expect(compile(cmp('Name', 'eq', null))).toEqual({ sql: '"Name" is null', params: [] });
    expect(compile(cmp('Name', 'ne', null))).toEqual({ sql: '"Name" is not null', params: [] });
    for (const op of ['gt', 'ge', 'lt', 'le'] as const) {
      expect400(() => compile(cmp('Qty', op, null)), `Cannot compare column 'Qty' with null using ${op}`);
    }
  });

  it('exists renders IS [NOT] NULL', () => {
    expect(compile({ kind: 'exists', field: f('Created'), exists: true })).toEqual({
      sql: '"Created" is not null',
      params: [],
    });
    expect(compile({ kind: 'exists', field: f('Created'), exists: false })).toEqual({
      sql: '"Created" is null',
      params: [],
    });
  });
});

describe('compileFilter: value coercion', () => {
  it('binds booleans as 1/0 from the accepted spellings', () => {
    for (const value of [true, 'true', 'TRUE', 'Y', 'y', 1])
      expect(compile(cmp('IsActive', 'eq', value)).params).toEqual([1]);
    for (const value of [false, 'false', 'False', 'N', 'n', 0])
      expect(compile(cmp('IsActive', 'eq', value)).params).toEqual([0]);
    for (const value of ['maybe', 2, '', 'yes', -1]) {
      expect400(() => compile(cmp('IsActive', 'eq', value)), "Column 'IsActive' expects a boolean");
    }
  });

  it('binds numbers for integer and real columns, converting numeric strings', () => {
    expect(compile(cmp('Qty', 'eq', '42')).params).toEqual([42]);
    expect(compile(cmp('Qty', 'gt', '-3')).params).toEqual([-3]);
    expect(compile(cmp('Price', 'lt', '4.5')).params).toEqual([4.5]);
    expect(compile(cmp('Price', 'lt', 1.25)).params).toEqual([1.25]);
    expect(compile(cmp('Price', 'lt', '1e3')).params).toEqual([1000]);
    for (const value of [
      'abc',
      '',
      ' 1',
      '1 ',
      '0x10',
      'NaN',
      'Infinity',
      true,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect400(() => compile(cmp('Qty', 'eq', value)), "Column 'Qty' expects a number");
    }
    expect400(() => compile(cmp('Price', 'eq', '1e999')), "Column 'Price' expects a number");
  });

  it('binds strings for text and timestamp columns', () => {
    expect(compile(cmp('Name', 'eq', 5)).params).toEqual(['5']);
    expect(compile(cmp('Name', 'eq', 2.5)).params).toEqual(['2.5']);
    expect(compile(cmp('Created', 'ge', '2024-01-31')).params).toEqual(['2024-01-31']);
    expect(compile(cmp('Created', 'ge', 20240131)).params).toEqual(['20240131']);
    expect400(() => compile(cmp('Name', 'eq', true)), "Column 'Name' expects text");
  });

  it('binds JSON scalars as json_extract yields them', () => {
    expect(compile(cmp('Data', 'eq', true)).params).toEqual([1]);
    expect(compile(cmp('Data', 'eq', 3)).params).toEqual([3]);
    expect(compile(cmp('Data', 'eq', 'x')).params).toEqual(['x']);
  });

  it('refuses to filter blob columns', () => {
    expect400(() => compile(cmp('Photo', 'eq', 'x')), "Column 'Photo' cannot be filtered");
  });

  it('coerces every value of an in list', () => {
    expect(compile({ kind: 'in', field: f('Qty'), values: ['1', 2] })).toEqual({
      sql: '"Qty" in (?, ?)',
      params: [1, 2],
    });
    expect400(() => compile({ kind: 'in', field: f('Qty'), values: [1, 'x'] }), "Column 'Qty' expects a number");
  });
});

describe('compileFilter: in', () => {
  it('renders in and not in', () => {
    expect(compile({ kind: 'in', field: f('Name'), values: ['a', 'b'] })).toEqual({
      sql: '"Name" in (?, ?)',
      params: ['a', 'b'],
    });
    expect(compile({ kind: 'in', field: f('Name'), values: ['a'], negate: true })).toEqual({
      sql: '"Name" not in (?)',
      params: ['a'],
    });
  });

  it('turns empty lists into constants', () => {
    expect(compile({ kind: 'in', field: f('Name'), values: [] })).toEqual({ sql: '0 = 1', params: [] });
    expect(compile({ kind: 'in', field: f('Name'), values: [], negate: true })).toEqual({ sql: '1 = 1', params: [] });
  });

  it('makes a null in the list match NULL explicitly', () => {
    expect(compile({ kind: 'in', field: f('Name'), values: ['a', null] })).toEqual({
      sql: '("Name" in (?) or "Name" is null)',
      params: ['a'],
    });
    expect(compile({ kind: 'in', field: f('Name'), values: ['a', null], negate: true })).toEqual({
      sql: '("Name" not in (?) and "Name" is not null)',
      params: ['a'],
    });
    expect(compile({ kind: 'in', field: f('Name'), values: [null] })).toEqual({ sql: '"Name" is null', params: [] });
    expect(compile({ kind: 'in', field: f('Name'), values: [null], negate: true })).toEqual({
      sql: '"Name" is not null',
      params: [],
    });
  });
});

describe('compileFilter: like and text', () => {
  it('binds like patterns as written', () => {
    expect(compile({ kind: 'like', field: f('Name'), pattern: 'A%_b\\' })).toEqual({
      sql: '"Name" like ?',
      params: ['A%_b\\'],
    });
  });

  it('escapes wildcards and backslashes in text values', () => {
    const value = '50%_off\\now';
    const escaped = '50\\%\\_off\\\\now';
    expect(compile({ kind: 'text', field: f('Name'), fn: 'contains', value })).toEqual({
      sql: `"Name" like ? escape '\\'`,
      params: [`%${escaped}%`],
    });
    expect(compile({ kind: 'text', field: f('Name'), fn: 'startswith', value }).params).toEqual([`${escaped}%`]);
    expect(compile({ kind: 'text', field: f('Name'), fn: 'endswith', value }).params).toEqual([`%${escaped}`]);
  });

  it('applies tolower/toupper to both sides', () => {
    expect(compile({ kind: 'text', field: f('Name', 'tolower'), fn: 'contains', value: 'AbC' })).toEqual({
      sql: `lower("Name") like lower(?) escape '\\'`,
      params: ['%AbC%'],
    });
    expect(compile({ kind: 'cmp', field: f('Name', 'toupper'), op: 'eq', value: 'x' })).toEqual({
      sql: 'upper("Name") = upper(?)',
      params: ['x'],
    });
    expect(compile({ kind: 'in', field: f('Name', 'tolower'), values: ['A', 'B'] })).toEqual({
      sql: 'lower("Name") in (lower(?), lower(?))',
      params: ['A', 'B'],
    });
    expect(compile({ kind: 'like', field: f('Created', 'tolower'), pattern: '2024%' })).toEqual({
      sql: 'lower("Created") like lower(?)',
      params: ['2024%'],
    });
    expect(compile({ kind: 'cmp', field: f('Name', 'tolower'), op: 'eq', value: null })).toEqual({
      sql: 'lower("Name") is null',
      params: [],
    });
  });

  it('refuses transforms on non-text columns', () => {
    expect400(
      () => compile({ kind: 'cmp', field: f('Qty', 'tolower'), op: 'eq', value: 1 }),
      "tolower() needs a text column, 'Qty' is integer",
    );
    expect400(
      () => compile({ kind: 'text', field: f('IsActive', 'toupper'), fn: 'contains', value: 'x' }),
      /toupper\(\) needs a text column/,
    );
  });
});

describe('compileFilter: logic', () => {
  const a = cmp('Qty', 'eq', 1);
  const b = cmp('Name', 'eq', 'b');
  const c = cmp('Price', 'gt', 3);

  it('parenthesises and/or and wraps not', () => {
    expect(compile({ kind: 'and', children: [a, b] })).toEqual({ sql: '("Qty" = ? and "Name" = ?)', params: [1, 'b'] });
    expect(compile({ kind: 'or', children: [a, { kind: 'and', children: [b, c] }] })).toEqual({
      sql: '("Qty" = ? or ("Name" = ? and "Price" > ?))',
      params: [1, 'b', 3],
    });
    expect(compile({ kind: 'and', children: [{ kind: 'or', children: [a, b] }, c] })).toEqual({
      sql: '(("Qty" = ? or "Name" = ?) and "Price" > ?)',
      params: [1, 'b', 3],
    });
    expect(compile({ kind: 'not', child: { kind: 'or', children: [a, b] } })).toEqual({
      sql: 'not (("Qty" = ? or "Name" = ?))',
      params: [1, 'b'],
    });
    expect(compile({ kind: 'not', child: a })).toEqual({ sql: 'not ("Qty" = ?)', params: [1] });
  });

  it('returns undefined when nothing is filtered', () => {
    expect(compileFilter(undefined, resolver)).toBeUndefined();
    expect(compileFilter({ kind: 'and', children: [] }, resolver)).toBeUndefined();
  });

  it('renders single children bare and nested empty groups as constants', () => {
    expect(compile({ kind: 'or', children: [a] })).toEqual({ sql: '"Qty" = ?', params: [1] });
    expect(compile({ kind: 'or', children: [] })).toEqual({ sql: '0 = 1', params: [] });
    expect(compile({ kind: 'not', child: { kind: 'and', children: [] } })).toEqual({ sql: 'not (1 = 1)', params: [] });
  });

  it('rejects malformed nodes built by code with a 400', () => {
    expect400(() => compile({ kind: 'bogus' } as unknown as FilterNode), 'Invalid filter: unknown node');
    expect400(
      () => compile({ kind: 'cmp', field: f('Qty'), op: 'like', value: 1 } as unknown as FilterNode),
      /unknown operator/,
    );
  });
});

describe('compileFilter: arrays', () => {
  const arrays = (node: FilterNode) => {
    const result = render(compileFilter(node, arrayResolver));
    if (!result) throw new Error('expected a condition');
    return result;
  };
  const PARTS = 'exists (select 1 from json_each("Data", ?) as el where json_extract(el.value, ?) <> ? and';

  it('compiles $elemMatch to EXISTS over the elements, guard first, everything bound', () => {
    const node: FilterNode = {
      kind: 'elemMatch',
      field: f('parts'),
      where: { kind: 'and', children: [cmp('name', 'eq', 'cpu'), cmp('qty', 'ge', 8)] },
    };
    expect(arrays(node)).toEqual({
      sql: `${PARTS} (json_extract(el.value, ?) = ? and json_extract(el.value, ?) >= ?))`,
      params: ['$.parts', '$.name', 'secret', '$.name', 'cpu', '$.qty', 8],
    });
    expect(arrays({ kind: 'elemMatch', field: f('tags'), where: { kind: 'and', children: [] } })).toEqual({
      sql: 'exists (select 1 from json_each("Data", ?) as el where 1 = 1)',
      params: ['$.tags'],
    });
  });

  it('reads a path through an array as "some element"; $ne, $nin and $exists: false as "none"', () => {
    expect(arrays(cmp('tags', 'eq', 'x')).sql).toBe(
      'exists (select 1 from json_each("Data", ?) as el where el.value = ?)',
    );
    expect(arrays(cmp('parts.name', 'eq', 'cpu')).sql).toBe(`${PARTS} json_extract(el.value, ?) = ?)`);
    expect(arrays(cmp('tags', 'ne', 'x')).sql).toBe(
      'not exists (select 1 from json_each("Data", ?) as el where el.value = ?)',
    );
    expect(arrays({ kind: 'in', field: f('tags'), values: ['a', 'b'], negate: true }).sql).toBe(
      'not exists (select 1 from json_each("Data", ?) as el where el.value in (?, ?))',
    );
    expect(arrays({ kind: 'exists', field: f('parts.qty'), exists: false }).sql).toBe(
      `not ${PARTS} json_extract(el.value, ?) is not null)`,
    );
    expect(arrays({ kind: 'text', field: f('tags', 'tolower'), fn: 'startswith', value: 'A%' })).toEqual({
      sql: 'exists (select 1 from json_each("Data", ?) as el where lower(el.value) like lower(?) escape \'\\\')',
      params: ['$.tags', 'A\\%%'],
    });
  });

  it("refuses $elemMatch on what is not an array, with the resolver's own message for unknown fields", () => {
    const on = (path: string, transform?: FieldRef['transform']): FilterNode => ({
      kind: 'elemMatch',
      field: f(path, transform),
      where: { kind: 'and', children: [] },
    });
    expect400(() => arrays(on('Name')), "Field 'Name' is not an array");
    // Mongo's $elemMatch on a value that is not an array matches nothing (the field must still exist).
    const mongo = (path: string): FilterNode => ({ kind: 'elemMatch', field: f(path), where: matchAll(), mongo: true });
    expect(arrays(mongo('Name')).sql).toBe('0 = 1');
    expect400(() => arrays(mongo('nope')), "Unknown column 'nope'");
    expect400(() => arrays(on('nope')), "Unknown column 'nope'");
    expect400(() => arrays(on('tags', 'tolower')), 'Invalid filter: $elemMatch takes a plain field');
    expect400(() => compile(on('tags')), "Unknown column 'tags'");
    expect400(
      () => arrays({ kind: 'elemMatch', field: f('parts'), where: cmp('price', 'eq', 1) }),
      "Unknown column 'parts.price'",
    );
    expect400(
      () =>
        arrays({
          kind: 'elemMatch',
          field: f('parts'),
          where: { kind: 'elemMatch', field: f('x'), where: cmp('a', 'eq', 1) },
        }),
      "Unknown column 'parts.x'",
    );
  });

  it.each(INJECTIONS)('keeps %j bound inside arrays', (value) => {
    expectValuesBound(arrays({ kind: 'elemMatch', field: f('parts'), where: cmp('name', 'eq', value) }));
    expectValuesBound(arrays(cmp('tags', 'ne', value)));
  });

  it('counts the values of array conditions toward the limit', () => {
    const many = Array.from({ length: 78 }, (_, i) => `v${i}`);
    expect(arrays({ kind: 'in', field: f('tags'), values: many }).params).toHaveLength(79);
    expect400(() => arrays({ kind: 'in', field: f('parts.name'), values: many }), 'Filter has more than 80 values');
  });
});

describe('compileFilter: value limit', () => {
  const inList = (n: number): FilterNode => ({
    kind: 'in',
    field: f('Qty'),
    values: Array.from({ length: n }, (_, i) => i),
  });

  it('allows 80 values and refuses 81', () => {
    expect(compile(inList(80)).params).toHaveLength(80);
    expect400(() => compile(inList(81)), 'Filter has more than 80 values');
  });

  it('counts every bound parameter of the filter, resolver parameters included', () => {
    expect400(() => compile({ kind: 'and', children: [inList(40), inList(41)] }), 'Filter has more than 80 values');
    const jsonField: FilterNode = { kind: 'in', field: f('fields.x'), values: Array.from({ length: 79 }, (_, i) => i) };
    expect(compile(jsonField).params).toHaveLength(80);
    expect400(
      () => compile({ kind: 'and', children: [jsonField, cmp('Qty', 'eq', 1)] }),
      'Filter has more than 80 values',
    );
  });

  it('honours a custom maximum', () => {
    expect(compile(inList(3), 3).params).toHaveLength(3);
    expect400(() => compile(inList(4), 3), 'Filter has more than 3 values');
  });

  it('boundParamCount counts rendered params', () => {
    expect(
      boundParamCount(
        sql`select ${1}, ${'a'} where ${sql.identifier('x')} in (${sql.join(
          [1, 2, 3].map((v) => sql`${v}`),
          sql`, `,
        )})`,
      ),
    ).toBe(5);
    expect(boundParamCount(sql`select 1`)).toBe(0);
  });
});

describe('tableResolver', () => {
  it('resolves case-insensitively to the declared name, preferring an exact match', () => {
    expect(compile(cmp('name', 'eq', 'x')).sql).toBe('"Name" = ?');
    expect(compile(cmp('QTY', 'eq', 1)).sql).toBe('"Qty" = ?');
    const twins = tableResolver({ ...items, columns: [column('code', 'text'), column('Code', 'integer')] });
    expect(render(twins.resolve('Code').expr)?.sql).toBe('"Code"');
    expect(twins.resolve('Code').type).toBe('integer');
    expect(render(twins.resolve('code').expr)?.sql).toBe('"code"');
    expect(render(twins.resolve('CODE').expr)?.sql).toBe('"code"');
  });

  it('gives hidden columns exactly the unknown-column message', () => {
    const unknown = expect400(() => resolver.resolve('nope'));
    expect(unknown.message).toBe("Unknown column 'nope'");
    expect400(() => resolver.resolve('password_hash'), "Unknown column 'password_hash'");
    expect400(() => resolver.resolve('PASSWORD_HASH'), "Unknown column 'PASSWORD_HASH'");
    expect400(() => compile(cmp('password_hash', 'eq', 'x')), "Unknown column 'password_hash'");
    expect400(() => compile(cmp('absent_column', 'eq', 'x')), "Unknown column 'absent_column'");
    // Same shape and status for both: nothing tells a hidden column from a missing one.
    const hidden = expect400(() => resolver.resolve('password_hash'));
    const missing = expect400(() => resolver.resolve('password_hash_x'));
    expect(hidden.message.replace('password_hash', 'X')).toBe(missing.message.replace('password_hash_x', 'X'));
    expect([hidden.code, hidden.status, hidden.details]).toEqual([missing.code, missing.status, missing.details]);
  });

  it('does not let a visible twin unlock a hidden column', () => {
    const table = { ...items, columns: [column('Secret', 'text', { hidden: true }), column('secretive', 'text')] };
    expect400(() => tableResolver(table).resolve('Secret'), "Unknown column 'Secret'");
  });

  it('qualifies with an alias', () => {
    const aliased = tableResolver(items, { alias: 't' });
    expect(render(compileFilter(cmp('name', 'eq', 'x'), aliased))).toEqual({ sql: '"t"."Name" = ?', params: ['x'] });
  });

  it('consults extra first and falls back to columns', () => {
    expect(compile(cmp('fields.name', 'eq', 'x'))).toEqual({
      sql: 'json_extract("Data", ?) = ?',
      params: ['$.name', 'x'],
    });
    expect(compile(cmp('Name', 'eq', 'x')).sql).toBe('"Name" = ?');
    expect400(() => compile(cmp('fields.bad-name', 'eq', 'x')), "Unknown column 'fields.bad-name'");
  });

  it('rejects junk in column position, whatever the parser let through', () => {
    const junk = [
      'Name; DROP TABLE x',
      'Name"',
      '"Name"',
      'Name--',
      'Name/*',
      "Name' OR 1=1 --",
      'Name\u0000',
      '',
      ' Name',
      'x'.repeat(10_000),
    ];
    for (const path of junk) {
      const error = expect400(() => compile(cmp(path, 'eq', 1)));
      expect(error.message.startsWith('Unknown column ')).toBe(true);
      expect(error.message.length).toBeLessThan(100);
    }
  });
});

describe('compileOrderBy', () => {
  it('renders an ORDER BY list', () => {
    expect(
      render(
        compileOrderBy(
          [
            { path: 'name', direction: 'asc' },
            { path: 'Qty', direction: 'desc' },
          ],
          resolver,
        ),
      ),
    ).toEqual({ sql: '"Name" asc, "Qty" desc', params: [] });
  });

  it('uses the resolver (aliases, extra fields) and rejects unknown, hidden and bad directions', () => {
    expect(render(compileOrderBy([{ path: 'fields.rank', direction: 'desc' }], resolver))).toEqual({
      sql: 'json_extract("Data", ?) desc',
      params: ['$.rank'],
    });
    expect(
      render(compileOrderBy([{ path: 'Name', direction: 'asc' }], tableResolver(items, { alias: 'i' })))?.sql,
    ).toBe('"i"."Name" asc');
    expect400(() => compileOrderBy([{ path: 'nope', direction: 'asc' }], resolver), "Unknown column 'nope'");
    expect400(
      () => compileOrderBy([{ path: 'password_hash', direction: 'asc' }], resolver),
      "Unknown column 'password_hash'",
    );
    const bad = [{ path: 'Name', direction: 'asc; drop table x' }] as unknown as Parameters<typeof compileOrderBy>[0];
    expect400(() => compileOrderBy(bad, resolver), "Invalid sort direction for 'Name'");
  });

  it('renders nothing for an empty spec', () => {
    expect(render(compileOrderBy([], resolver))).toEqual({ sql: '', params: [] });
  });
});

describe('compileFilter: injection in values', () => {
  const long = `' OR 1=1 -- ${'x'.repeat(10_000)}`;

  it.each([...INJECTIONS, long])('binds %j and nothing else', (value) => {
    const node: FilterNode = {
      kind: 'or',
      children: [
        cmp('Name', 'eq', value),
        { kind: 'like', field: f('Name'), pattern: value },
        { kind: 'text', field: f('Name', 'tolower'), fn: 'contains', value },
        { kind: 'in', field: f('Created'), values: [value, value] },
      ],
    };
    const result = compile(node);
    expect(result.sql).toBe(
      `("Name" = ? or "Name" like ? or lower("Name") like lower(?) escape '\\' or "Created" in (?, ?))`,
    );
    expect(result.params[0]).toBe(value);
    expect(result.params[1]).toBe(value);
    expect(result.params.slice(3)).toEqual([value, value]);
    expectValuesBound(result);
  });
});
