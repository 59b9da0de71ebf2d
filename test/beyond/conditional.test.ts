import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { objectAs, typeAs, unique, userWith } from '../faces/datagerry/cmdb-helpers';
import { dg } from '../faces/datagerry/helpers';
import { login } from '../faces/idempiere/helpers';
import { r2call, r2Login } from '../faces/ribbon2/helpers';
import { bearer, call, tokenFor } from '../support/worker';

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
    // The declared conditional headers are validated (an overlong tag: 400 in iDempiere's shape, nothing written).
    const long = `W/"${'x'.repeat(2001)}"`;
    const overlong = await send(`/api/v1/models/C_BPartner/${id}`, idAdmin, {
      method: 'PUT',
      body: { Name: 'Too long a tag' },
      headers: { 'if-match': long },
    });
    expect(overlong.status).toBe(400);
    expect(await overlong.json()).toMatchObject({ status: 400 });
    const overlongRead = await send(`/api/v1/models/C_BPartner/${id}`, idAdmin, { headers: { 'if-none-match': long } });
    expect(overlongRead.status).toBe(400);
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

describe('DATAGERRY', () => {
  it('answers ETags on types, objects, categories, users and groups; 304; 412 in its error shape', async () => {
    const admin = await tokenFor('admin');
    const type = await typeAs(admin, { name: unique('etag'), fields: [{ type: 'text', name: 'host' }] });
    const object = await objectAs(admin, type, [{ name: 'host', value: 'a' }]);
    const category = (await dg('/rest/categories/', admin, 'POST', { name: unique('etag') })).body.result_id;
    for (const path of [
      `/rest/types/${type}`,
      `/rest/objects/${object}`,
      `/rest/categories/${category}`,
      '/rest/groups/2',
      '/rest/users/1',
    ]) {
      const first = await send(path, admin);
      const etag = first.headers.get('etag') as string;
      expect(etag, path).toMatch(/^W\/".+\.\d+"$/);
      expect((await send(path, admin, { headers: { 'if-none-match': etag } })).status, path).toBe(304);
    }
    // The native and state views of an object are the same row: the same version.
    const etag = (await send(`/rest/objects/${object}`, admin)).headers.get('etag') as string;
    expect((await send(`/rest/objects/${object}/native`, admin)).headers.get('etag')).toBe(etag);
    const put = (ifMatch: string, host: string) =>
      send(`/rest/objects/${object}`, admin, {
        method: 'PATCH',
        body: { fields: [{ name: 'host', value: host }] },
        headers: { 'if-match': ifMatch },
      });
    const ok = await put(etag, 'b');
    expect(ok.status).toBe(200);
    const before = await audits();
    const stale = await put(etag, 'c');
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ status: 412, response: 'Precondition Failed' });
    expect(
      (await send(`/rest/objects/${object}`, admin, { method: 'DELETE', headers: { 'if-match': etag } })).status,
    ).toBe(412);
    expect(await audits()).toBe(before);
    const current = ok.headers.get('etag') as string;
    expect(
      (
        await send(`/rest/objects/${object}/state`, admin, {
          method: 'PUT',
          body: false,
          headers: { 'if-match': current },
        })
      ).status,
    ).toBe(202);
  });

  it('answers a hidden object 404 whatever its If-Match says (no 412 tells it exists)', async () => {
    const admin = await tokenFor('admin');
    const { token } = await userWith([
      'base.framework.object.view',
      'base.framework.object.edit',
      'base.framework.object.delete',
    ]);
    const hidden = await typeAs(admin, {
      name: unique('etag-hidden'),
      fields: [{ type: 'text', name: 'host' }],
      acl: { activated: true, groups: { includes: { '1': ['READ', 'UPDATE'] } } },
    });
    const object = await objectAs(admin, hidden, [{ name: 'host', value: 'a' }]);
    const body = { fields: [{ name: 'host', value: 'b' }] };
    const guess = { 'if-match': `W/"dg_objects.${object}.1"` };
    const plain = await send(`/rest/objects/${object}`, token, { method: 'PUT', body });
    const conditional = await send(`/rest/objects/${object}`, token, { method: 'PUT', body, headers: guess });
    expect([plain.status, conditional.status]).toEqual([404, 404]);
    expect((await send(`/rest/objects/${object}`, token, { method: 'DELETE', headers: guess })).status).toBe(404);
  });

  it('replays an idempotent create: same key and body, same answer, one object', async () => {
    const admin = await tokenFor('admin');
    const type = await typeAs(admin, { name: unique('idem'), fields: [{ type: 'text', name: 'host' }] });
    const key = crypto.randomUUID();
    const create = () =>
      send('/rest/objects/', admin, {
        method: 'POST',
        body: { type_id: type, fields: [{ name: 'host', value: 'once' }] },
        headers: { 'idempotency-key': key },
      });
    const first = await create();
    const again = await create();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(await first.text());
    const n = await env.DB.prepare('select count(*) as n from dg_objects where type_id = ?')
      .bind(type)
      .first<{ n: number }>();
    expect(n?.n).toBe(1);
  });
});

