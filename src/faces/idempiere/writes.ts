import { planApproval } from '../../core/erp/workflow';
import { actorFromPrincipal } from '../../core/identity/actor';
import type { Principal } from '../../core/identity/principal';
import { createUser, deleteUser, updateUser } from '../../core/identity/users';
import type { FeedAction } from '../../core/ops/feed';
import { labelColumns } from '../../core/records/lookups';
import { requireTable } from '../../core/records/registry';
import { type RowTenant, rowTenant } from '../../core/records/scope';
import { findRecord, type RecordContext, type Row } from '../../core/records/service';
import type { ColumnInfo, PoolSchema, TableInfo } from '../../core/records/types';
import { type StoredValue, singleKey, type WriteValue } from '../../core/records/values';
import { executeWrites, planDelete, planInsert, planUpdate, type WriteStep } from '../../core/records/writes';
import { AppError } from '../../lib/errors';
import type { AppVariables } from '../../middleware/env';
import { bodyValues, isUserView } from './bodies';
import { modelName, type PoRecord, renderRows, selectColumns } from './po';
import { userFields } from './user-writes';

/**
 * The write requests of /api/v1/models as plans: a PO json body becomes planned core writes (the record,
 * its child records, their audit rows), executed as ONE D1 batch, then rendered. The single routes execute
 * one plan; `POST /batch?transaction=true` executes the plans of all its sub-requests in one batch. Every
 * check (rights, the role's table access, the tenant) is the core's, made while planning.
 *
 * Children, as the original: an array named after a child table. POST inserts them (and their own children,
 * recursively). PUT inserts an entry without `id`/`uid`, updates one with it, and deletes one with
 * `"(delete)": true`; the entries must be children of this record (another record's child is a 404).
 */

export interface ModelAnswer {
  status: 200 | 201;
  body: PoRecord;
}

/**
 * A planned write request: its steps and how to answer from the rows they wrote (same order); or, for
 * AD_User, a write the identity core makes on its own (it cannot join another batch).
 */
export type ModelWrite =
  | { kind: 'planned'; steps: WriteStep[]; answer: (rows: Row[]) => Promise<ModelAnswer> }
  | { kind: 'direct'; action: FeedAction; run: () => Promise<ModelAnswer & { id: unknown }> };

/** A record a write changed: for the live feed (its table's topic). */
export interface RecordChange {
  table: string;
  action: FeedAction;
  id: unknown;
  /** Where the row lived (core records/scope.ts): deletions reach only the subscribers whose scope held it. */
  tenant?: RowTenant;
}

/** The records a planned write changed, from the rows its steps wrote (same order). */
export function stepChanges(steps: WriteStep[], rows: Row[]): RecordChange[] {
  return steps.map((step, i) => ({
    table: step.table.name,
    action: step.action,
    id: rows[i]?.[singleKey(step.table).name],
    tenant: rows[i] ? rowTenant(step.table, rows[i]) : undefined,
  }));
}

/** Child records per array, and writes per request (children included). */
export const MAX_WRITES = 200;

/** What a planned record renders with: its columns and their foreign-key labels (read back with the row). */
function shape(ctx: RecordContext, schema: PoolSchema, table: TableInfo) {
  const columns = selectColumns(table);
  return { columns, extraColumns: labelColumns(ctx, schema, table, columns) };
}

interface PlannedRecord {
  table: TableInfo;
  columns: readonly ColumnInfo[];
  /** Writes of records it references, given with their columns (bodies.ts), run before it. */
  before: WriteStep[];
  step: WriteStep;
  children: { name: string; records: PlannedRecord[] }[];
}

/** An insert and, recursively, its children's inserts, linked to it by SQL (they run in the same batch). */
async function planInsertTree(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  body: Record<string, unknown>,
  link?: { column: string; value: WriteValue },
  depth = 0,
): Promise<PlannedRecord> {
  if (depth > 3) throw new AppError('BAD_REQUEST', 'Child records are nested too deeply');
  const { values, computed, children, before } = await bodyValues(ctx, schema, table, body);
  const { columns, extraColumns } = shape(ctx, schema, table);
  const step = await planInsert(ctx, schema, table, values, {
    readOnly: 'ignore',
    extraColumns,
    computed: link ? { ...computed, [link.column]: link.value } : computed,
  });
  const planned: PlannedRecord = { table, columns, before, step, children: [] };
  for (const child of children) {
    const records: PlannedRecord[] = [];
    for (const entry of child.entries)
      records.push(
        await planInsertTree(
          ctx,
          schema,
          child.table,
          entry,
          { column: child.link.column, value: step.ref(child.link.references) },
          depth + 1,
        ),
      );
    planned.children.push({ name: child.table.name, records });
  }
  return planned;
}

