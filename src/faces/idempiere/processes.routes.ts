import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findProcess, listProcessRows, slugify } from '../../core/processes/definitions';
import { findJob, runningJobs } from '../../core/processes/jobs';
import { prepareRun, queueJob, runPrepared } from '../../core/processes/runner';
import { filterInMemory } from '../../core/records/memory';
import { getPoolSchema } from '../../core/records/registry';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate, principalOf } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError } from './errors';
import { contextOf } from './models-read';
import { Record as PoRecord } from './models-schemas';
import { FILTER_DESCRIPTION, TAGS } from './openapi';
import { parseFilter, renderRows } from './po';

/**
 * `/processes`: iDempiere's processes and reports (core/processes): list, describe and run by slug, in the
 * request or as a background job (`/processes/jobs/{slug}`, or `isRunAsJob: true` in the body), and the
 * jobs of the session's client. A run answers the ProcessInfo (summary, error flag, logs, the output file
 * base64 encoded with its name and length, the node id); the output stays readable through `/files`.
 */

export const ProcessInfo = z
  .object({
    AD_PInstance_ID: z.number().int().openapi({ description: 'The process instance (AD_PInstance) of the run.' }),
    process: z.string().openapi({ description: 'The process slug.', example: 'rv_orderdetail' }),
    summary: z.string().openapi({ description: 'The process message.' }),
    isError: z.boolean().openapi({ description: 'True when the run failed.' }),
    reportFile: z.string().optional().openapi({ description: 'The PDF output, base64 encoded.' }),
    reportFileName: z.string().optional().openapi({ example: 'Order_1001_1000001.pdf' }),
    reportFileLength: z.number().int().optional(),
    exportFile: z.string().optional().openapi({ description: 'The HTML or CSV output, base64 encoded.' }),
    exportFileName: z.string().optional().openapi({ example: 'Order_Detail_1000002.html' }),
    exportFileLength: z.number().int().optional(),
    nodeId: z.string().openapi({ description: 'The server node (this deployment).' }),
    logs: z
      .array(z.object({ date: z.string().optional(), number: z.number().optional(), msg: z.string().optional() }))
      .optional(),
  })
  .openapi('IdProcessInfo');

const Job = z
  .object({
    id: z.number().int().openapi({ description: 'The process instance id.' }),
    client: z.string(),
    user: z.string(),
    process: z.string().openapi({ description: 'The process search key.' }),
    since: z.string(),
    processing: z.boolean(),
    isError: z.boolean().optional(),
    summary: z.string().optional(),
  })
  .openapi('IdProcessJob');

const SlugParam = z.object({
  processSlug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: 'The slug of the process search key (`slugify(Value)`).', example: 'rv_orderdetail' }),
});

const JobSlugParam = z.object({
  id: z.string().min(1).max(200).openapi({
    description: 'The slug of the process to run (the original names it `processSlug`).',
    example: 'rv_orderdetail',
  }),
});

const RunBody = z.record(z.string(), z.unknown()).openapi('IdProcessRun', {
  description:
    'Parameters by column name (`C_BPartner_ID`, a range as `DateOrdered` and `DateOrdered_to`), and the run settings: `record-id` with `table-id` or `model-name`, `report-type` (HTML, CSV, PDF), `isRunAsJob`.',
});

const RUN_EXAMPLES = {
  orderDetail: {
    summary: 'Order detail of two partners in 2022, as HTML (the reference example)',
    value: { C_BPartner_ID: '117,114', DateOrdered: '2022-01-01', DateOrdered_to: '2022-12-31', 'report-type': 'HTML' },
  },
  allOrders: { summary: 'Every order line, as CSV', value: { 'report-type': 'CSV' } },
};

async function callerOf(c: Context<AppEnv>) {
  return { ctx: await contextOf(c), principal: principalOf(c), env: c.env };
}

