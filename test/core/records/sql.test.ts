import { type SQL, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, parseLibertyQ, parseMongoFilter, parseODataFilter } from '../../../src/core/filter';
import { drizzleRender, render, stable } from '../../../src/core/records/sql';
import { resolver } from '../filter/helpers';

/**
 * render() takes a quicker path than drizzle's dialect for the SQL the core builds (text, identifiers,
 * nested sql, lists, plain values): the text and the bound values must be exactly drizzle's.
 */

const text = fc.string({ maxLength: 12 });
const value = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
);

const tree = fc.letrec<{ node: SQL }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text.map((t) => sql.raw(t)),
    fc.string({ maxLength: 8 }).map((name) => sql`${sql.identifier(name)}`),
    value.map((v) => sql`${v}`),
    fc.array(value, { maxLength: 4 }).map((list) => sql`x in ${list}`),
    fc.tuple(text, tie('node'), text, tie('node')).map(([a, x, b, y]) => sql`${sql.raw(a)}${x}${sql.raw(b)}(${y})`),
    fc.array(tie('node'), { maxLength: 4 }).map((parts) => sql.join(parts, sql`, `)),
    fc.constant(sql.empty()),
    fc.constant(sql`a ${undefined} b`),
  ),
}));

describe('render', () => {
  it('renders random sql trees exactly as drizzle does', () => {
    fc.assert(
      fc.property(tree.node, (query) => {
        expect(render(query)).toEqual(drizzleRender(query));
      }),
      { numRuns: 500 },
    );
  });

  it('renders the compiled filters of every face exactly as drizzle does', () => {
    const filters = [
      parseODataFilter("Name eq 'a''b' and (Qty gt 3 or IsActive eq true) and Price ne null"),
      parseODataFilter("contains(Name,'%_') or startswith(Name,'x') and not (Qty eq 3)"),
      parseMongoFilter({ $or: [{ Name: { $regex: '^a' } }, { 'fields.os': 'linux' }], Qty: { $gte: 2 } }),
      parseLibertyQ([{ Name: { like: 'A%' }, Qty: { in: [1, 5] } }, { Price: { '>=': 2 } }]),
    ];
    for (const filter of filters) {
      const query = compileFilter(filter, resolver);
      if (query) expect(render(query)).toEqual(drizzleRender(query));
    }
  });

  it('renders stable fragments (rendered once, then reused) exactly as drizzle does, every time', () => {
    fc.assert(
      fc.property(tree.node, tree.node, (part, other) => {
        const shared = stable(part);
        for (const query of [sql`select ${shared} where ${other}`, sql`${other}, (${shared})`]) {
          expect(render(query)).toEqual(drizzleRender(query));
          expect(render(query)).toEqual(drizzleRender(query));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves what it does not know (inlined values) to drizzle', () => {
    const query = sql`select ${sql`${'x'}`.inlineParams()}`;
    expect(render(query)).toEqual(drizzleRender(query));
  });
});
