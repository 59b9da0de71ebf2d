import { sql } from 'drizzle-orm';
import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { labelColumns } from '../records/lookups';
import { getPoolSchema, requireTable } from '../records/registry';
import { allOf, type RecordContext, scopeCondition } from '../records/scope';
import type { Row } from '../records/service';
import { ident, prepare } from '../records/sql';
import type { TableInfo } from '../records/types';
import { nextRun, type Schedule } from './schedule';

/**
 * Schedulers (AD_Scheduler) as iDempiere's server jobs: a scheduler whose state is started (`S`) or
 * stopped (`X`) is a server job `Scheduler<id>` of this deployment's one node; `N` is not scheduled (no
 * server job). Started schedulers run their process when `DateNextRun` has come: the Cron Trigger's periodic
 * job (scheduler-runs.ts) queues each due run in a ProcessDO. Reading needs `base.system.view`, acting on
 * them `base.system.reload` (never a read-only user); then the role's table access to AD_Scheduler and the
 * session's client narrow it (another client's scheduler does not exist; System schedulers are read-only).
 */

export const SCHEDULER_RIGHTS = { view: 'base.system.view', manage: 'base.system.reload' } as const;
export const SCHEDULER_STATE = { notScheduled: 'N', started: 'S', stopped: 'X' } as const;
export const STATE_TEXT: Record<string, string> = { N: 'Not scheduled', S: 'Started', X: 'Stopped' };

export interface SchedulerRow extends Schedule {
  id: number;
  clientId: number;
  orgId: number;
  name: string;
  description: string | null;
  processId: number;
  processValue: string;
  roleId: number | null;
  supervisorId: number | null;
  keepLogDays: number;
  dateLastRun: string | null;
  dateNextRun: string | null;
  state: string;
  tableId: number | null;
  recordId: number | null;
  reportOutputType: string | null;
  runs: number;
  lastSummary: string | null;
  lastError: number | null;
}

const SELECT = `select s.AD_Scheduler_ID as id, s.AD_Client_ID as clientId, s.AD_Org_ID as orgId, s.Name as name,
  s.Description as description, s.AD_Process_ID as processId, p.Value as processValue, s.AD_Role_ID as roleId,
  s.Supervisor_ID as supervisorId, s.KeepLogDays as keepLogDays, s.DateLastRun as dateLastRun, s.DateNextRun as dateNextRun,
  s.SchedulerState as state, s.AD_Table_ID as tableId, s.Record_ID as recordId, s.ReportOutputType as reportOutputType,
  d.ScheduleType as scheduleType, d.FrequencyType as frequencyType, d.Frequency as frequency, d.CronPattern as cronPattern,
  (select count(*) from AD_SchedulerLog l where l.AD_Scheduler_ID = s.AD_Scheduler_ID) as runs,
  (select l.Summary from AD_SchedulerLog l where l.AD_Scheduler_ID = s.AD_Scheduler_ID order by l.AD_SchedulerLog_ID desc limit 1) as lastSummary,
  (select l.IsError from AD_SchedulerLog l where l.AD_Scheduler_ID = s.AD_Scheduler_ID order by l.AD_SchedulerLog_ID desc limit 1) as lastError
  from AD_Scheduler s join AD_Process p on p.AD_Process_ID = s.AD_Process_ID join AD_Schedule d on d.AD_Schedule_ID = s.AD_Schedule_ID`;

async function schedulerTable(ctx: RecordContext, need: 'read' | 'write'): Promise<TableInfo> {
  const table = requireTable(await getPoolSchema(ctx.data, ctx.pool), 'AD_Scheduler');
  if (need === 'read') requireRight(ctx.actor, SCHEDULER_RIGHTS.view);
  else requireWrite(ctx.actor, SCHEDULER_RIGHTS.manage);
  await ctx.narrow?.(table, need);
  return table;
}

function scoped(ctx: RecordContext, table: TableInfo, mode: 'read' | 'write') {
  return scopeCondition(table, ctx.scope, mode, 's');
}

/** The schedulers the session sees (bounded), optionally only those with a server job. */
export async function listSchedulers(ctx: RecordContext, withServerJob = true): Promise<SchedulerRow[]> {
  const table = await schedulerTable(ctx, 'read');
  const where = allOf(
    sql`s.IsActive = 1`,
    withServerJob ? sql`s.SchedulerState in ('S', 'X')` : undefined,
    scoped(ctx, table, 'read'),
  );
  const { results } = await prepare(
    ctx.data.d1(ctx.pool),
    sql`${sql.raw(SELECT)} where ${where} order by s.AD_Scheduler_ID limit 200`,
  ).all<SchedulerRow>();
  return results;
}

