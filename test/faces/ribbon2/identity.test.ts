import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/worker';
import { r2call, r2Login } from './helpers';

let admin: string;
let demo: string;

beforeAll(async () => {
  admin = await r2Login('admin', 'admin');
  demo = await r2Login('demo', 'demo');
});

describe('Ribbon2 auth and account', () => {
  it('answers the raw JWT for JSON and form logins, a raw 403 for bad credentials', async () => {
    const form = await call('/auth', {
      method: 'POST',
      body: new URLSearchParams({ login: 'admin', password: 'admin' }),
    });
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toContain('text/plain');
    expect((await form.text()).split('.')).toHaveLength(3);
    const bad = await call('/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: 'x' }),
    });
    expect(bad.status).toBe(403);
    expect(await bad.text()).toBe('Forbidden');
    const malformed = await call('/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'UNREGISTERED' });
  });

  it('returns the current account from the x-ribbon2-auth header or a bearer token', async () => {
    const { status, body } = await r2call('/api/account', admin);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 1, login: 'admin', enabled: true });
    expect(body.groups).toEqual(expect.arrayContaining(['admin', 'Admins']));
    const bearer = await call('/api/account', { headers: { authorization: `Bearer ${demo}` } });
    expect(((await bearer.json()) as { login: string }).login).toBe('demo');
    const none = await call('/api/account');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'ACCESS_DENIED' });
  });
});

describe('Ribbon2 users and groups', () => {
  it('creates, edits, pages and deletes users; links only existing groups; never returns a password', async () => {
    const created = await r2call('/api/user', admin, 'POST', {
      login: 'writer',
      password: 'Pass-1234',
      firstName: 'Wri',
      lastName: 'Ter',
      description: 'd',
      email: 'w@example.com',
      enabled: true,
      groups: ['Admins', 'NoSuchGroup'],
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ login: 'writer', groups: ['user', 'Admins'] });
    expect(created.body).not.toHaveProperty('password');
    const hashBefore = await env.DB.prepare("select password_hash as h from users where login = 'writer'").first<{
      h: string;
    }>();
    const edited = await r2call('/api/user', admin, 'PUT', {
      id: String(created.body.id),
      login: 'writer',
      firstName: 'Writer',
      groups: [],
    });
    expect(edited.body).toMatchObject({ firstName: 'Writer', groups: ['user'] });
    const hashAfter = await env.DB.prepare("select password_hash as h from users where login = 'writer'").first<{
      h: string;
    }>();
    expect(hashAfter?.h).toBe(hashBefore?.h);
    expect((await r2Login('writer', 'Pass-1234')).length).toBeGreaterThan(20);
    const page = await r2call('/api/user?page=0&size=2&orderBy=login&direction=DESC', admin);
    expect(page.body.content).toHaveLength(2);
    expect(page.body.totalCount).toBeGreaterThanOrEqual(3);
    expect((await r2call('/api/user?orderBy=password', admin)).status).toBe(400);
    expect((await r2call(`/api/user/${created.body.id}`, admin)).body.login).toBe('writer');
    expect((await r2call('/api/user/99999', admin)).body).toMatchObject({ code: 'USER_NOT_FOUND' });
    expect((await r2call('/api/user', admin, 'PUT', { id: '99999', login: 'x' })).status).toBe(404);
    expect((await r2call(`/api/user/${created.body.id}`, admin, 'DELETE')).status).toBe(200);
    expect((await r2call(`/api/user/${created.body.id}`, admin)).status).toBe(404);
  });

  it('manages groups and refuses non-Admins', async () => {
    const created = await r2call('/api/group', admin, 'POST', { name: 'Editors', description: 'Edit things' });
    expect(created.body).toMatchObject({ name: 'Editors', description: 'Edit things' });
    const edited = await r2call('/api/group', admin, 'PUT', {
      id: String(created.body.id),
      name: 'Editors',
      description: 'edited',
    });
    expect(edited.body.description).toBe('edited');
    expect((await r2call('/api/group?size=100', admin)).body.content.map((g: { name: string }) => g.name)).toContain(
      'Editors',
    );
    expect((await r2call('/api/group/99999', admin)).body).toMatchObject({ code: 'GROUP_NOT_FOUND' });
    expect((await r2call(`/api/group/${created.body.id}`, admin, 'DELETE')).status).toBe(200);
    for (const [path, method, body] of [
      ['/api/user', 'GET'],
      ['/api/group', 'POST', { name: 'x' }],
      ['/api/user/1', 'DELETE'],
    ] as const) {
      const res = await r2call(path, demo, method, body);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('ACCESS_DENIED');
    }
    const before = await env.DB.prepare('select count(*) as n from groups').first<{ n: number }>();
    expect((await r2call('/api/group', admin, 'POST', { description: 'no name' })).status).toBe(400);
    expect(await env.DB.prepare('select count(*) as n from groups').first<{ n: number }>()).toEqual(before);
  });
});
