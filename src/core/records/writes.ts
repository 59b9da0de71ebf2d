import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser } from '../identity/actor';
import { PRECONDITION_ERROR, preconditionFailed } from '../ops/versions';
import { locateFailure } from './failure';
import { findColumn, visibleColumns } from './registry';
import { allOf, type RecordContext, scopeCondition } from './scope';
import { type Row, uuColumn } from './service';
import { ident, prepare, sql, stable } from './sql';
import { duplicateMessage, withStandardColumns } from './standard';
import type { PoolSchema, TableInfo } from './types';
import {
  type ColumnWrite,
  columnValues,
  missingRequired,
  type ReadOnlyPolicy,
  type StoredValue,
  singleKey,
  toStored,
  type WriteValue,
} from './values';
import { checkReferences, requireWriteRight, scopedWrites, withRules } from './write-checks';

export type { ColumnWrite, WriteValue } from './values';

/**
 * Generic record writes, planned then executed. Planning checks everything a write needs (the core right
 * for the verb, `base.*` for the security tables, the face's narrowing rule, the tenant columns, required
 * columns, foreign keys within the tenant) and builds the statements: the write and its audit row(s). No
 * statement runs while planning. Executing runs the statements of any number of planned writes as ONE D1
 * batch, which is atomic: a parent and its children, or a whole transactional `/batch`, are written
 * together with their audit rows or not at all.
 *
 * Rows inserted in the same batch are referenced by SQL, not by value (`WriteStep.ref`): by their new UUID
 * (`<Table>_UU`, set here), else as the table's newest row (D1 runs one batch at a time). An update or
 * delete whose row is gone when the batch runs fails the whole batch (its audit row cannot be written, see
 * `guardedAudit`), so a composed change never half-applies.
 */

export interface WriteStep {
  table: TableInfo;
  action: 'INSERT' | 'UPDATE' | 'DELETE';
  statements: D1PreparedStatement[];
  /** Index of the statement (in `statements`) whose first result row is the written row. */
  resultAt: number;
  /** `ref(column)`: the written row's column as SQL, for later steps of the same batch (a child's link). */
  ref: (column: string) => SQL;
  /** Said when the row of an update or delete is missing when the batch runs. */
  missing: string;
}

export interface PlanOptions {
  /** Read-only columns in the client's values: refused (default) or dropped. */
  readOnly?: ReadOnlyPolicy;
  /** Columns the core sets (a child's link to its parent in the same batch); they pass no client checks. */
  computed?: Record<string, WriteValue>;
  /** Further returned expressions (e.g. foreign-key labels), built from registry names. */
  extraColumns?: SQL;
}

/**
 * A table's visible column list and its audit image expression, built once per table (and column count)
 * and rendered once (`stable`): every write of the table repeats them.
 */
const fragments = new WeakMap<TableInfo, { count: number; list: SQL; image: SQL }>();
function tableFragments(table: TableInfo): { list: SQL; image: SQL } {
  const known = fragments.get(table);
  if (known && known.count === table.columns.length) return known;
  const visible = visibleColumns(table);
  const pairs = visible.map((c) => sql`${c.name}, ${ident(c.name)}`);
  // SQLite functions take at most 127 arguments: wide rows are built in slices and merged.
  const slices: SQL[] = [];
  for (let i = 0; i < pairs.length; i += 60)
    slices.push(sql`json_object(${sql.join(pairs.slice(i, i + 60), sql`, `)})`);
  const built = {
    count: table.columns.length,
    list: stable(
      sql.join(
        visible.map((c) => ident(c.name)),
        sql`, `,
      ),
    ),
    image: stable(slices.reduce((acc, slice) => sql`json_patch(${acc}, ${slice})`)),
  };
  fragments.set(table, built);
  return built;
}

function returningList(table: TableInfo, extra?: SQL): SQL {
  const columns = tableFragments(table).list;
  return extra ? sql`${columns}, ${extra}` : columns;
}

/** json_object of the visible columns of the row(s) matched by `where`: the audit image. */
export function imageOf(table: TableInfo, where: SQL): SQL {
  return sql`(select ${tableFragments(table).image} from ${ident(table.name)} where ${where})`;
}

/**
 * The audit row of an update or delete, with the before image. Its action is NULL when the row does not
 * exist, which the NOT NULL column refuses: the statement fails, and with it the whole batch. That is the
 * guard that keeps a composed change atomic (an update matching no row would otherwise just do nothing).
 */
