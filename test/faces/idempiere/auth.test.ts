import { describe, expect, it } from 'vitest';
import { bearer, call } from '../../support/worker';
import { get, json, login } from './helpers';

describe('iDempiere auth', () => {
  it('first phase answers clients and a token good only for /auth', async () => {
    const res = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'admin', password: 'admin' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { clients: { id: number; name: string }[]; token: string };
    expect(body.clients).toEqual([{ id: 11, name: 'GardenWorld' }]);
    const roles = await get('/api/v1/auth/roles?client=11', body.token);
    expect(roles.body.roles).toEqual([
      { id: 102, name: 'GardenWorld Admin' },
      { id: 103, name: 'GardenWorld User' },
    ]);
    expect((await get('/api/v1/auth/organizations?client=11&role=102', body.token)).body.organizations).toContainEqual({
      id: 11,
      name: 'HQ',
    });
    expect(
      (await get('/api/v1/auth/warehouses?client=11&role=102&organization=11', body.token)).body.warehouses,
    ).toEqual([{ id: 103, name: 'HQ Warehouse' }]);
    expect((await get('/api/v1/auth/language?client=11', body.token)).body).toEqual({ AD_Language: 'en_US' });
    // The first-phase token is refused on data routes.
    const models = await get('/api/v1/models/C_BPartner', body.token);
    expect(models.res.status).toBe(401);
    expect(models.body).toMatchObject({ title: expect.any(String), status: 401, detail: expect.any(String) });
  });

  it('refuses bad credentials, bad bodies and roles the user does not hold', async () => {
    const bad = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'admin', password: 'nope' }) });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({
      title: 'Authenticate error',
      status: 401,
      detail: 'Invalid User ID or Password',
    });
    const invalid = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'admin' }) });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ status: 400 });
    const first = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'demo', password: 'demo' }) });
    const { token, clients } = (await first.json()) as { token: string; clients: unknown[] };
    expect(clients).toHaveLength(1);
    const admin = await call('/api/v1/auth', {
      method: 'PUT',
      ...json({ clientId: 11, roleId: 102, organizationId: 11 }, bearer(token)),
    });
    expect(admin.status).toBe(401);
    const unknownUser = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'ghost', password: 'x' }) });
    expect(unknownUser.status).toBe(401);
  });

  it('accepts names for the login parameters and the one-step login', async () => {
    const res = await call('/api/v1/auth/tokens', {
      method: 'POST',
      ...json({
        userName: 'admin',
        password: 'admin',
        parameters: {
          clientId: 'GardenWorld',
          roleId: 'GardenWorld Admin',
          organizationId: 'HQ',
          warehouseId: 'HQ Warehouse',
          language: 'en_US',
        },
      }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      userId: 1,
      language: 'en_US',
      token: expect.any(String),
      refresh_token: expect.any(String),
    });
  });

  it('rotates refresh tokens and revokes the family on replay', async () => {
    const session = await login('admin', 'admin', 102);
    const first = await call('/api/v1/auth/refresh', { method: 'POST', ...json({ refresh_token: session.refresh }) });
    expect(first.status).toBe(200);
    const rotated = (await first.json()) as { token: string; refresh_token: string };
    expect((await get('/api/v1/models/C_BPartner?$top=1', rotated.token)).res.status).toBe(200);
    const replay = await call('/api/v1/auth/refresh', { method: 'POST', ...json({ refresh_token: session.refresh }) });
    expect(replay.status).toBe(401);
    // The replay revoked the chain: the rotated tokens are dead too.
    expect((await get('/api/v1/models/C_BPartner?$top=1', rotated.token)).res.status).toBe(401);
    const again = await call('/api/v1/auth/refresh', {
      method: 'POST',
      ...json({ refresh_token: rotated.refresh_token }),
    });
    expect(again.status).toBe(401);
  });

  it('logs out and never exposes a JWK', async () => {
    const session = await login('admin', 'admin', 102);
    const out = await call('/api/v1/auth/logout', { method: 'POST', ...json({ token: session.token }) });
    expect(out.status).toBe(200);
    expect((await get('/api/v1/models/C_BPartner', session.token)).res.status).toBe(401);
    expect((await call('/api/v1/auth/jwk')).status).toBe(404);
  });
});
