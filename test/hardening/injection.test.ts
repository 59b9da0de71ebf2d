import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, tokenFor } from '../support/worker';

/**
 * Property-based injection: every parameter that reaches SQL gets random and adversarial strings. None
 * may cause a 5xx, change data, or return rows the caller could not get without it. Arbitraries are
 * hand-written (zod-fast-check does not support zod 4).
 */

const SQLISH = [
  "'",
  '"',
  ';',
  '--',
  '/*',
  '*/',
  ' or 1=1',
  "' or '1'='1",
  ') or (1=1',
  'union select * from users',
  'drop table users',
  '\\',
  '%',
  '_',
  '$where',
  '$ne',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  '@',
  'null',
  'true',
  '1e309',
  '\u0000',
  'password_hash',
  'salt',
  'sqlite_master',
  'eq',
  'ne',
  'or',
  'and',
  'not',
  'contains(',
  'tolower(',
  '$expand=',
];
const token = fc.oneof(fc.constantFrom(...SQLISH), fc.string({ maxLength: 12 }), fc.integer().map(String));
const adversarial = fc.array(token, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const jsonish = fc.oneof(
  adversarial,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.oneof(
        fc.constantFrom(
          '$where',
          '$regex',
          'fields.hostname',
          'password',
          'public_id',
          'DD_ID',
          '$or',
          'fields',
          'fields.value',
          'types',
          'rights',
        ),
        fc.string({ maxLength: 8 }),
      ),
      fc.oneof(
        adversarial,
        fc.integer(),
        fc.constant(null),
        fc
          .dictionary(fc.constantFrom('name', 'value', '$gt', '$regex', '$in'), fc.oneof(adversarial, fc.integer()))
          .map(($elemMatch) => ({ $elemMatch })),
      ),
    )
    .map((v) => JSON.stringify(v)),
);

let admin: string;
let demo: string;

beforeAll(async () => {
  admin = await tokenFor('admin');
  demo = await tokenFor('demo');
});

async function counts() {
  const tables = ['users', 'groups', 'C_BPartner', 'dg_objects', 'r2_messages', 'LY_DICTIONARY'];
  const rows = await Promise.all(
    tables.map((t) => env.DB.prepare(`select count(*) as n from "${t}"`).first<{ n: number }>()),
  );
  return rows.map((r) => r?.n);
}

const TARGETS: { name: string; url: (v: string) => string; token: () => string; header?: 'ribbon2' }[] = [
  {
    name: 'iDempiere $filter',
    url: (v) => `/api/v1/models/C_BPartner?$filter=${encodeURIComponent(v)}`,
    token: () => demo,
  },
  {
    name: 'iDempiere $orderby',
    url: (v) => `/api/v1/models/C_BPartner?$orderby=${encodeURIComponent(v)}`,
    token: () => demo,
  },
  {
    name: 'iDempiere $select',
    url: (v) => `/api/v1/models/C_BPartner?$select=${encodeURIComponent(v)}`,
    token: () => demo,
  },
  {
    name: 'iDempiere $expand',
    url: (v) => `/api/v1/models/C_Order?$expand=${encodeURIComponent(v)}`,
    token: () => demo,
  },
  { name: 'iDempiere id', url: (v) => `/api/v1/models/C_BPartner/${encodeURIComponent(v)}`, token: () => demo },
  {
    name: 'iDempiere $context',
    url: (v) => `/api/v1/models/C_BPartner?$valrule=1&$context=${encodeURIComponent(`C_BP_Group_ID:${v}`)}`,
    token: () => admin,
  },
  { name: 'Liberty q', url: (v) => `/api/db/query?query=1&q=${encodeURIComponent(v)}`, token: () => demo },
  { name: 'Liberty params', url: (v) => `/api/db/query?query=2&params=${encodeURIComponent(v)}`, token: () => demo },
  { name: 'DATAGERRY filter', url: (v) => `/rest/objects/?filter=${encodeURIComponent(v)}`, token: () => demo },
  { name: 'DATAGERRY sort', url: (v) => `/rest/objects/?sort=${encodeURIComponent(v)}`, token: () => demo },
  { name: 'DATAGERRY projection', url: (v) => `/rest/objects/?projection=${encodeURIComponent(v)}`, token: () => demo },
  { name: 'DATAGERRY users filter', url: (v) => `/rest/users/?filter=${encodeURIComponent(v)}`, token: () => demo },
  { name: 'DATAGERRY types filter', url: (v) => `/rest/types/?filter=${encodeURIComponent(v)}`, token: () => demo },
  {
    name: 'DATAGERRY categories filter',
    url: (v) => `/rest/categories/?filter=${encodeURIComponent(v)}`,
    token: () => demo,
  },
  { name: 'DATAGERRY groups filter', url: (v) => `/rest/groups/?filter=${encodeURIComponent(v)}`, token: () => admin },
  {
    name: 'Ribbon2 orderBy',
    url: (v) => `/api/message?orderBy=${encodeURIComponent(v)}`,
    token: () => demo,
    header: 'ribbon2',
  },
  { name: 'Ribbon2 path', url: (v) => `/api/directory/${encodeURIComponent(v)}`, token: () => demo, header: 'ribbon2' },
];

describe('injection properties', () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s: no 5xx, no data change, no rows beyond the unfiltered list',
    async (_name, target) => {
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(
          target.name.includes('filter') ||
            target.name.includes('projection') ||
            target.name.includes('q') ||
            target.name.includes('params')
            ? jsonish
            : adversarial,
          async (value) => {
            const headers = target.header === 'ribbon2' ? { 'x-ribbon2-auth': target.token() } : bearer(target.token());
            const res = await call(target.url(value), { headers });
            expect(res.status, `${target.name} ${JSON.stringify(value)}`).toBeLessThan(500);
            const body = (await res.json()) as Record<string, unknown>;
            if (res.status === 200) {
              // Never more than the caller's unfiltered view: row counts bounded by the demo data sizes.
              const count = (body['row-count'] ??
                body.total ??
                body.totalCount ??
                (body.items as unknown[] | undefined)?.length ??
                0) as number;
              expect(count).toBeLessThanOrEqual(60);
            }
          },
        ),
        { numRuns: 25, seed: 20261122 },
      );
      expect(await counts()).toEqual(before);
    },
  );

  it('a filter never reaches rows of a hidden type or a closed directory', async () => {
    for (const filter of [
      '{"type_id":2}',
      '{"$or":[{"type_id":2},{"type_id":1}]}',
      '{"public_id":{"$in":[6]}}',
      '{"fields":{"$elemMatch":{"name":"name"}}}',
      '{"fields.value":"core-switch"}',
    ]) {
      const res = await call(`/rest/objects/?filter=${encodeURIComponent(filter)}&limit=0`, { headers: bearer(demo) });
      const body = (await res.json()) as { results: { type_id: number }[] };
      expect(body.results.every((o) => o.type_id !== 2)).toBe(true);
    }
  });
});
