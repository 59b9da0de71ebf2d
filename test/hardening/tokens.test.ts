import { env } from 'cloudflare:test';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../src/core/identity/groups';
import { verifyTokenSignature } from '../../src/core/identity/jwt';
import { issueToken, revokeToken, tokenConfig } from '../../src/core/identity/tokens';
import { createUser, findUserByLogin } from '../../src/core/identity/users';
import { login as idempiereLogin } from '../faces/idempiere/helpers';
import { SYSTEM } from '../support/actors';
import { bearer, call, orm, tokenFor } from '../support/worker';
import { FACES } from './faces';

const secret = new TextEncoder().encode(env.JWT_SECRET);
const b64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

async function signed(claims: Record<string, unknown>, key: Uint8Array = secret, alg = 'HS256') {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
}

async function baseClaims(login = 'admin') {
  const user = await findUserByLogin(orm(), login);
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: String(user?.id),
    jti: crypto.randomUUID(),
    iat: now,
    exp: now + 600,
    iss: env.JWT_ISSUER,
    aud: env.JWT_AUDIENCE,
    scope: 'api',
    login,
  };
}

const attacks: [string, () => Promise<string>][] = [];

beforeAll(async () => {
  const valid = await tokenFor('admin');
  const [header, , signature] = valid.split('.');
  const claims = await baseClaims();
  const now = Math.floor(Date.now() / 1000);
  const revoked = await issueToken(env, { id: Number(claims.sub), login: 'admin' });
  await revokeToken(orm(), revoked.claims);
  const disabled = await createUser(orm(), { login: 'soon-disabled', password: 'x-password' }, SYSTEM);
  const disabledToken = (await issueToken(env, disabled)).token;
  await env.DB.prepare('update users set enabled = 0 where id = ?').bind(disabled.id).run();
  const deleted = await createUser(orm(), { login: 'soon-deleted', password: 'x-password' }, SYSTEM);
  const deletedToken = (await issueToken(env, deleted)).token;
  await env.DB.prepare('delete from users where id = ?').bind(deleted.id).run();
  attacks.push(
    ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    [
      'signed with another key',
      () => signed(claims, new TextEncoder().encode('another-secret-another-secret-0123456789')),
    ],
    ['HS512 with the right key', () => signed(claims, secret, 'HS512')],
    ['edited payload, original signature', async () => `${header}.${b64({ ...claims, sub: '2' })}.${signature}`],
    ['expired', () => signed({ ...claims, iat: now - 7200, exp: now - 3600 })],
    ['not yet valid', () => signed({ ...claims, nbf: now + 3600 })],
    ['wrong issuer', () => signed({ ...claims, iss: 'someone-else' })],
    ['wrong audience', () => signed({ ...claims, aud: 'another-api' })],
    ['no subject', () => signed({ ...claims, sub: undefined })],
    ['revoked (logged out)', async () => revoked.token],
    ['user disabled after issue', async () => disabledToken],
    ['user deleted after issue', async () => deletedToken],
    ['iDempiere first-phase token', () => signed({ ...claims, scope: 'idempiere-auth' })],
    ['iDempiere refresh token', () => signed({ ...claims, scope: 'idempiere-refresh' })],
    ['garbage', async () => 'garbage'],
    ['three dots of garbage', async () => 'a.b.c'],
    ['oversized', async () => `${'a'.repeat(9000)}.b.c`],
  );
});

