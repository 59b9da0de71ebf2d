import { createRoute, z } from '@hono/zod-openapi';
import { openView, viewBody } from '../../core/erp/views';
import { recordVersionKey } from '../../core/records/versions';
import { IF_MATCH, json, preconditionFailedResponse, SECURITY, withEtag } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { etagAfterWrite } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { dictionaryCall } from './dictionary-render';
import { errorResponses, IdError } from './errors';
import { publishRecords } from './feed';
import { ifMatchRecord, writeCaller } from './models-read';
import { Record as PoRecordSchema, RecordInput, RecordParam } from './models-schemas';
import { TAGS } from './openapi';
import { asViewRecord, viewRecord } from './views-read';
import { planModelRequest, runWrite } from './writes';

/**
 * Writes through a REST view: the body names the view's columns (others are a 400), translated to the
 * table's and planned as `/models` plans them (rights, table access, tenant and organisations, audit rows in
 * one batch, `If-Match`); a record outside the view's where clause is a 404. A view over a database view
 * (`orders`) is read-only (the registry's views have no writable column: 400). The answer is the view's record.
 */

const viewName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
  .openapi({ description: 'REST_View name', example: 'business-partners' });
const ViewRecordParam = z.object({ viewName, id: RecordParam.shape.id.openapi({ example: '118' }) });
const body = (example: Record<string, unknown>) => ({
  content: {
    'application/json': { schema: RecordInput, examples: { view: { summary: 'View columns', value: example } } },
  },
  required: true,
});

export function viewWriteRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.views.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/views/{viewName}',
      operationId: 'idempiereCreateViewRecord',
      tags,
      summary: 'Insert a record through a view',
      description:
        "Inserts a record in the view's table from the view's columns (by their view names) and answers it as the view shows it (201). The models' checks apply: rights, the role's table access (write), tenant and organisation.",
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({ viewName }),
        body: body({ value: 'ViewPartner', name: 'A partner through a view', customer: true }),
      },
      responses: { 201: json(PoRecordSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const view = await openView(call.ctx, c.req.valid('param').viewName);
      const write = await planModelRequest(await writeCaller(c, call.ctx), {
        method: 'POST',
        tableName: view.table.name,
        body: viewBody(view, c.req.valid('json')),
      });
      const answer = await runWrite(call.ctx, write);
      publishRecords(c, answer.changes);
      return c.json(asViewRecord(view, answer.body), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/views/{viewName}/{id}',
      operationId: 'idempiereUpdateViewRecord',
      tags,
      summary: 'Update a record through a view',
      description:
        'Updates the view columns given (by their view names) of a record within the view (else 404) and answers it as the view shows it, with its new `ETag`; `If-Match` makes it conditional (412).',
      middleware: [auth] as const,
      security,
      request: { params: ViewRecordParam, headers: IF_MATCH, body: body({ creditLimit: 5000 }) },
      responses: { 200: withEtag(json(PoRecordSchema)), ...preconditionFailedResponse(IdError), ...errorResponses },
    }),
    async (c) => {
      const { viewName: name, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const view = await openView(call.ctx, name);
      const values = viewBody(view, c.req.valid('json'));
      await viewRecord(call, view, id, view.columns.slice(0, 1));
      const write = await planModelRequest(await writeCaller(c, call.ctx), {
        method: 'PUT',
        tableName: view.table.name,
        id,
        body: values,
      });
      const table = await ifMatchRecord(c, call.ctx, view.table.name, id);
      const answer = await runWrite(call.ctx, write);
      publishRecords(c, answer.changes);
      await etagAfterWrite(c, recordVersionKey(table, answer.body.id), call.ctx.pool);
      return c.json(asViewRecord(view, answer.body), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/views/{viewName}/{id}',
      operationId: 'idempiereDeleteViewRecord',
      tags,
      summary: 'Delete a record through a view',
      description:
        'Deletes a record within the view (else 404), as `DELETE /models/{tableName}/{id}` does; `If-Match` makes it conditional (412).',
      middleware: [auth] as const,
      security,
      request: { params: ViewRecordParam, headers: IF_MATCH },
      responses: {
        200: json(
          z.object({ msg: z.string().openapi({ example: 'Deleted c_bpartner 118' }) }).openapi('IdViewDeleted'),
        ),
        ...preconditionFailedResponse(IdError),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { viewName: name, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const view = await openView(call.ctx, name);
      await viewRecord(call, view, id, view.columns.slice(0, 1));
      const write = await planModelRequest(await writeCaller(c, call.ctx), {
        method: 'DELETE',
        tableName: view.table.name,
        id,
      });
      await ifMatchRecord(c, call.ctx, view.table.name, id);
      const answer = await runWrite(call.ctx, write);
      publishRecords(c, answer.changes);
      return c.json(answer.body as { msg: string }, 200);
    },
  );
  return app;
}
