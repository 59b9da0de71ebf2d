import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { identityChanged } from '../../../src/core/identity/access-cache';
import { issueToken, revokeToken } from '../../../src/core/identity/tokens';
import { createUser } from '../../../src/core/identity/users';
import { users } from '../../../src/db/schema';
import { SYSTEM } from '../../support/actors';
import { probe } from '../../support/probe';
import { bearer, orm, tokenFor } from '../../support/worker';

const secret = new TextEncoder().encode(env.JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);

async function forge(claims: Record<string, unknown>, key = secret, alg = 'HS256') {
  return new SignJWT({ login: 'admin', scope: 'api', ...claims })
    .setProtectedHeader({ alg })
    .setIssuer(String(claims.iss ?? env.JWT_ISSUER))
    .setAudience(String(claims.aud ?? env.JWT_AUDIENCE))
    .setSubject(String(claims.sub ?? '1'))
    .setJti(crypto.randomUUID())
    .setIssuedAt(Number(claims.iat ?? now()))
    .setExpirationTime(Number(claims.exp ?? now() + 600))
    .sign(key);
}

async function expect401(res: Response) {
  expect(res.status).toBe(401);
  const body = await res.json<Record<string, unknown>>();
  expect(body.code).toBe('UNAUTHENTICATED');
  expect(Object.keys(body).sort()).toEqual(['code', 'message', 'requestId']);
}

