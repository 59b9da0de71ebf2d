import { createRoute, z } from '@hono/zod-openapi';
import { toBase64 } from '../../core/files/limits';
import { deleteLogs, logFiles, logFileText, nodeInfo, requireNode, rotateLogs } from '../../core/ops/nodes';
import { NODE_HOST, nodeId } from '../../core/processes/node';
import { runTask, taskList } from '../../core/processes/tasks';
import { AppError } from '../../lib/errors';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './errors';
import { contextOf } from './models-read';
import { TAGS } from './openapi';

/**
 * `/nodes` (this deployment, its log files over the log store) and `/tasks` (built-in tasks), over
 * core/ops/nodes.ts and core/processes/tasks.ts (docs/faces/idempiere.md, "Servers, schedulers and nodes
 * on Workers").
 */

const NodeParam = z.object({
  id: z.string().min(1).max(64).openapi({ description: 'The node id (`/nodes`), or `local`.', example: 'local' }),
});

export function nodeRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const security = SECURITY.bearer;
  const tags = [TAGS.servers.name];
  const route = <R extends Parameters<typeof createRoute>[0]>(r: R) =>
    createRoute({ ...r, tags, security, middleware: [auth] as const });

  const node = { id: z.string(), hostName: z.string(), port: z.number().int() };
  app.openapi(
    route({
      method: 'get',
      path: '/nodes',
      operationId: 'idempiereListNodes',
      summary: 'Server nodes (this deployment)',
      description: '`base.system.view`.',
      responses: { 200: json(z.object({ nodes: z.array(z.object(node)) })), ...errorResponses },
    }),
    async (c) => {
      requireNode(c.env, (await contextOf(c)).actor, nodeId(c.env));
      return c.json({ nodes: [{ id: nodeId(c.env), hostName: NODE_HOST, port: 443 }] }, 200);
    },
  );
  app.openapi(
    route({
      method: 'get',
      path: '/nodes/{id}',
      operationId: 'idempiereGetNode',
      summary: 'The node',
      description: 'What a Worker can say of itself.',
      request: { params: NodeParam },
      responses: { 200: json(z.record(z.string(), z.unknown())), ...errorResponses },
    }),
    async (c) => {
      requireNode(c.env, (await contextOf(c)).actor, c.req.valid('param').id);
      return c.json(nodeInfo(c.env), 200);
    },
  );
  const LogList = z.object({ logs: z.array(z.object({ fileName: z.string(), fileSize: z.number().int() })) });
  app.openapi(
    route({
      method: 'get',
      path: '/nodes/{id}/logs',
      operationId: 'idempiereListNodeLogs',
      summary: "The node's log files",
      description: 'Days of the log store, split by rotations. `base.system.view` and `base.framework.log.view`.',
      request: { params: NodeParam },
      responses: { 200: json(LogList), ...errorResponses },
    }),
    async (c) => {
      const actor = (await contextOf(c)).actor;
      requireNode(c.env, actor, c.req.valid('param').id);
      return c.json({ logs: await logFiles(c.env, actor) }, 200);
    },
  );
  app.openapi(
    route({
      method: 'get',
      path: '/nodes/{id}/logs/file',
      operationId: 'idempiereGetNodeLogFile',
      summary: 'A log file',
      description: 'Its entries, one JSON line each (`text/plain`; `json`: `{data}`).',
      request: {
        params: NodeParam,
        query: z.object({
          fileName: z
            .string()
            .min(1)
            .max(255)
            .openapi({ description: 'The log file (`/nodes/{id}/logs`).', example: 'atrium-2025-01-31.0.log' }),
          json: z.string().max(16).optional().openapi({ description: 'When present, `{data}` (base64).' }),
        }),
      },
      responses: {
        200: {
          description: 'The file',
          content: {
            'text/plain': { schema: z.string() },
            'application/json': { schema: z.object({ data: z.string() }) },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = (await contextOf(c)).actor;
      requireNode(c.env, actor, c.req.valid('param').id);
      const { fileName, json: asJson } = c.req.valid('query');
      const text = await logFileText(c.env, actor, fileName);
      if (asJson !== undefined) return c.json({ data: toBase64(new TextEncoder().encode(text)) }, 200);
      return new Response(text, {
        status: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
      }) as never;
    },
  );
  const Current = z.object({ currentLogFile: z.string() });
  app.openapi(
    route({
      method: 'post',
      path: '/nodes/{id}/logs/rotate',
      operationId: 'idempiereRotateNodeLogs',
      summary: 'Start a new log file',
      description: '`base.framework.log.delete`.',
      request: { params: NodeParam },
      responses: { 200: json(Current), ...errorResponses },
    }),
    async (c) => {
      const actor = (await contextOf(c)).actor;
      requireNode(c.env, actor, c.req.valid('param').id);
      return c.json({ currentLogFile: await rotateLogs(c.env, actor) }, 200);
    },
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/nodes/{id}/logs',
      operationId: 'idempiereDeleteNodeLogs',
      summary: 'Remove the log files but the current one',
      description: '`base.framework.log.delete`.',
      request: { params: NodeParam },
      responses: { 200: json(Current), ...errorResponses },
    }),
    async (c) => {
      const actor = (await contextOf(c)).actor;
      requireNode(c.env, actor, c.req.valid('param').id);
      return c.json({ currentLogFile: await deleteLogs(c.env, actor) }, 200);
    },
  );

  const Task = z.object({
    id: z.number().int(),
    uid: z.string(),
    Name: z.string(),
    Description: z.string(),
    Help: z.string(),
    'model-name': z.string(),
    slug: z.string(),
  });
  const TaskParam = z.object({
    taskSlug: z.string().min(1).max(100).openapi({ description: 'The task name as a slug.', example: 'java-version' }),
  });
  const taskRoute = { tags: [TAGS.processes.name] };
  app.openapi(
    {
      ...route({
        method: 'get',
        path: '/tasks',
        operationId: 'idempiereListTasks',
        summary: 'Tasks',
        description: 'The built-in tasks (no operating system commands run on Workers). `base.system.view`.',
        responses: { 200: json(z.object({ tasks: z.array(Task) })), ...errorResponses },
      }),
      ...taskRoute,
    },
    async (c) => c.json({ tasks: taskList((await contextOf(c)).actor) }, 200),
  );
  app.openapi(
    {
      ...route({
        method: 'get',
        path: '/tasks/{taskSlug}',
        operationId: 'idempiereGetTask',
        summary: 'A task',
        description: 'By slug.',
        request: { params: TaskParam },
        responses: { 200: json(Task), ...errorResponses },
      }),
      ...taskRoute,
    },
    async (c) => {
      const task = taskList((await contextOf(c)).actor).find((t) => t.slug === c.req.valid('param').taskSlug);
      if (!task) throw new AppError('NOT_FOUND', `No match found for task name: ${c.req.valid('param').taskSlug}`);
      return c.json(task, 200);
    },
  );
  app.openapi(
    {
      ...route({
        method: 'post',
        path: '/tasks/{taskSlug}',
        operationId: 'idempiereRunTask',
        summary: 'Run a task',
        description: '`{exitValue, stdOut, stdErr}`. The tasks only read.',
        request: { params: TaskParam },
        responses: {
          200: json(z.object({ exitValue: z.number().int(), stdOut: z.string(), stdErr: z.string() })),
          ...errorResponses,
        },
      }),
      ...taskRoute,
    },
    async (c) => c.json(await runTask(c.env, (await contextOf(c)).actor, c.req.valid('param').taskSlug), 200),
  );
  return app;
}
