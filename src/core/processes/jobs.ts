import { DataAccess } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { erpRecordContext } from '../erp/context';
import { inAdminGroup } from '../identity/actor';
import type { RecordContext } from '../records/scope';
import { finishInstance, type InstanceRow, listJobs, readInstance } from './instances';
import { execute, prepareRun, type RunCaller } from './runner';
import { logSchedulerRun } from './scheduler-log';
import { type SessionClaims, sessionPrincipal } from './session';

/**
 * Background runs (iDempiere's "run as job"): the request creates the instance (`IsRunAsJob`, processing)
 * and queues the run in a ProcessDO, whose alarm calls `runQueuedJob` outside any request. The run acts as
 * the user who asked for it, with the rights that user holds when it starts, in the instance's client,
 * role and organisation. Everything a sync run checks is checked again then.
 */

export interface QueuedJob {
  pool: string;
  instanceId: number;
  slug: string;
  body: Record<string, unknown>;
  record?: { tableName: string; id: string };
  userId: number;
  claims: SessionClaims;
  requestId?: string;
  schedulerId?: number;
}

async function callerOf(env: Bindings, job: QueuedJob): Promise<RunCaller> {
  const data = new DataAccess(env);
  const principal = await sessionPrincipal(data, job.userId, job.claims);
  const ctx = erpRecordContext(data, principal, job.requestId ?? `job:${job.instanceId}`);
  return { ctx, principal, env };
}

export async function runQueuedJob(env: Bindings, job: QueuedJob): Promise<void> {
  const data = new DataAccess(env);
  const probe = { data, pool: job.pool } as RecordContext;
  const instance = await readInstance(probe, job.instanceId);
  if (!instance?.processing) return;
  let caller: RunCaller;
  try {
    caller = await callerOf(env, job);
  } catch (error) {
    await failQueuedJob(env, job, error);
    return;
  }
  const session = { clientId: job.claims.client, orgId: job.claims.org, userId: job.userId, roleId: job.claims.role };
  let info: { summary: string; isError: boolean };
  try {
    const prepared = await prepareRun(caller, { slug: job.slug, body: job.body, record: job.record });
    info = await execute(caller, prepared, job.instanceId, session);
  } catch (error) {
    // A check that fails now (a right taken away since, a record gone): the run ends in error.
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    await finishInstance(caller.ctx, job.instanceId, {
      summary: error.message,
      isError: true,
      logs: [],
      tableIds: new Map(),
    });
    info = { summary: error.message, isError: true };
  }
  if (job.schedulerId !== undefined) await logSchedulerRun(caller.ctx, job.schedulerId, job.instanceId, info);
}

/** The instance of a job that cannot run any more (its user disabled, its attempts spent): failed. */
export async function failQueuedJob(env: Bindings, job: QueuedJob, error: unknown): Promise<void> {
  const data = new DataAccess(env);
  const system = {
    data,
    pool: job.pool,
    actor: { userId: 0, login: 'system', groups: [], rights: [], system: true, requestId: `job:${job.instanceId}` },
    scope: 'unscoped',
  } as RecordContext;
  const summary =
    error instanceof AppError && error.status < 500 ? error.message : 'Internal error: the process failed';
  await finishInstance(system, job.instanceId, { summary, isError: true, logs: [], tableIds: new Map() });
  if (job.schedulerId !== undefined)
    await logSchedulerRun(system, job.schedulerId, job.instanceId, { summary, isError: true });
}

/** The job view of an instance, as the original's `/processes/jobs` answers it. */
export function jobOf(instance: InstanceRow) {
  return {
    id: instance.id,
    client: instance.clientName ?? String(instance.clientId),
    user: instance.userName ?? '',
    process: instance.value,
    since: instance.created,
    processing: instance.processing,
    ...(instance.processing ? {} : { isError: instance.result !== 1, summary: instance.errorMsg ?? '' }),
  };
}

function clientOf(ctx: RecordContext): number {
  return ctx.scope === 'unscoped' ? 0 : ctx.scope.clientId;
}

/** The session's client's jobs still running (admins: everyone's; others: their own). */
export async function runningJobs(ctx: RecordContext) {
  const rows = await listJobs(ctx, clientOf(ctx), {
    processingOnly: true,
    ...(inAdminGroup(ctx.actor) ? {} : { userId: ctx.actor.userId }),
  });
  return rows.map(jobOf);
}

/** One job of the session's client: the caller's own, or anyone's for an admin; else 404. */
export async function findJob(ctx: RecordContext, id: number) {
  const row = await readInstance(ctx, id);
  if (!row?.runAsJob || row.clientId !== clientOf(ctx) || (row.userId !== ctx.actor.userId && !inAdminGroup(ctx.actor)))
    throw new AppError('NOT_FOUND', `No job found matching id ${id}`);
  return jobOf(row);
}
