import { env } from 'cloudflare:test';
import { createGroup, findGroupByName } from '../../src/core/identity/groups';
import { grants } from '../../src/core/identity/rights';
import { createUser, findUserByLogin } from '../../src/core/identity/users';
import { login as idempiereLogin } from '../faces/idempiere/helpers';
import { SYSTEM } from '../support/actors';
import { orm, tokenFor } from '../support/worker';

/**
 * The actors of the authorization tests (issue 13): the bootstrap admin, the read-only demo user, a user
 * holding only `user.edit`, one holding only `group.edit`, a member of Ribbon2's `Admins` and a member of
 * an ERP role with access to all tables (GardenWorld Admin, a core group with no rights). Each has one
 * token usable on every face; those holding an iDempiere role get a session token for it (client 11).
 */
export interface TestActor {
  name: string;
  login: string;
  id: number;
  token: string;
  password: string;
}

const PASSWORD = 'actor-pass-1';

async function member(loginName: string, primary: number, extra: number[] = []): Promise<number> {
  const user = await createUser(
    orm(),
    { login: loginName, password: PASSWORD, groupId: primary, extraGroupIds: extra },
    SYSTEM,
  );
  return user.id;
}

async function groupWith(name: string, rights: string[]): Promise<number> {
  return (await createGroup(orm(), { name, label: name, rights }, SYSTEM)).id;
}

export async function makeActors(suffix = crypto.randomUUID().slice(0, 6)): Promise<Record<string, TestActor>> {
  const admins = await findGroupByName(orm(), 'Admins');
  const erpGroup = await findGroupByName(orm(), 'GardenWorld Admin');
  if (!admins || !erpGroup) throw new Error('demo data lacks Admins or GardenWorld Admin');
  const userEditGroup = await groupWith(`only-user-edit-${suffix}`, ['base.user-management.user.edit']);
  const groupEditGroup = await groupWith(`only-group-edit-${suffix}`, ['base.user-management.group.edit']);
  const ids = {
    userEditor: await member(`user-editor-${suffix}`, userEditGroup),
    groupEditor: await member(`group-editor-${suffix}`, groupEditGroup),
    ribbonAdmin: await member(`r2-admin-${suffix}`, 2, [admins.id]),
    erpAdmin: await member(`erp-admin-${suffix}`, erpGroup.id),
  };
  const adminUser = await findUserByLogin(orm(), 'admin');
  const demoUser = await findUserByLogin(orm(), 'demo');
  const session = async (login: string, password: string, role: number) =>
    (await idempiereLogin(login, password, role)).token;
  return {
    admin: {
      name: 'admin',
      login: 'admin',
      id: adminUser!.id,
      password: 'admin',
      token: await session('admin', 'admin', 102),
    },
    demo: {
      name: 'demo',
      login: 'demo',
      id: demoUser!.id,
      password: 'demo',
      token: await session('demo', 'demo', 103),
    },
    userEditor: {
      name: 'user.edit only',
      login: `user-editor-${suffix}`,
      id: ids.userEditor,
      password: PASSWORD,
      token: await tokenFor(`user-editor-${suffix}`),
    },
    groupEditor: {
      name: 'group.edit only',
      login: `group-editor-${suffix}`,
      id: ids.groupEditor,
      password: PASSWORD,
      token: await tokenFor(`group-editor-${suffix}`),
    },
    ribbonAdmin: {
      name: 'Ribbon2 Admins member',
      login: `r2-admin-${suffix}`,
      id: ids.ribbonAdmin,
      password: PASSWORD,
      token: await tokenFor(`r2-admin-${suffix}`),
    },
    erpAdmin: {
      name: 'ERP all-tables role member',
      login: `erp-admin-${suffix}`,
      id: ids.erpAdmin,
      password: PASSWORD,
      token: await session(`erp-admin-${suffix}`, PASSWORD, 102),
    },
  };
}

/** Effective rights of every user, from the database (the truth the tests compare). */
export async function rightsByUser(): Promise<Map<number, string[]>> {
  const { results } = await env.DB.prepare(
    `select u.id as id, gr.right_name as r from users u
       left join user_groups ug on ug.user_id = u.id left join group_rights gr on gr.group_id = ug.group_id`,
  ).all<{ id: number; r: string | null }>();
  const map = new Map<number, string[]>();
  for (const row of results) {
    const list = map.get(row.id) ?? [];
    if (row.r && !list.includes(row.r)) list.push(row.r);
    map.set(row.id, list);
  }
  return map;
}

