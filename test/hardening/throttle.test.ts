import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { throttlePolicies } from '../../src/core/identity/throttle';
import { createUser } from '../../src/core/identity/users';
import { call, orm } from '../support/worker';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Each face's login, failing for one login name until it is refused with 429 and Retry-After. */
const LOGINS: [string, (login: string, password: string) => Promise<Response>][] = [
  ['Liberty', (login, password) => call('/api/auth/token', json({ user: login, password }))],
  ['iDempiere', (login, password) => call('/api/v1/auth', json({ userName: login, password }))],
  ['DATAGERRY', (login, password) => call('/rest/auth/login', json({ user_name: login, password }))],
  [
    'DATAGERRY Basic',
    (login, password) => call('/rest/users/', { headers: { authorization: `Basic ${btoa(`${login}:${password}`)}` } }),
  ],
  ['Ribbon2', (login, password) => call('/auth', json({ login, password }))],
];

describe('login throttling on every face', () => {
  it.each(LOGINS)(
    '%s: repeated failures are refused with 429 and Retry-After, even with the right password',
    async (face, login) => {
      const name = `victim-${face.replace(/\W/g, '').toLowerCase()}`;
      await createUser(orm(), { login: name, password: 'right-password' });
      const { login: policy } = throttlePolicies(env);
      for (let i = 0; i < policy.lockAfter; i++) expect((await login(name, `wrong-${i}`)).status).not.toBe(200);
      const locked = await login(name, 'right-password');
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    },
  );
});
