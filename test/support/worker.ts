import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { issueToken } from '../../src/core/identity/tokens';
import { findUserByLogin } from '../../src/core/identity/users';
import type { Orm } from '../../src/db/data-access';
import * as schema from '../../src/db/schema';

/** A request through the Worker's own fetch (real local D1, KV and Durable Objects). */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(new URL(path, 'http://atrium.test'), init));
}

export function orm(): Orm {
  return drizzle(env.DB, { schema });
}

/** A valid API token for an existing user (the login routes belong to the faces). */
export async function tokenFor(login: string, extra: Record<string, unknown> = {}): Promise<string> {
  const user = await findUserByLogin(orm(), login);
  if (!user) throw new Error(`no user ${login} in the test database`);
  return (await issueToken(env, user, extra)).token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
