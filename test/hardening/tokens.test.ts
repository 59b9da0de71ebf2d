import { env } from 'cloudflare:test';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueToken, revokeToken } from '../../src/core/identity/tokens';
import { createUser, findUserByLogin } from '../../src/core/identity/users';
import { call, orm, tokenFor } from '../support/worker';
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
  const disabled = await createUser(orm(), { login: 'soon-disabled', password: 'x-password' });
  const disabledToken = (await issueToken(env, disabled)).token;
  await env.DB.prepare('update users set enabled = 0 where id = ?').bind(disabled.id).run();
  const deleted = await createUser(orm(), { login: 'soon-deleted', password: 'x-password' });
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
