import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { grants } from '../../src/core/identity/rights';
import { bearer, call } from '../support/worker';
import {
  adminKeepsEverything,
  escalations,
  makeActors,
  nextSnapshot,
  privilegedChanges,
  privilegedVictims,
  type Snapshot,
  snapshot,
  strongerThan,
  type TestActor,
} from './fixtures';

/**
 * The escalation matrix (issue 13), generated from the OpenAPI document: every operation that is not a
 * GET and whose path touches users, groups, rights, memberships, roles, table access or access rules, on
 * all four faces, is called by each kind of actor with payloads that try to escalate (grant the admin
 * group or `base.*`, set passwords, disable). After each call every user's effective rights are recomputed:
 * nobody may have gained a right the actor does not hold, no password of a user holding more than the actor
 * may change, `admin` keeps `base.*`, and without `base.*` nothing that decides who may do what (privileged
 * memberships, iDempiere roles and table access) changes, nor does any member of a privileged group (its
 * row, password, state or groups; the targets include such members who hold no core right at all), nor
 * shared data (validation rules, forms, Liberty's tables: every actor's session is a tenant's). A
 * route added later is in the matrix by itself:
 * its payloads are synthesised from its request schema. Every other write route of the document (data,
 * pools, setup, logs, feeds' neighbours) is swept too, once per non-admin actor: no right gained, no 5xx,
 * and the read-only demo user writes no audited row.
 */

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Paths that touch identity or who-may-do-what. */
const IDENTITY_PATH = /(user|group|right|member|role|access)/i;
/** The matrix's own selection: identity paths and the generic iDempiere models. */
const inMatrix = (path: string) => IDENTITY_PATH.test(path) || path.startsWith('/api/v1/models/{tableName}');
/**
 * Generic iDempiere models whose rows are identity or access data (the path touches them by table name),
 * and shared data no tenant session writes (system tables; Liberty's tables, which are no models at all).
 */
const SECURITY_MODELS = [
  'AD_User',
  'AD_Role',
  'AD_Table_Access',
  'AD_Client',
  'AD_Val_Rule',
  'AD_Form',
  'LY_APPLICATIONS',
];

interface Targets {
  users: { id: number; login: string }[];
  groups: { id: number; name: string }[];
}
interface Attack {
  label: string;
  method: string;
  path: string;
  body?: unknown;
}

let doc: Doc;
let actors: Record<string, TestActor>;
/** Members of GardenWorld Admin and of Ribbon2 Admins holding no core right: targets of every user write. */
let victims: { id: number; login: string }[] = [];

function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; current.$ref && i < 10; i++)
    current = doc.components?.schemas?.[current.$ref.split('/').pop() ?? ''] ?? {};
  const union = current.anyOf ?? current.oneOf;
  return union ? resolve(union.find((s) => resolve(s).type === 'object') ?? union[0]) : current;
}

type Variant = 'escalate' | 'password' | 'disable';

/** A value for one property, chosen to escalate when the property is about identity. */
function valueFor(
  name: string,
  schema: Schema,
  variant: Variant,
  target: { id: number; name: string },
  create: boolean,
) {
  const key = name.toLowerCase();
  const s = resolve(schema);
  const fresh = `attacker-${crypto.randomUUID().slice(0, 6)}`;
  if (['user_name', 'login', 'name'].includes(key)) return create ? fresh : target.name;
  if (key === 'id' || key === 'public_id') return s.type === 'integer' ? target.id : String(target.id);
  if (key === 'password') return 'pwned-pass-9';
  if (key === 'group_id') return 1;
  if (key === 'groups') return ['admin', 'Admins', 'GardenWorld Admin'];
  if (key === 'rights') return ['base.*'];
  if (key === 'active' || key === 'enabled') return variant !== 'disable';
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  if (type === 'object') return {};
  return 'x';
}

