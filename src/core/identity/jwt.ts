import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../lib/errors';

export interface TokenConfig {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface TokenClaims extends JWTPayload {
  sub: string;
  jti: string;
  iat: number;
  exp: number;
  iss: string;
  aud: string | string[];
  [claim: string]: unknown;
}

const ALGORITHM = 'HS256';
const MAX_TOKEN_LENGTH = 8192;
export const CLOCK_TOLERANCE_SECONDS = 5;
const MIN_SECRET_LENGTH = 32;
const encoder = new TextEncoder();
const keys = new Map<string, Uint8Array>();

function keyOf(config: TokenConfig): Uint8Array {
  if (!config.secret || config.secret.length < MIN_SECRET_LENGTH)
    throw new AppError('INTERNAL', 'JWT secret is not configured');
  let key = keys.get(config.secret);
  if (!key) {
    key = encoder.encode(config.secret);
    if (keys.size > 4) keys.clear();
    keys.set(config.secret, key);
  }
  return key;
}

export async function signToken(
  config: TokenConfig,
  subject: string,
  extra: Record<string, unknown> = {},
  options: { ttlSeconds?: number; jti?: string } = {},
): Promise<{ token: string; claims: TokenClaims }> {
  const ms = Date.now();
  const now = Math.floor(ms / 1000);
  const claims: TokenClaims = {
    ...extra,
    sub: subject,
    jti: options.jti ?? crypto.randomUUID(),
    iat: now,
    // The issue time to the millisecond: a session cut-off (sessions.ts) must not spare a token issued in
    // the same second before it, nor refuse one issued in the same second after it.
    iat_ms: ms,
    exp: now + (options.ttlSeconds ?? config.ttlSeconds),
    iss: config.issuer,
    aud: config.audience,
  };
  const token = await new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' }).sign(keyOf(config));
  return { token, claims };
}

/**
 * Signature and claims only (revocation and user status need the database: see tokens.ts).
 * The algorithm is pinned, so `alg: none` and every other algorithm fail; messages stay generic.
 */
export async function verifyTokenSignature(config: TokenConfig, token: string): Promise<TokenClaims> {
  const key = keyOf(config);
  if (!token || token.length > MAX_TOKEN_LENGTH || token.split('.').length !== 3) {
    throw new AppError('UNAUTHENTICATED', 'Invalid token');
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: config.issuer,
      audience: config.audience,
      requiredClaims: ['exp', 'iat', 'jti', 'sub'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw new AppError('UNAUTHENTICATED', error instanceof errors.JWTExpired ? 'Token expired' : 'Invalid token');
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.iat !== 'number' || payload.iat > now + CLOCK_TOLERANCE_SECONDS) {
    throw new AppError('UNAUTHENTICATED', 'Invalid token');
  }
  if (typeof payload.sub !== 'string' || typeof payload.jti !== 'string' || !payload.sub || !payload.jti) {
    throw new AppError('UNAUTHENTICATED', 'Invalid token');
  }
  return payload as TokenClaims;
}