export function processRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.processes.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/processes/jobs',
      operationId: 'idempiereListProcessJobs',
      tags,
      summary: 'Background jobs still running',
      description:
        "The session's client's background runs still processing: one's own (members of the admin group: everyone's). `base.framework.record.view`.",
      middleware: [auth] as const,
      security,
      responses: { 200: json(z.object({ jobs: z.array(Job) }).openapi('IdProcessJobs')), ...errorResponses },
    }),
    async (c) => c.json({ jobs: await runningJobs(await contextOf(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/processes/jobs/{id}',
      operationId: 'idempiereGetProcessJob',
      tags,
      summary: 'One background job',
      description:
        "A background run by instance id: processing, or its result. Another user's job is a 404 (admins: any).",
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({
          id: z.coerce
            .number()
            .int()
            .positive()
            .openapi({ description: 'The job: its process instance id.', example: 100 }),
        }),
      },
      responses: { 200: json(Job), ...errorResponses },
    }),
    async (c) => c.json(await findJob(await contextOf(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      // OpenAPI forbids paths that differ only by a parameter's name: the original's `jobs/{processSlug}`
      // (POST) shares GET `jobs/{id}`'s name here; the URL a client sends is the same.
      path: '/processes/jobs/{id}',
      operationId: 'idempiereRunProcessJob',
      tags,
      summary: 'Run a process in the background',
      description:
        'Checks everything a run needs now (the role may run the process, the rights of what it does, the parameters, the record), records the instance (processing) and queues the run in a Durable Object, whose alarm runs it: the answer is the job. Its ProcessInfo is the instance; its output is read through `/files`.',
      middleware: [auth] as const,
      security,
      request: {
        params: JobSlugParam,
        body: { content: { 'application/json': { schema: RunBody, examples: RUN_EXAMPLES } }, required: false },
      },
      responses: { 200: json(Job), ...errorResponses },
    }),
    async (c) => {
      const caller = await callerOf(c);
      const request = {
        slug: c.req.valid('param').id,
        body: (c.req.valid('json') ?? {}) as Record<string, unknown>,
      };
      const id = await queueJob(caller, await prepareRun(caller, request), request);
      return c.json(await findJob(caller.ctx, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/processes',
      operationId: 'idempiereListProcesses',
      tags,
      summary: 'Processes and reports the role may see',
      description: `The active processes of the session's client and the System client that the role has access to (AD_Process_Access), by search key, each with its \`slug\`. \`base.framework.record.view\`. ${FILTER_DESCRIPTION.split('\n')[0]}`,
      middleware: [auth] as const,
      security,
      request: {
        query: z.object({
          $filter: z.string().max(2000).optional().openapi({
            description: 'An OData filter on the process columns (Name, Value, IsReport…).',
            example: "contains(Name,'Order')",
          }),
          filter: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: 'The same as `$filter` (the collection sends it so).' }),
        }),
      },
      responses: { 200: json(z.object({ processes: z.array(PoRecord) }).openapi('IdProcesses')), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const ctx = await contextOf(c);
      const list = await listProcessRows(ctx, principalOf(c));
      const schema = await getPoolSchema(ctx.data, ctx.pool);
      let records = (await renderRows(ctx, schema, list.table, list.rows, list.columns)).map((r, i) => ({
        ...r,
        slug: slugify(String(list.rows[i].Value)),
      }));
      const filter = parseFilter(query.$filter ?? query.filter, list.table);
      if (filter) {
        const keep = await filterInMemory(
          ctx.data,
          list.rows,
          list.table.columns.filter((col) => !col.hidden).map((col) => ({ name: col.name, type: col.type })),
          filter,
        );
        records = records.filter((_, i) => keep.has(i));
      }
      return c.json({ processes: records }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/processes/{processSlug}',
      operationId: 'idempiereGetProcess',
      tags,
      summary: 'A process with its parameters',
      description:
        'The process and its parameters (AD_Process_Para as PO json, each with `parameterName`, the reference as `AD_Reference_ID`). 404 when no process has the slug; 403 when the role has no access to it.',
      middleware: [auth] as const,
      security,
      request: { params: SlugParam },
      responses: { 200: json(PoRecord), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const found = await findProcess(ctx, principalOf(c), c.req.valid('param').processSlug, 'view');
      const schema = await getPoolSchema(ctx.data, ctx.pool);
      const [record] = await renderRows(ctx, schema, found.table, [found.row], found.columns);
      const parameters = await renderRows(
        ctx,
        schema,
        found.parameters.table,
        found.parameters.rows,
        found.parameters.columns,
      );
      return c.json(
        {
          ...record,
          slug: found.definition.slug,
          parameters: parameters.map((p, i) => ({ ...p, parameterName: String(found.parameters.rows[i].ColumnName) })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/processes/{processSlug}',
      operationId: 'idempiereRunProcess',
      tags,
      summary: 'Run a process',
      description:
        "Runs the process with the body's parameters and answers its ProcessInfo. Needs `base.framework.record.view`, the role's access to run it (AD_Process_Access read-write), and the rights of what it does (a document action: `record.edit`; never for a read-only user). A process that fails answers 200 with `isError` (as the original); bad parameters are a 400 before anything runs. With `isRunAsJob: true` the run is queued (as `/processes/jobs/{slug}`) and the answer is the job.",
      middleware: [auth] as const,
      security,
      request: {
        params: SlugParam,
        body: { content: { 'application/json': { schema: RunBody, examples: RUN_EXAMPLES } }, required: false },
      },
      responses: {
        200: {
          description: 'The ProcessInfo (or, for a job, the job)',
          content: { 'application/json': { schema: z.union([ProcessInfo, Job]) } },
        },
        409: json(IdError, 'The document is not in a state the action applies to'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const caller = await callerOf(c);
      const body = (c.req.valid('json') ?? {}) as Record<string, unknown>;
      const request = { slug: c.req.valid('param').processSlug, body };
      const prepared = await prepareRun(caller, request);
      if (body.isRunAsJob === true || body.isRunAsJob === 'true') {
        const id = await queueJob(caller, prepared, request);
        return c.json(await findJob(caller.ctx, id), 200);
      }
      return c.json(await runPrepared(caller, prepared), 200);
    },
  );

  return app;
}
