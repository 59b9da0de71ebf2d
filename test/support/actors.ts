import { type Actor, SYSTEM_ACTOR } from '../../src/core/identity/actor';

/** The bootstrap admin as a core Actor (user 1, group admin, `base.*`), for tests calling the core directly. */
export const adminActor = (requestId?: string): Actor => ({
  userId: 1,
  login: 'admin',
  groups: [{ id: 1, name: 'admin' }],
  rights: ['base.*'],
  requestId,
});

/** Fixtures made by tests, as the bootstrap would make them. */
export const SYSTEM = SYSTEM_ACTOR;

/** The PBKDF2 cost the suite hashes at (test/setup.ts); passwords.test.ts checks the production cost. */
export const TEST_PASSWORD_COST = 1000;