/** SQL truth of "member of a privileged group" (group 1, Ribbon2 Admins, a group an iDempiere role is bound to). */
const PRIVILEGED_MEMBER = `u.id in (select ug.user_id from user_groups ug join groups g on g.id = ug.group_id
  where g.id = 1 or lower(g.name) = 'admins' or lower(g.name) in (select lower(Group_Name) from AD_Role))`;

/**
 * Members of privileged groups as the test compares them: the whole user row (password hash and state
 * included) and the memberships, keyed by user id.
 */
const PRIVILEGED_ROWS = `select u.id as id, json_object('row', json(json_array(u.login, u.enabled, u.password_hash, u.first_name,
    u.last_name, u.email, u.read_only)), 'groups', (select group_concat(group_id) from (select group_id from user_groups
    where user_id = u.id order by group_id))) as state
  from users u where ${PRIVILEGED_MEMBER}`;

/** Privileged members other than `self` whose row or memberships differ between two snapshots. */
export function privilegedChanges(self: number, before: Map<number, string>, after: Map<number, string>): string[] {
  const found: string[] = [];
  for (const [id, state] of before)
    if (id !== self && after.get(id) !== state) found.push(`privileged member ${id} changed or went`);
  return found;
}

/**
 * Users who are members of a privileged group and hold no core right at all (so "covers their rights" never
 * protects them): the ERP all-tables group and Ribbon2 `Admins`, each as the only group.
 */
export async function privilegedVictims(suffix = crypto.randomUUID().slice(0, 6)): Promise<number[]> {
  const ids: number[] = [];
  for (const group of ['GardenWorld Admin', 'Admins']) {
    const found = await findGroupByName(orm(), group);
    if (!found) throw new Error(`demo data lacks ${group}`);
    ids.push(await member(`priv-victim-${group.replace(/\W/g, '').toLowerCase()}-${suffix}`, found.id));
  }
  return ids;
}

/** The state that decides who may do what, beyond core rights: privileged memberships, roles, table access. */
const POWER_QUERIES = [
  `select ug.user_id, ug.group_id from user_groups ug join groups g on g.id = ug.group_id
   where g.id = 1 or lower(g.name) = 'admins' or lower(g.name) in (select lower(Group_Name) from AD_Role)
   order by 1, 2`,
  'select AD_Role_ID, AD_Client_ID, Group_Name, IsAccessAllTables, IsActive from AD_Role order by 1',
  'select AD_Role_ID, lower(TableName) as t, IsReadOnly, IsActive from AD_Table_Access order by 1, 2',
  "select id, name from groups where lower(name) = 'admins' or lower(name) in (select lower(Group_Name) from AD_Role) order by 1",
];

export async function powerState(): Promise<string> {
  const results = await env.DB.batch(POWER_QUERIES.map((q) => env.DB.prepare(q)));
  return JSON.stringify(results.map((r) => r.results));
}

export async function passwordHashes(): Promise<Map<number, string | null>> {
  const { results } = await env.DB.prepare('select id, password_hash as h from users').all<{
    id: number;
    h: string | null;
  }>();
  return new Map(results.map((r) => [r.id, r.h]));
}

/** What escaped the rule "nobody gains a right the actor does not hold" between two snapshots. */
export function escalations(
  actorRights: readonly string[],
  before: Map<number, string[]>,
  after: Map<number, string[]>,
): string[] {
  const found: string[] = [];
  for (const [user, rights] of after) {
    const had = before.get(user) ?? [];
    for (const right of rights)
      if (!had.includes(right) && !grants(actorRights, right)) found.push(`user ${user} gained ${right}`);
  }
  return found;
}

/** Users whose rights are not all held by the actor: the actor may not touch their passwords. */
export function strongerThan(actorRights: readonly string[], rights: Map<number, string[]>): number[] {
  return [...rights].filter(([, r]) => !r.every((x) => grants(actorRights, x))).map(([id]) => id);
}

