import { env, runInDurableObject } from 'cloudflare:test';
import { afterAll, describe, expect, it } from 'vitest';
import { throttlePolicy } from '../../src/core/identity/throttle';
import { createUser } from '../../src/core/identity/users';
import type { ThrottleDO } from '../../src/durable/throttle-do';
import { throttleStub } from '../../src/lib/do-stubs';
import { SYSTEM } from '../support/actors';
import { call, orm } from '../support/worker';

// Durable Objects outlive a test file: every test uses its own login names and client addresses.
const { pair } = throttlePolicy(env);

const from = (client: string, init: RequestInit): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), 'cf-connecting-ip': client },
});
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const basic = (login: string, password: string): RequestInit => ({
  headers: { authorization: `Basic ${btoa(`${login}:${password}`)}` },
});

type Login = (login: string, password: string, client: string, userId: number) => Promise<Response>;

/** Each face's login path. */
const LOGINS: [string, Login][] = [
  ['Liberty', (login, password, ip) => call('/api/auth/token', from(ip, json({ user: login, password })))],
  ['iDempiere', (login, password, ip) => call('/api/v1/auth', from(ip, json({ userName: login, password })))],
  ['DATAGERRY', (login, password, ip) => call('/rest/auth/login', from(ip, json({ user_name: login, password })))],
  ['DATAGERRY Basic', (login, password, ip, id) => call(`/rest/users/${id}`, from(ip, basic(login, password)))],
  ['Ribbon2', (login, password, ip) => call('/auth', from(ip, json({ login, password })))],
];

describe('login throttling on every face', () => {
  it.each(LOGINS.map(([face, login], i) => [face, login, i] as const))(
    '%s: a guessing address is refused with 429 and Retry-After; the owner still logs in from elsewhere',
    async (face, login, i) => {
      const name = `victim-${face.replace(/\W/g, '').toLowerCase()}`;
      const user = await createUser(orm(), { login: name, password: 'right-password', groupId: 1 }, SYSTEM);
      const attacker = `198.51.100.${10 + i}`;
      // The owner's usual address, where the account has logged in before.
      expect((await login(name, 'right-password', `198.51.100.${110 + i}`, user.id)).status).toBe(200);
      for (let n = 0; n < pair.lockAfter; n++)
        expect((await login(name, `wrong-${n}`, attacker, user.id)).status).not.toBe(200);
      const locked = await login(name.toUpperCase(), 'right-password', attacker, user.id);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await login(name, 'right-password', `198.51.100.${110 + i}`, user.id)).status).toBe(200);
    },
  );

  it('counts a (name, address) across faces and letter case, and never locks admin out of Basic auth', async () => {
    const attacker = '198.51.100.200';
    const [liberty, idempiere, , dgBasic, ribbon2] = LOGINS.map(([, login]) => login);
    await clearAdminBudget();
    // Where admin usually works from.
    expect((await liberty('admin', 'admin', '198.51.100.201', 1)).status).toBe(200);
    for (let n = 0; n < 3; n++) expect((await liberty('admin', `x${n}`, attacker, 1)).status).toBe(401);
    for (let n = 0; n < 3; n++) expect((await idempiere('ADMIN', `x${n}`, attacker, 1)).status).toBe(401);
    for (let n = 6; n < pair.lockAfter; n++) expect((await ribbon2('Admin', `x${n}`, attacker, 1)).status).toBe(403);
    expect((await dgBasic('admin', 'admin', attacker, 1)).status).toBe(429);
    expect((await liberty('admin', 'admin', attacker, 1)).status).toBe(429);
    // The reported lockout: admin, from any other address, on every path including Basic auth.
    expect((await dgBasic('admin', 'admin', '198.51.100.201', 1)).status).toBe(200);
    expect((await ribbon2('admin', 'admin', '198.51.100.201', 1)).status).toBe(200);
  });

  it('30 parallel wrong logins for one name and address: at least 20 are refused without a password check', async () => {
    const user = await createUser(orm(), { login: 'burst-http', password: 'right-password' }, SYSTEM);
    const attacker = '198.51.100.202';
    const dgLogin = LOGINS[2][1];
    expect((await dgLogin('burst-http', 'right-password', '198.51.100.203', user.id)).status).toBe(200);
    const wrong = Array.from({ length: 30 }, (_, n) => dgLogin('burst-http', `guess-${n}`, attacker, user.id));
    const right = dgLogin('Burst-Http', 'right-password', attacker, user.id);
    const statuses = (await Promise.all(wrong)).map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - pair.lockAfter);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect([200, 429]).toContain((await right).status);
    // The right password inside the burst did not reset the attack's count for this address: if it got
    // a slot, it gave back only its own, so at most one more guess is checked before the address is refused.
    expect([401, 429]).toContain((await dgLogin('burst-http', 'one-more', attacker, user.id)).status);
    expect((await dgLogin('burst-http', 'right-password', attacker, user.id)).status).toBe(429);
    expect((await dgLogin('burst-http', 'right-password', '198.51.100.203', user.id)).status).toBe(200);
  });

  it('40 parallel wrong passwords for one account from 40 addresses: no more checked than from one', async () => {
    const user = await createUser(orm(), { login: 'spread-http', password: 'right-password' }, SYSTEM);
    const liberty = LOGINS[0][1];
    const home = '198.51.100.230';
    expect((await liberty('spread-http', 'right-password', home, user.id)).status).toBe(200);
    const statuses = (
      await Promise.all(
        Array.from({ length: 40 }, (_, n) => liberty('spread-http', `guess-${n}`, `203.0.113.${100 + n}`, user.id)),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(pair.lockAfter);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40 - pair.lockAfter);
    expect((await liberty('spread-http', 'right-password', home, user.id)).status).toBe(200);
    expect((await liberty('spread-http', 'right-password', '203.0.113.250', user.id)).status).toBe(429);
  });
});

/**
 * Durable Objects outlive a file: other files' wrong admin passwords count against admin's account budget,
 * and this file's must not refuse admin elsewhere. Its failures are cleared before and after.
 */
async function clearAdminBudget() {
  await runInDurableObject(throttleStub(env, 'name:admin'), (instance: ThrottleDO, state) => {
    instance.counts(throttlePolicy(env)); // creates the tables on a fresh object
    state.storage.sql.exec('DELETE FROM attempts');
  });
}
afterAll(clearAdminBudget);
