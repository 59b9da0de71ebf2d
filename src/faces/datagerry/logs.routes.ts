import { createRoute, z } from '@hono/zod-openapi';
import { correspondingLogs, objectLog, objectLogs } from '../../core/cmdb/logs';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { errorResponses, json, ListOf, listQueryWith, listResponse, paging } from './envelope';
import { TAGS } from './openapi';

/**
 * Object logs (`/logs/...`), read from the audit trail by the core (core/cmdb/logs.ts). The list answers
 * DATAGERRY's list envelope, one log and the corresponding logs their plain bodies, as its backend does.
 */

export const ObjectLog = z
  .object({
    public_id: z.number().int().openapi({ description: "The log's id (its audit row's)." }),
    log_time: z.object({ $date: z.number() }),
    log_type: z.literal('CmdbObjectLog'),
    action: z.number().int().openapi({ description: '0 CREATE, 1 EDIT, 2 ACTIVE_CHANGE, 3 DELETE.' }),
    action_name: z.enum(['CREATE', 'EDIT', 'ACTIVE_CHANGE', 'DELETE']),
    object_id: z.number().int(),
    version: z.string().nullable(),
    user_id: z.number().int().nullable(),
    user_name: z.string(),
    changes: z.unknown().openapi({
      description:
        'EDIT: `{old: [{name, value}], new: [{name, value}]}` (the changed fields); ACTIVE_CHANGE: `{old, new}`; otherwise `[]`. Password values are `********`.',
    }),
    comment: z.string(),
    render_state: z
      .string()
      .nullable()
      .openapi({ description: 'One log: the object as it was then, rendered, as JSON text (null in lists).' }),
  })
  .openapi('DgObjectLog');
export const ObjectLogList = ListOf(ObjectLog).openapi('DgObjectLogList');
const Id = (what: string) =>
  z.object({ public_id: z.coerce.number().int().positive().openapi({ description: what, example: 1 }) });
const tags = [TAGS.logs.name];
const security = SECURITY.datagerry;
const can = [dgAuth, requireRight('base.framework.log.view')];
const LOG_SORT = ['log_time', 'public_id'] as const;

export function logRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/logs/object/{public_id}',
      operationId: 'datagerryListObjectLogs',
      tags,
      summary: "An object's logs",
      description:
        "A page of the object's logs (right `base.framework.log.view`, and what reading the object needs: else 404), sorted by `log_time` or `public_id` (the same order). `filter` is taken and not applied, as DATAGERRY's backend does: the web UI sends an aggregation pipeline naming the object again.",
      security,
      middleware: can,
      request: {
        params: Id("The object's public id."),
        query: listQueryWith({ sort: 'public_id', filter: '{}', projection: '{"public_id":1,"action":1}' }),
      },
      responses: { 200: json(ObjectLogList), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging({ ...q, filter: undefined, projection: undefined }, LOG_SORT, 'log_time');
      const page = await objectLogs(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id, {
        limit: p.limit,
        offset: p.offset,
        ascending: !p.descending,
      });
      return c.json(listResponse(c, 'CmdbLog', p, page.logs, page.total, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/logs/{public_id}',
      operationId: 'datagerryGetObjectLog',
      tags,
      summary: 'One object log, with the object as it was then',
      description:
        "One log with its `render_state` (right `base.framework.log.view`; 404 when it is no object's log or the object is not readable).",
      security,
      middleware: can,
      request: { params: Id("The log's public id.") },
      responses: { 200: json(ObjectLog), ...errorResponses },
    }),
    async (c) => c.json(await objectLog(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/logs/{public_id}/corresponding',
      operationId: 'datagerryListCorrespondingLogs',
      tags,
      summary: "The object's other EDIT logs, to compare versions",
      description:
        "The other EDIT logs of the log's object (the newest hundred), each with its `render_state`; rights as for one log.",
      security,
      middleware: can,
      request: { params: Id("The log's public id.") },
      responses: { 200: json(z.array(ObjectLog).openapi('DgObjectLogs')), ...errorResponses },
    }),
    async (c) => c.json(await correspondingLogs(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );
  return app;
}
