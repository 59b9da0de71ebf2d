import { createRoute, z } from '@hono/zod-openapi';
import { MAX_HISTORY_PAGE, recordHistory, revertValues } from '../../core/records/history';
import { pageCount } from '../../core/records/paging';
import { recordVersionKey } from '../../core/records/versions';
import { historyEntrySchema, IF_MATCH, json, preconditionFailedResponse, SECURITY, withEtag } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { etagAfterWrite } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError } from './errors';
import { publishRecords } from './feed';
import { contextOf, ifMatchRecord, tableFor, writeCaller } from './models-read';
import { RecordParam, Record as RecordSchema } from './models-schemas';
import { TAGS } from './openapi';
import { planModelRequest, runWrite } from './writes';

/**
 * A record's history and revert (issue 17), from the audit trail; the logic is the core's
 * (core/records/history.ts). Registered before /models/{tableName}/{id}/{columnName}, which would
 * otherwise take `history` for a column name.
 */

export const HistoryEntry = historyEntrySchema(
  'Id',
  "Changed columns: `{column: {before, after}}` over the record's visible columns only (hidden columns never appear).",
  { Name: { before: 'Joe Block', after: 'Joe Block Sr.' } },
);
const HistoryPage = z
  .object({
    'page-count': z.number().int().openapi({ description: 'Pages needed for every entry at this page size.' }),
    'records-size': z.number().int().openapi({ description: 'Entries per page.' }),
    'skip-records': z.number().int().openapi({ description: 'Entries skipped.' }),
    'row-count': z.number().int().openapi({ description: 'Entries in total.' }),
    'array-count': z.number().int().openapi({ description: 'Entries in this answer.' }),
    records: z.array(HistoryEntry).openapi({ description: 'The entries, newest first.' }),
  })
  .openapi('IdHistoryPage');
const HistoryId = RecordParam.extend({
  historyId: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ description: 'The history entry to undo (its `id` in the history).', example: 42 }),
});

export function historyRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.models.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}/{id}/history',
      operationId: 'idempiereGetRecordHistory',
      tags,
      summary: "A record's changes, newest first (from the audit trail)",
      description:
        "The record's history: one entry per write (`INSERT`, `UPDATE`, `DELETE`), newest first, each with the changed columns `{before, after}`; hidden columns never appear. Needs read access to the record (as its GET: the role's table access, the session's tenant; else 404). Paged with `$top` (default and maximum 100) and `$skip`, with the list's paging figures.",
      middleware: [auth] as const,
      security,
      request: {
        params: RecordParam,
        query: z.object({
          $top: z.coerce
            .number()
            .int()
            .min(0)
            .optional()
            .openapi({
              description: `Entries per page; 0 or absent: ${MAX_HISTORY_PAGE} (also the maximum).`,
              example: 10,
            }),
          $skip: z.coerce.number().int().min(0).optional().openapi({ description: 'Entries to skip.', example: 0 }),
        }),
      },
      responses: { 200: json(HistoryPage), ...errorResponses },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const q = c.req.valid('query');
      const ctx = await contextOf(c);
      const { table } = await tableFor(ctx, params.tableName, 'read', 'record');
      const top = !q.$top ? MAX_HISTORY_PAGE : Math.min(q.$top, MAX_HISTORY_PAGE);
      const skip = q.$skip ?? 0;
      const { entries, total } = await recordHistory(ctx, table, params.id, { limit: top, offset: skip });
      return c.json(
        {
          'page-count': pageCount(total, top),
          'records-size': top,
          'skip-records': skip,
          'row-count': total,
          'array-count': entries.length,
          records: entries,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/models/{tableName}/{id}/revert/{historyId}',
      operationId: 'idempiereRevertRecord',
      tags,
      summary: 'Restore a record to its state before one change (an ordinary update)',
      description:
        "Writes back the record's visible, writable columns as they were before history entry `historyId` (where they differ from now), as an ordinary update: the same rights, table access, tenant and audit row as `PUT`, and `If-Match` makes it conditional (412). Answers the record. 404 when the entry is not this record's; 409 for an `INSERT` or `DELETE` entry (undo a creation by deleting the record; a deleted record has no history), and when the record already has those values.",
      middleware: [auth] as const,
      security,
      request: { params: HistoryId, headers: IF_MATCH },
      responses: {
        200: withEtag(json(RecordSchema, 'The record after the revert')),
        409: json(IdError, 'The entry cannot be reverted (INSERT, DELETE), or nothing differs'),
        ...preconditionFailedResponse(IdError),
        ...errorResponses,
      },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      const { table } = await tableFor(ctx, params.tableName, 'read', 'record');
      const body = await revertValues(ctx, table, params.id, params.historyId);
      const write = await planModelRequest(await writeCaller(c, ctx), {
        method: 'PUT',
        tableName: params.tableName,
        id: params.id,
        body,
      });
      await ifMatchRecord(c, ctx, params.tableName, params.id);
      const answer = await runWrite(ctx, write);
      publishRecords(c, answer.changes);
      await etagAfterWrite(c, recordVersionKey(table, answer.body.id), ctx.pool);
      return c.json(answer.body, 200);
    },
  );
  return app;
}
