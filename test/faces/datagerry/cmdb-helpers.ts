import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { createGroup } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import { SYSTEM } from '../../support/actors';
import { orm, tokenFor } from '../../support/worker';
import { dg } from './helpers';

/** A fresh group with `rights` and a user in it (optionally read-only), with a token. Names are unique. */
export async function userWith(rights: string[], options: { readOnly?: boolean } = {}) {
  const name = `cmdb-${crypto.randomUUID().slice(0, 8)}`;
  const group = await createGroup(orm(), { name, rights }, SYSTEM);
  const user = await createUser(
    orm(),
    {
      login: name,
      password: `${name}-password`,
      groupId: group.id,
      readOnly: options.readOnly ?? false,
    },
    SYSTEM,
  );
  return { group, user, token: await tokenFor(user.login) };
}

export const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** Inserts a type as `token` and returns its id. */
export async function typeAs(token: string, body: Record<string, unknown>): Promise<number> {
  const res = await dg('/rest/types/', token, 'POST', body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.result_id;
}

/** Inserts an object as `token` and returns its id. */
export async function objectAs(token: string, typeId: number, fields: { name: string; value: unknown }[]) {
  const res = await dg('/rest/objects/', token, 'POST', { type_id: typeId, fields });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as number;
}

/**
 * Two error answers are the same but for the ids they name: same status, and bodies equal once every
 * `ids[i]` in answer i is replaced by a placeholder.
 */
export function expectSameAnswer(
  a: { status: number; body: unknown },
  aId: string | number,
  b: { status: number; body: unknown },
  bId: string | number,
) {
  const strip = (body: unknown, id: string | number) =>
    JSON.stringify(body).replace(new RegExp(`\\b${String(id).replace(/[^\w]/g, '\\$&')}\\b`, 'g'), '<id>');
  expect(a.status).toBe(b.status);
  expect(strip(a.body, aId)).toBe(strip(b.body, bId));
}

export async function count(sql: string, ...params: unknown[]): Promise<number> {
  return (
    (await env.DB.prepare(sql)
      .bind(...params)
      .first<{ n: number }>()) ?? { n: 0 }
  ).n;
}