describe('Ribbon2', () => {
  it('answers ETags on messages, directories, users and groups; 304; 412 in its error shape', async () => {
    const admin = await r2Login('admin', 'admin');
    const directory = `Etag${crypto.randomUUID().slice(0, 8)}`;
    expect((await r2call('/api/directory', admin, 'POST', { fullName: directory })).status).toBe(200);
    const message = (await r2call('/api/message', admin, 'POST', { directories: [directory], header: 'v1' })).body;
    for (const path of [`/api/message/${message.uid}`, `/api/directory/${directory}`, '/api/user/1', '/api/group/1']) {
      const etag = (await send(path, admin)).headers.get('etag') as string;
      expect(etag, path).toMatch(/^W\/".+\.\d+"$/);
      expect((await send(path, admin, { headers: { 'if-none-match': etag } })).status, path).toBe(304);
    }
    const etag = (await send(`/api/message/${message.uid}`, admin)).headers.get('etag') as string;
    const edit = (header: string) =>
      send('/api/message', admin, {
        method: 'PUT',
        body: { uid: message.uid, directories: [directory], header },
        headers: { 'if-match': etag },
      });
    expect((await edit('v2')).status).toBe(200);
    const stale = await edit('v3');
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: 'UNREGISTERED' });
    expect(
      (await send(`/api/message/${message.uid}`, admin, { method: 'DELETE', headers: { 'if-match': etag } })).status,
    ).toBe(412);
    expect(((await r2call(`/api/message/${message.uid}`, admin)).body as { header: string }).header).toBe('v2');
  });

  it('replays an idempotent create: same key and body, same answer, one message', async () => {
    const admin = await r2Login('admin', 'admin');
    const header = unique('idem');
    const key = crypto.randomUUID();
    const create = () =>
      send('/api/message', admin, {
        method: 'POST',
        body: { directories: ['System'], header },
        headers: { 'idempotency-key': key },
      });
    const first = await create();
    expect(first.status).toBe(200);
    const again = await create();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(await first.text());
    const n = await env.DB.prepare('select count(*) as n from r2_messages where header = ?')
      .bind(header)
      .first<{ n: number }>();
    expect(n?.n).toBe(1);
  });
});

describe('one row, one version on every face', () => {
  it('gives a user the same ETag through DATAGERRY, Ribbon2 and AD_User, and moves it on a write from any face', async () => {
    const admin = await tokenFor('admin');
    const created = await dg('/rest/users/', admin, 'POST', {
      user_name: unique('etag'),
      password: 'etag-user-pw',
      group_id: 2,
    });
    const userId = created.body.result_id as number;
    const tags = async () =>
      Promise.all([
        send(`/rest/users/${userId}`, admin),
        send(`/api/user/${userId}`, admin),
        send(`/api/v1/models/AD_User/${userId}`, idAdmin),
      ]).then((all) => all.map((r) => r.headers.get('etag')));
    const [dgTag, r2Tag, idTag] = await tags();
    expect(dgTag).toMatch(/^W\/"users\.\d+\.\d+"$/);
    expect([r2Tag, idTag]).toEqual([dgTag, dgTag]);
    const renamed = await send(`/api/v1/models/AD_User/${userId}`, idAdmin, {
      method: 'PUT',
      body: { Description: 'changed through iDempiere' },
      headers: { 'if-match': dgTag as string },
    });
    expect(renamed.status).toBe(200);
    const after = await tags();
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(dgTag);
    expect(renamed.headers.get('etag')).toBe(after[0]);
    const stale = await send(`/rest/users/${userId}`, admin, {
      method: 'PUT',
      body: { user_name: 'never', group_id: 2 },
      headers: { 'if-match': dgTag as string },
    });
    expect(stale.status).toBe(412);
  });
});

