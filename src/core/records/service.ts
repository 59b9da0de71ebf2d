import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, compileOrderBy, type FilterNode, type OrderSpec, tableResolver } from '../filter';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { type Page, selectPage } from './paging';
import { isSecurityTable } from './policy';
import { findColumn, findTable, visibleColumns } from './registry';
import { allOf, CLIENT_COLUMN, ORG_COLUMN, orgCondition, type RecordContext, scopeCondition } from './scope';
import { ident, prepare } from './sql';
import type { ColumnInfo, PoolSchema, TableInfo } from './types';
import { columnValues, missingRequired, type ReadOnlyPolicy, type StoredValue, singleKey, toStored } from './values';

/**
 * Generic record access over the schema registry, for the faces that expose tables (iDempiere models,
 * forms). Every call carries a RecordContext: the actor's core right for the verb is checked here
 * (`base.framework.record.view|add|edit|delete`; iDempiere's security tables need `base.*`), and the
 * tenant scope (scope.ts) is part of every statement. Reads are bounded and filtered through the one filter
 * engine; every write and its audit row (before/after images built in SQL from visible columns only) are
 * one D1 batch.
 */

export type Row = Record<string, unknown>;
export type { RecordContext, RecordScope } from './scope';

export const RECORD_RIGHTS = {
  view: 'base.framework.record.view',
  add: 'base.framework.record.add',
  edit: 'base.framework.record.edit',
  delete: 'base.framework.record.delete',
} as const;

export interface ListOptions {
  /** Column names (case-insensitive); default: every visible column. */
  select?: string[];
  filter?: FilterNode;
  orderBy?: OrderSpec[];
  page: Page;
  /** A condition the caller adds (access rules, parent key for expansion), already bound. */
  where?: SQL;
  /** Further aliased select expressions built by the caller from registry names (e.g. FK labels). */
  extraColumns?: SQL;
}

/** Select lists by table and names (a table lives as long as its cached schema). */
const selectLists = new WeakMap<TableInfo, Map<string, { columns: ColumnInfo[]; sql: SQL }>>();

function selectList(table: TableInfo, names?: string[]): { columns: ColumnInfo[]; sql: SQL } {
  const key = names?.length ? names.join(',') : '';
  let lists = selectLists.get(table);
  if (!lists) {
    lists = new Map();
    selectLists.set(table, lists);
  }
  const known = lists.get(key);
  if (known) return known;
  const built = buildSelectList(table, names);
  if (lists.size < 64) lists.set(key, built);
  return built;
}

function buildSelectList(table: TableInfo, names?: string[]): { columns: ColumnInfo[]; sql: SQL } {
  const columns = names?.length
    ? names.map((name) => {
        const column = findColumn(table, name);
        if (!column) throw new AppError('BAD_REQUEST', `Unknown column '${name.slice(0, 64)}'`);
        return column;
      })
    : visibleColumns(table);
  return {
    columns,
    sql: sql.join(
      columns.map((c) => ident(c.name)),
      sql`, `,
    ),
  };
}

/** The column `<Table>_UU` (iDempiere's UUID), when the table has one. */
export function uuColumn(table: TableInfo): ColumnInfo | undefined {
  return findColumn(table, `${table.name}_UU`);
}

/** The column shown as a record's identifier (iDempiere: Name, DocumentNo or Value, else the key). */
export function identifierColumn(table: TableInfo): ColumnInfo {
  return findColumn(table, 'Name') ?? findColumn(table, 'DocumentNo') ?? findColumn(table, 'Value') ?? singleKey(table);
}

/** A record id from a URL: the key (digits) or the UUID. */
export function recordMatch(table: TableInfo, id: string): SQL {
  const key = singleKey(table);
  if (/^\d+$/.test(id)) return sql`${ident(key.name)} = ${toStored(key, id)}`;
  const uu = uuColumn(table);
  if (!uu) throw new AppError('NOT_FOUND', 'Record not found');
  return sql`${ident(uu.name)} = ${id}`;
}

/** json_object of the visible columns of the row(s) matched by `where`: the audit image. */
function imageOf(table: TableInfo, where: SQL): SQL {
  const pairs = visibleColumns(table).map((c) => sql`${c.name}, ${ident(c.name)}`);
  // SQLite functions take at most 127 arguments: wide rows are built in slices and merged.
  const slices: SQL[] = [];
  for (let i = 0; i < pairs.length; i += 60)
    slices.push(sql`json_object(${sql.join(pairs.slice(i, i + 60), sql`, `)})`);
  const image = slices.reduce((acc, slice) => sql`json_patch(${acc}, ${slice})`);
  return sql`(select ${image} from ${ident(table.name)} where ${where})`;
}

