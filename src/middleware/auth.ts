import { createMiddleware } from 'hono/factory';
import { type Actor, actorFromPrincipal } from '../core/identity/actor';
import { hasRight, type Principal } from '../core/identity/principal';
import { authenticateCachedToken, authenticateToken } from '../core/identity/tokens';
import { AppError } from '../lib/errors';
import type { AppEnv } from './env';

export interface AuthOptions {
  /** Also read the raw token (no `Bearer`) from the Ribbon2 header (name from RIBBON2_AUTH_HEADER). */
  ribbon2Header?: boolean;
  /** Token scopes accepted here (default: the API scope only). */
  scopes?: readonly string[];
  /** Let anonymous requests through (the principal stays unset). */
  optional?: boolean;
  /**
   * Also take the token from the `token` query parameter (live-feed WebSockets: a browser cannot set
   * headers on one). A header still wins. The request log records the path only, never the query.
   */
  queryToken?: boolean;
}

const MAX_TOKEN_LENGTH = 8192;

/** The token after `Bearer ` when it is one word with only spaces around it, else undefined. */
function bearerToken(authorization: string): string | undefined {
  let start = 7;
  while (authorization.charCodeAt(start) === 32) start++;
  let end = authorization.length;
  while (end > start && authorization.charCodeAt(end - 1) === 32) end--;
  if (end === start) return undefined;
  const token = authorization.slice(start, end);
  return token.includes(' ') ? undefined : token;
}

/** The token a request carries, or undefined. A malformed Authorization header counts as none. */
export function tokenFromRequest(headers: Headers, env: Cloudflare.Env, ribbon2Header = false): string | undefined {
  const authorization = headers.get('authorization');
  if (authorization) {
    // `Bearer <token>` (any case, spaces around the token): what /^Bearer[ ]+([^ ]+)[ ]*$/i accepts, by hand.
    const token =
      authorization.length > 7 && /^bearer $/i.test(authorization.slice(0, 7)) ? bearerToken(authorization) : undefined;
    if (token) return token.length <= MAX_TOKEN_LENGTH ? token : undefined;
  }
  if (ribbon2Header) {
    const raw = headers.get(env.RIBBON2_AUTH_HEADER || 'x-ribbon2-auth')?.trim();
    if (raw) return raw.length <= MAX_TOKEN_LENGTH ? raw : undefined;
  }
  return undefined;
}

/** Puts the principal (user, groups, effective rights) on the context, or answers 401. */
export function authenticate(options: AuthOptions = {}) {
  const scopes = { scopes: options.scopes };
  // Not an async function: a token whose principal is cached (most requests) adds no asynchronous step.
  return createMiddleware<AppEnv>((c, next) => {
    const fromQuery = options.queryToken ? c.req.query('token') : undefined;
    const token =
      tokenFromRequest(c.req.raw.headers, c.env, options.ribbon2Header) ??
      (fromQuery && fromQuery.length <= MAX_TOKEN_LENGTH ? fromQuery : undefined);
    if (!token) {
      if (options.optional) return next();
      throw new AppError('UNAUTHENTICATED', 'Authentication required');
    }
    const known = authenticateCachedToken(c.env, token, scopes);
    if (known) {
      c.set('principal', known);
      return next();
    }
    return authenticateToken(() => c.var.data.orm(), c.env, token, scopes).then((principal) => {
      c.set('principal', principal);
      return next();
    });
  });
}

/** The principal, for handlers behind `authenticate()`. */
export function principalOf(c: { get(key: 'principal'): Principal | undefined }): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Authentication required');
  return principal;
}

/** The authenticated caller as the core's Actor (with the request id for audit rows). */
export function actorOf(c: { get(key: 'principal'): Principal | undefined; get(key: 'requestId'): string }): Actor {
  return actorFromPrincipal(principalOf(c), c.get('requestId'));
}

/** 401 without a principal, 403 without one of the rights (any of them suffices). */
export function requireRight(...rights: string[]) {
  return createMiddleware<AppEnv>((c, next) => {
    const principal = principalOf(c);
    if (!rights.some((right) => hasRight(principal, right))) throw new AppError('FORBIDDEN', 'Insufficient rights');
    return next();
  });
}
