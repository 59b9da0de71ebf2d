import { is, SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { requireWrite } from '../identity/actor';
import { isSecurityTable } from './policy';
import { findColumn, findTable } from './registry';
import {
  CLIENT_COLUMN,
  isSystemTable,
  mayWriteSystemData,
  ORG_COLUMN,
  orgCondition,
  type RecordContext,
  SHARED_CLIENT,
  scopeCondition,
} from './scope';
import { RECORD_RIGHTS } from './service';
import { ident, prepare, sql } from './sql';
import type { PoolSchema, TableInfo } from './types';
import type { ColumnWrite, WriteValue } from './values';

/**
 * The checks a planned record write makes before any statement is built (writes.ts): the rights for the
 * verb, security tables and system data, the face's narrowing rule, the tenant columns, the face's row
 * rules and the references within the tenant.
 */

const isSql = (value: WriteValue): value is SQL => is(value, SQL);

/** The right a write needs; rows that decide who may do what (iDempiere roles, table access) need `base.*`. */
export async function requireWriteRight(ctx: RecordContext, table: TableInfo, verb: 'add' | 'edit' | 'delete') {
  requireWrite(ctx.actor, RECORD_RIGHTS[verb]);
  if (isSecurityTable(table.name))
    requireWrite(ctx.actor, 'base.*', `${table.name} decides who may do what: only a holder of base.* writes it`);
  await ctx.narrow?.(table, 'write');
  if (
    ctx.scope !== 'unscoped' &&
    (isSystemTable(table) || ctx.scope.clientId === SHARED_CLIENT) &&
    !mayWriteSystemData(ctx)
  )
    throw new AppError(
      'FORBIDDEN',
      `${table.name.slice(0, 64)} holds system data: a tenant session reads it, never writes it`,
    );
  if (table.view) throw new AppError('BAD_REQUEST', `${table.name} is read-only here`);
}

/**
 * The tenant columns of a write: inserts take the session's client whatever the body says, and the
 * session's organisation when the body names none; updates cannot move a row to another client. An
 * organisation given must be 0 or one of the client's (checked with the references, checkReferences).
 */
export function scopedWrites(ctx: RecordContext, table: TableInfo, writes: ColumnWrite[], mode: 'insert' | 'update') {
  if (ctx.scope === 'unscoped') return writes;
  const scope = ctx.scope;
  const client = findColumn(table, CLIENT_COLUMN);
  const org = findColumn(table, ORG_COLUMN);
  const out = writes.filter((w) => w.column !== client);
  if (client && mode === 'insert') out.push({ column: client, value: scope.clientId });
  if (org && mode === 'insert' && scope.defaultOrgId !== undefined && !out.some((w) => w.column === org))
    out.push({ column: org, value: scope.defaultOrgId });
  return out;
}

/** The face's rules for new and changed rows (RecordContext.rules); they add columns, never tenant ones. */
export function withRules(ctx: RecordContext, table: TableInfo, writes: ColumnWrite[], mode: 'insert' | 'update') {
  if (!ctx.rules) return writes;
  const added = ctx
    .rules(table, writes, mode)
    .filter(
      (w) =>
        !writes.some((given) => given.column === w.column) &&
        w.column.name !== CLIENT_COLUMN &&
        w.column.name !== ORG_COLUMN,
    );
  return [...writes, ...added];
}

/**
 * Foreign keys written must name rows the caller can see: a row of another tenant answers exactly like a
 * missing one (no existence oracle across clients). One batch of reads for all of them. Values the core
 * computed (links to rows of the same batch) are not checked here: the core built them.
 */
export async function checkReferences(ctx: RecordContext, schema: PoolSchema, table: TableInfo, writes: ColumnWrite[]) {
  if (ctx.scope === 'unscoped') return;
  const checks: { label: string; statement: D1PreparedStatement }[] = [];
  const db = ctx.data.d1(ctx.pool);
  const org = findColumn(table, ORG_COLUMN);
  const orgWrite = org && ctx.scope.orgsOfClient ? writes.find((w) => w.column === org) : undefined;
  if (orgWrite && orgWrite.value !== null && !isSql(orgWrite.value))
    checks.push({
      label: `Organization ${String(orgWrite.value).slice(0, 20)} not allowed`,
      statement: prepare(db, sql`select ${orgCondition(sql`${orgWrite.value}`, ctx.scope, 'write')} as n`),
    });
  for (const write of writes) {
    if (write.value === null || isSql(write.value)) continue;
    const fk = table.foreignKeys.find((f) => f.column === write.column.name);
    if (fk?.implicit && write.value === 0) continue;
    const parent = fk && findTable(schema, fk.table);
    const scoped = parent && scopeCondition(parent, ctx.scope, 'read');
    if (!fk || !parent || !scoped) continue;
    checks.push({
      label: `Record ${String(write.value).slice(0, 40)} not found in ${parent.name}`,
      statement: prepare(
        db,
        sql`select count(*) as n from ${ident(parent.name)} where ${ident(fk.references)} = ${write.value} and ${scoped}`,
      ),
    });
  }
  if (!checks.length) return;
  const results = await db.batch<{ n: number }>(checks.map((c) => c.statement));
  results.forEach((r, i) => {
    if (!r.results[0]?.n) throw new AppError('BAD_REQUEST', checks[i].label);
  });
}
