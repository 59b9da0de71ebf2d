import type { DataAccess } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { erpRecordContext } from '../erp/context';
import { registerPeriodicJob } from '../ops/periodic';
import type { RecordContext } from '../records/scope';
import { slugify } from './definitions';
import { prepareRun, queueJob } from './runner';
import { nextRun } from './schedule';
import { logSchedulerRun } from './scheduler-log';
import { SCHEDULER_STATE, type SchedulerRow } from './schedulers';
import { sessionPrincipal } from './session';

/**
 * Running schedulers. The Cron Trigger's periodic job `schedulers.run` (every tick, each pool) claims the
 * started schedulers whose `DateNextRun` has come (moving it to the next run in the same statement, so two
 * overlapping ticks never run one twice) and queues each run in a ProcessDO; `/servers/{id}/run` queues one
 * now. A run acts as the scheduler's supervisor (`Supervisor_ID`) with its role, in its client and
 * organisation, with the process parameters of AD_Scheduler_Para; its outcome is logged in AD_SchedulerLog.
 */

/** The most due schedulers one tick queues per pool (the rest wait for the next tick). */
const MAX_DUE = 20;

async function bodyOf(data: DataAccess, pool: string, scheduler: SchedulerRow): Promise<Record<string, unknown>> {
  const { results } = await data
    .d1(pool)
    .prepare(
      `select p.ColumnName as columnName, s.ParameterDefault as value, s.ParameterToDefault as valueTo
       from AD_Scheduler_Para s join AD_Process_Para p on p.AD_Process_Para_ID = s.AD_Process_Para_ID
       where s.AD_Scheduler_ID = ? and s.IsActive = 1 limit 100`,
    )
    .bind(scheduler.id)
    .all<{ columnName: string; value: string | null; valueTo: string | null }>();
  const body: Record<string, unknown> = {};
  for (const p of results) {
    if (p.value !== null) body[p.columnName] = p.value;
    if (p.valueTo !== null) body[`${p.columnName}_to`] = p.valueTo;
  }
  if (scheduler.reportOutputType) body['report-type'] = scheduler.reportOutputType;
  if (scheduler.recordId) body['record-id'] = scheduler.recordId;
  if (scheduler.tableId) body['table-id'] = scheduler.tableId;
  return body;
}

/** Queues one run of a scheduler as its supervisor; answers the instance id. */
export async function queueSchedulerRun(
  env: Bindings,
  data: DataAccess,
  pool: string,
  scheduler: SchedulerRow,
  requestId: string,
): Promise<number> {
  if (!scheduler.supervisorId)
    throw new AppError('BAD_REQUEST', `Scheduler ${scheduler.id} has no supervisor to run as`);
  const principal = await sessionPrincipal(data, scheduler.supervisorId, {
    client: scheduler.clientId,
    role: scheduler.roleId,
    org: scheduler.orgId,
  });
  const ctx: RecordContext = { ...erpRecordContext(data, principal, requestId), pool };
  const caller = { ctx, principal, env };
  const request = { slug: slugify(scheduler.processValue), body: await bodyOf(data, pool, scheduler) };
  const prepared = await prepareRun(caller, request);
  return queueJob(caller, prepared, request, scheduler.id);
}

interface Due extends SchedulerRow {}

registerPeriodicJob({
  name: 'schedulers.run',
  async run({ env, data, pool, now, actor }) {
    const db = data.d1(pool);
    const at = new Date(now * 1000).toISOString();
    const { results } = await db
      .prepare(
        `select s.AD_Scheduler_ID as id, s.AD_Client_ID as clientId, s.AD_Org_ID as orgId, s.Name as name, s.AD_Process_ID as processId,
           p.Value as processValue, s.AD_Role_ID as roleId, s.Supervisor_ID as supervisorId, s.DateNextRun as dateNextRun,
           s.AD_Table_ID as tableId, s.Record_ID as recordId, s.ReportOutputType as reportOutputType, s.SchedulerState as state,
           d.ScheduleType as scheduleType, d.FrequencyType as frequencyType, d.Frequency as frequency, d.CronPattern as cronPattern
         from AD_Scheduler s join AD_Process p on p.AD_Process_ID = s.AD_Process_ID join AD_Schedule d on d.AD_Schedule_ID = s.AD_Schedule_ID
         where s.SchedulerState = 'S' and s.IsActive = 1 and s.DateNextRun <= ? order by s.DateNextRun limit ${MAX_DUE}`,
      )
      .bind(at)
      .all<Due>();
    let queued = 0;
    for (const scheduler of results) {
      // The claim: only the tick that moves DateNextRun from the value it read runs the scheduler.
      const next = nextRun(scheduler, new Date(Math.max(now * 1000, Date.parse(scheduler.dateNextRun ?? at))));
      const claim = await db
        .prepare(
          `update AD_Scheduler set DateLastRun = ?, DateNextRun = ?, SchedulerState = ? where AD_Scheduler_ID = ? and DateNextRun = ?`,
        )
        .bind(
          at,
          next?.toISOString() ?? null,
          next ? SCHEDULER_STATE.started : SCHEDULER_STATE.stopped,
          scheduler.id,
          scheduler.dateNextRun,
        )
        .run();
      if (!claim.meta.changes) continue;
      try {
        await queueSchedulerRun(env, data, pool, scheduler, `${actor.requestId}:Scheduler${scheduler.id}`);
        queued += 1;
      } catch (error) {
        // A run that cannot start (no supervisor, a right or access gone) is logged as the scheduler's error.
        const summary =
          error instanceof AppError && error.status < 500 ? error.message : 'Internal error: the run did not start';
        await logSchedulerRun({ data, pool, actor, scope: 'unscoped' }, scheduler.id, 0, { summary, isError: true });
      }
    }
    return { due: results.length, queued };
  },
});
