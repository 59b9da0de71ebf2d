import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { decrypt, isEncrypted } from '../../../src/core/ops/encryption';
import { count, expectSameAnswer, objectAs, typeAs, unique } from './cmdb-helpers';
import { adminToken, demoToken, dg } from './helpers';

/**
 * DATAGERRY `password` fields (issue 14 item 5): encrypted at rest, never in clear in audit_log, `********`
 * on every read path, `********` on update keeps the value, and never a filter, sort or projection key.
 */
const SECRET = 'Tr0ub4dor-and-3-horses';
const MASK = '********';
let admin: string;
let demo: string;
let vault: number;
let first: number;
let second: number;

const stored = async (id: number, name: string) => {
  const row = await env.DB.prepare('select fields from dg_objects where public_id = ?')
    .bind(id)
    .first<{ fields: string }>();
  return (JSON.parse(row?.fields ?? '[]') as { name: string; value: unknown }[]).find((f) => f.name === name)?.value;
};
const value = (fields: { name: string; value: unknown }[], name: string) => fields.find((f) => f.name === name)?.value;
const filter = (f: unknown) => `/rest/objects/?filter=${encodeURIComponent(JSON.stringify(f))}`;

beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
  vault = await typeAs(admin, {
    name: unique('vault'),
    fields: [
      { type: 'text', name: 'host', label: 'Host', required: true },
      { type: 'password', name: 'secret', label: 'Secret' },
      { type: 'ref', name: 'parent', label: 'Parent' },
    ],
    render_meta: {
      sections: [{ type: 'section', name: 'main', fields: ['host', 'secret', 'parent'] }],
      summary: { fields: ['host', 'secret'] },
      externals: [{ name: 'login', href: 'https://example.org/{host}?p={secret}', fields: ['host', 'secret'] }],
    },
  });
  first = await objectAs(admin, vault, [
    { name: 'host', value: 'db-primary' },
    { name: 'secret', value: SECRET },
  ]);
  second = await objectAs(admin, vault, [
    { name: 'host', value: 'db-replica' },
    { name: 'secret', value: `${SECRET}-2` },
    { name: 'parent', value: first },
  ]);
});

describe('DATAGERRY password fields at rest', () => {
  it('stores the value encrypted in dg_objects, never in clear in dg_objects or audit_log', async () => {
    const sealed = await stored(first, 'secret');
    expect(typeof sealed).toBe('string');
    expect(isEncrypted(sealed as string)).toBe(true);
    expect(await decrypt(sealed as string, env.ENCRYPTION_KEY)).toBe(SECRET);
    expect(await count("select count(*) as n from dg_objects where fields like '%' || ? || '%'", SECRET)).toBe(0);
    const audits = await count(
      "select count(*) as n from audit_log where table_name = 'dg_objects' and record_id in (?, ?)",
      String(first),
      String(second),
    );
    expect(audits).toBe(2);
    expect(
      await count(
        "select count(*) as n from audit_log where coalesce(before, '') like '%' || ? || '%' or coalesce(after, '') like '%' || ? || '%'",
        SECRET,
        SECRET,
      ),
    ).toBe(0);
  });
});

