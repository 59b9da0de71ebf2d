import { describe, expect, it } from 'vitest';
import { parseLibertyQ } from '../../../src/core/filter';
import { compile, expect400, expectValuesBound, INJECTIONS } from './helpers';

const parse = parseLibertyQ;
const id = { path: 'APPS_ID' };

describe('parseLibertyQ: operators', () => {
  it.each([
    ['=', 'eq'],
    ['!=', 'ne'],
    ['<>', 'ne'],
    ['>', 'gt'],
    ['>=', 'ge'],
    ['<', 'lt'],
    ['<=', 'le'],
  ] as const)('%s', (op, expected) => {
    expect(parse(`[{"APPS_ID":{"${op}":10}}]`)).toEqual({ kind: 'cmp', field: id, op: expected, value: 10 });
  });

  it('like binds the pattern as written (operator name in any case)', () => {
    expect(parse('[{"APPS_NAME":{"like":"LIBERTY%"}}]')).toEqual({
      kind: 'like',
      field: { path: 'APPS_NAME' },
      pattern: 'LIBERTY%',
    });
    expect(parse('{"APPS_NAME":{"LIKE":"a_c"}}')).toMatchObject({ kind: 'like', pattern: 'a_c' });
  });

  it('null: true is IS NULL, false is IS NOT NULL', () => {
    expect(parse('[{"APPS_DESC":{"null":true}}]')).toEqual({
      kind: 'exists',
      field: { path: 'APPS_DESC' },
      exists: false,
    });
    expect(parse('[{"APPS_DESC":{"null":false}}]')).toEqual({
      kind: 'exists',
      field: { path: 'APPS_DESC' },
      exists: true,
    });
  });

  it('in takes an array of scalars', () => {
    expect(parse('[{"APPS_ID":{"in":[1,2,"3",null]}}]')).toEqual({ kind: 'in', field: id, values: [1, 2, '3', null] });
    expect(parse('[{"APPS_ID":{"in":[]}}]')).toEqual({ kind: 'in', field: id, values: [] });
  });

  it('a plain value is shorthand for =, null for IS NULL via eq', () => {
    expect(parse('[{"APPS_ID":10}]')).toEqual({ kind: 'cmp', field: id, op: 'eq', value: 10 });
    expect(parse('{"APPS_NAME":"x"}')).toEqual({ kind: 'cmp', field: { path: 'APPS_NAME' }, op: 'eq', value: 'x' });
    expect(parse('{"APPS_ACTIVE":true}')).toMatchObject({ value: true });
    expect(parse('{"APPS_DESC":null}')).toEqual({ kind: 'cmp', field: { path: 'APPS_DESC' }, op: 'eq', value: null });
  });

  it('= null and != null parse to cmp with null (compiled as IS [NOT] NULL)', () => {
    expect(parse('{"Name":{"=":null}}')).toMatchObject({ op: 'eq', value: null });
    expect(compile(parse('{"Name":{"!=":null}}'))).toEqual({ sql: '"Name" is not null', params: [] });
  });
});

describe('parseLibertyQ: combination', () => {
  it('ANDs keys of one object', () => {
    expect(parse('[{"APPS_ID":{"=":10},"APPS_NAME":{"like":"LIBERTY%"}}]')).toEqual({
      kind: 'and',
      children: [
        { kind: 'cmp', field: id, op: 'eq', value: 10 },
        { kind: 'like', field: { path: 'APPS_NAME' }, pattern: 'LIBERTY%' },
      ],
    });
  });

  it('ANDs several operators on one column (ranges)', () => {
    expect(parse('{"APPS_ID":{">=":1,"<":5}}')).toEqual({
      kind: 'and',
      children: [
        { kind: 'cmp', field: id, op: 'ge', value: 1 },
        { kind: 'cmp', field: id, op: 'lt', value: 5 },
      ],
    });
  });

  it('ANDs array elements too', () => {
    expect(parse('[{"A":1},{"B":{"!=":2}}]')).toEqual({
      kind: 'and',
      children: [
        { kind: 'cmp', field: { path: 'A' }, op: 'eq', value: 1 },
        { kind: 'cmp', field: { path: 'B' }, op: 'ne', value: 2 },
      ],
    });
  });

  it('accepts already-parsed JSON', () => {
    expect(parse([{ APPS_ID: { '=': 10 } }])).toEqual({ kind: 'cmp', field: id, op: 'eq', value: 10 });
    expect(parse({ APPS_ID: 10 })).toEqual({ kind: 'cmp', field: id, op: 'eq', value: 10 });
  });

  it('matches everything for [], {} and [{}]', () => {
    for (const input of ['[]', '{}', '[{}]', [], {}]) expect(parse(input)).toEqual({ kind: 'and', children: [] });
  });

  it('compiles to one AND condition', () => {
    expect(compile(parse('[{"Qty":{">":1,"<=":"9"}},{"Name":{"like":"A%"}},{"Created":{"null":false}}]'))).toEqual({
      sql: '("Qty" > ? and "Qty" <= ? and "Name" like ? and "Created" is not null)',
      params: [1, 9, 'A%'],
    });
  });
});

