import { describe, expect, it } from 'vitest';
import { type FilterNode, parseODataFilter } from '../../../src/core/filter';
import { cachedParse } from '../../../src/core/filter/parsed';
import { compile, expect400, expectValuesBound, INJECTIONS } from './helpers';

const parse = parseODataFilter;
const name = { path: 'Name' };

describe('parseODataFilter: comparisons', () => {
  it.each([
    ['eq', 'eq'],
    ['ne', 'ne'],
    ['neq', 'ne'],
    ['gt', 'gt'],
    ['ge', 'ge'],
    ['lt', 'lt'],
    ['le', 'le'],
  ] as const)('%s', (word, op) => {
    expect(parse(`Qty ${word} 5`)).toEqual({ kind: 'cmp', field: { path: 'Qty' }, op, value: 5 });
  });

  it('reads keywords case-insensitively and keeps column spelling', () => {
    expect(parse("Name EQ 'x' AND Qty Gt 1 oR IsActive eq TRUE")).toEqual({
      kind: 'or',
      children: [
        {
          kind: 'and',
          children: [
            { kind: 'cmp', field: name, op: 'eq', value: 'x' },
            { kind: 'cmp', field: { path: 'Qty' }, op: 'gt', value: 1 },
          ],
        },
        { kind: 'cmp', field: { path: 'IsActive' }, op: 'eq', value: true },
      ],
    });
  });

  it('accepts column names with underscores and dots', () => {
    expect(parse('AD_Client_ID eq 11')).toMatchObject({ field: { path: 'AD_Client_ID' } });
    expect(parse('_x.y_1 eq 1')).toMatchObject({ field: { path: '_x.y_1' } });
  });

  it('parses in lists, including empty and single-value lists', () => {
    expect(parse("Name in ('a', 'b','c')")).toEqual({ kind: 'in', field: name, values: ['a', 'b', 'c'] });
    expect(parse('Qty in (1)')).toEqual({ kind: 'in', field: { path: 'Qty' }, values: [1] });
    expect(parse('Qty IN ()')).toEqual({ kind: 'in', field: { path: 'Qty' }, values: [] });
    expect(parse("Qty in (1, -2.5, null, true, 'x', 2024-01-31)")).toMatchObject({
      values: [1, -2.5, null, true, 'x', '2024-01-31'],
    });
  });
});

describe('parseODataFilter: literals', () => {
  it('unescapes doubled quotes', () => {
    expect(parse("Name eq 'it''s'")).toMatchObject({ value: "it's" });
    expect(parse("Name eq ''''")).toMatchObject({ value: "'" });
    expect(parse("Name eq ''")).toMatchObject({ value: '' });
    expect(parse("Name eq 'a''''b'")).toMatchObject({ value: "a''b" });
  });

  it('keeps everything inside quotes literal, keywords and parentheses included', () => {
    expect(parse("Name eq ' and ( or ) not eq, '")).toMatchObject({ value: ' and ( or ) not eq, ' });
  });

  it('reads integers, decimals, negatives and exponents', () => {
    expect(parse('Qty eq 0')).toMatchObject({ value: 0 });
    expect(parse('Qty eq 42')).toMatchObject({ value: 42 });
    expect(parse('Qty eq -7')).toMatchObject({ value: -7 });
    expect(parse('Price eq 3.25')).toMatchObject({ value: 3.25 });
    expect(parse('Price eq -0.5')).toMatchObject({ value: -0.5 });
    expect(parse('Price eq 1.5e3')).toMatchObject({ value: 1500 });
  });

  it('reads true, false and null in any case', () => {
    expect(parse('IsActive eq true')).toMatchObject({ value: true });
    expect(parse('IsActive eq FALSE')).toMatchObject({ value: false });
    expect(parse('Name eq null')).toMatchObject({ op: 'eq', value: null });
    expect(parse('Name ne Null')).toMatchObject({ op: 'ne', value: null });
  });

  it('keeps dates and timestamps as strings, quoted or bare', () => {
    expect(parse("Created ge '2024-01-31'")).toMatchObject({ value: '2024-01-31' });
    expect(parse('Created ge 2024-01-31')).toMatchObject({ value: '2024-01-31' });
    expect(parse('Created lt 2024-01-31T10:00:00Z')).toMatchObject({ value: '2024-01-31T10:00:00Z' });
    expect(parse('Created lt 2024-01-31T10:00')).toMatchObject({ value: '2024-01-31T10:00' });
    expect(parse('Created lt 2024-01-31T10:00:00.123+02:00')).toMatchObject({ value: '2024-01-31T10:00:00.123+02:00' });
    expect(parse('Created gt 2024-01-31 and Qty eq 1')).toMatchObject({
      kind: 'and',
      children: [{ value: '2024-01-31' }, { value: 1 }],
    });
  });
});

