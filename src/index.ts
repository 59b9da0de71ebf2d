import { createApp } from './app';
import './core/files/jobs';
import './core/processes';
import { runPeriodicJobs } from './core/ops/periodic';

export { FeedDO } from './durable/feed-do';
export { PoolDO } from './durable/pool-do';
export { ProcessDO } from './durable/process-do';
export { ThrottleDO } from './durable/throttle-do';
export { WorkflowDO } from './durable/workflow-do';

const app = createApp();

export default {
  fetch: app.fetch,
  // Cron Triggers (wrangler.toml [triggers]): every registered periodic job, on every pool.
  async scheduled(controller, env) {
    await runPeriodicJobs(env, controller);
  },
} satisfies ExportedHandler<Cloudflare.Env>;