describe('DATAGERRY password fields on every read path', () => {
  it('shows ******** to everyone: native, render, lists, projection, references', async () => {
    const answers: unknown[] = [];
    const get = async (path: string, token = admin) => {
      const res = await dg(path, token);
      expect(res.status, path).toBe(200);
      answers.push(res.body);
      return res.body;
    };
    for (const token of [admin, demo]) {
      expect(value((await get(`/rest/objects/${first}/native`, token)).fields, 'secret')).toBe(MASK);
      const rendered = await get(`/rest/objects/${first}`, token);
      expect(value(rendered.fields, 'secret')).toBe(MASK);
      expect(value(rendered.summaries, 'secret')).toBe(MASK);
      expect(rendered.summary_line).toBe(`db-primary | ${MASK}`);
      expect(rendered.externals[0].href).toBe('https://example.org/db-primary?p=');
      const list = await get(filter({ type_id: vault }), token);
      expect(list.results.map((o: { fields: never[] }) => value(o.fields, 'secret'))).toEqual([MASK, MASK]);
      const renderList = await get(`${filter({ type_id: vault })}&view=render`, token);
      expect(renderList.results.map((o: { fields: never[] }) => value(o.fields, 'secret'))).toEqual([MASK, MASK]);
      const projected = await get(
        `${filter({ type_id: vault })}&projection=${encodeURIComponent('{"fields":1,"public_id":1}')}`,
        token,
      );
      expect(projected.results[0]).toEqual({
        public_id: first,
        fields: [
          { name: 'host', value: 'db-primary' },
          { name: 'secret', value: MASK },
        ],
      });
      const refs = await get(`/rest/objects/${first}/references`, token);
      expect(
        refs.results.map((o: { public_id: number; fields: never[] }) => [o.public_id, value(o.fields, 'secret')]),
      ).toEqual([[second, MASK]]);
    }
    expect(JSON.stringify(answers)).not.toContain(SECRET);
  });

  it('masks write answers: insert, update and (bulk) delete', async () => {
    const answers: unknown[] = [];
    const created = await dg('/rest/objects/', admin, 'POST', {
      type_id: vault,
      fields: [
        { name: 'host', value: 'tmp-1' },
        { name: 'secret', value: SECRET },
      ],
    });
    answers.push(created.body);
    // The insert answers the new id (DATAGERRY's own answer): nothing of the secret.
    expect(created.body).toEqual(expect.any(Number));
    const other = await objectAs(admin, vault, [
      { name: 'host', value: 'tmp-2' },
      { name: 'secret', value: SECRET },
    ]);
    const updated = await dg(`/rest/objects/${created.body}`, admin, 'PUT', {
      fields: [
        { name: 'host', value: 'tmp-1b' },
        { name: 'secret', value: SECRET },
      ],
    });
    answers.push(updated.body);
    expect(value(updated.body.result.fields, 'secret')).toBe(MASK);
    expect(value(updated.body.results[0].fields, 'secret')).toBe(MASK);
    const removed = await dg(`/rest/objects/${created.body},${other}`, admin, 'DELETE');
    answers.push(removed.body);
    expect(removed.status).toBe(200);
    expect(removed.body.deleted_entry.map((o: { fields: never[] }) => value(o.fields, 'secret'))).toEqual([MASK, MASK]);
    const single = await objectAs(admin, vault, [
      { name: 'host', value: 'tmp-3' },
      { name: 'secret', value: SECRET },
    ]);
    const one = await dg(`/rest/objects/${single}`, admin, 'DELETE');
    answers.push(one.body);
    expect(value(one.body.deleted_entry.fields, 'secret')).toBe(MASK);
    expect(JSON.stringify(answers)).not.toContain(SECRET);
    expect(
      await count(
        "select count(*) as n from audit_log where coalesce(before, '') like '%' || ? || '%' or coalesce(after, '') like '%' || ? || '%'",
        SECRET,
        SECRET,
      ),
    ).toBe(0);
  });

  it('lists and cleans unclean objects masked, carrying the ciphertext over', async () => {
    const type = await typeAs(admin, {
      name: unique('vault-clean'),
      fields: [
        { type: 'text', name: 'host' },
        { type: 'password', name: 'secret' },
      ],
    });
    const id = await objectAs(admin, type, [
      { name: 'host', value: 'h' },
      { name: 'secret', value: SECRET },
    ]);
    const sealed = await stored(id, 'secret');
    const grown = await dg(`/rest/types/${type}`, admin, 'PUT', {
      name: (await dg(`/rest/types/${type}`, admin)).body.result.name,
      fields: [
        { type: 'text', name: 'host' },
        { type: 'password', name: 'secret' },
        { type: 'text', name: 'added' },
      ],
    });
    expect(grown.status).toBe(202);
    const unclean = await dg(`/rest/objects/clean/${type}`, admin);
    expect(value(unclean.body.results[0].fields, 'secret')).toBe(MASK);
    const cleaned = await dg(`/rest/objects/clean/${type}`, admin, 'PUT');
    expect(cleaned.status).toBe(202);
    expect(value(cleaned.body.result[0].fields, 'secret')).toBe(MASK);
    expect(await stored(id, 'secret')).toBe(sealed);
    expect(JSON.stringify([unclean.body, cleaned.body])).not.toContain(SECRET);
  });
});

