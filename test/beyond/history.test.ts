import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { objectAs, typeAs, unique, userWith } from '../faces/datagerry/cmdb-helpers';
import { dg } from '../faces/datagerry/helpers';
import { login } from '../faces/idempiere/helpers';
import { bearer, call, tokenFor } from '../support/worker';

/**
 * Issue 17, history and revert: a record's and an object's changes from the audit trail (newest first,
 * paged, no hidden or secret value ever shown), and a revert that is an ordinary, audited, conditional write.
 */
interface Entry {
  id: number;
  at: string;
  user: string | null;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

let idAdmin: string;
let dgAdmin: string;
beforeAll(async () => {
  idAdmin = (await login('admin', 'admin', 102)).token;
  dgAdmin = await tokenFor('admin');
});

const id = (
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  token = idAdmin,
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

describe('iDempiere record history and revert', () => {
  let partner: number;
  beforeAll(async () => {
    const created = await id('/api/v1/models/C_BPartner', {
      method: 'POST',
      body: { Name: 'History Co', Value: 'HIST1' },
    });
    partner = ((await created.json()) as { id: number }).id;
    for (const Name of ['History Co 2', 'History Co 3'])
      expect((await id(`/api/v1/models/C_BPartner/${partner}`, { method: 'PUT', body: { Name } })).status).toBe(200);
  });

  it('lists the changes newest first, paged, with the list figures', async () => {
    const res = await id(`/api/v1/models/C_BPartner/${partner}/history?$top=2`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { 'row-count': number; 'page-count': number; records: Entry[] };
    expect(page['row-count']).toBe(3);
    expect(page['page-count']).toBe(2);
    expect(page.records.map((e) => e.action)).toEqual(['UPDATE', 'UPDATE']);
    expect(page.records[0]).toMatchObject({
      user: 'admin',
      changes: { Name: { before: 'History Co 2', after: 'History Co 3' } },
    });
    expect(page.records[0].id).toBeGreaterThan(page.records[1].id);
    const rest = (await (await id(`/api/v1/models/C_BPartner/${partner}/history?$top=2&$skip=2`)).json()) as {
      records: Entry[];
    };
    expect(rest.records).toHaveLength(1);
    expect(rest.records[0]).toMatchObject({
      action: 'INSERT',
      changes: { Name: { before: null, after: 'History Co' } },
    });
    expect(rest.records[0].changes.IsVendor).toEqual({ before: null, after: false });
  });

  it('never shows a hidden column, even one an old audit image holds', async () => {
    await env.DB.prepare(
      "insert into audit_log (table_name, record_id, action, before, after, user_login) values ('C_BPartner', ?, 'UPDATE', ?, ?, 'tamper')",
    )
      .bind(
        String(partner),
        JSON.stringify({ Name: 'a', api_key: 'old-secret' }),
        JSON.stringify({ Name: 'b', api_key: 'new-secret' }),
      )
      .run();
    const text = await (await id(`/api/v1/models/C_BPartner/${partner}/history?$top=1`)).text();
    expect(text).toContain('"Name"');
    expect(text).not.toContain('secret');
  });

  it('reverts an update as an ordinary write (audited, If-Match, 409 for an insert)', async () => {
    const { records } = (await (await id(`/api/v1/models/C_BPartner/${partner}/history`)).json()) as {
      records: Entry[];
    };
    const rename = records.find(
      (e) => e.action === 'UPDATE' && (e.changes.Name as { after: unknown })?.after === 'History Co 2',
    );
    const insert = records.find((e) => e.action === 'INSERT');
    const stale = (await id(`/api/v1/models/C_BPartner/${partner}`)).headers.get('etag') as string;
    expect(
      (await id(`/api/v1/models/C_BPartner/${partner}`, { method: 'PUT', body: { Description: 'moved on' } })).status,
    ).toBe(200);
    const refused = await id(`/api/v1/models/C_BPartner/${partner}/revert/${rename?.id}`, {
      method: 'POST',
      headers: { 'if-match': stale },
    });
    expect(refused.status).toBe(412);
    const reverted = await id(`/api/v1/models/C_BPartner/${partner}/revert/${rename?.id}`, { method: 'POST' });
    expect(reverted.status).toBe(200);
    // The state before that change: every visible column, later changes included (Description was empty then).
    const row = (await reverted.json()) as Record<string, unknown>;
    expect(row).toMatchObject({ Name: 'History Co' });
    expect(row.Description).toBeUndefined();
    const latest = (await (await id(`/api/v1/models/C_BPartner/${partner}/history?$top=1`)).json()) as {
      records: Entry[];
    };
    expect(latest.records[0]).toMatchObject({
      action: 'UPDATE',
      user: 'admin',
      changes: { Name: { before: 'History Co 3', after: 'History Co' } },
    });
    expect((await id(`/api/v1/models/C_BPartner/${partner}/revert/${rename?.id}`, { method: 'POST' })).status).toBe(
      409,
    );
    const creation = await id(`/api/v1/models/C_BPartner/${partner}/revert/${insert?.id}`, { method: 'POST' });
    expect(creation.status).toBe(409);
    expect(await creation.json()).toMatchObject({ title: 'Conflict', status: 409 });
    // Another record's entry is not this record's history.
    expect((await id(`/api/v1/models/C_BPartner/114/revert/${rename?.id}`, { method: 'POST' })).status).toBe(404);
  });

  it('needs read access to the record like its GET, and the write rights to revert', async () => {
    const demo = (await login('demo', 'demo', 103)).token;
    const history = await id(`/api/v1/models/C_BPartner/${partner}/history`, {}, demo);
    const record = await id(`/api/v1/models/C_BPartner/${partner}`, {}, demo);
    expect(history.status).toBe(record.status);
    const { records } = (await (await id(`/api/v1/models/C_BPartner/${partner}/history`)).json()) as {
      records: Entry[];
    };
    const update = records.find((e) => e.action === 'UPDATE') as Entry;
    expect([403, 404]).toContain(
      (await id(`/api/v1/models/C_BPartner/${partner}/revert/${update.id}`, { method: 'POST' }, demo)).status,
    );
  });
});

describe('DATAGERRY object history and revert', () => {
  const SECRET = 'history-secret-value';
  let type: number;
  let object: number;
  beforeAll(async () => {
    type = await typeAs(dgAdmin, {
      name: unique('hist'),
      fields: [
        { type: 'text', name: 'host', label: 'Host' },
        { type: 'password', name: 'secret', label: 'Secret' },
      ],
    });
    object = await objectAs(dgAdmin, type, [
      { name: 'host', value: 'web-01' },
      { name: 'secret', value: SECRET },
    ]);
    const update = (host: string, secret: string) =>
      dg(`/rest/objects/${object}`, dgAdmin, 'PUT', {
        fields: [
          { name: 'host', value: host },
          { name: 'secret', value: secret },
        ],
      });
    expect((await update('web-02', `${SECRET}-2`)).status).toBe(200);
    expect((await update('web-03', '********')).status).toBe(200);
  });

  it('lists the changes in the list envelope, passwords masked, never a ciphertext or a clear secret', async () => {
    const res = await dg(`/rest/objects/${object}/history?limit=2`, dgAdmin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 3, count: 2, model: 'ObjectHistory', pager: { page: 1, total_pages: 2 } });
    const [last, middle] = res.body.results as Entry[];
    expect(last.changes).toMatchObject({ 'fields.host': { before: 'web-02', after: 'web-03' } });
    expect(last.changes['fields.secret']).toBeUndefined();
    expect(middle.changes['fields.secret']).toBeUndefined();
    expect(middle.changes).toMatchObject({
      'fields.host': { before: 'web-01', after: 'web-02' },
      version: { before: '1.0.0' },
    });
    const all = JSON.stringify((await dg(`/rest/objects/${object}/history?limit=0`, dgAdmin)).body);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('ENC:');
    expect(all).toContain('"fields.secret":{"before":null,"after":"********"}');
  });

  it('answers 404 to a caller who cannot read the object (type ACL), like its GET', async () => {
    const { token } = await userWith(['base.framework.object.view']);
    const hidden = await typeAs(dgAdmin, {
      name: unique('hidden'),
      fields: [{ type: 'text', name: 'host' }],
      acl: { activated: true, groups: { includes: { '1': ['READ', 'UPDATE'] } } },
    });
    const secretObject = await objectAs(dgAdmin, hidden, [{ name: 'host', value: 'x' }]);
    expect((await dg(`/rest/objects/${secretObject}/history`, token)).status).toBe(404);
    expect((await dg(`/rest/objects/${secretObject}`, token)).status).toBe(404);
  });

  it('reverts to the values before a change: an audited update that keeps the stored password', async () => {
    const { results } = (await dg(`/rest/objects/${object}/history?limit=0`, dgAdmin)).body as { results: Entry[] };
    const first = results.find(
      (e) => (e.changes['fields.host'] as { after: unknown } | undefined)?.after === 'web-02',
    ) as Entry;
    const stored = async () =>
      (
        await env.DB.prepare('select fields from dg_objects where public_id = ?')
          .bind(object)
          .first<{ fields: string }>()
      )?.fields;
    const secretBefore = JSON.parse((await stored()) ?? '[]').find((f: { name: string }) => f.name === 'secret').value;
    const res = await dg(`/rest/objects/${object}/revert/${first.id}`, dgAdmin, 'POST');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ response_type: 'UPDATE', result: { version: '2.0.2' } });
    expect(res.body.result.fields).toEqual([
      { name: 'host', value: 'web-01' },
      { name: 'secret', value: '********' },
    ]);
    expect(JSON.parse((await stored()) ?? '[]').find((f: { name: string }) => f.name === 'secret').value).toBe(
      secretBefore,
    );
    const latest = (await dg(`/rest/objects/${object}/history?limit=1`, dgAdmin)).body.results[0] as Entry;
    expect(latest).toMatchObject({
      action: 'UPDATE',
      changes: { 'fields.host': { before: 'web-03', after: 'web-01' } },
    });
    const creation = results.find((e) => e.action === 'INSERT') as Entry;
    const refused = await dg(`/rest/objects/${object}/revert/${creation.id}`, dgAdmin, 'POST');
    expect(refused).toMatchObject({ status: 409, body: { status: 409, response: 'Conflict' } });
  });

  it('never writes back a value into a field that is a password now; old images lose their clear values', async () => {
    const name = unique('became');
    const fields = (pin: 'text' | 'password') => [
      { type: 'text', name: 'host', label: 'Host' },
      { type: pin, name: 'pin', label: 'PIN' },
    ];
    const became = await typeAs(dgAdmin, { name, fields: fields('text') });
    const item = await objectAs(dgAdmin, became, [
      { name: 'host', value: 'h1' },
      { name: 'pin', value: 'clear-pin-1' },
    ]);
    const put = await dg(`/rest/objects/${item}`, dgAdmin, 'PUT', {
      fields: [
        { name: 'host', value: 'h2' },
        { name: 'pin', value: 'clear-pin-2' },
      ],
    });
    expect(put.status).toBe(200);
    const images = async () =>
      JSON.stringify(
        (
          await env.DB.prepare("select before, after from audit_log where table_name = 'dg_objects' and record_id = ?")
            .bind(String(item))
            .all()
        ).results,
      );
    expect(await images()).toContain('clear-pin-1');
    // The field becomes a password: stored values are encrypted, and every audit image is masked.
    expect((await dg(`/rest/types/${became}`, dgAdmin, 'PUT', { name, fields: fields('password') })).status).toBe(202);
    expect(await images()).not.toMatch(/clear-pin-[12]/);
    const stored = async () =>
      JSON.parse(
        (
          await env.DB.prepare('select fields from dg_objects where public_id = ?')
            .bind(item)
            .first<{ fields: string }>()
        )?.fields ?? '[]',
      ) as { name: string; value: unknown }[];
    const cipher = (await stored()).find((f) => f.name === 'pin')?.value;
    expect(String(cipher)).toMatch(/^ENC:/);
    // Reverting the change of host and pin restores the host; the pin keeps its stored value.
    const { results } = (await dg(`/rest/objects/${item}/history?limit=0`, dgAdmin)).body as { results: Entry[] };
    const change = results.find((e) => e.action === 'UPDATE' && e.changes['fields.host']) as Entry;
    const reverted = await dg(`/rest/objects/${item}/revert/${change.id}`, dgAdmin, 'POST');
    expect(reverted.status).toBe(200);
    expect(await stored()).toEqual([
      { name: 'host', value: 'h1' },
      { name: 'pin', value: cipher },
    ]);
    expect(await images()).not.toMatch(/clear-pin-[12]/);
  });

  it('needs object.activation for every change of the activation: PUT, PATCH, insert and revert', async () => {
    const { token } = await userWith([
      'base.framework.object.view',
      'base.framework.object.edit',
      'base.framework.object.add',
    ]);
    const fields = [{ name: 'host', value: 'act-1' }];
    const item = await objectAs(dgAdmin, type, fields);
    const active = async () =>
      (await env.DB.prepare('select active from dg_objects where public_id = ?').bind(item).first<{ active: number }>())
        ?.active;
    for (const method of ['PUT', 'PATCH'] as const)
      expect((await dg(`/rest/objects/${item}`, token, method, { active: false, fields })).status, method).toBe(403);
    expect((await dg('/rest/objects/', token, 'POST', { type_id: type, active: false, fields })).status).toBe(403);
    expect(await active()).toBe(1);
    // Editing the fields alone (activation unchanged) is theirs to do.
    expect((await dg(`/rest/objects/${item}`, token, 'PUT', { active: true, fields })).status).toBe(200);
    // An administrator deactivates; reverting that change would activate it again: refused too.
    expect((await dg(`/rest/objects/${item}/state`, dgAdmin, 'PUT', false)).status).toBe(202);
    const { results } = (await dg(`/rest/objects/${item}/history?limit=1`, dgAdmin)).body as { results: Entry[] };
    expect(results[0].changes.active).toEqual({ before: true, after: false });
    expect((await dg(`/rest/objects/${item}/revert/${results[0].id}`, token, 'POST')).status).toBe(403);
    expect(await active()).toBe(0);
  });
});