/** A body from the request schema: required properties plus the identity ones, set to escalate. */
function synthesise(
  schema: Schema | undefined,
  variant: Variant,
  target: { id: number; name: string },
  create: boolean,
) {
  const s = resolve(schema);
  if (s.type === 'array') {
    // Ribbon2 access rules: a grant of every permission to the caller.
    return [{ name: target.name, type: 'USER', permissions: { canEditAccessDir: true, canDeleteDir: true } }];
  }
  const body: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const key = name.toLowerCase();
    const identity = ['user_name', 'login', 'name', 'id', 'public_id', 'group_id', 'groups', 'rights'].includes(key);
    const chosen =
      (variant === 'escalate' && identity) ||
      (variant === 'password' && (key === 'password' || ['user_name', 'login', 'name', 'id'].includes(key))) ||
      (variant === 'disable' &&
        (key === 'active' || key === 'enabled' || ['user_name', 'login', 'name', 'id'].includes(key)));
    if (chosen || s.required?.includes(name)) body[name] = valueFor(name, prop, variant, target, create);
  }
  return body;
}

/** iDempiere rows that try to widen table access, roles or users. */
function modelBodies(table: string, target: { id: number; name: string }, create: boolean): unknown[] {
  switch (table) {
    case 'AD_User':
      return create
        ? [{ Name: `attacker-${crypto.randomUUID().slice(0, 6)}`, Password: 'pwned-pass-9' }]
        : [{ Password: 'pwned-pass-9' }, { IsActive: false }, { Name: target.name, Description: 'x' }];
    case 'AD_Role':
      return create
        ? [{ AD_Client_ID: 11, Name: 'Backdoor', Group_Name: 'user', IsAccessAllTables: true }]
        : [{ IsAccessAllTables: true }, { Group_Name: 'user' }];
    case 'AD_Table_Access':
      return create ? [{ AD_Role_ID: 103, TableName: 'AD_User', IsReadOnly: false }] : [{ IsReadOnly: false }];
    case 'AD_Val_Rule':
      return create ? [{ Name: 'Widen', Code: '1 eq 1' }] : [{ Code: '1 eq 1' }, { IsActive: false }];
    case 'AD_Form':
      return create ? [{ Name: 'Planted', Classname: 'x' }] : [{ Name: 'Renamed' }];
    case 'LY_APPLICATIONS':
      return create ? [{ APPS_NAME: 'planted' }] : [{ APPS_NAME: 'renamed' }];
    default:
      return create ? [{ Value: 'evil', Name: 'Evil Corp' }] : [{ Name: 'Renamed' }];
  }
}

function attacksFor(method: string, path: string, op: Operation, actor: TestActor, t: Targets): Attack[] {
  const schema = op.requestBody?.content?.['application/json']?.schema;
  const create = method === 'POST';
  const isGroupPath = /group/i.test(path) && !/users/.test(path);
  const out: Attack[] = [];
  const targetsOf = (kind: 'user' | 'group') =>
    kind === 'user' ? t.users.map((u) => ({ id: u.id, name: u.login })) : t.groups;

  if (path.startsWith('/api/v1/models/{tableName}')) {
    for (const table of SECURITY_MODELS) {
      const ids =
        table === 'AD_User'
          ? targetsOf('user')
          : table === 'AD_Role'
            ? [102, 103].map((id) => ({ id, name: '' }))
            : [{ id: table === 'AD_Client' ? 11 : table === 'AD_Form' ? 101 : 1, name: '' }];
      for (const target of path.includes('{id}') ? ids : [ids[0]]) {
        const concrete = path.replace('{tableName}', table).replace('{id}', String(target.id));
        if (method === 'DELETE') out.push({ label: `${table} ${target.id}`, method, path: concrete });
        else
          for (const body of modelBodies(table, target, create))
            out.push({ label: `${table} ${target.id}`, method, path: concrete, body });
      }
    }
    return out;
  }

  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const idParam = params.find((p) => ['public_id', 'id'].includes(p));
  const bodyTargets = targetsOf(isGroupPath ? 'group' : 'user');
  const pathTargets = idParam ? bodyTargets : [bodyTargets[0]];
  for (const target of pathTargets) {
    let concrete = path;
    for (const p of params) {
      const value =
        p === idParam
          ? String(target.id)
          : p === 'identifier'
            ? 'attack-setting'
            : p === 'path'
              ? 'System'
              : p === 'table'
                ? 'AD_User'
                : p === 'user'
                  ? 'admin'
                  : 'x';
      concrete = concrete.replace(`{${p}}`, value);
    }
    if (method === 'DELETE') {
      const query = /\/rest\/groups/.test(path) ? ['', '?action=DELETE', '?action=MOVE&group_id=1'] : [''];
      for (const q of query) out.push({ label: `${target.name}${q}`, method, path: concrete + q });
      continue;
    }
    const body = schema ? undefined : {};
    // Ribbon2 edits name their target in the body (`id`), like their face's own clients do.
    const bodyTargetsHere = !idParam && !create && schema ? bodyTargets : [target];
    for (const bodyTarget of bodyTargetsHere)
      for (const variant of ['escalate', 'password', 'disable'] as Variant[]) {
        const who = path.includes('/access/') ? { id: actor.id, name: actor.login } : bodyTarget;
        out.push({
          label: `${bodyTarget.name} ${variant}`,
          method,
          path: concrete,
          body: body ?? synthesise(schema, variant, who, create),
        });
        if (path.includes('/access/') || !schema) break;
      }
  }
  return out;
}

