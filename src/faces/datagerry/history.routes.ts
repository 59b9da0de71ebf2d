import { createRoute, z } from '@hono/zod-openapi';
import { objectHistory, revertObject } from '../../core/cmdb/history';
import { historyEntrySchema, IF_MATCH, preconditionFailedResponse, SECURITY, withEtag } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import { changeOf, publishAfterCommit } from '../../middleware/feed';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { DgError, errorResponses, json, ListOf, ListQuery, listResponse, OneOf, paging, updated } from './envelope';
import { objectTopic } from './feed';
import { ObjectModel } from './models';
import { TAGS } from './openapi';

/**
 * An object's history and revert (issue 17); the logic is the core's (core/cmdb/history.ts). Lists use
 * DATAGERRY's envelope and paging (`limit`, `page`), newest first.
 */

const HistoryEntry = historyEntrySchema(
  'Dg',
  '`{key: {before, after}}`: `type_id`, `status`, `active`, `version`, and `fields.<name>` per field value. Password values are always `********`.',
  { 'fields.hostname': { before: 'web-01', after: 'web-02' }, version: { before: '1.0.0', after: '1.0.1' } },
);
const Id = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The object's public id.", example: 1 }),
});
const HistoryQuery = ListQuery.pick({ limit: true, page: true });

export function historyRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  const tags = [TAGS.objects.name];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/history',
      operationId: 'datagerryGetObjectHistory',
      tags,
      summary: "An object's changes, newest first (from the audit trail)",
      description:
        "The object's history: one entry per write (`INSERT`, `UPDATE`, `DELETE`), newest first, with the changed values `{before, after}` (password values masked, never a ciphertext nor clear text). Needs what the object's GET needs (right `base.framework.object.view`, the type ACL's READ; else 404). DATAGERRY's list envelope and paging (`limit`, `page`).",
      security,
      middleware: [dgAuth, requireRight('base.framework.object.view')],
      request: { params: Id, query: HistoryQuery },
      responses: { 200: json(ListOf(HistoryEntry).openapi('DgHistoryPage')), ...errorResponses },
    }),
    async (c) => {
      const q = ListQuery.parse({ ...c.req.valid('query'), sort: 'id', order: -1 });
      const p = paging(q, ['id'], 'id');
      const page = await objectHistory(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id, {
        limit: p.limit,
        offset: p.offset,
      });
      return c.json(listResponse(c, 'ObjectHistory', p, page.entries, page.total, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/objects/{public_id}/revert/{historyId}',
      operationId: 'datagerryRevertObject',
      tags,
      summary: 'Restore an object to its state before one change (an ordinary update)',
      description:
        "Writes back the object's status, activation and field values as they were before history entry `historyId`, as an ordinary update (right `base.framework.object.edit`, the type ACL's UPDATE, validation, version bump, audit row); `If-Match` makes it conditional (412). Password values never come back from history: a masked one keeps the stored value. 404 when the entry is not this object's; 409 for an `INSERT` or `DELETE` entry, and when the object already has those values.",
      security,
      middleware: [dgAuth, requireRight('base.framework.object.edit')],
      request: {
        params: Id.extend({
          historyId: z.coerce
            .number()
            .int()
            .positive()
            .openapi({ description: 'The history entry to undo (its `id` in the history).', example: 42 }),
        }),
        headers: IF_MATCH,
      },
      responses: {
        200: withEtag(json(OneOf(ObjectModel).openapi('DgObjectReverted'), 'The object after the revert')),
        409: json(DgError, 'The entry cannot be reverted (INSERT, DELETE), or nothing differs'),
        ...preconditionFailedResponse(DgError),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { public_id: id, historyId } = c.req.valid('param');
      const key = { table: 'dg_objects', recordId: String(id) };
      // An object the type ACL hides answers 404 before any 412: the If-Match guard runs in the batch only.
      await conditionalWrite(c, key, undefined, { early: false });
      const object = await revertObject(c.var.data.d1(), c.env, actorOf(c), id, historyId);
      publishAfterCommit(c, [changeOf(c, objectTopic(object.type_id), 'UPDATE', id)]);
      await etagAfterWrite(c, key);
      return c.json(updated('Object', object), 200);
    },
  );
  return app;
}