describe('iDempiere and Liberty replays, Liberty keyed rows', () => {
  it('replays an idempotent iDempiere create', async () => {
    const key = crypto.randomUUID();
    const value = unique('IDEM');
    const create = () =>
      send('/api/v1/models/C_BPartner', idAdmin, {
        method: 'POST',
        body: { Name: 'Idem Co', Value: value },
        headers: { 'idempotency-key': key },
      });
    const first = await create();
    expect(first.status).toBe(201);
    const again = await create();
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(await first.text());
    const n = await env.DB.prepare('select count(*) as n from C_BPartner where Value = ?')
      .bind(value)
      .first<{ n: number }>();
    expect(n?.n).toBe(1);
  });

  it('answers a keyed stored row with its ETag, 304, and a conditional stored write (412 in Liberty’s shape)', async () => {
    const admin = await tokenFor('admin');
    await env.DB.batch([
      env.DB.prepare(
        "insert into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE) values (917, 'GET', 'SESSION', 'select APPS_ID, APPS_NAME from LY_APPLICATIONS where APPS_ID = :APPS_ID')",
      ),
      env.DB.prepare(
        "insert into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE) values (917, 'PUT', 'SESSION', 'update LY_APPLICATIONS set APPS_DESCRIPTION = :APPS_DESCRIPTION where APPS_ID = :APPS_ID')",
      ),
      env.DB.prepare(
        "insert into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE) values (917, 'POST', 'SESSION', 'insert into LY_APPLICATIONS (APPS_ID, APPS_NAME) values (:APPS_ID, :APPS_NAME)')",
      ),
    ]);
    const read = (headers: Record<string, string> = {}) =>
      send(`/api/db/query?query=917&params=${encodeURIComponent('{"APPS_ID":2}')}`, admin, { headers });
    const etag = (await read()).headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"LY_APPLICATIONS\.2\.\d+"$/);
    expect((await read({ 'if-none-match': etag })).status).toBe(304);
    const write = (description: string) =>
      send('/api/db/query?query=917', admin, {
        method: 'PUT',
        body: { APPS_ID: 2, APPS_DESCRIPTION: description },
        headers: { 'if-match': etag },
      });
    expect((await write('first')).status).toBe(200);
    const moved = (await read()).headers.get('etag');
    expect(moved).not.toBe(etag);
    // The write is audited under the row, with its images: the records' history shows it.
    const audit = await env.DB.prepare(
      "select before, after from audit_log where table_name = 'LY_APPLICATIONS' and record_id = '2' order by id desc limit 1",
    ).first<{ before: string; after: string }>();
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ APPS_ID: 2, APPS_DESCRIPTION: 'first' });
    const stale = await write('second');
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ status: 'failed' });
    // A replayed stored insert: one row.
    const key = crypto.randomUUID();
    const insert = () =>
      send('/api/db/query?query=917', admin, {
        method: 'POST',
        body: { APPS_ID: 917, APPS_NAME: 'IDEM' },
        headers: { 'idempotency-key': key },
      });
    const first = await insert();
    expect(first.status).toBe(200);
    expect((await insert()).headers.get('idempotent-replayed')).toBe('true');
    const n = await env.DB.prepare('select count(*) as n from LY_APPLICATIONS where APPS_ID = 917').first<{
      n: number;
    }>();
    expect(n?.n).toBe(1);
  });
});