describe('parseLibertyQ: errors', () => {
  it('rejects malformed JSON', () => {
    expect400(() => parse('[{"A":'), 'Invalid q: malformed JSON');
    expect400(() => parse(''), 'Invalid q: malformed JSON');
    expect400(() => parse("[{'A':1}]"), 'Invalid q: malformed JSON');
  });

  it('rejects unknown operators', () => {
    expect400(() => parse('{"A":{"~":1}}'), "Invalid q: unknown operator '~' on 'A'");
    expect400(() => parse('{"A":{"$where":"1"}}'), "Invalid q: unknown operator '$where' on 'A'");
    expect400(() => parse('{"A":{"==":1}}'), /unknown operator '=='/);
    expect400(() => parse('{"A":{"not like":"x"}}'), /unknown operator 'not like'/);
  });

  it('rejects wrong value shapes', () => {
    expect400(() => parse('{"A":{}}'), "Invalid q: column 'A' has no operator");
    expect400(() => parse('{"A":[1,2]}'), "Invalid q: column 'A' needs a value or an operator object");
    expect400(() => parse('{"A":{"=":[1]}}'), "Invalid q: operator '=' on 'A' needs a single value");
    expect400(() => parse('{"A":{">":{"x":1}}}'), /needs a single value/);
    expect400(() => parse('{"A":{"in":5}}'), "Invalid q: operator 'in' on 'A' needs an array");
    expect400(() => parse('{"A":{"in":[[1]]}}'), /needs a single value/);
    expect400(() => parse('{"A":{"like":5}}'), "Invalid q: operator 'like' on 'A' needs a string pattern");
    expect400(() => parse('{"A":{"null":"yes"}}'), "Invalid q: operator 'null' on 'A' needs true or false");
    expect400(() => parse('{"A":{"=":1e400}}'), 'Invalid q: number out of range');
  });

  it('rejects non-object items', () => {
    for (const input of ['1', '"A"', 'null', 'true', '[1]', '[[{"A":1}]]', '[null]']) {
      expect400(() => parse(input), 'Invalid q: expected an object of column conditions');
    }
  });

  it('rejects junk in column position', () => {
    for (const key of ['A; DROP TABLE x', 'A"', '"A"', 'A--', 'A/*', '1A', '', ' A', 'A B', "' OR 1=1 --", 'Ä']) {
      expect400(() => parse({ [key]: 1 }), /^Invalid q: invalid column name /);
    }
  });

  it('limits length and nesting', () => {
    expect400(() => parse(`[{"A":"${'x'.repeat(4000)}"}]`), 'Filter is longer than 4000 characters');
    expect400(() => parse([{ A: 'x'.repeat(10_000) }]), 'Filter is longer than 4000 characters');
    expect400(() => parse(`${'['.repeat(13)}${']'.repeat(13)}`), 'Filter nesting exceeds 12 levels');
    expect400(() => parse(`${'['.repeat(1999)}${']'.repeat(1999)}`), 'Filter nesting exceeds 12 levels');
  });

  it('rejects values JSON cannot represent', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect400(() => parse(cyclic), 'Invalid q: not representable as JSON');
    expect400(() => parse(undefined), 'Invalid q: not representable as JSON');
    expect400(() => parse({ A: 10n }), 'Invalid q: not representable as JSON');
  });
});

describe('parseLibertyQ: injection', () => {
  it.each(INJECTIONS)('keeps %j a bound value', (value) => {
    const result = compile(parse(JSON.stringify([{ Name: { '=': value }, Qty: { in: [value.length] } }])));
    expect(result).toEqual({ sql: '("Name" = ? and "Qty" in (?))', params: [value, value.length] });
    expectValuesBound(result);
  });

  it('keeps like patterns bound as written', () => {
    const result = compile(parse({ Name: { like: "%' OR 1=1 --" } }));
    expect(result).toEqual({ sql: '"Name" like ?', params: ["%' OR 1=1 --"] });
  });
});
