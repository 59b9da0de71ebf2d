import { planApproval } from '../../core/erp/workflow';
import { actorFromPrincipal } from '../../core/identity/actor';
import type { Principal } from '../../core/identity/principal';
import { createUser, deleteUser, updateUser } from '../../core/identity/users';
import type { FeedAction } from '../../core/ops/feed';
import { labelColumns, resolveIdentifier } from '../../core/records/lookups';
import { findTable, requireTable } from '../../core/records/registry';
import { type RowTenant, rowTenant } from '../../core/records/scope';
import { findRecord, type RecordContext, type Row } from '../../core/records/service';
import type { ColumnInfo, ForeignKey, PoolSchema, TableInfo } from '../../core/records/types';
import { type StoredValue, singleKey, type WriteValue } from '../../core/records/values';
import { executeWrites, planDelete, planInsert, planUpdate, type WriteStep } from '../../core/records/writes';
import { AppError } from '../../lib/errors';
import type { AppVariables } from '../../lib/types';
import { modelName, type PoRecord, renderRows, selectColumns } from './po';
import { childLink } from './query';

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

/** Properties of a PO json body that are not columns. */
const NOT_COLUMNS = new Set(['id', 'uid', 'model-name', 'tableName', 'doc-action', '(delete)']);
/** Child records per array, and writes per request (children included). */
const MAX_CHILDREN = 100;
export const MAX_WRITES = 200;

interface ChildArray {
  table: TableInfo;
  link: ForeignKey;
  entries: Record<string, unknown>[];
}

/** A PO json body → column values (foreign keys as ids, `{id}` or `{identifier, tableName}`) and child arrays. */
async function bodyValues(ctx: RecordContext, schema: PoolSchema, table: TableInfo, body: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  const children: ChildArray[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (NOT_COLUMNS.has(key)) continue;
    if (Array.isArray(value)) {
      const child = findTable(schema, key);
      if (!child) throw new AppError('BAD_REQUEST', `Unknown column or child table '${key.slice(0, 64)}'`);
      const link = childLink(child, table);
      if (!link) throw new AppError('BAD_REQUEST', `${child.name} is not a child of ${table.name}`);
      if (value.length > MAX_CHILDREN)
        throw new AppError('BAD_REQUEST', `At most ${MAX_CHILDREN} ${child.name} records per request`);
      if (!value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v)))
        throw new AppError('BAD_REQUEST', `${child.name} must be an array of records`);
      children.push({ table: child, link, entries: value as Record<string, unknown>[] });
      continue;
    }
    const fk = table.foreignKeys.find((f) => f.column.toLowerCase() === key.toLowerCase());
    if (value !== null && typeof value === 'object') {
      // A foreign key (or a list value) as an object: its id, or the parent found by its identifier.
      const ref = value as { id?: unknown; identifier?: unknown };
      if (ref.id !== undefined && (ref.id === null || typeof ref.id !== 'object')) values[key] = ref.id;
      else if (fk && typeof ref.identifier === 'string')
        values[key] = await resolveIdentifier(ctx, schema, fk, ref.identifier);
      else throw new AppError('BAD_REQUEST', `Invalid value for ${key.slice(0, 64)}`);
      continue;
    }
    values[key] = value;
  }
  return { values, children };
}

/** What a planned record renders with: its columns and their foreign-key labels (read back with the row). */
function shape(ctx: RecordContext, schema: PoolSchema, table: TableInfo) {
  const columns = selectColumns(table);
  return { columns, extraColumns: labelColumns(ctx, schema, table, columns) };
}

interface PlannedRecord {
  table: TableInfo;
  columns: ColumnInfo[];
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
  const { values, children } = await bodyValues(ctx, schema, table, body);
  const { columns, extraColumns } = shape(ctx, schema, table);
  const step = await planInsert(ctx, schema, table, values, {
    readOnly: 'ignore',
    extraColumns,
    computed: link ? { [link.column]: link.value } : undefined,
  });
  const planned: PlannedRecord = { table, columns, step, children: [] };
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
  return [record.step, ...record.children.flatMap((c) => c.records.flatMap(stepsOf))];
}

/** Renders a planned record tree from the rows written, consumed in planning order. */
async function renderTree(ctx: RecordContext, schema: PoolSchema, record: PlannedRecord, rows: Row[]) {
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

/** AD_User writes go to the identity core: the same users as every face, password hashed, never read. */
const USER_FIELDS: Record<string, string> = {
  name: 'login',
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  description: 'description',
  isactive: 'enabled',
  ad_language: 'language',
  password: 'password',
};
export const isUserView = (table: TableInfo) => table.name.toLowerCase() === 'ad_user';

function userFields(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (NOT_COLUMNS.has(key) || ['ad_user_id', 'ad_user_uu'].includes(key.toLowerCase())) continue;
    const field = USER_FIELDS[key.toLowerCase()];
    if (!field) throw new AppError('BAD_REQUEST', `Unknown column '${key.slice(0, 64)}'`);
    if (field === 'enabled') out[field] = value === true || value === 'Y';
    else if (typeof value !== 'string') throw new AppError('BAD_REQUEST', `Column '${key.slice(0, 64)}' expects text`);
    else out[field] = value;
  }
  return out;
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
        const fields = userFields(body);
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
        await updateUser(caller.data.orm(), Number(key), userFields(body), actor);
        const { row } = await readRecord(ctx, schema, table, String(key));
        return { ...(await answerWith(ctx, schema, table, row, 200)), id: key };
      },
    };
  const { values, children } = await bodyValues(ctx, schema, table, body);
  const { extraColumns } = shape(ctx, schema, table);
  const action = body['doc-action'];
  const hasValues = Object.keys(values).length > 0;
  let parent: WriteStep | undefined;
  if (action !== undefined) {
    if (table.name !== 'C_Order' || action !== 'PR') throw new AppError('BAD_REQUEST', 'Unsupported doc-action');
    parent = await planApproval(ctx, schema, Number(key), values, { readOnly: 'ignore', extraColumns });
  } else if (hasValues)
    parent = await planUpdate(ctx, schema, table, key, values, { readOnly: 'ignore', extraColumns });
  else if (!children.length) throw new AppError('BAD_REQUEST', 'No writable column given');

  const saved: { name: string; records: PlannedRecord[] }[] = [];
  const steps: WriteStep[] = parent ? [parent] : [];
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
      const { values: childValues } = await bodyValues(ctx, schema, child.table, entry);
      const childShape = shape(ctx, schema, child.table);
      const step = await planUpdate(ctx, schema, child.table, childKey, childValues, {
        readOnly: 'ignore',
        extraColumns: childShape.extraColumns,
        parent: ofParent,
      });
      records.push({ table: child.table, columns: childShape.columns, step, children: [] });
      steps.push(step);
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
