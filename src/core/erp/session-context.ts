import { AppError } from '../../lib/errors';
import type { Principal } from '../identity/principal';

/**
 * iDempiere's session context (`Env`): the `#` variables a dictionary row's filter may name as `@#Name@`
 * (a tab's or an info window's where clause, a status line's measures, a chart's data source, a REST view).
 * Values are put in as `$filter` literals and then parsed, so they are bound, never spliced into SQL.
 */
export type SessionContext = Record<string, string | number>;

export function sessionContext(principal: Principal, now = new Date()): SessionContext {
  const context: SessionContext = {
    '#AD_User_ID': Number(principal.userId) || 0,
    '#Date': now.toISOString().slice(0, 10),
    '#Year': now.getUTCFullYear(),
  };
  const claims: [string, unknown][] = [
    ['#AD_Client_ID', principal.claims.client],
    ['#AD_Org_ID', principal.claims.org],
    ['#AD_Role_ID', principal.claims.role],
    ['#M_Warehouse_ID', principal.claims.warehouse],
  ];
  for (const [name, value] of claims)
    if (typeof value === 'number' && Number.isSafeInteger(value)) context[name] = value;
  return context;
}

/**
 * A `$filter` with `@Name@` placeholders filled from the context (and `extra`, e.g. a query's own values), as
 * `$filter` literals. A variable the context does not have is a 400: the row cannot be evaluated.
 */
export function fillContext(code: string, context: SessionContext, extra: SessionContext = {}): string {
  return code.replace(/@(#?[A-Za-z_][A-Za-z0-9_]*)@/g, (_all, name: string) => {
    const value = extra[name] ?? context[name];
    if (value === undefined) throw new AppError('BAD_REQUEST', `No value in the session context for @${name}@`);
    return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
  });
}
