import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, actorFromPrincipal } from '../../src/core/identity/actor';
import { createGroup, deleteGroup, updateGroup } from '../../src/core/identity/groups';
import { grants } from '../../src/core/identity/rights';
import { createUser, deleteUser, loadAccess, setPassword, updateUser } from '../../src/core/identity/users';
import { SYSTEM } from '../support/actors';
import { orm } from '../support/worker';
import { privilegedChanges, privilegedVictims, rightsByUser, snapshot } from './fixtures';

/**
 * The identity policy as a property (issue 13): any sequence of up to 8 identity writes by an actor who
 * does not hold `base.*` leaves every other user's rights a subset of (their rights before ∪ the actor's
 * rights), and changes no member of a privileged group (group 1, Ribbon2 Admins, a group an iDempiere role is
 * bound to): not its password, state, profile or groups, nor deletes it. Refused writes are fine; a write
 * that widens anyone beyond that, or takes over a privileged account, is the bug.
 */

const CATALOGUE = [
  'base.user-management.*',
  'base.user-management.user.add',
  'base.user-management.user.edit',
  'base.user-management.user.delete',
  'base.user-management.group.add',
  'base.user-management.group.edit',
  'base.user-management.group.delete',
  'base.framework.*',
  'base.framework.object.view',
  'base.framework.record.*',
  'base.framework.message.add',
  'base.system.edit',
  'base.setup.*',
];

type Op =
  | { kind: 'createUser'; group: number; extra: number }
  | { kind: 'updateUser'; user: number; group: number; enabled: boolean }
  | { kind: 'deleteUser'; user: number }
  | { kind: 'createGroup'; rights: string[] }
  | { kind: 'updateGroup'; group: number; rights: string[] }
  | { kind: 'deleteGroup'; group: number; how: 'NONE' | 'DELETE' | 'MOVE'; to: number }
  | { kind: 'setPassword'; user: number }
  | { kind: 'privileged'; which: number; change: 'password' | 'disable' | 'groups' | 'profile' | 'delete' };

const index = fc.nat({ max: 50 });
const rights = fc.subarray([...CATALOGUE, 'base.*']);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createUser' as const), group: index, extra: index }),
  fc.record({
    kind: fc.constant('updateUser' as const),
    user: index,
    group: index,
    enabled: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('deleteUser' as const), user: index }),
  fc.record({ kind: fc.constant('createGroup' as const), rights }),
  fc.record({ kind: fc.constant('updateGroup' as const), group: index, rights }),
  fc.record({
    kind: fc.constant('deleteGroup' as const),
    group: index,
    how: fc.constantFrom('NONE' as const, 'DELETE' as const, 'MOVE' as const),
    to: index,
  }),
  fc.record({ kind: fc.constant('setPassword' as const), user: index }),
  fc.record({
    kind: fc.constant('privileged' as const),
    which: index,
    change: fc.constantFrom(
      'password' as const,
      'disable' as const,
      'groups' as const,
      'profile' as const,
      'delete' as const,
    ),
  }),
);

async function ids(table: 'users' | 'groups'): Promise<number[]> {
  const { results } = await env.DB.prepare(`select id from ${table} order by id`).all<{ id: number }>();
  return results.map((r) => r.id);
}

const pick = (list: number[], i: number) => list[i % list.length];

async function apply(actor: Actor, o: Op, n: number, victims: number[]): Promise<void> {
  const users = await ids('users');
  const groups = await ids('groups');
  switch (o.kind) {
    case 'createUser':
      await createUser(
        orm(),
        {
          login: `prop-u-${n}-${crypto.randomUUID().slice(0, 6)}`,
          groupId: pick(groups, o.group),
          extraGroupIds: [pick(groups, o.extra)],
        },
        actor,
      );
      return;
    case 'updateUser':
      await updateUser(orm(), pick(users, o.user), { groupIds: [pick(groups, o.group)], enabled: o.enabled }, actor);
      return;
    case 'deleteUser':
      await deleteUser(orm(), pick(users, o.user), actor);
      return;
    case 'createGroup':
      await createGroup(orm(), { name: `prop-g-${n}-${crypto.randomUUID().slice(0, 6)}`, rights: o.rights }, actor);
      return;
    case 'updateGroup':
      await updateGroup(orm(), pick(groups, o.group), { rights: o.rights }, actor);
      return;
    case 'deleteGroup':
      await deleteGroup(
        orm(),
        pick(groups, o.group),
        o.how === 'MOVE' ? { action: 'MOVE', moveTo: pick(groups, o.to) } : { action: o.how },
        actor,
      );
      return;
    case 'setPassword':
      await setPassword(orm(), pick(users, o.user), 'taken-over-1', actor);
      return;
    case 'privileged': {
      const victim = pick(victims, o.which);
      if (o.change === 'delete') await deleteUser(orm(), victim, actor);
      else
        await updateUser(
          orm(),
          victim,
          o.change === 'password'
            ? { password: 'taken-over-1' }
            : o.change === 'disable'
              ? { enabled: false }
              : o.change === 'groups'
                ? { groupIds: [2] }
                : { firstName: 'Taken', email: 'over@example.com' },
          actor,
        );
    }
  }
}

describe('identity policy property', () => {
  it('no sequence of identity writes by a non-base.* actor widens anyone beyond the actor', {
    timeout: 60_000,
  }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(CATALOGUE, { minLength: 1 }),
        fc.array(op, { minLength: 1, maxLength: 8 }),
        async (held, ops) => {
          run += 1;
          const group = await createGroup(
            orm(),
            { name: `prop-actor-${run}-${crypto.randomUUID().slice(0, 6)}`, rights: held },
            SYSTEM,
          );
          const self = await createUser(
            orm(),
            { login: `prop-actor-${run}-${crypto.randomUUID().slice(0, 6)}`, groupId: group.id },
            SYSTEM,
          );
          const access = await loadAccess(orm(), self.id);
          const actor = actorFromPrincipal({
            userId: self.id,
            login: self.login,
            groups: access.groups,
            rights: access.rights,
            readOnly: false,
            claims: { sub: String(self.id), jti: 'x', iat: 0, exp: 0, iss: 'x', aud: 'x' },
          });
          const victims = await privilegedVictims(`${run}-${crypto.randomUUID().slice(0, 4)}`);
          const before = await rightsByUser();
          const held0 = await snapshot();
          for (const [n, o] of ops.entries()) await apply(actor, o, n, victims).catch(() => undefined);
          const after = await rightsByUser();
          const held1 = await snapshot();
          expect(privilegedChanges(self.id, held0.privileged, held1.privileged), JSON.stringify(ops)).toEqual([]);
          for (const [user, list] of after) {
            if (user === self.id) continue;
            const had = before.get(user) ?? [];
            const widened = list.filter((r) => !had.includes(r) && !grants(actor.rights, r));
            expect(widened, `user ${user} after ${JSON.stringify(ops)}`).toEqual([]);
          }
          const admin = await env.DB.prepare(
            "select count(*) as n from group_rights where group_id = 1 and right_name = 'base.*'",
          ).first<{ n: number }>();
          expect(admin?.n).toBe(1);
        },
      ),
      { numRuns: 20 },
    );
  });
});
