import { createRoute, z } from '@hono/zod-openapi';
import { deleteLog, LOG_LIST_SORT, type LogListKind, type LogListSort, logList } from '../../core/cmdb/log-lists';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { errorResponses, json, listQueryWith, listResponse, paging } from './envelope';
import { ObjectLog, ObjectLogList } from './logs.routes';
import { TAGS } from './openapi';

/**
 * The log settings pages of DATAGERRY's web UI (Settings → Logs → Objects): the logs of existing objects,
 * of deleted objects, the delete logs, and deleting a log (core/cmdb/log-lists.ts decides what the caller
 * sees and what "delete" means on the audit trail). Mounted before logs.routes.ts: `/logs/object/exists`
 * is no object id.
 */

const tags = [TAGS.logs.name];
const security = SECURITY.datagerry;
// The web UI's own table filter: it names `log_type` only; DATAGERRY's backend takes it and ignores it.
const UI_FILTER = '[{"$match":{"log_type":"CmdbObjectLog"}}]';

const LISTS: { kind: LogListKind; operationId: string; summary: string; what: string }[] = [
  {
    kind: 'exists',
    operationId: 'datagerryListLogsOfExistingObjects',
    summary: 'Logs of objects that exist',
    what: 'The CREATE, EDIT and ACTIVE_CHANGE logs of objects that still exist',
  },
  {
    kind: 'notexists',
    operationId: 'datagerryListLogsOfDeletedObjects',
    summary: 'Logs of objects that no longer exist',
    what: 'The CREATE, EDIT and ACTIVE_CHANGE logs of objects deleted since',
  },
  {
    kind: 'deleted',
    operationId: 'datagerryListDeleteLogs',
    summary: 'The logs of object deletions',
    what: 'The DELETE logs',
  },
];

export function logListRoutes() {
  const app = createRouter();

  for (const list of LISTS) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/logs/object/${list.kind}`,
        operationId: list.operationId,
        tags,
        summary: list.summary,
        description: `${list.what}, as DATAGERRY's list envelope (rights \`base.framework.log.view\` and \`base.framework.object.view\`), only of objects whose type the caller may READ (the type a deleted object had; a log whose type is gone too only for the admin group); deleted logs are left out. Sortable by ${LOG_LIST_SORT.map((s) => `\`${s}\``).join(', ')}. \`filter\` must be JSON and is not applied, as DATAGERRY's backend does.`,
        security,
        middleware: [dgAuth, requireRight('base.framework.log.view')],
        request: {
          query: listQueryWith({ sort: 'public_id', filter: UI_FILTER, projection: '{"public_id":1,"object_id":1}' }),
        },
        responses: { 200: json(ObjectLogList), ...errorResponses },
      }),
      async (c) => {
        const q = c.req.valid('query');
        if (q.filter?.trim()) {
          try {
            JSON.parse(q.filter);
          } catch {
            throw new AppError('BAD_REQUEST', 'Invalid filter: not JSON');
          }
        }
        const p = paging({ ...q, filter: undefined }, LOG_LIST_SORT, 'public_id', Object.keys(ObjectLog.shape));
        const page = await logList(c.var.data.d1(), actorOf(c), list.kind, {
          limit: p.limit,
          offset: p.offset,
          sort: p.sort as LogListSort,
          descending: p.descending,
        });
        return c.json(listResponse(c, 'CmdbLog', p, p.project(page.logs), page.total, q), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/logs/{public_id}',
      operationId: 'datagerryDeleteLog',
      tags,
      summary: 'Delete a log (hide it from the log views)',
      description:
        "Right `base.framework.log.delete` (never a read-only user), and the log must be one the caller sees in the lists (else 404, as a log deleted before). The audit trail is append-only: the log's audit row stays, and a new audit row (`dg_object_logs`, DELETE, by the caller) hides it from every DATAGERRY log view. Answers `true`, as DATAGERRY.",
      security,
      middleware: [dgAuth, requireRight('base.framework.log.delete')],
      request: {
        params: z.object({
          public_id: z.coerce.number().int().positive().openapi({ description: "The log's public id.", example: 1 }),
        }),
      },
      responses: { 200: json(z.literal(true).openapi('DgLogDeleted'), 'Deleted (hidden)'), ...errorResponses },
    }),
    async (c) => c.json(await deleteLog(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );
  return app;
}
