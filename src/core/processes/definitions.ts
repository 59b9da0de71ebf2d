import { sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { requireRight } from '../identity/actor';
import { isAdmin, type Principal } from '../identity/principal';
import { labelColumns } from '../records/lookups';
import { getPoolSchema, requireTable } from '../records/registry';
import { allOf, type RecordContext, scopeCondition } from '../records/scope';
import { RECORD_RIGHTS, type Row } from '../records/service';
import { ident, prepare } from '../records/sql';
import type { ColumnInfo, TableInfo } from '../records/types';
import type { ProcessDefinition, ProcessParameter } from './types';

/**
 * Process definitions (AD_Process, AD_Process_Para) and who may see or run them (AD_Process_Access). A
 * process is found by its slug, iDempiere's `slugify(Value)`, among the session's client's and the System
 * client's active processes. Access is the role's, as iDempiere's MRole.getProcessAccess: no row, no
 * access; `IsReadWrite` false, visible but not runnable. Members of the core admin group reach every
 * process, as they hold every role (docs/rights.md).
 */

export const PROCESS_TABLE = 'AD_Process';
export const PARAMETER_TABLE = 'AD_Process_Para';
/** The most processes a list considers (lists are bounded). */
const MAX_PROCESSES = 500;

const PUNCTUATION = /[\s!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~]/g;

/** iDempiere's slugify: separators to `-`, accents and other non-word characters dropped, lower case. */
export function slugify(text: string): string {
  return text
    .replace(PUNCTUATION, '-')
    .normalize('NFD')
    .replace(/[^\w-]/g, '')
    .toLowerCase()
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

export type ProcessAccess = 'run' | 'view' | null;

/** The role of the session (iDempiere tokens carry it), held still: memberships may have changed. */
export async function processAccessOf(
  ctx: RecordContext,
  principal: Principal,
  processIds: number[],
): Promise<Map<number, ProcessAccess>> {
  const access = new Map<number, ProcessAccess>();
  if (isAdmin(principal)) {
    for (const id of processIds) access.set(id, 'run');
    return access;
  }
  const roleId = Number(principal.claims.role);
  if (!Number.isSafeInteger(roleId) || !processIds.length) return access;
  const { results } = await ctx.data
    .d1(ctx.pool)
    .prepare(
      `select a.AD_Process_ID as id, a.IsReadWrite as rw, r.Group_Name as groupName
       from AD_Process_Access a join AD_Role r on r.AD_Role_ID = a.AD_Role_ID and r.IsActive = 1
       where a.AD_Role_ID = ? and a.IsActive = 1 and a.AD_Process_ID in (select value from json_each(?))`,
    )
    .bind(roleId, JSON.stringify(processIds.slice(0, MAX_PROCESSES)))
    .all<{ id: number; rw: number; groupName: string }>();
  const groups = new Set(principal.groups.map((g) => g.name.toLowerCase()));
  for (const row of results) if (groups.has(row.groupName.toLowerCase())) access.set(row.id, row.rw ? 'run' : 'view');
  return access;
}

/** The columns a process answers with (as the original's serializer selects them). */
export const PROCESS_COLUMNS = [
  'Value',
  'Name',
  'Description',
  'Help',
  'EntityType',
  'IsReport',
  'AD_ReportView_ID',
  'AD_PrintFormat_ID',
  'AD_Workflow_ID',
  'JasperReport',
];
/** Parameter columns the original leaves out of a description. */
const HIDDEN_PARAMETER_COLUMNS = new Set(
  [
    'AD_Client_ID',
    'AD_Org_ID',
    'AD_Process_ID',
    'FieldLength',
    'IsActive',
    'Created',
    'CreatedBy',
    'Updated',
    'UpdatedBy',
  ].map((c) => c.toLowerCase()),
);

export interface ProcessRows {
  table: TableInfo;
  columns: ColumnInfo[];
  rows: Row[];
}

async function readRows(ctx: RecordContext, table: TableInfo, columns: ColumnInfo[], where: ReturnType<typeof sql>) {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const labels = labelColumns(ctx, schema, table, columns);
  const key = table.primaryKey[0];
  const list = sql.join(
    [...new Set([key, `${table.name}_UU`, ...columns.map((c) => c.name)])].map((c) => ident(c)),
    sql`, `,
  );
  const { results } = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${list}${labels ? sql`, ${labels}` : sql``} from ${ident(table.name)} where ${where} order by ${ident(key)} limit ${MAX_PROCESSES}`,
  ).all<Row>();
  return results;
}

function pick(table: TableInfo, names: string[]): ColumnInfo[] {
  return names
    .map((name) => table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase()))
    .filter((c): c is ColumnInfo => c !== undefined);
}

async function tables(ctx: RecordContext) {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  return { process: requireTable(schema, PROCESS_TABLE), parameter: requireTable(schema, PARAMETER_TABLE) };
}

/** The processes the session may see (active, of its client or the System client, with access), by Value. */
export async function listProcessRows(ctx: RecordContext, principal: Principal): Promise<ProcessRows> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const { process } = await tables(ctx);
  const columns = pick(process, PROCESS_COLUMNS);
  const rows = await readRows(
    ctx,
    process,
    columns,
    allOf(sql`IsActive = 1 and AD_Form_ID is null`, scopeCondition(process, ctx.scope, 'read')) as ReturnType<
      typeof sql
    >,
  );
  const access = await processAccessOf(
    ctx,
    principal,
    rows.map((r) => Number(r.AD_Process_ID)),
  );
  const visible = rows.filter((r) => access.get(Number(r.AD_Process_ID)));
  visible.sort((a, b) => String(a.Value).localeCompare(String(b.Value)));
  return { table: process, columns, rows: visible };
}

/**
 * A process by slug with its parameters, as the session may see it: 404 when no process has that slug in
 * reach, 403 when the role has no access (iDempiere answers so), or only read access and `need` is `run`.
 */
export async function findProcess(
  ctx: RecordContext,
  principal: Principal,
  slug: string,
  need: 'view' | 'run',
): Promise<
  { definition: ProcessDefinition; row: Row; parameters: ProcessRows } & { table: TableInfo; columns: ColumnInfo[] }
> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const { process, parameter } = await tables(ctx);
  const columns = pick(process, [...PROCESS_COLUMNS, 'Classname', 'AD_Table_ID', 'AD_Client_ID']);
  const rows = await readRows(
    ctx,
    process,
    columns,
    allOf(sql`IsActive = 1`, scopeCondition(process, ctx.scope, 'read')) as ReturnType<typeof sql>,
  );
  // The session's own client's process first (a tenant may override a System process of the same Value).
  const matches = rows
    .filter((r) => slugify(String(r.Value)) === slug.toLowerCase())
    .sort((a, b) => Number(b.AD_Client_ID) - Number(a.AD_Client_ID));
  const row = matches[0];
  if (!row) throw new AppError('NOT_FOUND', `No match found for process name: ${slug.slice(0, 100)}`);
  const id = Number(row.AD_Process_ID);
  const access = (await processAccessOf(ctx, principal, [id])).get(id);
  if (!access || (need === 'run' && access !== 'run'))
    throw new AppError('FORBIDDEN', `Access denied for process: ${slug.slice(0, 100)}`);
  const parameterColumns = parameter.columns.filter(
    (c) => !c.hidden && !HIDDEN_PARAMETER_COLUMNS.has(c.name.toLowerCase()) && c.name !== `${parameter.name}_UU`,
  );
  const parameterRows = await readRows(ctx, parameter, parameterColumns, sql`AD_Process_ID = ${id} and IsActive = 1`);
  parameterRows.sort((a, b) => Number(a.SeqNo) - Number(b.SeqNo));
  return {
    definition: definitionOf(row, parameterRows),
    row,
    table: process,
    columns: pick(process, PROCESS_COLUMNS),
    parameters: { table: parameter, columns: parameterColumns, rows: parameterRows },
  };
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

function definitionOf(row: Row, parameters: Row[]): ProcessDefinition {
  return {
    id: Number(row.AD_Process_ID),
    uid: String(row.AD_Process_UU),
    clientId: Number(row.AD_Client_ID),
    value: String(row.Value),
    name: String(row.Name),
    slug: slugify(String(row.Value)),
    isReport: Boolean(row.IsReport),
    classname: text(row.Classname),
    tableId: row.AD_Table_ID === null || row.AD_Table_ID === undefined ? null : Number(row.AD_Table_ID),
    parameters: parameters.map(
      (p): ProcessParameter => ({
        id: Number(p.AD_Process_Para_ID),
        uid: String(p.AD_Process_Para_UU),
        name: String(p.Name),
        columnName: String(p.ColumnName),
        seqNo: Number(p.SeqNo),
        referenceId: Number(p.AD_Reference_ID),
        referenceValueId: p.AD_Reference_Value_ID === null ? null : Number(p.AD_Reference_Value_ID),
        mandatory: Boolean(p.IsMandatory),
        range: Boolean(p.IsRange),
        defaultValue: text(p.DefaultValue),
        defaultValue2: text(p.DefaultValue2),
        valueMin: text(p.ValueMin),
        valueMax: text(p.ValueMax),
      }),
    ),
  };
}
