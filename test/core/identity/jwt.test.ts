import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { signToken, type TokenConfig, verifyTokenSignature } from '../../../src/core/identity/jwt';
import { AppError } from '../../../src/lib/errors';

const config: TokenConfig = { secret: 's'.repeat(40), issuer: 'atrium', audience: 'atrium-api', ttlSeconds: 600 };
const now = () => Math.floor(Date.now() / 1000);
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const enc = (value: unknown) => b64url(new TextEncoder().encode(JSON.stringify(value)));

async function hmac(data: string, secret: string, hash = 'SHA-256'): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash }, false, [
    'sign',
  ]);
  return b64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(data))));
}

/** A token built by hand, so every field can be wrong on purpose. */
async function handmade(
  payload: Record<string, unknown>,
  options: { alg?: string; secret?: string; hash?: string } = {},
): Promise<string> {
  const head = `${enc({ alg: options.alg ?? 'HS256', typ: 'JWT' })}.${enc(payload)}`;
  return `${head}.${await hmac(head, options.secret ?? config.secret, options.hash)}`;
}

const good = () => ({
  sub: '7',
  jti: crypto.randomUUID(),
  iat: now(),
  exp: now() + 600,
  iss: config.issuer,
  aud: config.audience,
});

async function rejected(token: string): Promise<AppError> {
  const error = await verifyTokenSignature(config, token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(401);
  expect((error as AppError).message).not.toMatch(/jose|JWS|JWT[A-Z]/);
  return error as AppError;
}

describe('JWT signing', () => {
  it('issues HS256 tokens with iss, aud, exp, iat, jti and sub', async () => {
    const { token, claims } = await signToken(config, '7', { login: 'alice' });
    expect(JSON.parse(atob(token.split('.')[0]))).toEqual({ alg: 'HS256', typ: 'JWT' });
    const verified = await verifyTokenSignature(config, token);
    expect(verified).toMatchObject({ sub: '7', iss: 'atrium', aud: 'atrium-api', login: 'alice', jti: claims.jti });
    expect(verified.exp - verified.iat).toBe(600);
    expect(verified.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts a hand-made token with the right key (the forgery tests below are meaningful)', async () => {
    expect((await verifyTokenSignature(config, await handmade(good()))).sub).toBe('7');
  });

  it('refuses to work without a real secret', async () => {
    await expect(signToken({ ...config, secret: 'short' }, '1')).rejects.toMatchObject({ status: 500 });
    await expect(verifyTokenSignature({ ...config, secret: '' }, 'a.b.c')).rejects.toMatchObject({ status: 500 });
  });
});

describe('JWT rejections', () => {
  it('alg none', async () => {
    await rejected(`${enc({ alg: 'none', typ: 'JWT' })}.${enc(good())}.`);
  });
  it('other algorithms, even with the right secret', async () => {
    await rejected(await handmade(good(), { alg: 'HS512', hash: 'SHA-512' }));
    await rejected(await handmade(good(), { alg: 'HS384', hash: 'SHA-384' }));
    await rejected(`${enc({ alg: 'RS256' })}.${enc(good())}.${b64url(new Uint8Array(256))}`);
  });
  it('a token re-signed with another key', async () => {
    await rejected(await handmade(good(), { secret: 'x'.repeat(40) }));
  });
  it('an edited payload keeping the signature', async () => {
    const { token } = await signToken(config, '7');
    const [h, , s] = token.split('.');
    await rejected(`${h}.${enc({ ...good(), sub: '1' })}.${s}`);
  });
  it('expired', async () => {
    const error = await rejected(await handmade({ ...good(), iat: now() - 7200, exp: now() - 3600 }));
    expect(error.message).toBe('Token expired');
  });
  it('not yet valid (nbf or iat in the future)', async () => {
    await rejected(await handmade({ ...good(), nbf: now() + 3600 }));
    await rejected(await handmade({ ...good(), iat: now() + 3600, exp: now() + 7200 }));
  });
  it('wrong issuer or audience', async () => {
    await rejected(await handmade({ ...good(), iss: 'evil' }));
    await rejected(await handmade({ ...good(), aud: 'other' }));
  });
  it('missing sub, jti, exp or iat', async () => {
    for (const claim of ['sub', 'jti', 'exp', 'iat']) {
      const payload: Record<string, unknown> = good();
      delete payload[claim];
      await rejected(await handmade(payload));
    }
  });
  it('malformed, empty, two segments, oversized', async () => {
    for (const token of [
      '',
      'garbage',
      'a.b',
      'a.b.c',
      '..',
      `${enc({ alg: 'HS256' })}.@@@.###`,
      `a.${'b'.repeat(9000)}.c`,
    ]) {
      await rejected(token);
    }
  });
});