describe('parseODataFilter: precedence, parentheses and not', () => {
  const a = { kind: 'cmp', field: { path: 'A' }, op: 'eq', value: 1 } as const;
  const b = { kind: 'cmp', field: { path: 'B' }, op: 'eq', value: 2 } as const;
  const c = { kind: 'cmp', field: { path: 'C' }, op: 'eq', value: 3 } as const;

  it('binds and tighter than or', () => {
    expect(parse('A eq 1 or B eq 2 and C eq 3')).toEqual({
      kind: 'or',
      children: [a, { kind: 'and', children: [b, c] }],
    });
    expect(parse('A eq 1 and B eq 2 or C eq 3')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [a, b] }, c],
    });
  });

  it('lets parentheses override precedence', () => {
    expect(parse('(A eq 1 or B eq 2) and C eq 3')).toEqual({
      kind: 'and',
      children: [{ kind: 'or', children: [a, b] }, c],
    });
    expect(parse('A eq 1 and (B eq 2 or (C eq 3))')).toEqual({
      kind: 'and',
      children: [a, { kind: 'or', children: [b, c] }],
    });
  });

  it('flattens chains and unwraps redundant parentheses', () => {
    expect(parse('A eq 1 or B eq 2 or C eq 3')).toEqual({ kind: 'or', children: [a, b, c] });
    expect(parse('((((A eq 1))))')).toEqual(a);
    expect(parse(' \t\n(A eq 1)\r\n')).toEqual(a);
  });

  it('accepts not before function calls, groups and another not', () => {
    expect(parse("not contains(Name,'x')")).toEqual({
      kind: 'not',
      child: { kind: 'text', field: name, fn: 'contains', value: 'x' },
    });
    expect(parse('NOT (A eq 1 or B eq 2)')).toEqual({ kind: 'not', child: { kind: 'or', children: [a, b] } });
    expect(parse('not not (A eq 1)')).toEqual({ kind: 'not', child: { kind: 'not', child: a } });
    expect(parse("A eq 1 and not startswith(Name,'x')")).toMatchObject({
      kind: 'and',
      children: [a, { kind: 'not', child: { fn: 'startswith' } }],
    });
  });

  it('binds not to one comparison, as OData (issue 25)', () => {
    expect(parse("not Name eq 'x'")).toEqual({
      kind: 'not',
      child: { kind: 'cmp', field: name, op: 'eq', value: 'x' },
    });
    // `… and not IsVendor eq true`: the not takes the comparison only, not the rest of the chain.
    expect(parse('A eq 1 and not B eq 2 or A eq 1')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [a, { kind: 'not', child: b }] }, a],
    });
    expect400(() => parse('not'), /Invalid \$filter/);
  });
});

