import { AppError } from '../../lib/errors';
import { auditUser } from '../identity/actor';
import { auditStatement, auditStatementReading } from '../ops/audit';
import type { RecordContext } from '../records/scope';
import type { ParameterValues, ProcessDefinition, ProcessLog } from './types';

/**
 * Runs as rows (AD_PInstance with AD_PInstance_Para and AD_PInstance_Log): created with its parameters and
 * audit row in one batch before the process starts (`IsProcessing`), finished with its result, logs and
 * audit row in one batch. The instance is the session's (client, organisation, user, role), so a job or
 * scheduler run later acts in the same context.
 */

export const INSTANCE_TABLE = 'AD_PInstance';
/** Logs kept per run (a process that logs more keeps its first ones; lists are bounded). */
export const MAX_LOGS = 500;

export interface InstanceSession {
  clientId: number;
  orgId: number;
  userId: number;
  roleId: number | null;
}

export function sessionOf(ctx: RecordContext, roleClaim: unknown): InstanceSession {
  const scope = ctx.scope === 'unscoped' ? { clientId: 0, defaultOrgId: 0 } : ctx.scope;
  const role = Number(roleClaim);
  return {
    clientId: Math.max(0, scope.clientId),
    orgId: scope.defaultOrgId ?? 0,
    userId: ctx.actor.userId,
    roleId: Number.isSafeInteger(role) ? role : null,
  };
}

const json = (value: unknown) => (value === undefined ? null : value);

function paramColumns(value: ParameterValues extends Map<string, infer V> ? V : never) {
  const cols = {
    P_String: null,
    P_String_To: null,
    P_Number: null,
    P_Number_To: null,
    P_Date: null,
    P_Date_To: null,
  } as Record<string, string | number | null>;
  const put = (suffix: '' | '_To', v: unknown) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number') cols[`P_Number${suffix}`] = v;
    else if (typeof v === 'boolean') cols[`P_String${suffix}`] = v ? 'Y' : 'N';
    else if (Array.isArray(v)) cols[`P_String${suffix}`] = v.join(',');
    else if (/^\d{4}-\d{2}-\d{2}/.test(String(v))) cols[`P_Date${suffix}`] = String(v);
    else cols[`P_String${suffix}`] = String(v);
  };
  put('', value.value);
  put('_To', value.to);
  return cols;
}

export interface NewInstance {
  process: ProcessDefinition;
  params: ParameterValues;
  record?: { tableId: number | null; id: number };
  reportType: string;
  runAsJob: boolean;
  schedulerId?: number;
}

