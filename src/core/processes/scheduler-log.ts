import type { RecordContext } from '../records/scope';

/**
 * A scheduler's run log (AD_SchedulerLog: what `/servers/{id}/logs` lists): one row per run, in the
 * scheduler's client, naming the process instance; rows older than the scheduler's KeepLogDays go in the
 * same batch. Bookkeeping of the run, whose instance carries the audit row.
 */
export async function logSchedulerRun(
  ctx: RecordContext,
  schedulerId: number,
  instanceId: number,
  info: { summary: string; isError: boolean },
): Promise<void> {
  const db = ctx.data.d1(ctx.pool);
  await db.batch([
    db
      .prepare(
        `insert into AD_SchedulerLog (AD_Client_ID, AD_Org_ID, AD_Scheduler_ID, AD_PInstance_ID, Summary, Reference, TextMsg, IsError)
         select AD_Client_ID, AD_Org_ID, AD_Scheduler_ID, ?, ?, ?, ?, ? from AD_Scheduler where AD_Scheduler_ID = ?`,
      )
      .bind(
        instanceId,
        info.summary.slice(0, 2000),
        `AD_PInstance_ID=${instanceId}`,
        info.summary.slice(0, 2000),
        info.isError ? 1 : 0,
        schedulerId,
      ),
    db
      .prepare(
        `delete from AD_SchedulerLog where AD_Scheduler_ID = ? and Created < (select strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || KeepLogDays || ' days')
           from AD_Scheduler where AD_Scheduler_ID = ? and KeepLogDays > 0)`,
      )
      .bind(schedulerId, schedulerId),
  ]);
}
