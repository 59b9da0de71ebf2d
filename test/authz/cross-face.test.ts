import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup, findGroupByName, updateGroup } from '../../src/core/identity/groups';
import { createUser } from '../../src/core/identity/users';
import { login } from '../faces/idempiere/helpers';
import { SYSTEM } from '../support/actors';
import { bearer, call, orm } from '../support/worker';

/**
 * Cross-face consistency (issue 13): a resource reachable from several faces gets the same allow/deny for
 * the same actor on each, because the core decides. The actors pass every face's own narrowing rule
 * (Ribbon2's Admins, an iDempiere role with access to all tables) and differ only in core rights, so any
 * difference between faces would be a face deciding on its own.
 */
const PROFILES: Record<string, { rights: string[]; readOnly?: boolean }> = {
  full: { rights: ['base.user-management.*', 'base.framework.record.*', 'base.framework.query.execute'] },
  none: { rights: [] },
  readOnly: {
    rights: ['base.user-management.*', 'base.framework.record.*', 'base.framework.query.execute'],
    readOnly: true,
  },
  viewer: {
    rights: ['base.user-management.user.view', 'base.framework.record.view', 'base.framework.query.execute'],
  },
};
const tokens: Record<string, string> = {};
let nobodyGroup: number;

async function target(tag: string) {
  const login = `xf-target-${tag}-${crypto.randomUUID().slice(0, 6)}`;
  return createUser(orm(), { login, groupId: nobodyGroup }, SYSTEM);
}

beforeAll(async () => {
  // Here Admins is Ribbon2's narrowing rule only: its members hold no core right through it.
  const admins = (await findGroupByName(orm(), 'Admins'))!;
  await updateGroup(orm(), admins.id, { rights: [] }, SYSTEM);
  const erp = (await findGroupByName(orm(), 'GardenWorld Admin'))!;
  nobodyGroup = (await createGroup(orm(), { name: 'xf-nobody', rights: [] }, SYSTEM)).id;
  for (const [name, profile] of Object.entries(PROFILES)) {
    const group = await createGroup(orm(), { name: `xf-${name}`, rights: profile.rights }, SYSTEM);
    await createUser(
      orm(),
      {
        login: `xf-${name}`,
        password: 'xf-pass-1',
        groupId: group.id,
        extraGroupIds: [admins.id, erp.id],
        readOnly: profile.readOnly ?? false,
      },
      SYSTEM,
    );
    tokens[name] = (await login(`xf-${name}`, 'xf-pass-1', 102)).token;
  }
  tokens.admin = (await login('admin', 'admin', 102)).token;
  await env.DB.prepare(
    `insert into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE, QUERY_DESCRIPTION) values
      (30, 'GET', 'SESSION', 'select C_BPartner_ID, Name from C_BPartner where C_BPartner_ID = :ID', 'Partner'),
      (30, 'PUT', 'SESSION', 'update C_BPartner set Description = :Description where C_BPartner_ID = :ID', 'Describe')`,
  ).run();
});

const send = async (path: string, token: string, method = 'GET', body?: unknown) =>
  (
    await call(path, {
      method,
      headers: { ...bearer(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).status;

const verdict = (status: number) =>
  status < 300 ? 'allow' : status === 401 || status === 403 || status === 404 ? 'deny' : `?${status}`;

describe('the same actor gets the same answer on every face', () => {
  it('users: read, edit and delete through DATAGERRY, Ribbon2, iDempiere (and read through Liberty)', async () => {
    const table: Record<string, Record<string, string>> = {};
    for (const actor of Object.keys(tokens)) {
      const t = tokens[actor];
      const read = await target(`${actor}-r`);
      const edits = [await target(`${actor}-e1`), await target(`${actor}-e2`), await target(`${actor}-e3`)];
      const gone = [await target(`${actor}-d1`), await target(`${actor}-d2`), await target(`${actor}-d3`)];
      table[actor] = {
        'read DATAGERRY': verdict(await send(`/rest/users/${read.id}`, t)),
        'read Ribbon2': verdict(await send(`/api/user/${read.id}`, t)),
        'read iDempiere': verdict(await send(`/api/v1/models/AD_User/${read.id}`, t)),
        'read Liberty': verdict(await send(`/api/auth/user?user=${read.login}`, t)),
        'edit DATAGERRY': verdict(
          await send(`/rest/users/${edits[0].id}`, t, 'PUT', { user_name: edits[0].login, first_name: 'Ed' }),
        ),
        'edit Ribbon2': verdict(
          await send('/api/user', t, 'PUT', { id: String(edits[1].id), login: edits[1].login, firstName: 'Ed' }),
        ),
        'edit iDempiere': verdict(await send(`/api/v1/models/AD_User/${edits[2].id}`, t, 'PUT', { FirstName: 'Ed' })),
        'delete DATAGERRY': verdict(await send(`/rest/users/${gone[0].id}`, t, 'DELETE')),
        'delete Ribbon2': verdict(await send(`/api/user/${gone[1].id}`, t, 'DELETE')),
        'delete iDempiere': verdict(await send(`/api/v1/models/AD_User/${gone[2].id}`, t, 'DELETE')),
      };
    }
    for (const [actor, answers] of Object.entries(table)) {
      for (const verb of ['read', 'edit', 'delete']) {
        const faces = Object.entries(answers).filter(([k]) => k.startsWith(verb));
        expect(new Set(faces.map(([, v]) => v)), `${actor} ${verb}: ${JSON.stringify(faces)}`).toHaveProperty(
          'size',
          1,
        );
      }
    }
    expect(table.full).toMatchObject({
      'read DATAGERRY': 'allow',
      'edit DATAGERRY': 'allow',
      'delete DATAGERRY': 'allow',
    });
    expect(table.none).toMatchObject({
      'read DATAGERRY': 'deny',
      'edit DATAGERRY': 'deny',
      'delete DATAGERRY': 'deny',
    });
    expect(table.readOnly).toMatchObject({
      'read DATAGERRY': 'allow',
      'edit DATAGERRY': 'deny',
      'delete DATAGERRY': 'deny',
    });
    expect(table.viewer).toMatchObject({ 'read DATAGERRY': 'allow', 'edit DATAGERRY': 'deny' });
  });

  it('business partners: iDempiere models and a Liberty stored query', async () => {
    for (const [actor, t] of Object.entries(tokens)) {
      const read = [
        verdict(await send('/api/v1/models/C_BPartner/115', t)),
        verdict(await send(`/api/db/query?query=30&params=${encodeURIComponent('{"ID":115}')}`, t)),
      ];
      const write = [
        verdict(await send('/api/v1/models/C_BPartner/116', t, 'PUT', { Description: actor })),
        verdict(await send('/api/db/query?query=30', t, 'PUT', { ID: 117, Description: actor })),
      ];
      expect(read[0], `${actor} read: ${read}`).toBe(read[1]);
      expect(write[0], `${actor} write: ${write}`).toBe(write[1]);
      const expected = actor === 'full' || actor === 'admin' ? 'allow' : 'deny';
      expect(write[0], actor).toBe(expected);
    }
  });
});