function stepsOf(record: PlannedRecord): WriteStep[] {
  return [...record.before, record.step, ...record.children.flatMap((c) => c.records.flatMap(stepsOf))];
}

/** Renders a planned record tree from the rows written, consumed in planning order. */
async function renderTree(ctx: RecordContext, schema: PoolSchema, record: PlannedRecord, rows: Row[]) {
  rows.splice(0, record.before.length);
  const row = rows.shift() as Row;
  const [rendered] = await renderRows(ctx, schema, record.table, [row], record.columns);
  for (const child of record.children) {
    const list: PoRecord[] = [];
    for (const r of child.records) list.push(await renderTree(ctx, schema, r, rows));
    if (list.length) rendered[child.name] = list;
  }
  return rendered;
}

function limitWrites(steps: WriteStep[]): WriteStep[] {
  if (steps.length > MAX_WRITES) throw new AppError('BAD_REQUEST', `At most ${MAX_WRITES} records per request`);
  return steps;
}

/** The caller's request context, as the routes and the batch have it. */
export interface WriteCaller {
  ctx: RecordContext;
  schema: PoolSchema;
  data: AppVariables['data'];
  principal: Principal;
  requestId?: string;
}

/** One record by id or UUID, with its columns and labels, or a 404. */
export async function readRecord(ctx: RecordContext, schema: PoolSchema, table: TableInfo, id: string) {
  const { columns, extraColumns } = shape(ctx, schema, table);
  const row = await findRecord(ctx, table, id, { select: columns.map((c) => c.name), extraColumns });
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return { row, columns };
}

async function answerWith(ctx: RecordContext, schema: PoolSchema, table: TableInfo, row: Row, status: 200 | 201) {
  const [body] = await renderRows(ctx, schema, table, [row], selectColumns(table));
  return { status, body };
}

/** POST /models/{table}: the record and its children, one batch. */
export async function planCreate(
  caller: WriteCaller,
  table: TableInfo,
  body: Record<string, unknown>,
): Promise<ModelWrite> {
  const { ctx, schema } = caller;
  if (isUserView(table))
    return {
      kind: 'direct',
      action: 'INSERT',
      run: async () => {
        const fields = await userFields(ctx, schema, body, 'insert');
        if (typeof fields.login !== 'string' || !fields.login) throw new AppError('BAD_REQUEST', 'Name is required');
        const actor = actorFromPrincipal(caller.principal, caller.requestId);
        const user = await createUser(caller.data.orm(), fields as { login: string }, actor);
        const { row } = await readRecord(ctx, schema, table, String(user.id));
        return { ...(await answerWith(ctx, schema, table, row, 201)), id: user.id };
      },
    };
  const tree = await planInsertTree(ctx, schema, table, body);
  return {
    kind: 'planned',
    steps: limitWrites(stepsOf(tree)),
    answer: async (rows) => ({ status: 201, body: await renderTree(ctx, schema, tree, [...rows]) }),
  };
}

