import { describe, expect, it } from 'vitest';
import { bearer, call } from '../../support/worker';
import { get, json, login } from './helpers';

describe('iDempiere auth', () => {
  it('first phase answers clients and a token good only for /auth', async () => {
    const res = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'admin', password: 'admin' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { clients: { id: number; name: string }[]; token: string };
    // Tenants first; the System client (0) for a holder of base.* (its System Administrator role).
    expect(body.clients).toEqual([
      { id: 11, name: 'GardenWorld' },
      { id: 0, name: 'System' },
    ]);
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

  it('rotates refresh tokens; a replayed refresh token ends the whole session', async () => {
    const first = await call('/api/v1/auth/tokens', {
      method: 'POST',
      ...json({ userName: 'admin', password: 'admin' }),
    });
    const phase1 = ((await first.json()) as { token: string }).token;
    const second = await call('/api/v1/auth/tokens', {
      method: 'PUT',
      ...json({ clientId: 11, roleId: 102, organizationId: 11 }, bearer(phase1)),
    });
    const session = (await second.json()) as { token: string; refresh_token: string };
    const rotation = await call('/api/v1/auth/refresh', {
      method: 'POST',
      ...json({ refresh_token: session.refresh_token }),
    });
    expect(rotation.status).toBe(200);
    const rotated = (await rotation.json()) as { token: string; refresh_token: string };
    // Both access tokens work (and sit in this isolate's principal cache) before the replay.
    expect((await get('/api/v1/models/C_BPartner?$top=1', rotated.token)).res.status).toBe(200);
    expect((await get('/api/v1/models/C_BPartner?$top=1', session.token)).res.status).toBe(200);
    const replay = await call('/api/v1/auth/refresh', {
      method: 'POST',
      ...json({ refresh_token: session.refresh_token }),
    });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ status: 401, title: expect.any(String) });
    // Every token of the session is dead: both access tokens, the rotated refresh token, the first phase's.
    expect((await get('/api/v1/models/C_BPartner?$top=1', rotated.token)).res.status).toBe(401);
    expect((await get('/api/v1/models/C_BPartner?$top=1', session.token)).res.status).toBe(401);
    const again = await call('/api/v1/auth/refresh', {
      method: 'POST',
      ...json({ refresh_token: rotated.refresh_token }),
    });
    expect(again.status).toBe(401);
    expect((await get('/api/v1/auth/roles?client=11', phase1)).res.status).toBe(401);
  });

  it('logout ends the session: the access token, the refresh token and later rotations are refused', async () => {
    const session = await login('admin', 'admin', 102);
    expect((await get('/api/v1/models/C_BPartner?$top=1', session.token)).res.status).toBe(200);
    const out = await call('/api/v1/auth/logout', { method: 'POST', ...json({ token: session.token }) });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ summary: 'OK' });
    expect((await get('/api/v1/models/C_BPartner?$top=1', session.token)).res.status).toBe(401);
    const refresh = await call('/api/v1/auth/refresh', { method: 'POST', ...json({ refresh_token: session.refresh }) });
    expect(refresh.status).toBe(401);

    // Logging out with the refresh token (header form) ends the access tokens of its session too.
    const other = await login('admin', 'admin', 102);
    const rotated = (await (
      await call('/api/v1/auth/refresh', { method: 'POST', ...json({ refresh_token: other.refresh }) })
    ).json()) as { token: string; refresh_token: string };
    expect((await get('/api/v1/models/C_BPartner?$top=1', rotated.token)).res.status).toBe(200);
    const outByRefresh = await call('/api/v1/auth/logout', { method: 'POST', headers: bearer(rotated.refresh_token) });
    expect(outByRefresh.status).toBe(200);
    expect((await get('/api/v1/models/C_BPartner?$top=1', rotated.token)).res.status).toBe(401);
    expect((await get('/api/v1/models/C_BPartner?$top=1', other.token)).res.status).toBe(401);
    // A token already logged out cannot log out again.
    expect((await call('/api/v1/auth/logout', { method: 'POST', ...json({ token: rotated.token }) })).status).toBe(401);
  });

  it('logging out the first-phase token ends the session it started', async () => {
    const first = await call('/api/v1/auth', { method: 'POST', ...json({ userName: 'admin', password: 'admin' }) });
    const phase1 = ((await first.json()) as { token: string }).token;
    const put = await call('/api/v1/auth', {
      method: 'PUT',
      ...json({ clientId: 11, roleId: 102, organizationId: 11 }, bearer(phase1)),
    });
    const session = (await put.json()) as { token: string; refresh_token: string };
    expect((await call('/api/v1/auth/logout', { method: 'POST', headers: bearer(phase1) })).status).toBe(200);
    expect((await get('/api/v1/models/C_BPartner?$top=1', session.token)).res.status).toBe(401);
    const refresh = await call('/api/v1/auth/refresh', {
      method: 'POST',
      ...json({ refresh_token: session.refresh_token }),
    });
    expect(refresh.status).toBe(401);
  });

  it("never hands a refresh token to another face's API token, nor to a later iDempiere token", async () => {
    const post = (path: string, body: unknown) => call(path, { method: 'POST', ...json(body) });
    const liberty = (
      (await (await post('/api/auth/token', { user: 'admin', password: 'admin' })).json()) as {
        access_token: string;
      }
    ).access_token;
    const datagerry = (
      (await (await post('/rest/auth/login', { user_name: 'admin', password: 'admin' })).json()) as {
        token: string;
      }
    ).token;
    const ribbon2 = await (await post('/auth', { login: 'admin', password: 'admin' })).text();
    const idempiere = (await login('admin', 'admin', 102)).token;
    const parameters = { clientId: 11, roleId: 102, organizationId: 11 };
    for (const [face, token] of Object.entries({ liberty, datagerry, ribbon2, idempiere })) {
      for (const path of ['/api/v1/auth', '/api/v1/auth/tokens']) {
        const res = await call(path, { method: 'PUT', ...json(parameters, bearer(token)) });
        expect(res.status, `${face} ${path}`).toBe(401);
        const body = (await res.json()) as Record<string, unknown>;
        expect(body, `${face} ${path}`).toMatchObject({ status: 401 });
        expect(body.refresh_token).toBeUndefined();
      }
    }
    // Control: the first-phase token of the same user gets one.
    const first = await post('/api/v1/auth', { userName: 'admin', password: 'admin' });
    const phase1 = ((await first.json()) as { token: string }).token;
    const ok = await call('/api/v1/auth', { method: 'PUT', ...json(parameters, bearer(phase1)) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ refresh_token: expect.any(String) });
  });

  it('never exposes a JWK: the empty key set of IDEMPIERE_REST_EXPOSE_JWK=N', async () => {
    const res = await call('/api/v1/auth/jwk');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ keys: [] });
  });
});
