import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '../../../src/core/identity/tokens';
import { createUser, findUserByLogin, loadAccess, setPassword } from '../../../src/core/identity/users';
import { SYSTEM } from '../../support/actors';
import { orm } from '../../support/worker';

describe('identity store', () => {
  it('has the base groups and the bootstrap admin in group admin (public id 1)', async () => {
    const admin = await findUserByLogin(orm(), 'admin');
    expect(admin).toBeDefined();
    const access = await loadAccess(orm(), admin!.id);
    // Demo data adds face groups; the primary group stays admin (1).
    expect(access.groups.filter((g) => g.primary)).toEqual([{ id: 1, name: 'admin', primary: true }]);
    expect(access.rights).toContain('base.*');
    const groups = await env.DB.prepare('select id, name from groups order by id').all();
    expect(groups.results.slice(0, 2)).toEqual([
      { id: 1, name: 'admin' },
      { id: 2, name: 'user' },
    ]);
  });

  it('never hands out the password hash', async () => {
    const admin = await findUserByLogin(orm(), 'admin');
    expect(admin).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(admin)).not.toContain('pbkdf2');
  });

  it('stores PBKDF2 hashes with salt and iterations, and checks them', async () => {
    const user = await createUser(
      orm(),
      { login: 'Alice', password: 's3cret-pass', email: 'alice@example.com' },
      SYSTEM,
    );
    const row = await env.DB.prepare('select password_hash from users where id = ?')
      .bind(user.id)
      .first<{ password_hash: string }>();
    expect(row!.password_hash).toMatch(/^pbkdf2-sha256\$\d+\$/);
    expect(row!.password_hash).not.toContain('s3cret-pass');
    expect(await verifyCredentials(orm(), 'alice', 's3cret-pass')).toBe(user.id);
    expect(await verifyCredentials(orm(), 'ALICE', 's3cret-pass')).toBe(user.id);
    expect(await verifyCredentials(orm(), 'alice', 'wrong')).toBeNull();
    expect(await verifyCredentials(orm(), 'nobody', 's3cret-pass')).toBeNull();
    await setPassword(orm(), user.id, 'new-pass-1', SYSTEM);
    expect(await verifyCredentials(orm(), 'alice', 'new-pass-1')).toBe(user.id);
  });

  it('refuses a duplicate login whatever its case (409)', async () => {
    await createUser(orm(), { login: 'bob' }, SYSTEM);
    await expect(createUser(orm(), { login: 'BOB' }, SYSTEM)).rejects.toMatchObject({ status: 409 });
  });

  it('gives a new user the user group as primary plus extra memberships', async () => {
    const user = await createUser(orm(), { login: 'carol', extraGroupIds: [1] }, SYSTEM);
    const access = await loadAccess(orm(), user.id);
    expect(access.groups).toEqual(
      expect.arrayContaining([
        { id: 2, name: 'user', primary: true },
        { id: 1, name: 'admin', primary: false },
      ]),
    );
  });

  it('a disabled user cannot log in', async () => {
    const user = await createUser(orm(), { login: 'dave', password: 'pw-dave-1', enabled: false }, SYSTEM);
    expect(await verifyCredentials(orm(), 'dave', 'pw-dave-1')).toBeNull();
    expect(user.enabled).toBe(false);
  });
});