/** PUT /models/{table}/{id}: the record's columns, `doc-action`, and its children's changes, one batch. */
export async function planChange(
  caller: WriteCaller,
  table: TableInfo,
  id: string,
  body: Record<string, unknown>,
): Promise<ModelWrite> {
  const { ctx, schema } = caller;
  const { row: current } = await readRecord(ctx, schema, table, id);
  const key = current[singleKey(table).name];
  if (isUserView(table))
    return {
      kind: 'direct',
      action: 'UPDATE',
      run: async () => {
        const actor = actorFromPrincipal(caller.principal, caller.requestId);
        await updateUser(caller.data.orm(), Number(key), await userFields(ctx, schema, body, 'update'), actor);
        const { row } = await readRecord(ctx, schema, table, String(key));
        return { ...(await answerWith(ctx, schema, table, row, 200)), id: key };
      },
    };
  const { values, computed, children, before } = await bodyValues(ctx, schema, table, body);
  const { extraColumns } = shape(ctx, schema, table);
  const action = body['doc-action'];
  const hasValues = Object.keys(values).length + Object.keys(computed).length > 0;
  let parent: WriteStep | undefined;
  if (action !== undefined) {
    if (table.name !== 'C_Order' || action !== 'PR') throw new AppError('BAD_REQUEST', 'Unsupported doc-action');
    parent = await planApproval(ctx, schema, Number(key), values, { readOnly: 'ignore', extraColumns, computed });
  } else if (hasValues)
    parent = await planUpdate(ctx, schema, table, key, values, { readOnly: 'ignore', extraColumns, computed });
  else if (!children.length) throw new AppError('BAD_REQUEST', 'No writable column given');

  const saved: { name: string; records: PlannedRecord[] }[] = [];
  const steps: WriteStep[] = [...before, ...(parent ? [parent] : [])];
  for (const child of children) {
    const records: PlannedRecord[] = [];
    const ofParent = { column: child.link.column, value: current[child.link.references] as StoredValue };
    for (const entry of child.entries) {
      const ref = entry.id ?? entry.uid;
      const remove = entry['(delete)'] === true;
      if (ref === undefined || ref === null) {
        if (remove) throw new AppError('NOT_FOUND', 'Cannot delete non-existing record');
        const planned = await planInsertTree(ctx, schema, child.table, entry, {
          column: child.link.column,
          value: ofParent.value,
        });
        records.push(planned);
        steps.push(...stepsOf(planned));
        continue;
      }
      if (typeof ref !== 'number' && typeof ref !== 'string')
        throw new AppError('BAD_REQUEST', `Invalid id of a ${child.table.name} record`);
      const existing = await findRecord(ctx, child.table, String(ref));
      const childKey = existing?.[singleKey(child.table).name];
      if (!existing || existing[child.link.column] !== current[child.link.references])
        throw new AppError(
          'NOT_FOUND',
          remove
            ? 'Cannot delete non-existing record'
            : `Record ${String(ref).slice(0, 64)} not found in ${child.table.name}`,
        );
      if (remove) {
        steps.push(await planDelete(ctx, child.table, childKey, { parent: ofParent }));
        continue;
      }
      const childBody = await bodyValues(ctx, schema, child.table, entry);
      const childShape = shape(ctx, schema, child.table);
      const step = await planUpdate(ctx, schema, child.table, childKey, childBody.values, {
        readOnly: 'ignore',
        extraColumns: childShape.extraColumns,
        computed: childBody.computed,
        parent: ofParent,
      });
      records.push({ table: child.table, columns: childShape.columns, before: childBody.before, step, children: [] });
      steps.push(...childBody.before, step);
    }
    saved.push({ name: child.table.name, records });
  }
  return {
    kind: 'planned',
    steps: limitWrites(steps),
    answer: async (rows) => {
      const byStep = new Map(steps.map((s, i) => [s, rows[i]]));
      // Without a change of its own the record is as read while planning (labels included): no read after.
      const row = parent ? (byStep.get(parent) as Row) : current;
      const [rendered] = await renderRows(ctx, schema, table, [row], selectColumns(table));
      for (const child of saved) {
        const list: PoRecord[] = [];
        for (const record of child.records) {
          const written = stepsOf(record).map((s) => byStep.get(s) as Row);
          list.push(await renderTree(ctx, schema, record, written));
        }
        if (list.length) rendered[child.name] = list;
      }
      return { status: 200, body: rendered };
    },
  };
}

/** DELETE /models/{table}/{id}. */
export async function planRemove(caller: WriteCaller, table: TableInfo, id: string): Promise<ModelWrite> {
  const { ctx, schema } = caller;
  const { row } = await readRecord(ctx, schema, table, id);
  const key = row[singleKey(table).name];
  const answer = async (): Promise<ModelAnswer> => ({
    status: 200,
    body: { msg: `Deleted ${modelName(table)} ${String(key)}` },
  });
  if (isUserView(table))
    return {
      kind: 'direct',
      action: 'DELETE',
      run: async () => {
        await deleteUser(caller.data.orm(), Number(key), actorFromPrincipal(caller.principal, caller.requestId));
        return { ...(await answer()), id: key };
      },
    };
  return { kind: 'planned', steps: [await planDelete(ctx, table, key)], answer };
}

/** Runs one planned request on its own: one batch (or the identity core for AD_User); what it changed. */
export async function runWrite(
  ctx: RecordContext,
  write: ModelWrite,
): Promise<ModelAnswer & { changes: RecordChange[] }> {
  if (write.kind === 'direct') {
    const { id, ...answer } = await write.run();
    return { ...answer, changes: [{ table: 'AD_User', action: write.action, id }] };
  }
  const [rows] = await executeWrites(ctx, [write.steps]);
  return { ...(await write.answer(rows)), changes: stepChanges(write.steps, rows) };
}

/** A write request on a model, as the routes (and `/batch`) receive it. */
export interface ModelRequest {
  method: 'POST' | 'PUT' | 'DELETE';
  tableName: string;
  id?: string;
  body?: Record<string, unknown>;
}

/** Plans a write request: the table, the role's write access to it, then the write itself. */
export async function planModelRequest(caller: WriteCaller, request: ModelRequest): Promise<ModelWrite> {
  const table = requireTable(caller.schema, request.tableName);
  await caller.ctx.narrow?.(table, 'write');
  if (request.method === 'POST') return planCreate(caller, table, request.body ?? {});
  if (request.id === undefined) throw new AppError('BAD_REQUEST', 'A record id is required');
  if (request.method === 'PUT') return planChange(caller, table, request.id, request.body ?? {});
  return planRemove(caller, table, request.id);
}