describe('DATAGERRY password fields on update', () => {
  it('keeps the stored value when ******** is sent back, replaces it otherwise', async () => {
    const id = await objectAs(admin, vault, [
      { name: 'host', value: 'keep-1' },
      { name: 'secret', value: SECRET },
    ]);
    const sealed = await stored(id, 'secret');
    const native = (await dg(`/rest/objects/${id}/native`, admin)).body;
    const kept = await dg(`/rest/objects/${id}`, admin, 'PUT', { fields: native.fields });
    expect(kept.status).toBe(200);
    expect(kept.body.result.version).toBe('1.0.1');
    expect(await stored(id, 'secret')).toBe(sealed);
    // The same clear value again is no change either; a new one is encrypted anew.
    await dg(`/rest/objects/${id}`, admin, 'PUT', {
      fields: [
        { name: 'host', value: 'keep-1' },
        { name: 'secret', value: SECRET },
      ],
    });
    expect(await stored(id, 'secret')).toBe(sealed);
    await dg(`/rest/objects/${id}`, admin, 'PUT', {
      fields: [
        { name: 'host', value: 'keep-1' },
        { name: 'secret', value: 'new-value' },
      ],
    });
    const resealed = await stored(id, 'secret');
    expect(resealed).not.toBe(sealed);
    expect(await decrypt(resealed as string, env.ENCRYPTION_KEY)).toBe('new-value');
  });

  it('encrypts values of a field that becomes a password, drops them when it stops being one', async () => {
    const name = unique('pins');
    const type = await typeAs(admin, { name, fields: [{ type: 'text', name: 'pin' }] });
    const id = await objectAs(admin, type, [{ name: 'pin', value: '4711-0815' }]);
    expect(
      (await dg(`/rest/types/${type}`, admin, 'PUT', { name, fields: [{ type: 'password', name: 'pin' }] })).status,
    ).toBe(202);
    const sealed = await stored(id, 'pin');
    expect(isEncrypted(sealed as string)).toBe(true);
    expect(await decrypt(sealed as string, env.ENCRYPTION_KEY)).toBe('4711-0815');
    expect(value((await dg(`/rest/objects/${id}/native`, admin)).body.fields, 'pin')).toBe(MASK);
    expect(
      (await dg(`/rest/types/${type}`, admin, 'PUT', { name, fields: [{ type: 'text', name: 'pin' }] })).status,
    ).toBe(202);
    expect(await stored(id, 'pin')).toBeNull();
    expect(value((await dg(`/rest/objects/${id}/native`, admin)).body.fields, 'pin')).toBeNull();
  });
});

describe('DATAGERRY password fields are no filter, sort or projection key', () => {
  it('answers them exactly like an unknown field', async () => {
    const filters: [unknown, unknown][] = [
      [{ 'fields.secret': { $regex: '^T' } }, { 'fields.nosuch': { $regex: '^T' } }],
      [{ 'fields.secret': SECRET }, { 'fields.nosuch': SECRET }],
      [{ 'fields.secret': { $exists: true } }, { 'fields.nosuch': { $exists: true } }],
      [
        { $or: [{ type_id: vault }, { 'fields.secret': { $gt: 'A' } }] },
        { $or: [{ type_id: vault }, { 'fields.nosuch': { $gt: 'A' } }] },
      ],
      [{ $nor: [{ 'fields.secret': { $in: ['a', 'b'] } }] }, { $nor: [{ 'fields.nosuch': { $in: ['a', 'b'] } }] }],
    ];
    for (const token of [admin, demo])
      for (const [secret, unknown] of filters) {
        const a = await dg(filter(secret), token);
        const b = await dg(filter(unknown), token);
        expect(a.status, JSON.stringify(secret)).toBe(400);
        expectSameAnswer(a, 'fields.secret', b, 'fields.nosuch');
      }
    const sortA = await dg('/rest/objects/?sort=fields.secret', admin);
    const sortB = await dg('/rest/objects/?sort=fields.nosuch', admin);
    expect(sortA.status).toBe(400);
    expectSameAnswer(sortA, 'fields.secret', sortB, 'fields.nosuch');
    const projA = await dg(`/rest/objects/?projection=${encodeURIComponent('{"fields.secret":1}')}`, admin);
    const projB = await dg(`/rest/objects/?projection=${encodeURIComponent('{"fields.nosuch":1}')}`, admin);
    expect(projA.status).toBe(400);
    expectSameAnswer(projA, 'fields.secret', projB, 'fields.nosuch');
    // Other fields of the same type still filter.
    const byHost = await dg(filter({ 'fields.host': 'db-primary' }), admin);
    expect(byHost.body.results.map((o: { public_id: number }) => o.public_id)).toEqual([first]);
  });
});