describe('token attacks on every face', () => {
  it('a valid token works on every probe (control)', async () => {
    const token = await tokenFor('admin');
    for (const face of FACES)
      expect((await call(face.path, { headers: face.headers(token) })).status, face.face).toBe(200);
  });

  it("every forged, stale or narrowed token is a 401 in the face's shape, with nothing else", async () => {
    for (const [name, make] of attacks) {
      const token = await make();
      for (const face of FACES) {
        const res = await call(face.path, { headers: face.headers(token) });
        const body = await res.json();
        expect(
          face.isUnauthorized(res.status, body),
          `${face.face}: ${name} → ${res.status} ${JSON.stringify(body)}`,
        ).toBe(true);
      }
    }
  });

  it('empty and malformed headers are 401', async () => {
    for (const face of FACES) {
      for (const headers of <Record<string, string>[]>[
        {},
        { authorization: '' },
        { authorization: 'Bearer' },
        { authorization: `Basic ${btoa('admin:wrong-password')}` },
        { 'x-ribbon2-auth': '' },
      ]) {
        const res = await call(face.path, { headers });
        expect(face.isUnauthorized(res.status, await res.json()), `${face.face} ${JSON.stringify(headers)}`).toBe(true);
      }
    }
  });
});

describe('sessions: one login, one session, ended as a whole', () => {
  const claimsOf = (token: string) => verifyTokenSignature(tokenConfig(env), token);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const probe = FACES.find((f) => f.face === 'iDempiere')!;
  const read = async (token: string) => (await call(probe.path, { headers: probe.headers(token) })).status;

  it('revoking any one token of an iDempiere session ends all of its access and refresh tokens', async () => {
    const first = await post('/api/v1/auth', { userName: 'admin', password: 'admin' });
    const phase1 = ((await first.json()) as { token: string }).token;
    const put = await call('/api/v1/auth', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(phase1) },
      body: JSON.stringify({ clientId: 11, roleId: 102, organizationId: 11 }),
    });
    const login = (await put.json()) as { token: string; refresh_token: string };
    const rotated = (await (await post('/api/v1/auth/refresh', { refresh_token: login.refresh_token })).json()) as {
      token: string;
      refresh_token: string;
    };
    const session = (await claimsOf(phase1)).sid;
    expect(session).toEqual(expect.any(String));
    for (const token of [login.token, login.refresh_token, rotated.token, rotated.refresh_token])
      expect((await claimsOf(token)).sid).toBe(session);
    expect(await read(login.token)).toBe(200);
    expect(await read(rotated.token)).toBe(200);

    // Revoke only the first access token: the family goes with it, cached principals included.
    await revokeToken(orm(), await claimsOf(login.token));
    expect(await read(login.token)).toBe(401);
    expect(await read(rotated.token)).toBe(401);
    expect((await post('/api/v1/auth/refresh', { refresh_token: rotated.refresh_token })).status).toBe(401);
    expect((await call('/api/v1/auth/roles?client=11', { headers: bearer(phase1) })).status).toBe(401);
  });

  it("every face's login token carries a session of its own; ending one leaves the others alone", async () => {
    const tokens = {
      liberty: (
        (await (await post('/api/auth/token', { user: 'admin', password: 'admin' })).json()) as {
          access_token: string;
        }
      ).access_token,
      datagerry: (
        (await (await post('/rest/auth/login', { user_name: 'admin', password: 'admin' })).json()) as {
          token: string;
        }
      ).token,
      ribbon2: await (await post('/auth', { login: 'admin', password: 'admin' })).text(),
    };
    const sessions = await Promise.all(Object.values(tokens).map(async (t) => (await claimsOf(t)).sid));
    for (const sid of sessions) expect(sid).toEqual(expect.any(String));
    expect(new Set(sessions).size).toBe(sessions.length);
    for (const token of Object.values(tokens)) expect(await read(token)).toBe(200);

    await revokeToken(orm(), await claimsOf(tokens.liberty));
    for (const face of FACES) {
      const res = await call(face.path, { headers: face.headers(tokens.liberty) });
      expect(face.isUnauthorized(res.status, await res.json()), face.face).toBe(true);
    }
    expect(await read(tokens.datagerry)).toBe(200);
    expect(await read(tokens.ribbon2)).toBe(200);
  });

  it('tokens issued before sessions existed: a refresh family continues as a session and ends as one', async () => {
    const claims = await baseClaims();
    const context = { client: 11, role: 102, org: 11, warehouse: null, language: 'en_US' };
    const family = crypto.randomUUID();
    const access = { ...claims, ...context, jti: crypto.randomUUID() };
    const refresh = { ...claims, ...context, jti: crypto.randomUUID(), scope: 'idempiere-refresh', family };
    refresh.exp = refresh.iat + 24 * 3600;
    await env.DB.prepare(
      'insert into atrium_refresh_tokens (jti, family, user_id, expires_at, access_jti) values (?, ?, ?, ?, ?)',
    )
      .bind(refresh.jti, family, Number(claims.sub), refresh.exp, access.jti)
      .run();
    const oldAccess = await signed(access);
    expect(await read(oldAccess)).toBe(200);
    const rotation = await post('/api/v1/auth/refresh', { refresh_token: await signed(refresh) });
    expect(rotation.status).toBe(200);
    const rotated = (await rotation.json()) as { token: string; refresh_token: string };
    expect((await claimsOf(rotated.token)).sid).toBe(family);
    expect((await post('/api/v1/auth/logout', { token: rotated.token })).status).toBe(200);
    expect(await read(oldAccess)).toBe(401);
    expect((await post('/api/v1/auth/refresh', { refresh_token: rotated.refresh_token })).status).toBe(401);
  });
});

