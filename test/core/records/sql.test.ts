import { type SQL, SQL as SQLClass, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, parseLibertyQ, parseMongoFilter, parseODataFilter } from '../../../src/core/filter';
import { sql as coreSql, drizzleRender, render, stable } from '../../../src/core/records/sql';
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

describe('the core sql tag', () => {
  type Recipe =
    | { raw: string }
    | { name: string }
    | { value: unknown }
    | { list: unknown[] }
    | { wrap: [string, Recipe, string, Recipe] }
    | { join: Recipe[] }
    | { empty: true };
  const recipe = fc.letrec<{ node: Recipe }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text.map((raw) => ({ raw })),
      fc.string({ maxLength: 8 }).map((name) => ({ name })),
      value.map((v) => ({ value: v })),
      fc.array(value, { maxLength: 4 }).map((list) => ({ list })),
      fc.tuple(text, tie('node'), text, tie('node')).map((wrap) => ({ wrap })),
      fc.array(tie('node'), { maxLength: 4 }).map((join) => ({ join })),
      fc.constant({ empty: true as const }),
    ),
  }));
  const build = (tag: typeof sql, r: Recipe): SQL => {
    if ('raw' in r) return tag.raw(r.raw);
    if ('name' in r) return tag`${tag.identifier(r.name)}`;
    if ('value' in r) return tag`${r.value}`;
    if ('list' in r) return tag`x in ${r.list}`;
    if ('wrap' in r) {
      const [a, x, b, y] = r.wrap;
      return tag`${tag.raw(a)}${build(tag, x)}${tag.raw(b)}(${build(tag, y)})`;
    }
    if ('join' in r)
      return tag.join(
        r.join.map((p) => build(tag, p)),
        tag`, `,
      );
    return tag.empty();
  };

  it("builds the chunks drizzle's tag builds, rendered alike by drizzle and by render()", () => {
    fc.assert(
      fc.property(recipe.node, (r) => {
        const ours = build(coreSql, r);
        const theirs = build(sql, r);
        expect(ours).toBeInstanceOf(SQLClass);
        expect(ours.queryChunks).toEqual(theirs.queryChunks);
        expect(drizzleRender(ours)).toEqual(drizzleRender(theirs));
        expect(render(ours)).toEqual(drizzleRender(theirs));
      }),
    );
  });
});
