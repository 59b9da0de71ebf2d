import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createGroup, deleteGroup, findGroupByName, listGroups, updateGroup } from '../../../src/core/identity/groups';
import { createUser, deleteUser, findUserWithGroups, listUsers, updateUser } from '../../../src/core/identity/users';
import { adminActor, SYSTEM } from '../../support/actors';
import { orm } from '../../support/worker';

const actor = adminActor('req-mgmt');

async function auditCount(table: string): Promise<number> {
  const row = await env.DB.prepare('select count(*) as n from audit_log where table_name = ?')
    .bind(table)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe('user and group management', () => {
  it('creates, lists, updates and deletes groups with rights and audit rows', async () => {
    const before = await auditCount('groups');
    const group = await createGroup(
      orm(),
      { name: 'editors', label: 'Editors', rights: ['base.framework.object.view'] },
      actor,
    );
    expect(group.rights).toEqual(['base.framework.object.view']);
    expect((await findGroupByName(orm(), 'EDITORS'))?.id).toBe(group.id);
    const updated = await updateGroup(
      orm(),
      group.id,
      { label: 'Editors!', rights: ['base.framework.type.view'] },
      actor,
    );
    expect(updated).toMatchObject({ name: 'editors', label: 'Editors!', rights: ['base.framework.type.view'] });
    const { groups, total } = await listGroups(orm(), { limit: 10, offset: 0 });
    expect(total).toBeGreaterThanOrEqual(3);
    expect(groups.find((g) => g.id === group.id)?.rights).toEqual(['base.framework.type.view']);
    await expect(createGroup(orm(), { name: 'bad', rights: ['no.such.right'] }, SYSTEM)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await findGroupByName(orm(), 'bad')).toBeUndefined();
    await deleteGroup(orm(), group.id, { action: 'NONE' }, actor);
    expect(await findGroupByName(orm(), 'editors')).toBeUndefined();
    expect(await auditCount('groups')).toBe(before + 3);
  });

  it('refuses to delete the base groups and moves or deletes members', async () => {
    await expect(deleteGroup(orm(), 1, { action: 'NONE' }, SYSTEM)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const a = await createGroup(orm(), { name: 'team-a' }, SYSTEM);
    const b = await createGroup(orm(), { name: 'team-b' }, SYSTEM);
    const u1 = await createUser(orm(), { login: 'mover', groupId: a.id }, SYSTEM);
    const u2 = await createUser(orm(), { login: 'goner', groupId: b.id }, SYSTEM);
    await expect(deleteGroup(orm(), a.id, { action: 'NONE' }, SYSTEM)).rejects.toMatchObject({ code: 'CONFLICT' });
    await deleteGroup(orm(), a.id, { action: 'MOVE', moveTo: 2 }, SYSTEM);
    expect(await findUserWithGroups(orm(), u1.id)).toMatchObject({ groupId: 2, groupIds: [2] });
    await deleteGroup(orm(), b.id, { action: 'DELETE' }, SYSTEM);
    expect(await findUserWithGroups(orm(), u2.id)).toBeUndefined();
  });

  it('updates users partially, keeps the password when none is sent, and audits without hashes', async () => {
    const user = await createUser(orm(), { login: 'patchme', password: 'first-pass', extraGroupIds: [1] }, actor);
    const hash = async () =>
      (await env.DB.prepare('select password_hash as h from users where id = ?').bind(user.id).first<{ h: string }>())
        ?.h;
    const original = await hash();
    const updated = await updateUser(orm(), user.id, { email: 'p@example.com', groupIds: [2] }, actor);
    expect(updated).toMatchObject({ email: 'p@example.com', groupId: 2, groupIds: [2] });
    expect(await hash()).toBe(original);
    await updateUser(orm(), user.id, { password: 'second-pass' }, actor);
    expect(await hash()).not.toBe(original);
    await expect(updateUser(orm(), user.id, { groupIds: [999] }, SYSTEM)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const audits = await env.DB.prepare(
      "select before, after from audit_log where table_name = 'users' and record_id = ?",
    )
      .bind(String(user.id))
      .all();
    expect(audits.results.length).toBe(3);
    expect(JSON.stringify(audits.results)).not.toContain('pbkdf2');
    const page = await listUsers(orm(), { limit: 2, offset: 0, sort: 'login' });
    expect(page.users.length).toBe(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    await deleteUser(orm(), user.id, actor);
    expect(await findUserWithGroups(orm(), user.id)).toBeUndefined();
  });
});