describe('a password change or reset ends the other sessions; disabling ends all of them', () => {
  const ip = { 'cf-connecting-ip': '198.51.100.41' };
  const liberty = async (user: string, password: string) => {
    const res = await call('/api/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ip },
      body: JSON.stringify({ user, password }),
    });
    expect(res.status, `login ${user}`).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const patch = (token: string, id: number, body: unknown) =>
    call(`/rest/users/${id}`, {
      method: 'PATCH',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const status = async (token: string) => (await call('/api/fmw/applications', { headers: bearer(token) })).status;

  it('self-change keeps the current session only; an admin reset and disabling end every one', async () => {
    const editors = await createGroup(
      orm(),
      { name: 'sess-editors', rights: ['base.user-management.user.edit'] },
      SYSTEM,
    );
    const x = await createUser(orm(), { login: 'sess-x', password: 'first-pass-1', groupId: editors.id }, SYSTEM);
    const here = await liberty('sess-x', 'first-pass-1');
    const elsewhere = await liberty('sess-x', 'first-pass-1');
    const { refresh } = await idempiereLogin('admin', 'admin', 102);
    const admin = await liberty('admin', 'admin');
    expect([await status(here), await status(elsewhere)]).toEqual([200, 200]);

    // Oneself: the session that changed the password goes on, every other one ends.
    expect((await patch(here, x.id, { user_name: 'sess-x', password: 'second-pass-2' })).status).toBe(202);
    expect([await status(here), await status(elsewhere)]).toEqual([200, 401]);

    // An administrator's reset ends them all, the user's current one included.
    expect((await patch(admin, x.id, { user_name: 'sess-x', password: 'third-pass-3' })).status).toBe(202);
    expect(await status(here)).toBe(401);
    const fresh = await liberty('sess-x', 'third-pass-3');
    expect(await status(fresh)).toBe(200);

    // Disabling ends every session for good: enabling again revives none.
    expect((await patch(admin, x.id, { user_name: 'sess-x', active: false })).status).toBe(202);
    expect((await patch(admin, x.id, { user_name: 'sess-x', active: true })).status).toBe(202);
    expect(await status(fresh)).toBe(401);
    expect(await status(await liberty('sess-x', 'third-pass-3'))).toBe(200);

    // A refresh token outlives nothing either: admin's own reset of admin ends its iDempiere session.
    const own = await liberty('admin', 'admin');
    expect((await patch(own, 1, { user_name: 'admin', password: 'admin' })).status).toBe(202);
    expect(await status(own)).toBe(200);
    const rotation = await call('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: refresh }),
    });
    expect(rotation.status).toBe(401);
    expect(await status(admin)).toBe(401);
  });
});