describe('auth middleware', () => {
  it('puts the principal with groups and rights on the context', async () => {
    const res = await probe('/probe/me', { headers: bearer(await tokenFor('admin')) });
    expect(res.status).toBe(200);
    // The demo data adds the admin to face groups (GardenWorld Admin, Admins); the primary group is admin.
    const body = (await res.json()) as { login: string; groups: string[]; rights: string[] };
    expect(body).toMatchObject({ login: 'admin', rights: expect.arrayContaining(['base.*']) });
    expect(body.groups).toContain('admin');
  });

  it('answers with the D1 session bookmark once the request touched the default pool', async () => {
    const res = await probe('/probe/me', { headers: bearer(await tokenFor('admin')) });
    expect(res.headers.get('x-d1-bookmark')).toMatch(/^[A-Za-z0-9_-]+$/);
    const again = await probe('/probe/me', {
      headers: { ...bearer(await tokenFor('admin')), 'x-d1-bookmark': res.headers.get('x-d1-bookmark')! },
    });
    expect(again.status).toBe(200);
    const junk = await probe('/probe/me', {
      headers: { ...bearer(await tokenFor('admin')), 'x-d1-bookmark': "'; drop table users; --" },
    });
    expect(junk.status).toBe(200);
  });

  it('401 without a token, with garbage, with an empty or non-Bearer header', async () => {
    await expect401(await probe('/probe/me'));
    await expect401(await probe('/probe/me', { headers: { authorization: 'Bearer garbage' } }));
    await expect401(await probe('/probe/me', { headers: { authorization: 'Bearer ' } }));
    await expect401(await probe('/probe/me', { headers: { authorization: '' } }));
    await expect401(await probe('/probe/me', { headers: { authorization: `Basic ${btoa('admin:admin')}` } }));
    await expect401(await probe('/probe/me', { headers: { authorization: `Bearer ${'a'.repeat(9000)}` } }));
  });

  it('401 for alg none, another key, other algorithms, edited payloads', async () => {
    const none = `${btoa(JSON.stringify({ alg: 'none', typ: 'JWT' })).replace(/=+$/, '')}.${btoa(
      JSON.stringify({ sub: '1', iss: env.JWT_ISSUER, aud: env.JWT_AUDIENCE, exp: now() + 600, jti: 'x' }),
    ).replace(/=+$/, '')}.`;
    await expect401(await probe('/probe/me', { headers: bearer(none) }));
    await expect401(
      await probe('/probe/me', { headers: bearer(await forge({}, new TextEncoder().encode('x'.repeat(40)))) }),
    );
    await expect401(await probe('/probe/me', { headers: bearer(await forge({}, secret, 'HS512')) }));
    const [h, , s] = (await tokenFor('demo')).split('.');
    const edited = btoa(
      JSON.stringify({
        sub: '1',
        login: 'admin',
        scope: 'api',
        iss: env.JWT_ISSUER,
        aud: env.JWT_AUDIENCE,
        exp: now() + 600,
        jti: 'y',
      }),
    )
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    await expect401(await probe('/probe/me', { headers: bearer(`${h}.${edited}.${s}`) }));
  });

  it('401 for expired, not-yet-valid, wrong issuer or audience', async () => {
    await expect401(
      await probe('/probe/me', { headers: bearer(await forge({ iat: now() - 7200, exp: now() - 3600 })) }),
    );
    await expect401(await probe('/probe/me', { headers: bearer(await forge({ nbf: now() + 3600 })) }));
    await expect401(await probe('/probe/me', { headers: bearer(await forge({ iss: 'someone-else' })) }));
    await expect401(await probe('/probe/me', { headers: bearer(await forge({ aud: 'other-api' })) }));
  });

  it('401 for a revoked token, a disabled user and a deleted user', async () => {
    const db = orm();
    const user = await createUser(db, { login: 'short-lived', password: 'pw-123456' }, SYSTEM);
    const { token, claims } = await issueToken(env, user);
    expect((await probe('/probe/me', { headers: bearer(token) })).status).toBe(200);

    await revokeToken(db, claims);
    await expect401(await probe('/probe/me', { headers: bearer(token) }));

    const second = await issueToken(env, user);
    await db.update(users).set({ enabled: false }).where(eq(users.id, user.id));
    await expect401(await probe('/probe/me', { headers: bearer(second.token) }));

    // Direct D1 writes stand for another isolate's change: this isolate's principal cache still answers
    // until its TTL, or until an identity write here clears it (access-cache.ts).
    await db.update(users).set({ enabled: true }).where(eq(users.id, user.id));
    expect((await probe('/probe/me', { headers: bearer(second.token) })).status).toBe(200);
    await db.delete(users).where(eq(users.id, user.id));
    expect((await probe('/probe/me', { headers: bearer(second.token) })).status).toBe(200);
    identityChanged();
    await expect401(await probe('/probe/me', { headers: bearer(second.token) }));
  });

  it('refuses a token of another scope (e.g. a first-phase login token) and accepts it where allowed', async () => {
    const scoped = await tokenFor('admin', { scope: 'auth' });
    await expect401(await probe('/probe/me', { headers: bearer(scoped) }));
    expect((await probe('/probe/auth-scope', { headers: bearer(scoped) })).status).toBe(200);
    await expect401(await probe('/probe/auth-scope', { headers: bearer(await tokenFor('admin')) }));
  });

  it('reads the Ribbon2 header without Bearer only where the face asks for it', async () => {
    const token = await tokenFor('admin');
    const ribbon = await probe('/probe/ribbon2', { headers: { 'x-ribbon2-auth': token } });
    expect(ribbon.status).toBe(200);
    expect((await probe('/probe/ribbon2', { headers: bearer(token) })).status).toBe(200);
    await expect401(await probe('/probe/me', { headers: { 'x-ribbon2-auth': token } }));
  });
});

describe('requireRight', () => {
  it('403 when the right is missing, 200 when held directly or through a wildcard', async () => {
    const demo = await tokenFor('demo');
    expect((await probe('/probe/objects', { headers: bearer(demo) })).status).toBe(200);
    const denied = await probe('/probe/users-delete', { headers: bearer(demo) });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await probe('/probe/users-delete', { headers: bearer(await tokenFor('admin')) })).status).toBe(200);
  });

  it('401 (not 403) without a token', async () => {
    await expect401(await probe('/probe/users-delete'));
  });
});
