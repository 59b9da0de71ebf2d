import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt, isEncrypted } from '../../../src/core/ops/encryption';

const KEY = 'a passphrase for tests';
const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

function flip(value: string, index: number): string {
  const bytes = Buffer.from(value.slice(4), 'base64');
  bytes[index] ^= 0x01;
  return `ENC:${bytes.toString('base64')}`;
}

describe('AES-256-GCM encryption', () => {
  it('round-trips text, unicode and the empty string', async () => {
    for (const plain of ['hello', 'pässwörd 🔐 中文', '', 'x'.repeat(10_000)]) {
      const sealed = await encrypt(plain, KEY);
      expect(sealed.startsWith('ENC:')).toBe(true);
      expect(isEncrypted(sealed)).toBe(true);
      expect(sealed).not.toContain(plain || 'never');
      expect(await decrypt(sealed, KEY)).toBe(plain);
    }
  });

  it('uses a fresh IV every time, and version 1', async () => {
    const a = await encrypt('same', KEY);
    const b = await encrypt('same', KEY);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.slice(4), 'base64')[0]).toBe(1);
  });

  it('accepts 64-hex keys and passphrases', async () => {
    expect(await decrypt(await encrypt('v', HEX_KEY), HEX_KEY)).toBe('v');
    await expect(decrypt(await encrypt('v', HEX_KEY), KEY)).rejects.toMatchObject({ status: 400 });
  });

  it('fails cleanly (400) on tampering of version, IV, ciphertext or tag', async () => {
    const sealed = await encrypt('secret value', KEY);
    const length = Buffer.from(sealed.slice(4), 'base64').length;
    for (const index of [0, 1, 12, 14, length - 1]) {
      await expect(decrypt(flip(sealed, index), KEY)).rejects.toMatchObject({
        status: 400,
        message: 'Invalid encrypted value',
      });
    }
  });

  it('fails cleanly with the wrong key and on garbage', async () => {
    const sealed = await encrypt('secret value', KEY);
    await expect(decrypt(sealed, 'another key')).rejects.toMatchObject({ status: 400 });
    for (const junk of ['', 'plain', 'ENC:', 'ENC:!!!', 'ENC:AAAA', `ENC:${Buffer.alloc(40).toString('base64')}`]) {
      await expect(decrypt(junk, KEY)).rejects.toMatchObject({ status: 400 });
    }
  });

  it('refuses to run without a key', async () => {
    await expect(encrypt('x', undefined)).rejects.toMatchObject({ status: 500 });
    await expect(encrypt('x', '')).rejects.toMatchObject({ status: 500 });
  });
});
