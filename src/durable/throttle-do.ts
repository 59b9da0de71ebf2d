import { DurableObject } from 'cloudflare:workers';

export interface ThrottlePolicy {
  /** Failures after which each further attempt is slowed down. */
  slowAfter: number;
  /** Failures after which attempts are refused until the lock expires. */
  lockAfter: number;
  /** Failures older than this are forgotten; also the lock's length. */
  windowSeconds: number;
  /** Added delay per failure beyond `slowAfter` (capped at 2 s). */
  delayMs: number;
}

export interface ThrottleVerdict {
  /** False: refuse with 429 and Retry-After. */
  allowed: boolean;
  /** Milliseconds to wait before answering (slowing a guessing client). */
  delayMs: number;
  /** Seconds until the lock expires (when refused). */
  retryAfter: number;
  failures: number;
}

interface ThrottleState {
  failures: number;
  windowStart: number;
  lockedUntil: number;
}

const MAX_DELAY_MS = 2000;

/**
 * Failed-login counter for one key (a login name or a client address) of one face. State is in a
 * Durable Object, not KV: counting must be consistent across isolates, and a DO serialises its calls.
 */
export class ThrottleDO extends DurableObject<Cloudflare.Env> {
  private async load(now: number, policy: ThrottlePolicy): Promise<ThrottleState> {
    const state = (await this.ctx.storage.get<ThrottleState>('state')) ?? {
      failures: 0,
      windowStart: now,
      lockedUntil: 0,
    };
    if (state.lockedUntil <= now && now - state.windowStart > policy.windowSeconds * 1000)
      return { failures: 0, windowStart: now, lockedUntil: 0 };
    return state;
  }

  private verdict(state: ThrottleState, now: number, policy: ThrottlePolicy): ThrottleVerdict {
    if (state.lockedUntil > now)
      return {
        allowed: false,
        delayMs: 0,
        retryAfter: Math.ceil((state.lockedUntil - now) / 1000),
        failures: state.failures,
      };
    const over = state.failures - policy.slowAfter;
    return {
      allowed: true,
      delayMs: over >= 0 ? Math.min(MAX_DELAY_MS, policy.delayMs * (over + 1)) : 0,
      retryAfter: 0,
      failures: state.failures,
    };
  }

  /** May this key try a login now, and how slowly? */
  async check(policy: ThrottlePolicy): Promise<ThrottleVerdict> {
    const now = Date.now();
    return this.verdict(await this.load(now, policy), now, policy);
  }

  /** Counts a failure; reaching `lockAfter` locks the key for the window. */
  async fail(policy: ThrottlePolicy): Promise<ThrottleVerdict> {
    const now = Date.now();
    const state = await this.load(now, policy);
    state.failures += 1;
    if (state.failures >= policy.lockAfter) state.lockedUntil = now + policy.windowSeconds * 1000;
    await this.ctx.storage.put('state', state);
    return this.verdict(state, now, policy);
  }

  /** A successful login clears the key. */
  async succeed(): Promise<void> {
    await this.ctx.storage.delete('state');
  }
}
