import { env } from 'cloudflare:test';
import { type SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  compileFilter,
  compileOrderBy,
  type FieldResolver,
  type FilterNode,
  parseLibertyQ,
  parseMongoFilter,
  parseODataFilter,
  type ResolvedField,
  tableResolver,
} from '../../../src/core/filter';
import type { TableInfo } from '../../../src/core/records/types';
import { column, expect400 } from './helpers';

/** Compiled filters executed for real against D1: the SQL means what the filter says. */

const probe: TableInfo = {
  name: 'filter_probe',
  columns: [
    column('id', 'integer', { primaryKey: true, notNull: true }),
    column('name', 'text'),
    column('qty', 'integer'),
    column('price', 'real'),
    column('active', 'boolean'),
    column('created', 'timestamp'),
    column('data', 'json'),
    column('secret_token', 'text', { hidden: true }),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
};

const ROWS: Array<[number, string | null, number | null, number, number, string, string, string]> = [
  [
    1,
    'Alpha',
    1,
    9.5,
    1,
    '2024-01-10T08:00:00Z',
    '{"color":"red","tags":1,"labels":["x","y"],"parts":[{"name":"cpu","qty":2},{"name":"ram","qty":8}]}',
    's1',
  ],
  [
    2,
    'Beta',
    5,
    12,
    0,
    '2024-02-01T00:00:00Z',
    '{"color":"blue","labels":["y"],"parts":[{"name":"cpu","qty":8}]}',
    's2',
  ],
  [
    3,
    'gamma',
    20,
    3.25,
    1,
    '2024-03-15T12:30:00Z',
    '{"color":"red","labels":[],"parts":[{"name":"disk","qty":1},{"name":"secret","qty":99}]}',
    's3',
  ],
  [4, '50% off', 2, 1, 1, '2024-01-31T23:59:59Z', '{}', 's4'],
  [5, '500 items', 7, 2, 0, '2023-12-31T00:00:00Z', '{"color":"green"}', 's5'],
  [6, "' OR 1=1 --", 3, 4, 1, '2024-05-05T00:00:00Z', '{"color":"red"}', 's6'],
  [7, null, null, 0, 0, '2024-06-01T00:00:00Z', '{}', 's7'],
  [8, 'a.b_c', 11, 8, 1, '2024-07-01T00:00:00Z', '{"color":"Red"}', 's8'],
  [9, 'axb', 12, 8, 1, '2024-07-02T00:00:00Z', '{}', 's9'],
];

function fieldsExtra(path: string): ResolvedField | undefined {
  const match = /^fields\.([A-Za-z0-9_]+)$/.exec(path);
  if (!match) return undefined;
  return { expr: sql`json_extract(${sql.identifier('data')}, ${`$.${match[1]}`})`, type: 'json' };
}

const resolver: FieldResolver = {
  ...tableResolver(probe, { alias: 'p', extra: fieldsExtra }),
  // Two arrays in `data`: `labels` (scalars) and `parts` ({name, qty}; elements named `secret` are guarded out).
  array(path) {
    if (path === 'labels')
      return {
        from: sql`json_each(p.data, '$.labels') as el`,
        element: {
          resolve(key) {
            if (key === '') return { expr: sql`el.value`, type: 'text' };
            throw new Error(`unexpected ${key}`);
          },
        },
      };
    if (path === 'parts')
      return {
        from: sql`json_each(p.data, '$.parts') as el`,
        guard: sql`json_extract(el.value, '$.name') <> 'secret'`,
        element: {
          resolve(key) {
            if (key === 'name') return { expr: sql`json_extract(el.value, '$.name')`, type: 'text' };
            if (key === 'qty') return { expr: sql`json_extract(el.value, '$.qty')`, type: 'json' };
            throw new Error(`unexpected ${key}`);
          },
        },
      };
    return undefined;
  },
  through(path) {
    if (path === 'labels') return { array: 'labels', path: '' };
    if (path === 'parts.name' || path === 'parts.qty') return { array: 'parts', path: path.slice(6) };
    return undefined;
  },
};
const dialect = new SQLiteSyncDialect();

async function ids(
  filter: FilterNode,
  order: SQL = sql`${sql.identifier('p')}.${sql.identifier('id')}`,
): Promise<number[]> {
  const where = compileFilter(filter, resolver) ?? sql`1 = 1`;
  const query = dialect.sqlToQuery(
    sql`select ${sql.identifier('id')} from filter_probe as p where ${where} order by ${order}`,
  );
  const { results } = await env.DB.prepare(query.sql)
    .bind(...query.params)
    .all<{ id: number }>();
  return results.map((row) => row.id);
}

beforeEach(async () => {
  await env.DB.batch([
    env.DB.prepare(
      `CREATE TABLE IF NOT EXISTS filter_probe (id INTEGER PRIMARY KEY, name TEXT, qty INTEGER, price REAL,
        active BOOLEAN, created DATETIME, data JSON, secret_token TEXT)`,
    ),
    env.DB.prepare('DELETE FROM filter_probe'),
    ...ROWS.map((row) => env.DB.prepare('INSERT INTO filter_probe VALUES (?, ?, ?, ?, ?, ?, ?, ?)').bind(...row)),
  ]);
});

describe('compiled filters on D1: OData', () => {
  it('comparisons, precedence and not', async () => {
    expect(await ids(parseODataFilter("name eq 'Alpha'"))).toEqual([1]);
    expect(await ids(parseODataFilter('qty gt 5 and qty le 12'))).toEqual([5, 8, 9]);
    expect(await ids(parseODataFilter('qty lt 2 or qty ge 12 and active eq false'))).toEqual([1]);
    expect(await ids(parseODataFilter('qty lt 2 or qty ge 12 and active eq true'))).toEqual([1, 3, 9]);
    expect(await ids(parseODataFilter('(qty lt 2 or qty ge 12) and active eq false'))).toEqual([]);
    expect(await ids(parseODataFilter('(qty lt 2 or qty ge 12) and active eq true'))).toEqual([1, 3, 9]);
    expect(await ids(parseODataFilter('not (qty in (1, 2, 3)) and qty neq 20'))).toEqual([2, 5, 8, 9]);
    expect(await ids(parseODataFilter("price ge '8' and price lt 9.5"))).toEqual([8, 9]);
  });

  it('null, dates and in with null', async () => {
    expect(await ids(parseODataFilter('name eq null'))).toEqual([7]);
    expect(await ids(parseODataFilter('qty ne null and qty lt 3'))).toEqual([1, 4]);
    expect(await ids(parseODataFilter("name in ('Alpha', 'Beta', null)"))).toEqual([1, 2, 7]);
    expect(await ids(parseODataFilter('created ge 2024-02-01 and created lt 2024-06-01T00:00:00Z'))).toEqual([2, 3, 6]);
  });

  it('text functions escape wildcards and tolower is case-insensitive', async () => {
    expect(await ids(parseODataFilter("startswith(name,'50%')"))).toEqual([4]);
    expect(await ids(parseODataFilter("contains(name,'_')"))).toEqual([8]);
    expect(await ids(parseODataFilter("endswith(name,'b_c')"))).toEqual([8]);
    expect(await ids(parseODataFilter("contains(tolower(name),'GAM') or toupper(name) eq 'beta'"))).toEqual([2, 3]);
    expect(await ids(parseODataFilter("not contains(name,'a')"))).toEqual([4, 5, 6]);
  });

  it('an injection string is just a value', async () => {
    expect(await ids(parseODataFilter("name eq ''' OR 1=1 --'"))).toEqual([6]);
    expect(await ids(parseODataFilter("name eq 'x'' OR 1=1 --'"))).toEqual([]);
  });
});

describe('compiled filters on D1: Liberty and Mongo', () => {
  it('Liberty q', async () => {
    expect(await ids(parseLibertyQ('[{"qty":{">=":10},"name":{"like":"%x%"}}]'))).toEqual([9]);
    expect(await ids(parseLibertyQ('[{"name":{"null":true}}]'))).toEqual([7]);
    expect(await ids(parseLibertyQ('[{"active":"Y"},{"qty":{"in":[1,2,3,"20"]}}]'))).toEqual([1, 3, 4, 6]);
    expect(await ids(parseLibertyQ('{"name":{"like":"50_%"}}'))).toEqual([4, 5]);
    expect(await ids(parseLibertyQ({ qty: { '<>': 5, '<': 7 } }))).toEqual([1, 4, 6]);
  });

  it('Mongo filter', async () => {
    expect(
      await ids(parseMongoFilter({ $or: [{ qty: { $lt: 2 } }, { name: { $regex: '^GAM', $options: 'i' } }] })),
    ).toEqual([1, 3]);
    expect(await ids(parseMongoFilter({ name: { $regex: 'a\\.b' } }))).toEqual([8]);
    expect(await ids(parseMongoFilter({ name: { $regex: 'ms$' } }))).toEqual([5]);
    expect(await ids(parseMongoFilter({ name: { $regex: '^beta$', $options: 'i' } }))).toEqual([2]);
    // MongoDB: a null qty is present and not in the list (a column always exists).
    expect(await ids(parseMongoFilter({ qty: { $nin: [1, 2, 3], $exists: true } }))).toEqual([2, 3, 5, 7, 8, 9]);
    expect(await ids(parseMongoFilter({ $nor: [{ active: true }, { qty: null }] }))).toEqual([2, 5]);
    expect(await ids(parseMongoFilter('{"fields.color":"red","price":{"$gt":3}}'))).toEqual([1, 3, 6]);
    expect(await ids(parseMongoFilter({ 'fields.color': { $in: ['blue', 'green'] } }))).toEqual([2, 5]);
    expect(await ids(parseMongoFilter({ 'fields.tags': true }))).toEqual([1]);
    expect(await ids(parseMongoFilter({ 'fields.color': { $exists: false } }))).toEqual([4, 7, 9]);
  });

  it('Mongo arrays: $elemMatch is one element, dotted paths any element, negations none', async () => {
    const m = (filter: unknown) => ids(parseMongoFilter(filter));
    expect(await m({ parts: { $elemMatch: { name: 'cpu', qty: { $gte: 8 } } } })).toEqual([2]);
    expect(await m({ 'parts.name': 'cpu', 'parts.qty': { $gte: 8 } })).toEqual([1, 2]);
    expect(await m({ labels: 'y' })).toEqual([1, 2]);
    expect(await m({ labels: { $in: ['x', 'q'] } })).toEqual([1]);
    expect(await m({ labels: { $ne: 'y' } })).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(await m({ labels: { $nin: ['x', 'y'] } })).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(await m({ labels: { $elemMatch: { $regex: '^X', $options: 'i' } } })).toEqual([1]);
    expect(await m({ parts: { $elemMatch: {} } })).toEqual([1, 2, 3]);
    expect(await m({ 'parts.name': { $exists: false } })).toEqual([4, 5, 6, 7, 8, 9]);
    expect(await m({ $or: [{ 'parts.qty': 1 }, { labels: 'x' }] })).toEqual([1, 3]);
    // The guard keeps elements out whatever the condition: `secret` parts are never compared.
    expect(await m({ 'parts.qty': 99 })).toEqual([]);
    expect(await m({ parts: { $elemMatch: { name: 'secret' } } })).toEqual([]);
    expect(await m({ 'parts.name': "' OR 1=1 --" })).toEqual([]);
  });

  it('hidden columns cannot be filtered or sorted on', async () => {
    expect400(() => compileFilter(parseMongoFilter({ secret_token: 's1' }), resolver), "Unknown column 'secret_token'");
    expect400(
      () => compileOrderBy([{ path: 'secret_token', direction: 'asc' }], resolver),
      "Unknown column 'secret_token'",
    );
  });

  it('order by from compileOrderBy', async () => {
    const order = compileOrderBy(
      [
        { path: 'active', direction: 'desc' },
        { path: 'qty', direction: 'asc' },
      ],
      resolver,
    );
    expect(await ids(parseODataFilter('id le 5'), order)).toEqual([1, 4, 3, 2, 5]);
  });
});
