import { beforeAll, describe, expect, it } from 'vitest';
import { dg, adminToken as dgAdmin } from '../../faces/datagerry/helpers';

/**
 * The per-isolate principal cache (src/core/identity/access-cache.ts) must never let an identity change
 * made through the API go unseen by the next request: every write clears it.
 */
let admin: string;

async function loginAs(user_name: string, password: string): Promise<string> {
  const login = await dg('/rest/auth/login', null, 'POST', { user_name, password });
  expect(login.status).toBe(200);
  return login.body.token;
}

beforeAll(async () => {
  admin = await dgAdmin();
});

describe('principal cache invalidation', () => {
  it('a user disabled through the API is refused on the very next request', async () => {
    const created = await dg('/rest/users/', admin, 'POST', {
      user_name: 'cache-disable',
      password: 'cache-pass-1',
      group_id: 2,
    });
    expect(created.status).toBe(200);
    const token = await loginAs('cache-disable', 'cache-pass-1');
    expect((await dg('/rest/types/', token)).status).toBe(200);
    expect((await dg('/rest/types/', token)).status).toBe(200); // now cached
    const id = created.body.result_id;
    expect((await dg(`/rest/users/${id}`, admin, 'PUT', { user_name: 'cache-disable', active: false })).status).toBe(
      202,
    );
    expect((await dg('/rest/types/', token)).status).toBe(401);
  });

  it('rights removed from a group apply on the very next request', async () => {
    const group = await dg('/rest/groups/', admin, 'POST', {
      name: 'cache-viewers',
      label: 'Cache viewers',
      rights: ['base.framework.type.view'],
    });
    expect(group.status).toBe(200);
    const gid = group.body.result_id;
    expect(
      (await dg('/rest/users/', admin, 'POST', { user_name: 'cache-rights', password: 'cache-pass-2', group_id: gid }))
        .status,
    ).toBe(200);
    const token = await loginAs('cache-rights', 'cache-pass-2');
    expect((await dg('/rest/types/', token)).status).toBe(200);
    expect((await dg('/rest/types/', token)).status).toBe(200);
    expect(
      (await dg(`/rest/groups/${gid}`, admin, 'PUT', { name: 'cache-viewers', label: 'Cache viewers', rights: [] }))
        .status,
    ).toBe(202);
    expect((await dg('/rest/types/', token)).status).toBe(403);
  });

  it('a deleted user is refused on the very next request', async () => {
    const created = await dg('/rest/users/', admin, 'POST', {
      user_name: 'cache-delete',
      password: 'cache-pass-3',
      group_id: 2,
    });
    const token = await loginAs('cache-delete', 'cache-pass-3');
    expect((await dg('/rest/types/', token)).status).toBe(200);
    expect((await dg(`/rest/users/${created.body.result_id}`, admin, 'DELETE')).status).toBe(202);
    expect((await dg('/rest/types/', token)).status).toBe(401);
  });
});
