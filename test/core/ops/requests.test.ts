import { env } from 'cloudflare:test';
import { createRoute, z } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { createGroup, findGroupById, updateGroup } from '../../../src/core/identity/groups';
import { holdsSecret } from '../../../src/core/ops/idempotency';
import { actorOf, authenticate } from '../../../src/middleware/auth';
import { conditionalRead, conditionalWrite, etagAfterWrite } from '../../../src/middleware/conditional';
import { createRouter } from '../../../src/middleware/router';
import { SYSTEM } from '../../support/actors';
import { captureErrorLog } from '../../support/logs';
import { bearer, call, orm, tokenFor } from '../../support/worker';

/**
 * The request-level machinery of issue 17, on probe routes over a real core write (a group's label, audited
 * as `groups`): ETag / If-None-Match / If-Match with the guard inside the write's batch, and
 * Idempotency-Key on POST (every route built by createRouter gets it).
 */
const app = createApp();
const probes = createRouter();
const key = (id: string) => ({ table: 'groups', recordId: id });
app.get('/probe/group/:id', authenticate(), async (c) => {
  const id = c.req.param('id');
  const notModified = await conditionalRead(c, key(id));
  if (notModified) return notModified;
  return c.json(await findGroupById(c.var.data.orm(), Number(id)));
});
app.put('/probe/group/:id', authenticate(), async (c) => {
  const id = c.req.param('id');
  await conditionalWrite(c, key(id));
  const label = ((await c.req.json()) as { label: string }).label;
  const group = await updateGroup(c.var.data.orm(), Number(id), { label }, actorOf(c));
  await etagAfterWrite(c, key(id));
  return c.json(group);
});
let written = 0;
probes.openapi(
  createRoute({
    method: 'post',
    path: '/probe/crash-after-write',
    middleware: [authenticate()],
    request: { body: { content: { 'application/json': { schema: z.object({ name: z.string() }) } } } },
    responses: { 200: { description: 'never' } },
  }),
  async (c) => {
    await createGroup(c.var.data.orm(), { name: c.req.valid('json').name }, actorOf(c));
    written += 1;
    throw new Error('lost after the write');
  },
);
/** A POST that holds its write until the test releases it: a retry arrives while it runs. */
let release: () => void = () => {};
probes.openapi(
  createRoute({
    method: 'post',
    path: '/probe/slow',
    middleware: [authenticate()],
    request: { body: { content: { 'application/json': { schema: z.object({ name: z.string() }) } } } },
    responses: { 200: { description: 'the group' } },
  }),
  async (c) => {
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return c.json(await createGroup(c.var.data.orm(), { name: c.req.valid('json').name }, actorOf(c)), 200);
  },
);
app.route('/', probes);

const probe = (path: string, init: RequestInit = {}) =>
  Promise.resolve(app.fetch(new Request(new URL(path, 'http://atrium.test'), init), env));

let admin: string;
let groupId: number;
beforeAll(async () => {
  admin = await tokenFor('admin');
  groupId = (await createGroup(orm(), { name: `etag-${crypto.randomUUID().slice(0, 6)}` }, SYSTEM)).id;
});

const put = (label: string, ifMatch?: string) =>
  probe(`/probe/group/${groupId}`, {
    method: 'PUT',
    headers: { ...bearer(admin), 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    body: JSON.stringify({ label }),
  });

describe('conditional requests', () => {
  it('answers an ETag, and 304 with no body for If-None-Match of the current version', async () => {
    const first = await probe(`/probe/group/${groupId}`, { headers: bearer(admin) });
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"groups\.\d+\.\d+"$/);
    const again = await probe(`/probe/group/${groupId}`, { headers: { ...bearer(admin), 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await put('changed')).status).toBe(200);
    expect(
      (await probe(`/probe/group/${groupId}`, { headers: { ...bearer(admin), 'if-none-match': etag } })).status,
    ).toBe(200);
  });

  it('refuses a stale If-Match with 412 and writes nothing; a current one writes and moves the ETag', async () => {
    const etag = (await probe(`/probe/group/${groupId}`, { headers: bearer(admin) })).headers.get('etag') as string;
    const ok = await put('v2', etag);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).not.toBe(etag);
    const audits = await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>();
    const stale = await put('v3', etag);
    expect(stale.status).toBe(412);
    expect(await env.DB.prepare('select count(*) as n from audit_log').first()).toEqual(audits);
    expect((await findGroupById(orm(), groupId))?.label).toBe('v2');
  });

  it('lets exactly one of two clients racing with the same If-Match win', async () => {
    const etag = (await probe(`/probe/group/${groupId}`, { headers: bearer(admin) })).headers.get('etag') as string;
    const results = await Promise.all([put('racer-a', etag), put('racer-b', etag), put('racer-c', etag)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412]);
    const winner = ['racer-a', 'racer-b', 'racer-c'][results.findIndex((r) => r.status === 200)];
    expect((await findGroupById(orm(), groupId))?.label).toBe(winner);
  });
});

