import { AD_USER_UU_PREFIX } from '../../db/schema/types';

/**
 * iDempiere's users are the one user store's: `AD_User_ID` is the user id, `AD_User_UU` that id in the UUID
 * format (the AD_User view, migration 0010). Clients name a user by either, as a number or a string.
 */

/** The user id a reference names (an id, its digits, or the user's `AD_User_UU`), or undefined. */
export function userIdOf(ref: unknown): number | undefined {
  if (typeof ref === 'number') return Number.isSafeInteger(ref) && ref > 0 ? ref : undefined;
  if (typeof ref !== 'string') return undefined;
  const text = ref.trim().toLowerCase();
  if (/^\d{1,15}$/.test(text)) return userIdOf(Number(text));
  if (text.length === 36 && text.startsWith(AD_USER_UU_PREFIX) && /^[0-9a-f]{12}$/.test(text.slice(24)))
    return userIdOf(Number.parseInt(text.slice(24), 16));
  return undefined;
}
