import { DataAccess } from '../../db/data-access';
import { poolConfigs } from '../../db/pools';
import type { Bindings } from '../../lib/bindings';
import { type Actor, SYSTEM_ACTOR } from '../identity/actor';

/**
 * Periodic jobs: the Worker's `scheduled` handler (src/index.ts, the Cron Triggers of wrangler.toml) runs
 * every registered job on each tick, once per pool. A job decides from `now` what is due (an expiry, a
 * schedule of its own); one that fails is logged and does not stop the others. Modules register their
 * jobs when they load, as demo loaders do (core/ops/bootstrap.ts).
 */

export interface PeriodicRun {
  env: Bindings;
  data: DataAccess;
  pool: string;
  /** The tick's time, Unix seconds. */
  now: number;
  cron: string;
  /** Who the job's audit rows name: the system, with the tick as request id. */
  actor: Actor;
}

export interface PeriodicJob {
  name: string;
  run(run: PeriodicRun): Promise<unknown>;
}

const jobs = new Map<string, PeriodicJob>();

export function registerPeriodicJob(job: PeriodicJob): void {
  jobs.set(job.name, job);
}

/** The registered jobs' names (iDempiere's `periodic-jobs` task lists them: src/core/processes/tasks.ts). */
export function periodicJobs(): string[] {
  return [...jobs.keys()];
}

export interface JobResult {
  job: string;
  pool: string;
  ok: boolean;
  result?: unknown;
}

/** One tick: every job on every pool, in registration order; the results (for the log and tests). */
export async function runPeriodicJobs(
  env: Bindings,
  tick: { scheduledTime: number; cron: string },
): Promise<JobResult[]> {
  const now = Math.floor(tick.scheduledTime / 1000);
  const actor: Actor = { ...SYSTEM_ACTOR, requestId: `scheduled:${new Date(tick.scheduledTime).toISOString()}` };
  const results: JobResult[] = [];
  for (const { alias } of poolConfigs(env)) {
    const data = new DataAccess(env);
    for (const job of jobs.values()) {
      try {
        results.push({
          job: job.name,
          pool: alias,
          ok: true,
          result: await job.run({ env, data, pool: alias, now, cron: tick.cron, actor }),
        });
      } catch (error) {
        console.error(
          JSON.stringify({
            level: 'error',
            requestId: actor.requestId,
            message: `periodic job ${job.name} failed on pool ${alias}`,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
        results.push({ job: job.name, pool: alias, ok: false });
      }
    }
  }
  console.info(JSON.stringify({ level: 'info', requestId: actor.requestId, message: 'periodic jobs', results }));
  return results;
}
