import type { DataAccess } from '../../db/data-access';
import { AppError } from '../../lib/errors';
import type { Principal } from '../identity/principal';
import { findUserById, loadAccess } from '../identity/users';

/**
 * The session a run acts in when no request carries a token: a background job (the user who asked for
 * it) or a scheduler (its supervisor). The user's groups and rights are read when the run starts, so a
 * right taken away (or a user disabled) since the job was queued counts; client, role and organisation are
 * the instance's, as iDempiere runs a job in the context it was started in.
 */
export interface SessionClaims {
  client: number;
  role: number | null;
  org: number;
}

export async function sessionPrincipal(data: DataAccess, userId: number, claims: SessionClaims): Promise<Principal> {
  const orm = data.orm();
  const user = await findUserById(orm, userId);
  if (!user?.enabled) throw new AppError('FORBIDDEN', `User ${userId} not found or disabled`);
  const { groups, rights } = await loadAccess(orm, userId);
  const now = Math.floor(Date.now() / 1000);
  return {
    userId,
    login: user.login,
    groups,
    rights,
    readOnly: user.readOnly,
    claims: {
      sub: String(userId),
      jti: `process:${crypto.randomUUID()}`,
      iat: now,
      exp: now + 3600,
      iss: 'atrium',
      aud: 'atrium-api',
      client: claims.client,
      ...(claims.role === null ? {} : { role: claims.role }),
      org: claims.org,
    },
  };
}
