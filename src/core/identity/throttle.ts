import type { Orm } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { throttleStub } from '../../lib/do-stubs';
import { AppError } from '../../lib/errors';
import type { ThrottlePolicy } from './throttle-policy';
import { verifyCredentials } from './tokens';

/**
 * Login throttling shared by the four faces' login routes (docs/decisions.md, "Login throttling").
 *
 * Before a password is checked, two Durable Objects reserve the attempt, each in one synchronous step:
 * the client address's (its live failures and those of this (name, address) pair, below both bounds) and
 * the account's (its failures over all addresses, below its budget, or an address it logged in from
 * before). A reserved attempt is a failure unless it succeeds, which releases it (only its own
 * reservations: a success never clears anyone else's failures) and makes the address familiar to the
 * account. So however many requests run at once, from however many addresses, an account gets at most
 * `name.lockAfter` password checks per window from addresses it does not know, a pair `pair.lockAfter`
 * and an address `address.lockAfter`; its owner keeps getting in from the places they logged in from.
 *
 * Without CF-Connecting-IP (unit tests, local calls, another Worker that did not forward it), all such
 * callers are one address, `unknown`: leaving the header out never escapes the count.
 */

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function throttlePolicy(env: Bindings): ThrottlePolicy {
  const slowAfter = positive(env.LOGIN_SLOW_AFTER, 3);
  const lockAfter = positive(env.LOGIN_LOCK_AFTER, 10);
  return {
    windowSeconds: positive(env.LOGIN_WINDOW_SECONDS, 900),
    delayMs: positive(env.LOGIN_DELAY_MS, 250),
    pair: { slowAfter, lockAfter },
    // One address legitimately serves many users (offices, NAT): a looser bound over all its names.
    address: { slowAfter: slowAfter * 5, lockAfter: lockAfter * 5 },
    // The account over all addresses: as many unfamiliar guesses as one address gets.
    name: { slowAfter, lockAfter: positive(env.LOGIN_ACCOUNT_LIMIT, lockAfter) },
    familiarDays: positive(env.LOGIN_FAMILIAR_DAYS, 90),
  };
}

export interface LoginAttempt {
  login: string;
  password: string;
  /** The client's address, from CF-Connecting-IP. */
  client?: string | null;
}

/** The login name as counted: the store compares names case-insensitively, so does the throttle. */
export function loginKey(login: string): string {
  return login.trim().toLowerCase().slice(0, 256);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const HEXTET = /^[0-9a-f]{1,4}$/;

/** The eight hextets of an IPv6 address (an embedded IPv4 tail becomes two), or null. */
function hextets(ip: string): string[] | null {
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const part = (s: string) => {
    const groups = s ? s.split(':') : [];
    const last = groups.at(-1);
    if (last && IPV4.test(last)) {
      const [a, b, c, d] = last.split('.').map(Number);
      groups.splice(-1, 1, ((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
    }
    return groups;
  };
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return all.every((g) => HEXTET.test(g)) ? all.map((g) => Number.parseInt(g, 16).toString(16)) : null;
}

/**
 * The client address as counted: IPv4 as is; IPv6 by its /64 prefix, since one subscriber usually holds a
 * whole /64 and could otherwise take a fresh address per guess (an IPv4-mapped address counts as IPv4).
 * Absent: `unknown`. Anything unparsable counts as its own (bounded) text.
 */
export function addressKey(client: string | null | undefined): string {
  const raw = client?.trim().toLowerCase().replace(/%.*$/, '') ?? '';
  if (!raw) return 'unknown';
  if (IPV4.test(raw)) return raw;
  const groups = raw.includes(':') ? hextets(raw) : null;
  if (!groups) return raw.slice(0, 64);
  if (groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') {
    const [hi, lo] = [Number.parseInt(groups[6], 16), Number.parseInt(groups[7], 16)];
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The two objects one login touches: its client address's and its login name's. */
export function throttleObjects(env: Bindings, attempt: Pick<LoginAttempt, 'login' | 'client'>) {
  const name = loginKey(attempt.login);
  const address = addressKey(attempt.client);
  return {
    name,
    addressKey: address,
    address: throttleStub(env, `address:${address}`),
    login: throttleStub(env, `name:${name}`),
  };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * verifyCredentials behind the throttle: returns the user id, or null for bad credentials; throws
 * AppError('TOO_MANY_REQUESTS') with retryAfter when the (name, address) pair or the address is at its
 * bound, without checking the password.
 */
export async function checkLogin(env: Bindings, orm: Orm, attempt: LoginAttempt): Promise<number | null> {
  const policy = throttlePolicy(env);
  const objects = throttleObjects(env, attempt);
  const [reserved, admitted] = await Promise.allSettled([
    objects.address.reserve(objects.name, policy),
    objects.login.admit(objects.addressKey, policy),
  ]);
  const ticket = reserved.status === 'fulfilled' && reserved.value.allowed ? reserved.value.ticket : 0;
  const nameTicket = admitted.status === 'fulfilled' && admitted.value.allowed ? admitted.value.ticket : 0;
  // Takes back what this attempt holds: it was refused, or its password was never checked.
  const release = () =>
    Promise.all([
      ticket ? objects.address.release(ticket) : undefined,
      nameTicket ? objects.login.release(nameTicket) : undefined,
    ]);

  if (reserved.status === 'rejected' || admitted.status === 'rejected') {
    await release().catch(() => undefined);
    throw reserved.status === 'rejected' ? reserved.reason : (admitted as PromiseRejectedResult).reason;
  }
  if (!reserved.value.allowed || !admitted.value.allowed) {
    await release().catch(() => undefined);
    throw new AppError('TOO_MANY_REQUESTS', 'Too many failed login attempts; try again later', {
      retryAfter: Math.max(reserved.value.retryAfter, admitted.value.retryAfter),
    });
  }

  let userId: number | null;
  try {
    const delay = Math.max(reserved.value.delayMs, admitted.value.delayMs);
    if (delay > 0) await wait(delay);
    userId = await verifyCredentials(orm, attempt.login, attempt.password);
  } catch (error) {
    // The password was not judged (storage fault): not the client's failure.
    await release().catch(() => undefined);
    throw error;
  }
  // A failure keeps its reservations. A success gives its own back and makes the address familiar to the
  // account; should that call fail, the entries only age out with the window, which must not cost the
  // owner this login.
  if (userId !== null)
    await Promise.all([objects.address.release(ticket), objects.login.succeeded(nameTicket, objects.addressKey)]).catch(
      () => undefined,
    );
  return userId;
}

/** The client address a login is counted against. */
export function clientAddress(headers: Headers): string | null {
  return headers.get('cf-connecting-ip');
}
