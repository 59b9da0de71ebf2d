import type { TokenClaims } from './jwt';
import { ADMIN_GROUP_ID, grants } from './rights';

/** The authenticated caller, as every face sees it. */
export interface Principal {
  userId: number;
  login: string;
  groups: { id: number; name: string; primary: boolean }[];
  rights: string[];
  /** Liberty's USR_READONLY: the core refuses every write of a read-only user, whatever its rights. */
  readOnly: boolean;
  claims: TokenClaims;
}

export function isAdmin(principal: Principal): boolean {
  return principal.groups.some((g) => g.id === ADMIN_GROUP_ID);
}

export function hasRight(principal: Principal, right: string): boolean {
  return grants(principal.rights, right);
}
