import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  hashPassword,
  needsRehash,
  PBKDF2_ITERATIONS,
  setPasswordCostForTests,
  verifyAgainstDummy,
  verifyPassword,
} from '../../../src/core/identity/passwords';
import { TEST_PASSWORD_COST } from '../../support/actors';

describe('password hashing (PBKDF2-SHA256)', () => {
  it('round-trips at the default cost and stores the iteration count', async () => {
    // The suite runs at a lower cost (test/setup.ts); here the production cost, as deployed.
    setPasswordCostForTests(PBKDF2_ITERATIONS);
    let stored: string;
    try {
      stored = await hashPassword('correct horse battery staple');
    } finally {
      setPasswordCostForTests(TEST_PASSWORD_COST);
    }
    expect(stored).toMatch(new RegExp(`^pbkdf2-sha256\\$${PBKDF2_ITERATIONS}\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$`));
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const a = await hashPassword('same', 1000);
    const b = await hashPassword('same', 1000);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('handles unicode and empty passwords', async () => {
    const stored = await hashPassword('pässwörd-🔐', 1000);
    expect(await verifyPassword('pässwörd-🔐', stored)).toBe(true);
    expect(await verifyPassword('passwort', stored)).toBe(false);
    const empty = await hashPassword('', 1000);
    expect(await verifyPassword('', empty)).toBe(true);
    expect(await verifyPassword(' ', empty)).toBe(false);
  });

  it('flags hashes below the current cost for rehashing', async () => {
    expect(needsRehash(await hashPassword('x', 1000))).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('never throws on malformed stored values', async () => {
    for (const stored of [
      '',
      'plain',
      'pbkdf2-sha256$abc$x$y',
      'pbkdf2-sha256$1000$!!!$???',
      'md5$1$a$b',
      'pbkdf2-sha256$999999999$AA==$AA==',
      'pbkdf2-sha256$1000$AAAA$AAAA',
    ]) {
      expect(await verifyPassword('x', stored)).toBe(false);
    }
  });

  it('spends a derivation for unknown users', async () => {
    expect(await verifyAgainstDummy('whatever')).toBe(false);
  });

  it('compares in constant time, length included', () => {
    const a = new Uint8Array([1, 2, 3]);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(), new Uint8Array())).toBe(false);
  });
});
