// The shapes the login throttle and its Durable Object agree on, in the core so the core needs nothing from src/durable.

/** Bounds of one counter: failures after which answers are slowed, and after which attempts are refused. */
export interface ThrottleLimits {
  slowAfter: number;
  lockAfter: number;
}

export interface ThrottlePolicy {
  /** Failures older than this are forgotten (sliding window). */
  windowSeconds: number;
  /** Added delay per failure beyond a counter's `slowAfter` (capped at 2 s). */
  delayMs: number;
  /** Per (login name, client address): the counter that locks a guesser out of one account. */
  pair: ThrottleLimits;
  /** Per client address, over all names: the counter that stops spraying. */
  address: ThrottleLimits;
  /**
   * Per login name (the account), over all addresses: the budget of password checks per window, so many
   * addresses get no more guesses than one. Addresses the account logged in from before are exempt while
   * the budget is exhausted (its owner keeps getting in from home).
   */
  name: ThrottleLimits;
  /** How long an address stays familiar to an account after a successful login (days). */
  familiarDays: number;
}

/** An address object's answer to `reserve`. */
export interface Reservation {
  /** False: refuse with 429 and Retry-After; nothing was reserved. */
  allowed: boolean;
  /** Identifies the reserved attempt for `release` (0 when refused). */
  ticket: number;
  /** Milliseconds to wait before checking the password. */
  delayMs: number;
  /** Seconds until a slot frees up (when refused). */
  retryAfter: number;
}