/** The instance, its parameters and its audit row, in one batch; answers its id. */
export async function createInstance(
  ctx: RecordContext,
  session: InstanceSession,
  input: NewInstance,
): Promise<number> {
  const db = ctx.data.d1(ctx.pool);
  const uu = crypto.randomUUID();
  const byUu = 'select AD_PInstance_ID from AD_PInstance where AD_PInstance_UU = ?';
  const params = [...input.params.values()].map((value, i) => {
    const cols = paramColumns(value);
    return db
      .prepare(
        `insert into AD_PInstance_Para (AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, AD_PInstance_ID, SeqNo, ParameterName,
           P_String, P_String_To, P_Number, P_Number_To, P_Date, P_Date_To)
         values (?, ?, ?, ?, (${byUu}), ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        session.clientId,
        session.orgId,
        session.userId,
        session.userId,
        uu,
        (i + 1) * 10,
        value.column,
        cols.P_String,
        cols.P_String_To,
        cols.P_Number,
        cols.P_Number_To,
        cols.P_Date,
        cols.P_Date_To,
      );
  });
  const [inserted] = await db.batch([
    db
      .prepare(
        `insert into AD_PInstance (AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, AD_Process_ID, AD_Table_ID, Record_ID, AD_User_ID,
           AD_Role_ID, IsProcessing, IsRunAsJob, NotificationType, ReportType, AD_Scheduler_ID, Started, AD_PInstance_UU)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?) returning AD_PInstance_ID as id`,
      )
      .bind(
        session.clientId,
        session.orgId,
        session.userId,
        session.userId,
        input.process.id,
        input.record?.tableId ?? null,
        input.record?.id ?? 0,
        session.userId,
        session.roleId,
        input.runAsJob ? 1 : 0,
        input.runAsJob ? 'N' : null,
        input.reportType,
        input.schedulerId ?? null,
        uu,
      ),
    ...params,
    auditStatementReading(
      db,
      {
        user: auditUser(ctx.actor),
        pool: ctx.pool,
        table: INSTANCE_TABLE,
        action: 'INSERT',
        after: {
          process: input.process.value,
          params: Object.fromEntries(
            [...input.params].map(([k, v]) => [k, v.to === undefined ? v.value : [v.value, v.to]]),
          ),
          record: input.record?.id,
          runAsJob: input.runAsJob,
          scheduler: input.schedulerId,
        },
        requestId: ctx.actor.requestId,
      },
      byUu,
      uu,
    ),
  ]);
  const id = (inserted.results[0] as { id: number } | undefined)?.id;
  if (!id) throw new AppError('INTERNAL', 'Process instance not created');
  return id;
}

export interface InstanceResult {
  summary: string;
  isError: boolean;
  logs: ProcessLog[];
  reportFileName?: string;
  exportFileName?: string;
  tableIds: Map<string, number>;
}

/**
 * The end of a run: result, message, output names, logs and the audit row in one batch. Only an instance
 * still processing is finished (a job's alarm that runs again after a crash finds it done and stops).
 */
export async function finishInstance(ctx: RecordContext, instanceId: number, result: InstanceResult): Promise<void> {
  const db = ctx.data.d1(ctx.pool);
  const logs = result.logs.slice(0, MAX_LOGS).map((log, i) =>
    db
      .prepare(
        `insert into AD_PInstance_Log (AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, AD_PInstance_ID, Log_ID, P_Date, P_Number, P_Msg, AD_Table_ID, Record_ID)
         select AD_Client_ID, AD_Org_ID, CreatedBy, CreatedBy, AD_PInstance_ID, ?, ?, ?, ?, ?, ? from AD_PInstance where AD_PInstance_ID = ?`,
      )
      .bind(
        i + 1,
        json(log.date) ?? null,
        json(log.number) ?? null,
        log.message.slice(0, 2000),
        log.tableName ? (result.tableIds.get(log.tableName) ?? null) : null,
        json(log.recordId) ?? null,
        instanceId,
      ),
  );
  await db.batch([
    db
      .prepare(
        `update AD_PInstance set IsProcessing = 0, Result = ?, ErrorMsg = ?, ReportFileName = ?, ExportFileName = ?,
           Finished = strftime('%Y-%m-%dT%H:%M:%fZ','now'), Updated = strftime('%Y-%m-%dT%H:%M:%fZ','now')
         where AD_PInstance_ID = ? and IsProcessing = 1`,
      )
      .bind(
        result.isError ? 0 : 1,
        result.summary.slice(0, 2000),
        result.reportFileName ?? null,
        result.exportFileName ?? null,
        instanceId,
      ),
    ...logs,
    auditStatement(db, {
      user: auditUser(ctx.actor),
      pool: ctx.pool,
      table: INSTANCE_TABLE,
      recordId: instanceId,
      action: 'UPDATE',
      before: { IsProcessing: true },
      after: { IsProcessing: false, Result: result.isError ? 0 : 1, ErrorMsg: result.summary.slice(0, 2000) },
      requestId: ctx.actor.requestId,
    }),
  ]);
}

export interface InstanceRow {
  id: number;
  clientId: number;
  orgId: number;
  processId: number;
  value: string;
  userId: number | null;
  roleId: number | null;
  processing: boolean;
  runAsJob: boolean;
  result: number;
  errorMsg: string | null;
  created: string;
  tableId: number | null;
  recordId: number;
  reportType: string | null;
  schedulerId: number | null;
  clientName: string | null;
  userName: string | null;
}

const INSTANCE_SELECT = `select i.AD_PInstance_ID as id, i.AD_Client_ID as clientId, i.AD_Org_ID as orgId, i.AD_Process_ID as processId,
  p.Value as value, i.AD_User_ID as userId, i.AD_Role_ID as roleId, i.IsProcessing as processing, i.IsRunAsJob as runAsJob,
  i.Result as result, i.ErrorMsg as errorMsg, i.Created as created, i.AD_Table_ID as tableId, i.Record_ID as recordId,
  i.ReportType as reportType, i.AD_Scheduler_ID as schedulerId, c.Name as clientName, u.login as userName
  from AD_PInstance i join AD_Process p on p.AD_Process_ID = i.AD_Process_ID
  left join AD_Client c on c.AD_Client_ID = i.AD_Client_ID left join users u on u.id = i.AD_User_ID`;

const rowOf = (r: InstanceRow): InstanceRow => ({
  ...r,
  processing: Boolean(r.processing),
  runAsJob: Boolean(r.runAsJob),
});

/** One instance by id (any client: callers check the session's). */
export async function readInstance(ctx: RecordContext, id: number): Promise<InstanceRow | undefined> {
  const row = await ctx.data
    .d1(ctx.pool)
    .prepare(`${INSTANCE_SELECT} where i.AD_PInstance_ID = ?`)
    .bind(id)
    .first<InstanceRow>();
  return row ? rowOf(row) : undefined;
}

/** Background jobs of a client, still processing (or every one of the user's, newest first), bounded. */
export async function listJobs(
  ctx: RecordContext,
  clientId: number,
  options: { userId?: number; processingOnly: boolean },
): Promise<InstanceRow[]> {
  const { results } = await ctx.data
    .d1(ctx.pool)
    .prepare(
      `${INSTANCE_SELECT} where i.AD_Client_ID = ? and i.IsRunAsJob = 1 ${options.processingOnly ? 'and i.IsProcessing = 1' : ''}
       ${options.userId === undefined ? '' : 'and i.AD_User_ID = ?'} order by i.AD_PInstance_ID desc limit 100`,
    )
    .bind(clientId, ...(options.userId === undefined ? [] : [options.userId]))
    .all<InstanceRow>();
  return results.map(rowOf);
}

export async function instanceLogs(ctx: RecordContext, id: number): Promise<ProcessLog[]> {
  const { results } = await ctx.data
    .d1(ctx.pool)
    .prepare(
      `select P_Msg as message, P_Number as number, P_Date as date, Record_ID as recordId from AD_PInstance_Log
       where AD_PInstance_ID = ? order by Log_ID limit ${MAX_LOGS}`,
    )
    .bind(id)
    .all<{ message: string | null; number: number | null; date: string | null; recordId: number | null }>();
  return results.map((r) => ({
    message: r.message ?? '',
    ...(r.number === null ? {} : { number: r.number }),
    ...(r.date === null ? {} : { date: r.date }),
    ...(r.recordId === null ? {} : { recordId: r.recordId }),
  }));
}
