import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  boundParamCount,
  compileFilter,
  parseMongoFilter,
  parseODataFilter,
  tableResolver,
} from '../../src/core/filter';
import { getPoolSchema, requireTable } from '../../src/core/records/registry';
import { DataAccess } from '../../src/db/data-access';
import { failingKv } from '../support/faults';
import { captureErrorLog } from '../support/logs';
import { probe } from '../support/probe';
import { bearer, call, tokenFor } from '../support/worker';

let admin: string;

beforeAll(async () => {
  admin = await tokenFor('admin');
});

describe('bounds', () => {
  it('caps every list', async () => {
    const idempiere = (await (
      await call('/api/v1/models/C_BPartner?$top=100000', { headers: bearer(admin) })
    ).json()) as { 'records-size': number };
    expect(idempiere['records-size']).toBeLessThanOrEqual(100);
    const dg = (await (await call('/rest/objects/?limit=0', { headers: bearer(admin) })).json()) as {
      pager: { page_size: number };
    };
    expect(dg.pager.page_size).toBe(1000);
    expect((await call('/rest/objects/?limit=100000', { headers: bearer(admin) })).status).toBe(200);
    // Ribbon2 never refuses a page size (as the original) and caps it at 2000 (Spring Data's maximum).
    const messages = await call('/api/message?size=100000', { headers: { 'x-ribbon2-auth': admin } });
    expect(messages.status).toBe(200);
    expect(((await messages.json()) as { content: unknown[] }).content.length).toBeLessThanOrEqual(2000);
    expect((await call('/api/db/query?query=1&limit=100000', { headers: bearer(admin) })).status).toBe(422);
  });

  it('answers 413 to a body over MAX_BODY_BYTES on every face', async () => {
    const big = JSON.stringify({ x: 'a'.repeat(Number(env.MAX_BODY_BYTES) + 10) });
    for (const [path, headers] of [
      ['/api/v1/models/C_BPartner', bearer(admin)],
      ['/rest/objects/', bearer(admin)],
      ['/api/message', { 'x-ribbon2-auth': admin }],
      ['/api/db/query?query=1', bearer(admin)],
    ] as const) {
      const res = await call(path, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: big,
      });
      expect(res.status, path).toBe(413);
    }
  });

  it('caps filter nesting and length', async () => {
    const deep = `${'('.repeat(40)}Name eq 'x'${')'.repeat(40)}`;
    expect(
      (await call(`/api/v1/models/C_BPartner?$filter=${encodeURIComponent(deep)}`, { headers: bearer(admin) })).status,
    ).toBe(400);
    let nested: unknown = { public_id: 1 };
    for (let i = 0; i < 30; i++) nested = { $and: [nested] };
    expect(
      (await call(`/rest/objects/?filter=${encodeURIComponent(JSON.stringify(nested))}`, { headers: bearer(admin) }))
        .status,
    ).toBe(400);
    const long = Array.from({ length: 400 }, (_, i) => `Name eq 'n${i}'`).join(' or ');
    expect(
      (await call(`/api/v1/models/C_BPartner?$filter=${encodeURIComponent(long)}`, { headers: bearer(admin) })).status,
    ).toBe(400);
  });

  it("refuses lists over D1's 100 bound parameters cleanly and counts the largest statements", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => i);
    const res = await call(`/rest/objects/?filter=${encodeURIComponent(JSON.stringify({ public_id: { $in: ids } }))}`, {
      headers: bearer(admin),
    });
    expect(res.status).toBe(400);
    const table = requireTable(await getPoolSchema(new DataAccess(env), 'default'), 'C_BPartner');
    const allowed = parseODataFilter(Array.from({ length: 40 }, (_, i) => `C_BPartner_ID eq ${i}`).join(' or '));
    expect(boundParamCount(compileFilter(allowed, tableResolver(table)) as never)).toBeLessThanOrEqual(80);
    expect(() =>
      compileFilter(parseMongoFilter({ public_id: { $in: ids.slice(0, 85) } }), tableResolver(table)),
    ).toThrow();
  });
});

describe('KV faults', () => {
  const errorLog = captureErrorLog();

  it('a failing KV never fails a request whose data lives in D1', async () => {
    const headers = { 'x-ribbon2-auth': admin, 'content-type': 'application/json' };
    // A message in a directory with an export scheme (the outbox is KV): the D1 write still succeeds.
    await call('/api/io/scheme', {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: 'export:plain', scheme: 'kvfail', config: { format: 'json', charset: 'utf-8' } }),
    });
    await call('/api/io/export/scheme/plain/kvfail/assign/System', { method: 'POST', headers });
    const res = await probe(
      '/api/message',
      { method: 'POST', headers, body: JSON.stringify({ directories: ['System'], header: 'KV down' }) },
      { CACHE: failingKv(env.CACHE) },
    );
    expect(res.status).toBe(200);
    const models = await probe(
      '/api/v1/models/C_BPartner?$top=1',
      { headers: bearer(admin) },
      { CACHE: failingKv(env.CACHE) },
    );
    expect(models.status).toBe(200);
  });

  it('a request whose data lives in KV answers 503 when KV fails, without internals', async () => {
    const res = await probe('/api/logs', { headers: bearer(admin) }, { CACHE: failingKv(env.CACHE) });
    expect(res.status).toBe(503);
    expect(await res.text()).not.toMatch(/KV GET failed/);
    expect(errorLog.lines.some((line) => line.includes('KV unavailable') && line.includes('KV GET failed'))).toBe(true);
  });
});
