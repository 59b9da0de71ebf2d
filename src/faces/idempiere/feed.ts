import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { erpRecordContext } from '../../core/erp/context';
import { type Change, changeAt, isQuiet, registerFeedReader } from '../../core/ops/feed';
import { labelColumns } from '../../core/records/lookups';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { scopeHoldsRow } from '../../core/records/scope';
import { findRecord, requireReadRight } from '../../core/records/service';
import { SECURITY, STREAM_DESCRIPTION, STREAM_SWITCHED, STREAM_TOKEN } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { publishAfterCommit, subscribe } from '../../middleware/feed';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './errors';
import { contextOf, tableFor } from './models-read';
import { TableParam } from './models-schemas';
import { TAGS } from './openapi';
import { renderRows, selectColumns } from './po';
import type { RecordChange } from './writes';

/**
 * iDempiere's live feed: a model's records (core/ops/feed.ts). A subscriber follows a table its role may
 * read; each event carries the record as `GET /api/v1/models/{table}/{id}` answers it to that subscriber (its
 * session's tenant and role decide, so subscribers read alike only with the same user, client, org and role).
 */
registerFeedReader('record', {
  follow: async (data, principal, tableName) => {
    const ctx = erpRecordContext(data, principal);
    await requireReadRight(ctx, requireTable(await getPoolSchema(data, ctx.pool), tableName));
  },
  read: async (data, principal, tableName, id) => {
    const ctx = erpRecordContext(data, principal);
    const schema = await getPoolSchema(data, ctx.pool);
    const table = requireTable(schema, tableName);
    const columns = selectColumns(table);
    const row = await findRecord(ctx, table, id, {
      select: columns.map((c) => c.name),
      extraColumns: labelColumns(ctx, schema, table, columns),
    });
    if (!row) return undefined;
    return (await renderRows(ctx, schema, table, [row], columns))[0];
  },
  held: async (data, principal, tableName, event) => {
    const ctx = erpRecordContext(data, principal);
    return scopeHoldsRow(ctx, requireTable(await getPoolSchema(data, ctx.pool), tableName), event.tenant);
  },
  readsAlike: (p) =>
    `user:${p.userId}:client:${String(p.claims.client ?? '')}:org:${String(p.claims.org ?? '')}:role:${String(p.claims.role ?? '')}`,
});

/** Publishes the records a write changed, each to its table's topic, after the response. */
export function publishRecords(c: Context<AppEnv>, changes: RecordChange[]): void {
  // Topics under a quiet lease first: a write nobody follows builds no event (not even its time).
  const live = changes.filter(
    (change) => change.id !== undefined && change.id !== null && !isQuiet({ kind: 'record', name: change.table }),
  );
  if (!live.length) return;
  const by = c.get('principal')?.login ?? null;
  const at = changeAt();
  publishAfterCommit(
    c,
    live.map(
      (change): Change => ({
        topics: [{ kind: 'record', name: change.table }],
        event: { action: change.action, id: change.id as string | number, at, by, tenant: change.tenant },
      }),
    ),
  );
}

export function recordFeedRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}/stream',
      operationId: 'idempiereStreamRecords',
      tags: [TAGS.models.name],
      summary: "Live feed of a model's records (WebSocket)",
      description: `${STREAM_DESCRIPTION} Follows one model: the role must be able to read the table (else 403); rows are PO json records within the session's tenant. Child records are published to their own table's feed.`,
      security: SECURITY.bearer,
      middleware: [authenticate({ queryToken: true })],
      request: {
        params: TableParam,
        query: z.object({
          token: STREAM_TOKEN,
        }),
      },
      responses: {
        ...STREAM_SWITCHED,
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const { table } = await tableFor(ctx, c.req.valid('param').tableName, 'read', 'table');
      return subscribe(c, { kind: 'record', name: table.name });
    },
  );
  return app;
}