describe('parseODataFilter: functions', () => {
  it.each(['contains', 'startswith', 'endswith'] as const)('%s(col, value)', (fn) => {
    expect(parse(`${fn}(Name,'ab''c')`)).toEqual({ kind: 'text', field: name, fn, value: "ab'c" });
    expect(parse(`${fn.toUpperCase()}( Name , 'x' )`)).toMatchObject({ kind: 'text', fn });
  });

  it('applies tolower/toupper as a column argument and on the left of comparisons', () => {
    expect(parse("contains(tolower(Name),'abc')")).toEqual({
      kind: 'text',
      field: { path: 'Name', transform: 'tolower' },
      fn: 'contains',
      value: 'abc',
    });
    expect(parse("tolower(Name) eq 'abc'")).toEqual({
      kind: 'cmp',
      field: { path: 'Name', transform: 'tolower' },
      op: 'eq',
      value: 'abc',
    });
    expect(parse("TOUPPER(Name) in ('A','B')")).toEqual({
      kind: 'in',
      field: { path: 'Name', transform: 'toupper' },
      values: ['A', 'B'],
    });
  });

  it('rejects unsupported functions and malformed calls', () => {
    expect400(
      () => parse("substring(Name,1) eq 'a'"),
      "Invalid $filter: function 'substring' is not supported here at position 0",
    );
    expect400(() => parse("tolower(tolower(Name)) eq 'a'"), /function 'tolower' is not supported here/);
    expect400(
      () => parse('contains(Name, 5)'),
      "Invalid $filter: expected a quoted string but found '5' at position 15",
    );
    expect400(() => parse("contains(Name 'x')"), /expected ',' but found ''x''/);
    expect400(() => parse("contains(Name,'x'"), "Invalid $filter: expected ')' but reached the end of the filter");
    expect400(() => parse("contains('x', Name)"), /expected a column name/);
  });
});

describe('parseODataFilter: errors', () => {
  it('requires a column on the left of a comparison', () => {
    expect400(() => parse('1 eq 1'), "Invalid $filter: expected a column name but found '1' at position 0");
    expect400(() => parse("'a' eq Name"), "Invalid $filter: expected a column name but found ''a'' at position 0");
    expect400(() => parse('true eq IsActive'), /expected a column name but found 'true'/);
    expect400(() => parse('null eq Name'), /expected a column name/);
    expect400(() => parse('2024-01-31 eq Created'), /expected a column name/);
  });

  it('requires a literal on the right', () => {
    expect400(
      () => parse('Name eq Other'),
      "Invalid $filter: expected a literal value but found 'Other' at position 8",
    );
    expect400(() => parse('Name eq'), 'Invalid $filter: expected a literal value but reached the end of the filter');
    expect400(() => parse('Name eq (1)'), /expected a literal value/);
  });

  it('reports unknown operators, stray tokens and unbalanced parentheses', () => {
    expect400(() => parse("Name like 'x'"), /expected an operator \(eq, ne, gt, ge, lt, le, in\) but found 'like'/);
    expect400(() => parse("Name 'x'"), /expected an operator/);
    expect400(() => parse('Name'), /expected an operator .* but reached the end/);
    expect400(() => parse("Name eq 'x' xyz"), "Invalid $filter: unexpected token 'xyz' at position 12");
    expect400(() => parse('(Name eq 1'), "Invalid $filter: expected ')' but reached the end of the filter");
    expect400(() => parse('Name eq 1)'), "Invalid $filter: unexpected token ')' at position 9");
    expect400(() => parse('()'), /expected a column name but found '\)'/);
    expect400(() => parse('Name eq 1 and'), /expected a column name but reached the end/);
    expect400(() => parse('and Name eq 1'), /expected a column name but found 'and'/);
    expect400(() => parse('Qty in (1,)'), /expected a literal value but found '\)'/);
    expect400(() => parse('Qty in 1'), /expected '\(' but found '1'/);
  });

  it('rejects bad characters, glued words and unterminated strings', () => {
    expect400(() => parse("Name eq 'abc"), 'Invalid $filter: unterminated string starting at position 8');
    expect400(() => parse('Name eq "abc"'), `Invalid $filter: unexpected character '"' at position 8`);
    expect400(() => parse('Qty eq 12abc'), "Invalid $filter: unexpected token '12abc' at position 7");
    expect400(() => parse('Created eq 2024-01-31X'), /unexpected token '2024-01-31X'/);
    expect400(() => parse('Qty eq 1 && Qty eq 2'), /unexpected character '&'/);
    expect400(() => parse('Qty eq 1e999'), /number out of range/);
    expect400(() => parse('Qty eq - 1'), /unexpected character '-'/);
  });

  it('treats a blank filter as match-all', () => {
    expect(parse('')).toEqual({ kind: 'and', children: [] });
    expect(parse('  \n ')).toEqual({ kind: 'and', children: [] });
  });

  it('limits length', () => {
    const ok = `Name eq '${'x'.repeat(4000 - 10)}'`;
    expect(ok).toHaveLength(4000);
    expect(parse(ok)).toMatchObject({ kind: 'cmp' });
    expect400(() => parse(`${ok} `), 'Filter is longer than 4000 characters');
    expect400(() => parse(`Name eq '${'x'.repeat(10_000)}'`), 'Filter is longer than 4000 characters');
  });

  it('limits nesting to 12 levels of parentheses and nots', () => {
    const nest = (n: number) => `${'('.repeat(n)}Qty eq 1${')'.repeat(n)}`;
    expect(parse(nest(12))).toMatchObject({ kind: 'cmp' });
    expect400(() => parse(nest(13)), 'Filter nesting exceeds 12 levels');
    expect400(() => parse(`${'not '.repeat(13)}(Qty eq 1)`), 'Filter nesting exceeds 12 levels');
    expect400(() => parse(nest(1990)), 'Filter nesting exceeds 12 levels');
  });

  it('never accepts a non-string', () => {
    expect400(() => parse(42 as unknown as string), 'Invalid $filter: expected a string');
  });
});