export async function adminKeepsEverything(): Promise<string[]> {
  const problems: string[] = [];
  const admin = await env.DB.prepare(
    `select count(*) as n from users u join user_groups ug on ug.user_id = u.id join group_rights gr on gr.group_id = ug.group_id
     where u.login = 'admin' and gr.right_name = 'base.*' and u.enabled = 1`,
  ).first<{ n: number }>();
  if (!admin?.n) problems.push('admin lost base.* or was disabled');
  const group = await env.DB.prepare(
    "select count(*) as n from group_rights where group_id = 1 and right_name = 'base.*'",
  ).first<{ n: number }>();
  if (!group?.n) problems.push('group 1 lost base.*');
  return problems;
}

/**
 * Every table's data version (migration 0013's triggers move it on any insert, update or delete, whoever
 * writes) and the newest audit row (audit_log has no version): while this mark stands, nothing snapshot()
 * reads has changed.
 */
const WRITE_MARK = `select (select group_concat(name || ':' || version) from (select name, version from atrium_table_versions
  order by name)) || '|' || (select coalesce(max(id), 0) from audit_log) as mark`;

export type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * The snapshot after a call: `previous` itself when no table moved since it was taken (one cheap query
 * instead of the whole image; most attacks are refused and write nothing), a new one otherwise.
 */
export async function nextSnapshot(previous: Snapshot): Promise<Snapshot> {
  const now = await env.DB.prepare(WRITE_MARK).first<{ mark: string }>();
  return now?.mark === previous.mark ? previous : snapshot();
}

/** Everything the matrix compares, in one round trip: rights per user, password hashes, power state. */
export async function snapshot(): Promise<{
  rights: Map<number, string[]>;
  hashes: Map<number, string | null>;
  power: string;
  privileged: Map<number, string>;
  /** System data no tenant session may write: the demo's validation rule and forms, Liberty's applications and modules. */
  shared: string;
  /** The newest audit row's id: a call that wrote an audited row moved it. */
  audit: number;
  /** The write mark (WRITE_MARK) the image was read at, in the same batch. */
  mark: string;
}> {
  const [mark, rights, hashes, privileged, shared, audit, members, roles, access, names] = await env.DB.batch([
    env.DB.prepare(WRITE_MARK),
    env.DB.prepare(
      `select u.id as id, gr.right_name as r from users u
         left join user_groups ug on ug.user_id = u.id left join group_rights gr on gr.group_id = ug.group_id`,
    ),
    env.DB.prepare('select id, password_hash as h from users'),
    env.DB.prepare(PRIVILEGED_ROWS),
    env.DB.prepare(
      // The demo's system rows (rule 1, forms 101 and 102: system data with or without a client column,
      // which is client 0 then) and Liberty's tables, which no tenant reaches at all.
      `select json_array((select json_group_array(json_array(AD_Val_Rule_ID, Name, Code, IsActive)) from AD_Val_Rule where AD_Val_Rule_ID = 1),
        (select json_group_array(json_array(AD_Form_ID, Name, IsActive)) from AD_Form where AD_Form_ID in (101, 102)),
        (select json_group_array(json_array(APPS_ID, APPS_NAME)) from LY_APPLICATIONS),
        (select json_group_array(json_array(MODULE_ID, MODULE_ENABLED)) from LY_MODULES)) as state`,
    ),
    env.DB.prepare('select coalesce(max(id), 0) as n from audit_log'),
    ...POWER_QUERIES.map((q) => env.DB.prepare(q)),
  ]);
  const map = new Map<number, string[]>();
  for (const row of rights.results as { id: number; r: string | null }[]) {
    const list = map.get(row.id) ?? [];
    if (row.r && !list.includes(row.r)) list.push(row.r);
    map.set(row.id, list);
  }
  return {
    rights: map,
    hashes: new Map((hashes.results as { id: number; h: string | null }[]).map((r) => [r.id, r.h])),
    power: JSON.stringify([members.results, roles.results, access.results, names.results]),
    privileged: new Map((privileged.results as { id: number; state: string }[]).map((r) => [r.id, r.state])),
    shared: String((shared.results[0] as { state: string }).state),
    audit: Number((audit.results[0] as { n: number }).n),
    mark: String((mark.results[0] as { mark: string }).mark),
  };
}
