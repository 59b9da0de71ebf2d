import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { NODE_HOST, nodeId } from '../../core/processes/node';
import { queueSchedulerRun } from '../../core/processes/scheduler-runs';
import {
  findScheduler,
  listSchedulers,
  reloadSchedulers,
  SCHEDULER_STATE,
  type SchedulerRow,
  STATE_TEXT,
  schedulerIdOf,
  schedulerLogs,
  schedulerRecord,
  serverId,
  setSchedulerState,
} from '../../core/processes/schedulers';
import { getPoolSchema } from '../../core/records/registry';
import { AppError } from '../../lib/errors';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError } from './errors';
import { contextOf } from './models-read';
import { Record as PoRecord } from './models-schemas';
import { TAGS } from './openapi';
import { renderRows } from './po';

/**
 * `/servers` (schedulers as server jobs) over core/processes/schedulers.ts (docs/faces/idempiere.md,
 * "Servers, schedulers and nodes on Workers"); `/nodes` and `/tasks` are in nodes.routes.ts.
 */

const ServerJob = z
  .object({
    id: z.string().openapi({ example: 'Scheduler101' }),
    name: z.string(),
    nodeId: z.string(),
    hostName: z.string(),
    port: z.number().int(),
    started: z.boolean(),
  })
  .openapi('IdServerJob');
const ServerJobInfo = ServerJob.extend({
  description: z.string().optional(),
  lastRun: z.string().optional(),
  info: z.string(),
  nextRun: z.string().optional(),
  statistics: z.string(),
  sleeping: z.boolean(),
  interruptd: z.boolean(),
}).openapi('IdServerJobInfo');
const ServerJobLog = z
  .object({
    created: z.string(),
    summary: z.string().optional(),
    description: z.string().optional(),
    reference: z.string().optional(),
    textMessage: z.string().optional(),
    error: z.boolean(),
  })
  .openapi('IdServerJobLog');
const ServerParam = z.object({
  id: z.string().min(1).max(64).openapi({ description: 'The server job id.', example: 'Scheduler101' }),
});
const SchedulerParam = z.object({
  id: z.coerce.number().int().positive().openapi({ description: 'The scheduler id.', example: 100 }),
});

const job = (env: AppEnv['Bindings'], s: SchedulerRow) => ({
  id: serverId(s.id),
  name: s.name,
  nodeId: nodeId(env),
  hostName: NODE_HOST,
  port: 443,
  started: s.state === SCHEDULER_STATE.started,
});

const info = (env: AppEnv['Bindings'], s: SchedulerRow) => ({
  ...job(env, s),
  ...(s.description ? { description: s.description } : {}),
  ...(s.dateLastRun ? { lastRun: s.dateLastRun } : {}),
  info: `#${s.runs} - Last=${s.lastSummary ?? ''}`,
  ...(s.dateNextRun && s.state === SCHEDULER_STATE.started ? { nextRun: s.dateNextRun } : {}),
  statistics: `Run #${s.runs}${s.lastError ? ' - last run failed' : ''}`,
  sleeping: s.state === SCHEDULER_STATE.started,
  interruptd: false,
});

async function schedulerJson(c: Context<AppEnv>, id: number) {
  const ctx = await contextOf(c);
  const scheduler = await findScheduler(ctx, id, 'read');
  const { table, row } = await schedulerRecord(ctx, id);
  const [record] = await renderRows(
    ctx,
    await getPoolSchema(ctx.data, ctx.pool),
    table,
    [row],
    table.columns.filter((col) => !col.hidden),
  );
  const scheduled = scheduler.state !== SCHEDULER_STATE.notScheduled;
  return {
    ...record,
    'server-id': serverId(id),
    'scheduler-state': STATE_TEXT[scheduler.state] ?? scheduler.state,
    ...(scheduled ? { 'node-id': nodeId(c.env), 'node-host-name': NODE_HOST, 'node-port': 443 } : {}),
  };
}

