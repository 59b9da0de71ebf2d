import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  addressKey,
  checkLogin,
  clientAddress,
  throttleObjects,
  throttlePolicy,
} from '../../../src/core/identity/throttle';
import { createUser } from '../../../src/core/identity/users';
import { SYSTEM } from '../../support/actors';
import { orm } from '../../support/worker';

// Durable Objects outlive a test file: every test uses its own login names and client addresses.
const policy = throttlePolicy(env);
const counts = (login: string, client: string | null) => {
  const objects = throttleObjects(env, { login, client });
  return Promise.all([objects.address.counts(policy, objects.name), objects.login.counts(policy)]).then(
    ([address, name]) => ({ pair: address.pair, address: address.address, name: name.name }),
  );
};
const tryLogin = (login: string, password: string, client: string | null) =>
  checkLogin(env, orm(), { login, password, client }).then(
    (userId) => ({ userId, refused: false }),
    (error: { code?: string; retryAfter?: number }) => {
      expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
      return { userId: null, refused: true };
    },
  );

describe('login throttling: reservations', () => {
  it('30 parallel wrong logins for one name and address get at most 10 password checks', async () => {
    await createUser(orm(), { login: 'burst-owner', password: 'right-password' }, SYSTEM);
    const client = '192.0.2.31';
    const wrong = Array.from({ length: 30 }, (_, i) => tryLogin('burst-owner', `guess-${i}`, client));
    // The owner's right password, sent inside the burst from the same address.
    const right = tryLogin('BURST-OWNER', 'right-password', client);
    const results = await Promise.all(wrong);
    const refused = results.filter((r) => r.refused).length;
    expect(results.every((r) => r.userId === null)).toBe(true);
    expect(refused).toBeGreaterThanOrEqual(30 - policy.pair.lockAfter);
    const owner = await right;
    // Every wrong attempt that was checked is still logged; the success (if it got a slot) gave back only
    // its own reservation, so the attack's count is not reset.
    const after = await counts('burst-owner', client);
    expect(after.pair).toBe(30 - refused);
    expect(after.pair).toBeLessThanOrEqual(policy.pair.lockAfter);
    expect(after.pair).toBeGreaterThanOrEqual(policy.pair.lockAfter - 1);
    if (!owner.refused) expect(owner.userId).toEqual(expect.any(Number));
  });

  it('a success releases only its own attempt; at the bound the pair is refused, not the owner elsewhere', async () => {
    await createUser(orm(), { login: 'forgetful', password: 'right-password' }, SYSTEM);
    // The owner's usual address: familiar to the account from here on.
    expect((await tryLogin('forgetful', 'right-password', '192.0.2.41')).userId).toEqual(expect.any(Number));
    const client = '192.0.2.40';
    for (let i = 0; i < 4; i++) expect((await tryLogin('forgetful', 'nope', client)).userId).toBeNull();
    expect((await tryLogin('Forgetful', 'right-password', client)).userId).toEqual(expect.any(Number));
    expect((await counts('forgetful', client)).pair).toBe(4);
    for (let i = 4; i < policy.pair.lockAfter; i++) await tryLogin('forgetful', 'nope', client);
    // This (name, address) is at its bound: refused without a password check, even the right one...
    await expect(
      checkLogin(env, orm(), { login: 'FORGETFUL', password: 'right-password', client }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
    expect((await counts('forgetful', client)).pair).toBe(policy.pair.lockAfter);
    // ...but the owner still gets in from a familiar address without failures.
    expect((await tryLogin('forgetful', 'right-password', '192.0.2.41')).userId).toEqual(expect.any(Number));
    // Other names from the refused address are counted separately.
    expect((await tryLogin('admin', 'admin', client)).userId).toEqual(expect.any(Number));
  });

  it('40 addresses guessing one account in parallel get no more checks than one; its owner still gets in', async () => {
    await createUser(orm(), { login: 'popular', password: 'right-password' }, SYSTEM);
    const home = '2001:db8:77:1::10';
    expect((await tryLogin('popular', 'right-password', home)).userId).toEqual(expect.any(Number));
    const attackers = Array.from({ length: 40 }, (_, i) => `198.18.0.${i + 1}`);
    const results = await Promise.all(attackers.map((client, i) => tryLogin('popular', `guess-${i}`, client)));
    const checked = results.filter((r) => !r.refused).length;
    expect(checked).toBeLessThanOrEqual(policy.name.lockAfter);
    expect(checked).toBeGreaterThanOrEqual(policy.name.lockAfter - 1);
    expect(policy.name.lockAfter).toBe(policy.pair.lockAfter);
    expect((await counts('popular', null)).name).toBe(checked);
    // The owner, from their /64 (another address in it), is not refused while the budget is spent...
    expect((await tryLogin('popular', 'right-password', '2001:db8:77:1::99')).userId).toEqual(expect.any(Number));
    // ...a place the account has never logged in from is, until failures leave the window.
    const stranger = await checkLogin(env, orm(), {
      login: 'popular',
      password: 'right-password',
      client: '198.18.9.9',
    }).catch((error: unknown) => error);
    expect(stranger).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
    // A familiar address's wrong guesses are still counted (and slowed, capped at 2 s).
    const nameObject = throttleObjects(env, { login: 'popular' }).login;
    const admitted = await nameObject.admit(addressKey(home), policy);
    expect(admitted.allowed).toBe(true);
    expect(admitted.delayMs).toBe(Math.min(2000, policy.delayMs * (checked - policy.name.slowAfter + 1)));
    await nameObject.release(admitted.ticket);
    expect((await counts('popular', null)).name).toBe(checked);
  });

  it('refuses an address that sprays many names, in parallel too, and no other address', async () => {
    const client = '203.0.113.77';
    const names = Array.from({ length: policy.address.lockAfter + 15 }, (_, i) => `spray-${i}`);
    const results = await Promise.all(names.map((login) => tryLogin(login, 'x', client)));
    expect(results.filter((r) => r.refused).length).toBeGreaterThanOrEqual(15);
    expect((await counts('spray-0', client)).address).toBe(policy.address.lockAfter);
    const refused = await tryLogin('admin', 'admin', client);
    expect(refused.refused).toBe(true);
    expect((await tryLogin('admin', 'admin', '203.0.113.78')).userId).toEqual(expect.any(Number));
  });

  it('counts logins without a client address as one address, "unknown"', async () => {
    const before = await counts('no-address-user', null);
    expect(await checkLogin(env, orm(), { login: 'no-address-user', password: 'x' })).toBeNull();
    const after = await counts('no-address-user', null);
    expect(after.pair).toBe(before.pair + 1);
    expect(after.address).toBeGreaterThanOrEqual(1);
    expect(addressKey(null)).toBe('unknown');
    expect(clientAddress(new Headers())).toBeNull();
  });
});

describe('client address keys', () => {
  it('keeps IPv4, groups IPv6 by /64 and reads IPv4-mapped IPv6 as IPv4', () => {
    expect(addressKey(' 192.0.2.7 ')).toBe('192.0.2.7');
    expect(addressKey('2001:DB8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8:0:1:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.9')).toBe('192.0.2.9');
    expect(addressKey('::ffff:c000:209')).toBe('192.0.2.9');
    expect(addressKey('')).toBe('unknown');
    expect(addressKey('not-an-address')).toBe('not-an-address');
    expect(addressKey('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9');
  });
});