async function targets(self: TestActor): Promise<Targets> {
  const victim = await env.DB.prepare("select id, login from users where login like 'matrix-victim%' limit 1").first<{
    id: number;
    login: string;
  }>();
  const own = await env.DB.prepare(
    'select g.id, g.name from user_groups ug join groups g on g.id = ug.group_id where ug.user_id = ? and ug.is_primary = 1',
  )
    .bind(self.id)
    .first<{ id: number; name: string }>();
  const named = async (name: string) =>
    env.DB.prepare('select id, name from groups where lower(name) = lower(?)')
      .bind(name)
      .first<{ id: number; name: string }>();
  const users = [
    { id: actors.admin.id, login: 'admin' },
    { id: self.id, login: self.login },
    ...(victim ? [victim] : []),
    ...victims,
  ];
  const groups = [{ id: 1, name: 'admin' }, await named('Admins'), await named('GardenWorld Admin'), own].filter(
    (g): g is { id: number; name: string } => Boolean(g),
  );
  return { users, groups };
}

beforeAll(async () => {
  doc = (await (await call('/openapi.json')).json()) as Doc;
  actors = await makeActors();
  const privileged = await privilegedVictims();
  const { results } = await env.DB.prepare(
    `select id, login from users where id in (${privileged.join(', ')}) order by id`,
  ).all<{ id: number; login: string }>();
  victims = results;
  await call('/api/user', {
    method: 'POST',
    headers: { ...bearer(actors.admin.token), 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'matrix-victim', password: 'victim-pass-1' }),
  });
});