export function serverRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const security = SECURITY.bearer;
  const tags = [TAGS.servers.name];
  const route = <R extends Parameters<typeof createRoute>[0]>(r: R) =>
    createRoute({ ...r, tags, security, middleware: [auth] as const });
  const jobs = async (c: Context<AppEnv>) => (await listSchedulers(await contextOf(c))).map((s) => job(c.env, s));
  const one = async (c: Context<AppEnv>, id: string, need: 'read' | 'write') =>
    findScheduler(await contextOf(c), schedulerIdOf(id), need);

  app.openapi(
    route({
      method: 'get',
      path: '/servers',
      operationId: 'idempiereListServers',
      summary: 'Server jobs (started or stopped schedulers)',
      description:
        "The session's client's schedulers that have a server job. `base.system.view` and read access to AD_Scheduler.",
      responses: { 200: json(z.object({ servers: z.array(ServerJob) })), ...errorResponses },
    }),
    async (c) => c.json({ servers: await jobs(c) }, 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/servers/reload',
      operationId: 'idempiereReloadServers',
      summary: 'Reload the server jobs',
      description:
        'Every started scheduler of the client gets its next run computed again from its schedule. `base.system.reload` (never a read-only user) and write access to AD_Scheduler.',
      responses: { 200: json(z.object({ servers: z.array(ServerJob) })), ...errorResponses },
    }),
    async (c) => c.json({ servers: (await reloadSchedulers(await contextOf(c))).map((s) => job(c.env, s)) }, 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/servers/{id}',
      operationId: 'idempiereGetServer',
      summary: 'A server job',
      description: 'State, last and next run, statistics.',
      request: { params: ServerParam },
      responses: { 200: json(ServerJobInfo), ...errorResponses },
    }),
    async (c) => c.json(info(c.env, await one(c, c.req.valid('param').id, 'read')), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/servers/{id}/logs',
      operationId: 'idempiereGetServerLogs',
      summary: "A server job's run logs",
      description: 'AD_SchedulerLog, newest first (at most 100).',
      request: { params: ServerParam },
      responses: { 200: json(z.object({ logs: z.array(ServerJobLog) })), ...errorResponses },
    }),
    async (c) => {
      const s = await one(c, c.req.valid('param').id, 'read');
      return c.json({ logs: await schedulerLogs(await contextOf(c), s.id) }, 200);
    },
  );
  app.openapi(
    route({
      method: 'post',
      path: '/servers/{id}/state',
      operationId: 'idempiereToggleServer',
      summary: 'Start a stopped server job, stop a started one',
      description: "`base.system.reload`, write access to AD_Scheduler, a scheduler of the session's own client.",
      request: { params: ServerParam },
      responses: { 200: json(ServerJobInfo), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const s = await one(c, c.req.valid('param').id, 'write');
      if (s.state === SCHEDULER_STATE.notScheduled)
        throw new AppError('NOT_FOUND', `No match found for server id: ${serverId(s.id)}`);
      await setSchedulerState(
        ctx,
        s,
        s.state === SCHEDULER_STATE.started ? SCHEDULER_STATE.stopped : SCHEDULER_STATE.started,
      );
      return c.json(info(c.env, await findScheduler(ctx, s.id, 'read')), 200);
    },
  );
  app.openapi(
    route({
      method: 'post',
      path: '/servers/{id}/run',
      operationId: 'idempiereRunServer',
      summary: 'Run a server job now',
      description:
        "Queues a run of the scheduler's process now (as its supervisor, in a Durable Object); the run is logged in the server job's logs.",
      request: { params: ServerParam },
      responses: { 200: json(ServerJobInfo), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const s = await one(c, c.req.valid('param').id, 'write');
      await queueSchedulerRun(c.env, ctx.data, ctx.pool, s, ctx.actor.requestId ?? 'run');
      return c.json(info(c.env, await findScheduler(ctx, s.id, 'read')), 200);
    },
  );
  const SchedulerJson = PoRecord.openapi('IdSchedulerServerJob');
  app.openapi(
    route({
      method: 'get',
      path: '/servers/schedulers/{id}',
      operationId: 'idempiereGetScheduler',
      summary: 'A scheduler and its server job',
      description:
        'The AD_Scheduler record with `server-id`, `scheduler-state` (Started, Stopped, Not scheduled) and the node.',
      request: { params: SchedulerParam },
      responses: { 200: json(SchedulerJson), ...errorResponses },
    }),
    async (c) => c.json(await schedulerJson(c, c.req.valid('param').id), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/servers/schedulers/{id}',
      operationId: 'idempiereAddScheduler',
      summary: 'Create the server job of a scheduler',
      description: 'Starts a scheduler that has no server job (its next run from its schedule). 409 when it has one.',
      request: { params: SchedulerParam },
      responses: {
        201: json(SchedulerJson, 'Created'),
        409: json(IdError, 'The scheduler has a server job'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const s = await findScheduler(ctx, c.req.valid('param').id, 'write');
      if (s.state !== SCHEDULER_STATE.notScheduled)
        throw new AppError('CONFLICT', `Server job exists for scheduler ${s.id}`);
      await setSchedulerState(ctx, s, SCHEDULER_STATE.started);
      return c.json(await schedulerJson(c, s.id), 201);
    },
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/servers/schedulers/{id}',
      operationId: 'idempiereRemoveScheduler',
      summary: 'Remove the server job of a scheduler',
      description: 'The scheduler stays; it is not scheduled any more.',
      request: { params: SchedulerParam },
      responses: { 200: json(SchedulerJson), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const s = await findScheduler(ctx, c.req.valid('param').id, 'write');
      await setSchedulerState(ctx, s, SCHEDULER_STATE.notScheduled);
      return c.json(await schedulerJson(c, s.id), 200);
    },
  );

  return app;
}