/** Audit row with the before image of the row matched, written only if that row exists (else no row). */
function auditBefore(
  pool: string,
  table: TableInfo,
  action: 'UPDATE' | 'DELETE',
  actor: Actor,
  recordId: string,
  match: SQL,
) {
  const who = auditUser(actor);
  return sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, request_id)
    select ${who?.userId ?? null}, ${who?.login ?? null}, ${pool}, ${table.name}, ${recordId}, ${action}, ${imageOf(table, match)}, ${actor.requestId ?? null}
    where exists (select 1 from ${ident(table.name)} where ${match})`;
}

function auditRow(
  pool: string,
  table: TableInfo,
  action: string,
  actor: Actor,
  recordId: SQL,
  before: SQL,
  after: SQL,
) {
  const who = auditUser(actor);
  return sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
    values (${who?.userId ?? null}, ${who?.login ?? null}, ${pool}, ${table.name}, ${recordId}, ${action}, ${before}, ${after}, ${actor.requestId ?? null})`;
}

/** The right a write needs; rows that decide who may do what (iDempiere roles, table access) need `base.*`. */
async function requireWriteRight(ctx: RecordContext, table: TableInfo, verb: 'add' | 'edit' | 'delete') {
  requireWrite(ctx.actor, RECORD_RIGHTS[verb]);
  if (isSecurityTable(table.name))
    requireWrite(ctx.actor, 'base.*', `${table.name} decides who may do what: only a holder of base.* writes it`);
  await ctx.narrow?.(table, 'write');
  if (table.view) throw new AppError('BAD_REQUEST', `${table.name} is read-only here`);
}

/** The read right and the face's narrowing rule for a table. */
export async function requireReadRight(ctx: RecordContext, table: TableInfo): Promise<void> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  await ctx.narrow?.(table, 'read');
}

export async function listRecords(ctx: RecordContext, table: TableInfo, options: ListOptions) {
  await requireReadRight(ctx, table);
  const resolver = tableResolver(table);
  const where = allOf(compileFilter(options.filter, resolver), options.where, scopeCondition(table, ctx.scope, 'read'));
  const select = selectList(table, options.select);
  const orderBy = options.orderBy?.length ? compileOrderBy(options.orderBy, resolver) : undefined;
  const key = table.primaryKey[0];
  return selectPage<Row>(
    ctx.data.d1(ctx.pool),
    {
      columns: options.extraColumns ? sql`${select.sql}, ${options.extraColumns}` : select.sql,
      from: ident(table.name),
      where,
      // A stable order makes pages deterministic: the key breaks ties.
      orderBy: orderBy && key ? sql`${orderBy}, ${ident(key)}` : (orderBy ?? (key ? ident(key) : undefined)),
    },
    options.page,
  );
}