describe('parseODataFilter: injection', () => {
  const quoteOData = (value: string) => `'${value.replaceAll("'", "''")}'`;

  it.each(INJECTIONS)('keeps %j a bound value', (value) => {
    const node = parse(`Name eq ${quoteOData(value)}`);
    expect(node).toEqual({ kind: 'cmp', field: name, op: 'eq', value });
    const result = compile(node);
    expect(result).toEqual({ sql: '"Name" = ?', params: [value] });
    expectValuesBound(result);
  });

  it('keeps injection strings inside functions and lists bound', () => {
    const node = parse(
      `contains(Name, ${quoteOData("' OR 1=1 --")}) or Name in (${INJECTIONS.map(quoteOData).join(',')})`,
    );
    const result = compile(node);
    expect(result.params).toEqual(["%' OR 1=1 --%", ...INJECTIONS]);
    expectValuesBound(result);
  });

  it.each([
    'Name; DROP TABLE x eq 1',
    "Name eq 'x'; DROP TABLE items",
    "Name eq 'x' -- comment",
    'Name/**/eq 1',
    '"Name" eq 1',
    '[Name] eq 1',
    '`Name` eq 1',
    "Name eq 'x' or 1 eq 1",
    "Name eq 'x' or '1' eq '1'",
    'Na\u0000me eq 1',
    'Näme eq 1',
  ])('rejects junk in column position: %j', (input) => {
    expect400(() => parse(input), /^Invalid \$filter: /);
  });
});

describe('parseODataFilter: result shapes compile', () => {
  it('compiles a realistic iDempiere filter', () => {
    const node: FilterNode = parse(
      "(IsActive eq true and Qty ge 10) or (contains(tolower(Name),'o''brien') and not (Created lt 2024-01-01))",
    );
    expect(compile(node)).toEqual({
      sql: '(("IsActive" = ? and "Qty" >= ?) or (lower("Name") like lower(?) escape \'\\\' and not ("Created" < ?)))',
      params: [1, 10, "%o'brien%", '2024-01-01'],
    });
  });
});

describe('parsed filters kept per isolate (core/filter/parsed.ts)', () => {
  it('parses a text once: the same frozen tree again, equal to a fresh parse', () => {
    let parses = 0;
    const parse = (text: string) => {
      parses += 1;
      return parseODataFilter(text);
    };
    const text = "Name eq 'kept' and (Value gt 3 or IsActive eq true)";
    const first = cachedParse('test-odata', text, parse);
    const again = cachedParse('test-odata', text, parse);
    expect(again).toBe(first);
    expect(parses).toBe(1);
    expect(first).toEqual(parseODataFilter(text));
    // Deeply frozen: a consumer cannot change what the next request gets.
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { kind: string }).kind = 'or';
    }).toThrow(TypeError);
    // Another kind of text is another entry.
    cachedParse('test-other', text, parse);
    expect(parses).toBe(2);
  });

  it('keeps no failure: a bad filter is parsed, and refused, every time', () => {
    let parses = 0;
    const parse = (text: string) => {
      parses += 1;
      return parseODataFilter(text);
    };
    for (let i = 0; i < 2; i++) expect(() => cachedParse('test-odata', 'Name eq', parse)).toThrow();
    expect(parses).toBe(2);
  });
});
