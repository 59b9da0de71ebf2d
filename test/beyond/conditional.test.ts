import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { login } from '../faces/idempiere/helpers';
import { bearer, call } from '../support/worker';

/**
 * Issue 17, conditional requests and idempotent retries on every face: ETag on single-resource GETs
 * (one version per row, whichever face shows it), 304 for If-None-Match, 412 in the face's error shape
 * for a stale If-Match with nothing written, and a replayed create per face.
 */
let idAdmin: string;
beforeAll(async () => {
  idAdmin = (await login('admin', 'admin', 102)).token;
});

const send = (
  path: string,
  token: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) =>
  call(path, {
    method: init.method ?? 'GET',
    headers: {
      ...bearer(token),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const audits = async () => (await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>())?.n;

describe('iDempiere records', () => {
  it('answers an ETag, 304 for the current one, 412 (iDempiere error) for a stale If-Match', async () => {
    const created = await send('/api/v1/models/C_BPartner', idAdmin, {
      method: 'POST',
      body: { Name: 'Etag Co', Value: 'ETAG1' },
    });
    expect(created.status).toBe(201);
    const { id, uid } = (await created.json()) as { id: number; uid: string };
    const first = await send(`/api/v1/models/C_BPartner/${id}`, idAdmin);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"C_BPartner\.\d+\.\d+"$/);
    // By UUID: the same row, the same version.
    expect((await send(`/api/v1/models/C_BPartner/${uid}`, idAdmin)).headers.get('etag')).toBe(etag);
    const again = await send(`/api/v1/models/C_BPartner/${id}`, idAdmin, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await send(`/api/v1/models/C_BPartner/${id}`, idAdmin, {
      method: 'PUT',
      body: { Name: 'Etag Co 2' },
      headers: { 'if-match': etag },
    });
    expect(changed.status).toBe(200);
    const newTag = changed.headers.get('etag');
    expect(newTag).not.toBe(etag);
    expect((await send(`/api/v1/models/C_BPartner/${id}`, idAdmin)).headers.get('etag')).toBe(newTag);
    const before = await audits();
    const stale = await send(`/api/v1/models/C_BPartner/${uid}`, idAdmin, {
      method: 'PUT',
      body: { Name: 'Lost update' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ title: 'Precondition failed', status: 412 });
    const gone = await send(`/api/v1/models/C_BPartner/${id}`, idAdmin, {
      method: 'DELETE',
      headers: { 'if-match': etag },
    });
    expect(gone.status).toBe(412);
    expect(await audits()).toBe(before);
    expect(((await (await send(`/api/v1/models/C_BPartner/${id}`, idAdmin)).json()) as { Name: string }).Name).toBe(
      'Etag Co 2',
    );
  });

  it('lets exactly one of two clients racing with the same If-Match win', async () => {
    const { id } = (await (
      await send('/api/v1/models/C_BPartner', idAdmin, { method: 'POST', body: { Name: 'Race Co', Value: 'RACE1' } })
    ).json()) as { id: number };
    const etag = (await send(`/api/v1/models/C_BPartner/${id}`, idAdmin)).headers.get('etag') as string;
    const racers = ['Racer A', 'Racer B', 'Racer C'];
    const results = await Promise.all(
      racers.map((Name) =>
        send(`/api/v1/models/C_BPartner/${id}`, idAdmin, {
          method: 'PUT',
          body: { Name },
          headers: { 'if-match': etag },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    const winner = racers[results.findIndex((r) => r.status === 200)];
    const row = (await (await send(`/api/v1/models/C_BPartner/${id}`, idAdmin)).json()) as { Name: string };
    expect(row.Name).toBe(winner);
    const updates = await env.DB.prepare(
      "select count(*) as n from audit_log where table_name = 'C_BPartner' and record_id = ? and action = 'UPDATE'",
    )
      .bind(String(id))
      .first<{ n: number }>();
    expect(updates?.n).toBe(1);
  });
});