describe('escalation matrix over the OpenAPI document', () => {
  it('selects every identity write of the four faces', () => {
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'get' && inMatrix(path))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'PUT /rest/users/{public_id}',
      'POST /rest/groups',
      'PUT /api/user',
      'POST /api/group',
      'POST /api/directory/access/{path}',
      'PUT /api/v1/models/{tableName}/{id}',
    ])
      expect(routes).toContain(expected);
  });

  it('every other write route: no non-admin actor gains a right, nothing answers 5xx, demo writes nothing', {
    timeout: 120_000,
  }, async () => {
    const failures: string[] = [];
    let calls = 0;
    const outcomes = new Map<string, number>();
    // Logout would end the actor's own session (and the rest of its calls): not an escalation route.
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => method !== 'get' && !inMatrix(path) && !path.includes('/logout'))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
    expect(routes.length).toBeGreaterThan(40);
    // Actors of its own: a session-changing route (PUT /api/v1/auth) may end the token it was called with.
    const fresh = await makeActors();
    let last: Snapshot | undefined;
    for (const key of ['demo', 'erpAdmin', 'groupEditor', 'userEditor', 'ribbonAdmin']) {
      const actor = fresh[key];
      const self = { id: actor.id, name: actor.login };
      for (const { method, path, op } of routes) {
        const concrete = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'path' || p === 'dir' ? 'System' : '1'));
        const schema = op.requestBody?.content?.['application/json']?.schema;
        // Nothing else writes between two calls: the last call's after-image is this one's before-image.
        const before = last ?? (await snapshot());
        const res = await call(concrete, {
          method,
          headers: { ...bearer(actor.token), 'content-type': 'application/json' },
          body:
            method === 'DELETE'
              ? undefined
              : JSON.stringify(schema ? synthesise(schema, 'escalate', self, method === 'POST') : {}),
        });
        calls += 1;
        const outcome = `${key} ${res.status < 300 ? 'ok' : res.status}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        const where = `${actor.name}: ${method} ${concrete} → ${res.status}`;
        // 501, 503 and 504 are documented answers (Liberty's AI without its binding; an outage; Ribbon2's
        // CALL_ERROR for a protocol no IO module serves).
        if (res.status >= 500 && ![501, 503, 504].includes(res.status))
          failures.push(`${where}: server error ${(await res.text()).slice(0, 200)}`);
        const after = await nextSnapshot(before);
        last = after;
        for (const e of escalations(before.rights.get(actor.id) ?? [], before.rights, after.rights))
          failures.push(`${where}: ${e}`);
        if (after.power !== before.power)
          failures.push(`${where}: privileged memberships, roles or table access changed`);
        for (const p of privilegedChanges(actor.id, before.privileged, after.privileged))
          failures.push(`${where}: ${p}`);
        if (key === 'demo' && after.audit !== before.audit) failures.push(`${where}: the read-only demo user wrote`);
      }
    }
    console.info(`other write routes: ${calls} calls`, Object.fromEntries(outcomes));
    expect(failures).toEqual([]);
    expect(await adminKeepsEverything()).toEqual([]);
    // Not vacuous: a Ribbon2 `Admins` member's own messaging writes go through.
    expect(outcomes.get('ribbonAdmin ok') ?? 0).toBeGreaterThan(0);
  });

  it('no actor ends up with, or hands out, a right it does not hold', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    let calls = 0;
    let last: Snapshot | undefined;
    // Admin last: its calls succeed and may remove fixtures the others attack.
    for (const key of ['demo', 'erpAdmin', 'groupEditor', 'userEditor', 'ribbonAdmin', 'admin']) {
      const actor = actors[key];
      const t = await targets(actor);
      const seen = new Set<string>();
      for (const [path, ops] of Object.entries(doc.paths)) {
        if (!inMatrix(path)) continue;
        for (const [method, op] of Object.entries(ops)) {
          if (method === 'get') continue;
          for (const attack of attacksFor(method.toUpperCase(), path, op, actor, t)) {
            // Variants that synthesise the same request are sent once.
            const id = `${attack.method} ${attack.path} ${JSON.stringify(attack.body)}`;
            if (seen.has(id)) continue;
            seen.add(id);
            // Nothing else writes between two calls: the last call's after-image is this one's before-image.
            const before = last ?? (await snapshot());
            const actorRights = before.rights.get(actor.id) ?? [];
            const res = await call(attack.path, {
              method: attack.method,
              headers: { ...bearer(actor.token), 'content-type': 'application/json' },
              body: attack.body === undefined ? undefined : JSON.stringify(attack.body),
            });
            const where = `${actor.name}: ${attack.method} ${attack.path} (${attack.label}) → ${res.status}`;
            calls += 1;
            // A read-only user's own settings are its preferences, not data (issue 25): the one write it may make.
            const own = key === 'demo' && attack.path.startsWith(`/rest/users/${actor.id}/settings`);
            const outcome = `${key} ${res.status < 300 ? (own ? 'own settings' : 'ok') : 'refused'}`;
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            if (res.status >= 500) failures.push(`${where}: server error ${(await res.text()).slice(0, 200)}`);
            const after = await nextSnapshot(before);
            last = after;
            for (const e of escalations(actorRights, before.rights, after.rights)) failures.push(`${where}: ${e}`);
            for (const userId of strongerThan(actorRights, before.rights))
              if (after.hashes.has(userId) && after.hashes.get(userId) !== before.hashes.get(userId))
                failures.push(`${where}: password of stronger user ${userId} changed`);
            if (!grants(actorRights, 'base.*') && after.power !== before.power)
              failures.push(`${where}: privileged memberships, roles or table access changed`);
            if (!grants(actorRights, 'base.*'))
              for (const p of privilegedChanges(actor.id, before.privileged, after.privileged))
                failures.push(`${where}: ${p}`);
            // Every actor here holds a tenant session or no base.*: shared data is theirs to read only.
            if (after.shared !== before.shared) failures.push(`${where}: shared (system) data changed`);
          }
        }
      }
      for (const p of await adminKeepsEverything()) failures.push(`after ${actor.name}: ${p}`);
    }
    console.info(`escalation matrix: ${calls} calls`, Object.fromEntries(outcomes));
    expect(failures).toEqual([]);
    // The matrix is not vacuous: admin's writes succeed, the delegated managers' legitimate ones too.
    expect(outcomes.get('admin ok') ?? 0).toBeGreaterThan(10);
    expect(outcomes.get('demo ok') ?? 0).toBe(0);
  });
});
