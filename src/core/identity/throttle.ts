import type { Orm } from '../../db/data-access';
import { throttleStub } from '../../durable/stubs';
import type { ThrottlePolicy } from '../../durable/throttle-do';
import { AppError } from '../../lib/errors';
import type { Bindings } from '../../lib/types';
import { verifyCredentials } from './tokens';

/**
 * Login throttling shared by the four faces' login routes. Failures are counted per login name (across
 * faces, so switching API does not reset the count) and per client address (CF-Connecting-IP; skipped
 * when absent, as in unit tests), in Durable Objects. Past `slowAfter` failures answers are delayed;
 * past `lockAfter` the key is refused with 429 and Retry-After until the window ends.
 */

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function throttlePolicies(env: Bindings): { login: ThrottlePolicy; client: ThrottlePolicy } {
  const slowAfter = positive(env.LOGIN_SLOW_AFTER, 3);
  const lockAfter = positive(env.LOGIN_LOCK_AFTER, 10);
  const windowSeconds = positive(env.LOGIN_WINDOW_SECONDS, 900);
  const delayMs = positive(env.LOGIN_DELAY_MS, 250);
  return {
    login: { slowAfter, lockAfter, windowSeconds, delayMs },
    // One address legitimately serves many users (offices, NAT): a looser bound.
    client: { slowAfter: slowAfter * 5, lockAfter: lockAfter * 5, windowSeconds, delayMs },
  };
}

export interface LoginAttempt {
  login: string;
  password: string;
  /** The client's address, from CF-Connecting-IP. */
  client?: string | null;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * verifyCredentials behind the throttle: returns the user id, or null for bad credentials; throws
 * AppError('TOO_MANY_REQUESTS') with retryAfter when the login name or the client is locked.
 */
export async function checkLogin(env: Bindings, orm: Orm, attempt: LoginAttempt): Promise<number | null> {
  const policies = throttlePolicies(env);
  const keys: [ReturnType<typeof throttleStub>, ThrottlePolicy][] = [
    [throttleStub(env, `login:${attempt.login.trim().toLowerCase().slice(0, 256)}`), policies.login],
  ];
  if (attempt.client) keys.push([throttleStub(env, `client:${attempt.client.slice(0, 64)}`), policies.client]);

  const verdicts = await Promise.all(keys.map(([stub, policy]) => stub.check(policy)));
  const refused = verdicts.filter((v) => !v.allowed);
  if (refused.length > 0)
    throw new AppError('TOO_MANY_REQUESTS', 'Too many failed login attempts; try again later', {
      retryAfter: Math.max(...refused.map((v) => v.retryAfter)),
    });
  const delay = Math.max(...verdicts.map((v) => v.delayMs));
  if (delay > 0) await wait(delay);

  const userId = await verifyCredentials(orm, attempt.login, attempt.password);
  if (userId === null) {
    await Promise.all(keys.map(([stub, policy]) => stub.fail(policy)));
    return null;
  }
  await keys[0][0].succeed();
  return userId;
}

/** The client address a login is counted against. */
export function clientAddress(headers: Headers): string | null {
  return headers.get('cf-connecting-ip');
}
