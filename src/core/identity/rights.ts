/**
 * Rights are dotted names; a name ending in `.*` grants everything below it (`base.*` grants all).
 * Security levels are DATAGERRY's.
 */
export const SECURITY_LEVELS = {
  CRITICAL: 100,
  DANGER: 80,
  SECURE: 50,
  PROTECTED: 30,
  PERMISSION: 10,
  NOTSET: 0,
} as const;

export const ADMIN_GROUP_ID = 1;
export const USER_GROUP_ID = 2;

export function isMasterRight(name: string): boolean {
  return name.endsWith('.*');
}

/** True when one of `held` is `required` itself or a wildcard above it. */
export function grants(held: readonly string[], required: string): boolean {
  for (const right of held) {
    if (right === required) return true;
    if (isMasterRight(right) && required.startsWith(right.slice(0, -1))) return true;
  }
  return false;
}