function guardedAudit(
  pool: string,
  table: TableInfo,
  action: 'UPDATE' | 'DELETE',
  actor: Actor,
  recordId: string,
  match: SQL,
) {
  const who = auditUser(actor);
  return sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, request_id)
    values (${who?.userId ?? null}, ${who?.login ?? null}, ${pool}, ${table.name}, ${recordId},
      (select case when exists (select 1 from ${ident(table.name)} where ${match}) then ${action} end),
      ${imageOf(table, match)}, ${actor.requestId ?? null})`;
}
const GUARD_FAILED = /NOT NULL constraint failed: audit_log\.action/i;

function computedWrites(table: TableInfo, computed: Record<string, WriteValue> = {}): ColumnWrite[] {
  return Object.entries(computed).map(([name, value]) => {
    const column = findColumn(table, name);
    if (!column) throw new Error(`No column ${name} in ${table.name}`);
    return { column, value };
  });
}

/** Client values and core-computed ones; a computed column wins over the client's. */
function writesOf(table: TableInfo, values: Record<string, unknown>, options: PlanOptions): ColumnWrite[] {
  const computed = computedWrites(table, options.computed);
  const given = columnValues(table, values, options.readOnly ?? 'reject', { allowEmpty: computed.length > 0 });
  return [...given.filter((w) => !computed.some((c) => c.column === w.column)), ...computed];
}

/** A new row: every check, then the insert and its audit row (after image). */
export async function planInsert(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  values: Record<string, unknown>,
  options: PlanOptions = {},
): Promise<WriteStep> {
  await requireWriteRight(ctx, table, 'add');
  let writes = withRules(ctx, table, scopedWrites(ctx, table, writesOf(table, values, options), 'insert'), 'insert');
  // New rows get a version 4 UUID (iDempiere's `<Table>_UU`); it also names the row for the rest of the batch.
  const uu = uuColumn(table);
  const uuWrite = uu && writes.find((w) => w.column === uu);
  const uuid = uuWrite && typeof uuWrite.value === 'string' ? uuWrite.value : uu ? crypto.randomUUID() : undefined;
  if (uu && !uuWrite) writes = [...writes, { column: uu, value: uuid as string }];
  const missing = missingRequired(table, writes);
  if (missing.length) throw new AppError('BAD_REQUEST', `Missing required column(s): ${missing.join(', ')}`);
  await checkReferences(ctx, schema, table, writes);
  writes = withStandardColumns(table, ctx.actor, 'insert', writes);
  const db = ctx.data.d1(ctx.pool);
  const name = ident(table.name);
  const identity = uu && uuid ? sql`${ident(uu.name)} = ${uuid}` : sql`rowid = (select max(rowid) from ${name})`;
  const key = table.primaryKey[0];
  const who = auditUser(ctx.actor);
  return {
    table,
    action: 'INSERT',
    resultAt: 0,
    missing: `Record not inserted in ${table.name}`,
    ref: (column) => sql`(select ${ident(column)} from ${name} where ${identity})`,
    statements: [
      prepare(
        db,
        sql`insert into ${name} (${sql.join(
          writes.map((w) => ident(w.column.name)),
          sql`, `,
        )}) values (${sql.join(
          writes.map((w) => sql`${w.value}`),
          sql`, `,
        )}) returning ${returningList(table, options.extraColumns)}`,
      ),
      prepare(
        db,
        sql`insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
          values (${who?.userId ?? null}, ${who?.login ?? null}, ${ctx.pool}, ${table.name},
            ${key ? sql`(select ${ident(key)} from ${name} where ${identity})` : sql`last_insert_rowid()`}, 'INSERT', null,
            ${imageOf(table, identity)}, ${ctx.actor.requestId ?? null})`,
      ),
    ],
  };
}

/** A row that must belong to a parent: its link column holds the parent's key (else it is missing). */
export interface ParentLink {
  column: string;
  value: StoredValue;
}

function belongsTo(table: TableInfo, parent?: ParentLink): SQL | undefined {
  if (!parent) return undefined;
  const column = findColumn(table, parent.column);
  if (!column) throw new Error(`No column ${parent.column} in ${table.name}`);
  return sql`${ident(column.name)} = ${parent.value}`;
}

export interface UpdateOptions extends PlanOptions {
  /** Statements that belong to the same change (e.g. a workflow node), run right after the update. */
  also?: D1PreparedStatement[];
  /** The row must be a child of this parent record. */
  parent?: ParentLink;
}

/** A changed row: every check, then the audit row (before image, guarded), the update, the after image. */
export async function planUpdate(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: unknown,
  values: Record<string, unknown>,
  options: UpdateOptions = {},
): Promise<WriteStep> {
  await requireWriteRight(ctx, table, 'edit');
  const key = singleKey(table);
  const keyValue = toStored(key, id);
  const writes = withRules(ctx, table, scopedWrites(ctx, table, writesOf(table, values, options), 'update'), 'update');
  if (!writes.length) throw new AppError('BAD_REQUEST', 'No writable column given');
  await checkReferences(ctx, schema, table, writes);
  const db = ctx.data.d1(ctx.pool);
  const name = ident(table.name);
  const match = allOf(
    sql`${ident(key.name)} = ${keyValue}`,
    scopeCondition(table, ctx.scope, 'write'),
    belongsTo(table, options.parent),
  ) as SQL;
  const stamped = withStandardColumns(table, ctx.actor, 'update', writes);
  return {
    table,
    action: 'UPDATE',
    resultAt: 1,
    missing: `Record ${String(keyValue)} not found in ${table.name}`,
    ref: (column) => sql`(select ${ident(column)} from ${name} where ${ident(key.name)} = ${keyValue})`,
    statements: [
      prepare(db, guardedAudit(ctx.pool, table, 'UPDATE', ctx.actor, String(keyValue), match)),
      prepare(
        db,
        sql`update ${name} set ${sql.join(
          stamped.map((w) => sql`${ident(w.column.name)} = ${w.value}`),
          sql`, `,
        )} where ${match} returning ${returningList(table, options.extraColumns)}`,
      ),
      prepare(
        db,
        sql`update audit_log set after = ${imageOf(table, match)}
          where id = last_insert_rowid() and table_name = ${table.name} and record_id = ${String(keyValue)} and action = 'UPDATE' and after is null`,
      ),
      ...(options.also ?? []),
    ],
  };
}

/** A deleted row: the rights, then the audit row (before image, guarded) and the delete. */
export async function planDelete(
  ctx: RecordContext,
  table: TableInfo,
  id: unknown,
  options: { parent?: ParentLink } = {},
): Promise<WriteStep> {
  await requireWriteRight(ctx, table, 'delete');
  const key = singleKey(table);
  const keyValue = toStored(key, id);
  const db = ctx.data.d1(ctx.pool);
  const name = ident(table.name);
  const match = allOf(
    sql`${ident(key.name)} = ${keyValue}`,
    scopeCondition(table, ctx.scope, 'write'),
    belongsTo(table, options.parent),
  ) as SQL;
  return {
    table,
    action: 'DELETE',
    resultAt: 1,
    missing: `Record ${String(keyValue)} not found in ${table.name}`,
    ref: () => sql`null`,
    statements: [
      prepare(db, guardedAudit(ctx.pool, table, 'DELETE', ctx.actor, String(keyValue), match)),
      prepare(db, sql`delete from ${name} where ${match} returning ${returningList(table)}`),
    ],
  };
}

/** A composed write that failed: which group (sub-request) failed, rendered like any AppError. */
export class WriteFailure extends AppError {
  readonly index: number;
  constructor(error: AppError, index: number) {
    super(error.code, error.message, { details: error.details, retryAfter: error.retryAfter });
    this.index = index;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a failed batch means to the client, for the group that failed. */
function classify(error: unknown, group: WriteStep[]): AppError | undefined {
  if (error instanceof AppError) return error;
  const message = messageOf(error);
  // The request's If-Match guard rode in this batch (middleware/conditional.ts): the version moved.
  if (PRECONDITION_ERROR.test(message)) return preconditionFailed();
  if (GUARD_FAILED.test(message)) {
    const guarded = group.filter((s) => s.action !== 'INSERT');
    return new AppError(
      'NOT_FOUND',
      guarded.length === 1
        ? guarded[0].missing
        : 'A record of this change was not found (changed or deleted meanwhile)',
    );
  }
  const duplicate = duplicateMessage(message);
  if (duplicate) return new AppError('CONFLICT', duplicate);
  if (/SQLITE_CONSTRAINT|constraint failed/i.test(message))
    return new AppError('CONFLICT', 'The write conflicts with existing data (duplicate or missing reference)');
  return undefined;
}

/**
 * Runs planned writes as one D1 batch: all of them with their audit rows, or none. `groups` are the units a
 * caller reports on (one request's parent and children; the sub-requests of a transactional batch); the
 * answer is the written row of every step, per group. A failure throws a WriteFailure naming the group.
 */
export async function executeWrites(ctx: RecordContext, groups: WriteStep[][]): Promise<Row[][]> {
  const db = ctx.data.d1(ctx.pool);
  const statements = groups.flat().flatMap((s) => s.statements);
  if (!statements.length) return groups.map((g) => g.map(() => ({})));
  let results: D1Result[];
  try {
    results = await db.batch(statements);
  } catch (error) {
    if (PRECONDITION_ERROR.test(messageOf(error))) throw preconditionFailed();
    const found = await locateFailure(
      db,
      groups.map((g) => g.flatMap((s) => s.statements)),
      error,
    );
    const explained = classify(found.error, groups[found.index]);
    if (!explained) throw found.error;
    throw new WriteFailure(explained, found.index);
  }
  let offset = 0;
  return groups.map((group) =>
    group.map((step) => {
      const row = (results[offset + step.resultAt].results as Row[])[0];
      offset += step.statements.length;
      if (!row) throw new AppError('NOT_FOUND', step.missing);
      return row;
    }),
  );
}

/** One insert, executed: the new row (visible columns and `extraColumns`). */
export async function insertRecord(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  values: Record<string, unknown>,
  options: PlanOptions = {},
): Promise<Row> {
  const [[row]] = await executeWrites(ctx, [[await planInsert(ctx, schema, table, values, options)]]);
  return row;
}

/** One update, executed: the changed row. */
export async function updateRecord(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: unknown,
  values: Record<string, unknown>,
  options: UpdateOptions = {},
): Promise<Row> {
  const [[row]] = await executeWrites(ctx, [[await planUpdate(ctx, schema, table, id, values, options)]]);
  return row;
}

/** One delete, executed: the deleted row. */
export async function deleteRecord(ctx: RecordContext, table: TableInfo, id: unknown): Promise<Row> {
  const [[row]] = await executeWrites(ctx, [[await planDelete(ctx, table, id)]]);
  return row;
}