describe('idempotent retries', () => {
  captureErrorLog();
  const post = (name: string, idempotencyKey: string) =>
    call('/api/group', {
      method: 'POST',
      headers: { ...bearer(admin), 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify({ name, description: 'retry' }),
    });
  const groupsNamed = async (name: string) =>
    (await env.DB.prepare('select count(*) as n from groups where name = ?').bind(name).first<{ n: number }>())?.n;

  it('replays the first answer for the same key and body, creating nothing more', async () => {
    const name = `idem-${crypto.randomUUID().slice(0, 6)}`;
    const idem = crypto.randomUUID();
    const first = await post(name, idem);
    expect(first.status).toBe(200);
    const body = await first.text();
    const again = await post(name, idem);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(body);
    expect(await groupsNamed(name)).toBe(1);
  });

  it('refuses the same key with another body (422) and a retry while the first runs (409)', async () => {
    const idem = crypto.randomUUID();
    const name = `idem-${crypto.randomUUID().slice(0, 6)}`;
    const slow = (body: string) =>
      probe('/probe/slow', {
        method: 'POST',
        headers: { ...bearer(admin), 'content-type': 'application/json', 'idempotency-key': idem },
        body,
      });
    const first = slow(JSON.stringify({ name }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await slow(JSON.stringify({ name }))).status).toBe(409);
    expect((await slow(JSON.stringify({ name: `${name}-x` }))).status).toBe(422);
    release();
    expect((await first).status).toBe(200);
    expect(await groupsNamed(name)).toBe(1);
    expect(await groupsNamed(`${name}-x`)).toBe(0);
  });

  it('marks the key in the write’s own batch: a request lost after its write is never run twice', async () => {
    const idem = crypto.randomUUID();
    const name = `lost-${crypto.randomUUID().slice(0, 6)}`;
    const send = () =>
      probe('/probe/crash-after-write', {
        method: 'POST',
        headers: { ...bearer(admin), 'content-type': 'application/json', 'idempotency-key': idem },
        body: JSON.stringify({ name }),
      });
    const before = written;
    expect((await send()).status).toBe(500);
    expect((await send()).status).toBe(500);
    expect(written).toBe(before + 1);
    expect(await groupsNamed(name)).toBe(1);
  });

  it('never keeps or replays a login, refresh or logout, and never stores an answer holding a token', async () => {
    const keyed = (path: string, body: unknown, idem: string) =>
      call(path, {
        method: 'POST',
        headers: {
          ...bearer(admin),
          'content-type': 'application/json',
          'idempotency-key': idem,
          'cf-connecting-ip': '198.51.100.51',
        },
        body: JSON.stringify(body),
      });
    const stored = async () =>
      (
        await env.DB.prepare("select count(*) as n from atrium_idempotency where body like '%eyJ%'").first<{
          n: number;
        }>()
      )?.n;
    const idem = crypto.randomUUID();
    const logins: [string, unknown][] = [
      ['/api/auth/token', { user: 'admin', password: 'admin' }],
      ['/rest/auth/login', { user_name: 'admin', password: 'admin' }],
      ['/auth', { login: 'admin', password: 'admin' }],
      ['/api/v1/auth/tokens', { userName: 'admin', password: 'admin' }],
    ];
    for (const [path, body] of logins) {
      const first = await keyed(path, body, idem);
      const again = await keyed(path, body, idem);
      expect([first.status, again.status], path).toEqual([200, 200]);
      expect(again.headers.get('idempotent-replayed'), path).toBeNull();
      expect(await again.text(), path).not.toBe(await first.text());
    }
    // A refresh token sent twice with the same key is used twice: the second use is a replay, refused.
    const second = await call('/api/v1/auth/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.51' },
      body: JSON.stringify({ userName: 'admin', password: 'admin', parameters: { clientId: 11, roleId: 102 } }),
    });
    const { refresh_token } = (await second.json()) as { refresh_token: string };
    expect((await keyed('/api/v1/auth/refresh', { refresh_token }, idem)).status).toBe(200);
    const replayed = await keyed('/api/v1/auth/refresh', { refresh_token }, idem);
    expect(replayed.status).toBe(401);
    expect(await stored()).toBe(0);
    expect(
      await env.DB.prepare('select count(*) as n from atrium_idempotency where key = ?').bind(idem).first(),
    ).toEqual({
      n: 0,
    });
  });

  it('does not store an answer that holds a token or a secret', () => {
    expect(holdsSecret('{"token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc"}')).toBe(true);
    expect(holdsSecret('{"access_token":"opaque"}')).toBe(true);
    expect(holdsSecret('{"password":"clear"}')).toBe(true);
    expect(holdsSecret('{"password":"********","name":"x"}')).toBe(false);
    expect(holdsSecret('{"id":1,"name":"group"}')).toBe(false);
  });
});
