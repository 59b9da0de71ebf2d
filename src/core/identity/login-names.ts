import { sql } from 'drizzle-orm';
import type { Orm } from '../../db/data-access';
import { users } from '../../db/schema';

/**
 * Logging in with an e-mail address where a face allows it (iDempiere's USE_EMAIL_FOR_LOGIN): a name with
 * an `@` that is the address of exactly one user stands for that user's login; anything else is a login
 * name as given. The password check and the throttle that follow are the same either way.
 */
export async function resolveLoginName(orm: Orm, name: string, byEmail: boolean): Promise<string> {
  if (!byEmail || !name.includes('@')) return name;
  const found = await orm
    .select({ login: users.login })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${name.trim()})`)
    .limit(2);
  return found.length === 1 ? found[0].login : name;
}
