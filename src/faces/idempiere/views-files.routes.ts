import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { openView } from '../../core/erp/views';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { ATTACHMENT_BODY_LIMIT, attachmentRouteSet } from './attachments.routes';
import { dictionaryCall } from './dictionary-render';
import { errorResponses } from './errors';
import { RecordParam } from './models-schemas';
import { TAGS } from './openapi';
import { printRecord } from './print.routes';
import { ProcessInfo } from './processes.routes';
import { viewRecord } from './views-read';

/**
 * `/views/{viewName}/{id}/attachments` and `/views/{viewName}/{id}/print`: the models' attachments and
 * print of the view's table record, found as the view's record routes find it (the view's where clause,
 * rights, table access, tenant and organisations: else 404), then handed to the same services by the
 * record's key. A view over a database view (`orders`) reads the view row's attachments (none unless a
 * client could write them) and writes none (400, the view is read-only); its print is its document's.
 * Registered before the view routes, whose `/{id}/{viewColumnName}` would take `attachments` or `print`.
 */

const viewName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
  .openapi({ description: 'REST_View name', example: 'business-partners' });
const ViewRecordParam = z.object({ viewName, id: RecordParam.shape.id.openapi({ example: '118' }) });

/** The view's record (404 outside the view or out of reach) as the table's record: the view's table and key. */
async function recordThrough(c: Context<AppEnv>, name: string, id: string) {
  const call = await dictionaryCall(c);
  const view = await openView(call.ctx, name);
  const row = await viewRecord(call, view, id, view.columns.slice(0, 1));
  return { call, table: view.table, id: String(row[view.table.primaryKey[0]]) };
}

export function viewFileRoutes() {
  const app = createRouter({ bodyLimit: ATTACHMENT_BODY_LIMIT });
  const tags = [TAGS.views.name];

  attachmentRouteSet(app, {
    path: '/views/{viewName}/{id}/attachments',
    params: ViewRecordParam,
    tags,
    ids: {
      list: 'idempiereListViewAttachments',
      add: 'idempiereAddViewAttachment',
      deleteAll: 'idempiereDeleteViewAttachments',
      zip: 'idempiereGetViewAttachmentsZip',
      get: 'idempiereGetViewAttachment',
      deleteOne: 'idempiereDeleteViewAttachment',
    },
    fileExample: 'partner-card.txt',
    scope:
      "The record is the view's table record, within the view's where clause (else 404), with the same attachments as through `/models`; a view over a database view (`orders`) is read-only (writes: 400).",
    find: async (c, { viewName: name, id }) => {
      const found = await recordThrough(c, name, id);
      return { ctx: found.call.ctx, table: found.table, id: found.id };
    },
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/views/{viewName}/{id}/print',
      operationId: 'idempiereViewPrint',
      tags,
      summary: "Print a view's record (PDF)",
      description:
        "Runs the print process of the view's table on the record, as `/models/{tableName}/{id}/print`, and answers its ProcessInfo with the PDF in `reportFile`. The record must be within the view's where clause (404); the `orders` view (over the database view RV_C_Order) prints its order; a table without a print process is a 404.",
      middleware: [authenticate()] as const,
      security: SECURITY.bearer,
      request: {
        params: ViewRecordParam.extend({
          viewName: viewName.openapi({ example: 'orders' }),
          id: RecordParam.shape.id.openapi({ example: '1001' }),
        }),
      },
      responses: { 200: json(ProcessInfo), ...errorResponses },
    }),
    async (c) => {
      const { viewName: name, id } = c.req.valid('param');
      const found = await recordThrough(c, name, id);
      return c.json(await printRecord(c, found.call.ctx, found.table.name, found.id), 200);
    },
  );
  return app;
}