/** One record by key or UUID within the scope, or undefined (a row of another tenant is missing). */
export async function findRecord(
  ctx: RecordContext,
  table: TableInfo,
  id: string,
  options: { select?: string[]; extraColumns?: SQL } = {},
): Promise<Row | undefined> {
  await requireReadRight(ctx, table);
  const columns = selectList(table, options.select);
  const where = allOf(recordMatch(table, id), scopeCondition(table, ctx.scope, 'read'));
  const row = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${columns.sql}${options.extraColumns ? sql`, ${options.extraColumns}` : sql``} from ${ident(table.name)} where ${where} limit 1`,
  ).first<Row>();
  return row ?? undefined;
}

/** findRecord by key value (not the URL form). */
export async function getRecord(ctx: RecordContext, table: TableInfo, id: unknown, select?: string[]) {
  return findRecord(ctx, table, String(toStored(singleKey(table), id)), { select });
}

/**
 * The tenant columns of a write: inserts take the session's client whatever the body says, and the
 * session's organisation when the body names none; updates cannot move a row to another client. An
 * organisation given must be 0 or one of the client's (checked with the references, checkTenant).
 */
function scopedWrites(
  ctx: RecordContext,
  table: TableInfo,
  writes: { column: ColumnInfo; value: StoredValue }[],
  mode: 'insert' | 'update',
): { column: ColumnInfo; value: StoredValue }[] {
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

/**
 * Foreign keys written must name rows the caller can see: a row of another tenant answers exactly like a
 * missing one (no existence oracle across clients). One batch for all of them.
 */
async function checkReferences(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  writes: { column: ColumnInfo; value: StoredValue }[],
): Promise<void> {
  if (ctx.scope === 'unscoped') return;
  const checks: { label: string; statement: D1PreparedStatement }[] = [];
  const db = ctx.data.d1(ctx.pool);
  const org = findColumn(table, ORG_COLUMN);
  const orgWrite = org && ctx.scope.orgsOfClient ? writes.find((w) => w.column === org) : undefined;
  if (orgWrite && orgWrite.value !== null)
    checks.push({
      label: `Organization ${String(orgWrite.value).slice(0, 20)} not allowed`,
      statement: prepare(db, sql`select ${orgCondition(sql`${orgWrite.value}`, ctx.scope.clientId)} as n`),
    });
  for (const write of writes) {
    if (write.value === null) continue;
    const fk = table.foreignKeys.find((f) => f.column === write.column.name);
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

export async function insertRecord(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  values: Record<string, unknown>,
  options: { readOnly?: ReadOnlyPolicy; extraColumns?: SQL } = {},
): Promise<Row> {
  await requireWriteRight(ctx, table, 'add');
  const writes = scopedWrites(ctx, table, columnValues(table, values, options.readOnly ?? 'reject'), 'insert');
  const missing = missingRequired(table, writes);
  if (missing.length) throw new AppError('BAD_REQUEST', `Missing required column(s): ${missing.join(', ')}`);
  await checkReferences(ctx, schema, table, writes);
  const db = ctx.data.d1(ctx.pool);
  const inserted = sql`rowid = last_insert_rowid()`;
  const key = table.primaryKey[0];
  const [result] = await db.batch([
    prepare(
      db,
      sql`insert into ${ident(table.name)} (${sql.join(
        writes.map((w) => ident(w.column.name)),
        sql`, `,
      )}) values (${sql.join(
        writes.map((w) => sql`${w.value}`),
        sql`, `,
      )}) returning ${selectList(table).sql}${options.extraColumns ? sql`, ${options.extraColumns}` : sql``}`,
    ),
    prepare(
      db,
      auditRow(
        ctx.pool,
        table,
        'INSERT',
        ctx.actor,
        key ? sql`(select ${ident(key)} from ${ident(table.name)} where ${inserted})` : sql`last_insert_rowid()`,
        sql`null`,
        imageOf(table, inserted),
      ),
    ),
  ]);
  return (result.results as Row[])[0];
}

export async function updateRecord(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: unknown,
  values: Record<string, unknown>,
  /** `also`: statements that belong to the same change (e.g. a workflow node), in the same batch. */
  options: { readOnly?: ReadOnlyPolicy; also?: D1PreparedStatement[] } = {},
): Promise<Row> {
  await requireWriteRight(ctx, table, 'edit');
  const key = singleKey(table);
  const keyValue = toStored(key, id);
  const writes = scopedWrites(ctx, table, columnValues(table, values, options.readOnly ?? 'reject'), 'update');
  if (!writes.length) throw new AppError('BAD_REQUEST', 'No writable column given');
  await checkReferences(ctx, schema, table, writes);
  const db = ctx.data.d1(ctx.pool);
  const match = allOf(sql`${ident(key.name)} = ${keyValue}`, scopeCondition(table, ctx.scope, 'write')) as SQL;
  // The audit row is written first with the before image (none when the row is missing), the update
  // runs, then the same audit row gets the after image. One batch: all or nothing.
  const [, updated] = await db.batch([
    prepare(db, auditBefore(ctx.pool, table, 'UPDATE', ctx.actor, String(keyValue), match)),
    prepare(
      db,
      sql`update ${ident(table.name)} set ${sql.join(
        writes.map((w) => sql`${ident(w.column.name)} = ${w.value}`),
        sql`, `,
      )} where ${match} returning ${selectList(table).sql}`,
    ),
    prepare(
      db,
      sql`update audit_log set after = ${imageOf(table, match)}
        where id = last_insert_rowid() and table_name = ${table.name} and record_id = ${String(keyValue)} and action = 'UPDATE' and after is null`,
    ),
    ...(options.also ?? []),
  ]);
  const row = (updated.results as Row[])[0];
  if (!row) throw new AppError('NOT_FOUND', `Record ${String(keyValue)} not found in ${table.name}`);
  return row;
}

export async function deleteRecord(ctx: RecordContext, table: TableInfo, id: unknown): Promise<Row> {
  await requireWriteRight(ctx, table, 'delete');
  const key = singleKey(table);
  const keyValue = toStored(key, id);
  const db = ctx.data.d1(ctx.pool);
  const match = allOf(sql`${ident(key.name)} = ${keyValue}`, scopeCondition(table, ctx.scope, 'write')) as SQL;
  const [, deleted] = await db.batch([
    prepare(db, auditBefore(ctx.pool, table, 'DELETE', ctx.actor, String(keyValue), match)),
    prepare(db, sql`delete from ${ident(table.name)} where ${match} returning ${selectList(table).sql}`),
  ]);
  const row = (deleted.results as Row[])[0];
  if (!row) throw new AppError('NOT_FOUND', `Record ${String(keyValue)} not found in ${table.name}`);
  return row;
}
