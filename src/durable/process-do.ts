import { DurableObject } from 'cloudflare:workers';
import { failQueuedJob, type QueuedJob, runQueuedJob } from '../core/processes/jobs';

/** Alarm retries (Cloudflare retries a failing alarm with backoff) before the run is recorded as failed. */
const MAX_ATTEMPTS = 5;

/**
 * One per background run (`<pool>:<AD_PInstance_ID>`): the request that queues a job stores it here and
 * sets an alarm for now, then answers; the alarm runs the process (core/processes/jobs.ts) outside any
 * request, so a long run never holds a client's connection, and a failed attempt (a D1 hiccup, an evicted
 * isolate) is retried by the alarm rather than lost. After MAX_ATTEMPTS the instance is finished as failed.
 */
export class ProcessDO extends DurableObject<Cloudflare.Env> {
  async enqueue(job: QueuedJob): Promise<{ queued: boolean }> {
    if (await this.ctx.storage.get('job')) return { queued: false };
    await this.ctx.storage.put('job', job);
    await this.ctx.storage.setAlarm(Date.now());
    return { queued: true };
  }

  async pending(): Promise<QueuedJob | null> {
    return (await this.ctx.storage.get<QueuedJob>('job')) ?? null;
  }

  override async alarm(info?: { retryCount: number; isRetry: boolean }): Promise<void> {
    const job = await this.ctx.storage.get<QueuedJob>('job');
    if (!job) return;
    try {
      await runQueuedJob(this.env, job);
    } catch (error) {
      if ((info?.retryCount ?? 0) + 1 < MAX_ATTEMPTS) throw error;
      await failQueuedJob(this.env, job, error);
    }
    await this.ctx.storage.delete('job');
  }
}
