import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { checkLogin, throttlePolicies } from '../../../src/core/identity/throttle';
import { createUser } from '../../../src/core/identity/users';
import { orm } from '../../support/worker';

describe('login throttling', () => {
  it('counts failures per login name, slows, then refuses with 429 and Retry-After', async () => {
    await createUser(orm(), { login: 'victim', password: 'right-password' });
    const { login } = throttlePolicies(env);
    for (let i = 0; i < login.lockAfter; i++)
      expect(await checkLogin(env, orm(), { login: 'victim', password: `guess-${i}` })).toBeNull();
    // Locked: even the right password is refused, the counter is the name's, not the client's.
    await expect(checkLogin(env, orm(), { login: 'VICTIM', password: 'right-password' })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfter: expect.any(Number),
    });
  });

  it('clears the count on success and keeps other names unaffected', async () => {
    await createUser(orm(), { login: 'forgetful', password: 'right-password' });
    for (let i = 0; i < 5; i++) await checkLogin(env, orm(), { login: 'forgetful', password: 'nope' });
    expect(await checkLogin(env, orm(), { login: 'forgetful', password: 'right-password' })).toEqual(
      expect.any(Number),
    );
    for (let i = 0; i < 5; i++) await checkLogin(env, orm(), { login: 'forgetful', password: 'nope' });
    expect(await checkLogin(env, orm(), { login: 'forgetful', password: 'right-password' })).toEqual(
      expect.any(Number),
    );
    expect(await checkLogin(env, orm(), { login: 'admin', password: 'admin' })).toEqual(expect.any(Number));
  });

  it('locks a client address that sprays many names', async () => {
    const { client } = throttlePolicies(env);
    const attempts = client.lockAfter;
    for (let i = 0; i < attempts; i++)
      await checkLogin(env, orm(), { login: `spray-${i}`, password: 'x', client: '203.0.113.9' });
    await expect(
      checkLogin(env, orm(), { login: 'admin', password: 'admin', client: '203.0.113.9' }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await checkLogin(env, orm(), { login: 'admin', password: 'admin', client: '198.51.100.1' })).toEqual(
      expect.any(Number),
    );
  });
});
