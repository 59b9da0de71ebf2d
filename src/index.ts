import { createApp } from './app';

export { FeedDO } from './durable/feed-do';
export { PoolDO } from './durable/pool-do';
export { ThrottleDO } from './durable/throttle-do';
export { WorkflowDO } from './durable/workflow-do';

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Cloudflare.Env>;