/** One scheduler by id as the session may see it (`write`: may change it), else 404. */
export async function findScheduler(ctx: RecordContext, id: number, need: 'read' | 'write'): Promise<SchedulerRow> {
  const table = await schedulerTable(ctx, need);
  const where = allOf(sql`s.AD_Scheduler_ID = ${id}`, scoped(ctx, table, need));
  const row = await prepare(ctx.data.d1(ctx.pool), sql`${sql.raw(SELECT)} where ${where}`).first<SchedulerRow>();
  if (!row) throw new AppError('NOT_FOUND', `No match found for scheduler id: ${id}`);
  return row;
}

/** The scheduler as a PO json row (with its foreign keys' labels), for `/servers/schedulers/{id}`. */
export async function schedulerRecord(ctx: RecordContext, id: number): Promise<{ table: TableInfo; row: Row }> {
  await findScheduler(ctx, id, 'read');
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const table = requireTable(schema, 'AD_Scheduler');
  const columns = table.columns.filter((c) => !c.hidden);
  const labels = labelColumns(ctx, schema, table, columns);
  const row = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${sql.join(
      columns.map((c) => ident(c.name)),
      sql`, `,
    )}${labels ? sql`, ${labels}` : sql``} from AD_Scheduler where AD_Scheduler_ID = ${id}`,
  ).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `No match found for scheduler id: ${id}`);
  return { table, row };
}

export const serverId = (id: number) => `Scheduler${id}`;

/** `Scheduler<id>` → the scheduler id (anything else names no server job here: 404). */
export function schedulerIdOf(server: string): number {
  const m = /^Scheduler(\d{1,12})$/.exec(server);
  if (!m) throw new AppError('NOT_FOUND', `No match found for server id: ${server.slice(0, 64)}`);
  return Number(m[1]);
}

/** Changes a scheduler's state (and when it runs next), with its audit row, in one batch. */
export async function setSchedulerState(
  ctx: RecordContext,
  scheduler: SchedulerRow,
  state: string,
  now = new Date(),
): Promise<void> {
  const next = state === SCHEDULER_STATE.started ? nextRun(scheduler, now) : null;
  if (state === SCHEDULER_STATE.started && !next)
    throw new AppError('BAD_REQUEST', `The schedule of scheduler ${scheduler.id} never runs`);
  const db = ctx.data.d1(ctx.pool);
  await db.batch([
    db
      .prepare(
        `update AD_Scheduler set SchedulerState = ?, DateNextRun = ?, Updated = strftime('%Y-%m-%dT%H:%M:%fZ','now'), UpdatedBy = ?
         where AD_Scheduler_ID = ?`,
      )
      .bind(state, next?.toISOString() ?? null, ctx.actor.userId, scheduler.id),
    auditStatement(db, {
      user: auditUser(ctx.actor),
      pool: ctx.pool,
      table: 'AD_Scheduler',
      recordId: scheduler.id,
      action: 'UPDATE',
      before: { SchedulerState: scheduler.state, DateNextRun: scheduler.dateNextRun },
      after: { SchedulerState: state, DateNextRun: next?.toISOString() ?? null },
      requestId: ctx.actor.requestId,
    }),
  ]);
}

/** `/servers/reload`: every started scheduler of the session's reach gets its next run computed again. */
export async function reloadSchedulers(ctx: RecordContext): Promise<SchedulerRow[]> {
  const all = await listSchedulers(ctx);
  await schedulerTable(ctx, 'write');
  for (const scheduler of all)
    if (
      scheduler.state === SCHEDULER_STATE.started &&
      (ctx.scope === 'unscoped' || scheduler.clientId === ctx.scope.clientId)
    )
      await setSchedulerState(ctx, scheduler, SCHEDULER_STATE.started);
  return listSchedulers(ctx);
}

/** A scheduler's run logs, newest first (the caller has found the scheduler as the session may see it). */
export async function schedulerLogs(ctx: RecordContext, id: number) {
  const { results } = await ctx.data
    .d1(ctx.pool)
    .prepare(
      `select Created as created, Summary as summary, Description as description, Reference as reference, TextMsg as textMessage, IsError as error
       from AD_SchedulerLog where AD_Scheduler_ID = ? order by AD_SchedulerLog_ID desc limit 100`,
    )
    .bind(id)
    .all<Record<string, unknown>>();
  return results.map((r) => ({
    created: String(r.created),
    ...Object.fromEntries(
      ['summary', 'description', 'reference', 'textMessage'].filter((k) => r[k]).map((k) => [k, String(r[k])]),
    ),
    error: Boolean(r.error),
  }));
}

export type { Bindings };
