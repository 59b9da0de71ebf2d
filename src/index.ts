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

/**
 * The last line of defence: the app renders every error it sees with the face's renderer; anything that
 * still escapes (thrown outside the app's handlers) is logged and answered with a generic 500, never with
 * its own text (the runtime's default answer would carry it).
 */
function fetch(request: Request, env: Cloudflare.Env, ctx: ExecutionContext): Response | Promise<Response> {
  // Not an async function: one asynchronous step less on every request.
  try {
    const answer = app.fetch(request, env, ctx);
    return answer instanceof Promise ? answer.catch(escaped) : answer;
  } catch (error) {
    return escaped(error);
  }
}

function escaped(error: unknown): Response {
  try {
    console.error(JSON.stringify({ level: 'error', message: String(error), stack: (error as Error)?.stack }));
  } catch {
    console.error(JSON.stringify({ level: 'error', message: 'An error that cannot be described escaped the app' }));
  }
  return Response.json({ code: 'INTERNAL', message: 'Internal server error' }, { status: 500 });
}

export default {
  fetch,
  // Cron Triggers (wrangler.toml [triggers]): every registered periodic job, on every pool.
  async scheduled(controller, env) {
    await runPeriodicJobs(env, controller);
  },
} satisfies ExportedHandler<Cloudflare.Env>;
