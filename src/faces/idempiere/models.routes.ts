import { createRoute, z } from '@hono/zod-openapi';
import { modelsOf } from '../../core/erp/dictionary';
import { filterInMemory } from '../../core/records/memory';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { requireReadRight, uuColumn } from '../../core/records/service';
import { recordVersionKey, versionOf } from '../../core/records/versions';
import {
  IF_MATCH,
  IF_NONE_MATCH,
  json,
  NOT_MODIFIED,
  preconditionFailedResponse,
  SECURITY,
  withEtag,
} from '../../lib/openapi';
import { jsonAnswer } from '../../middleware/answer';
import { authenticate } from '../../middleware/auth';
import { answerVersion, etagAfterWrite, versionTag } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { errorResponses, IdError } from './errors';
import { publishRecords } from './feed';
import { contextOf, ifMatchRecord, readOne, readPage, renderPage, tableFor, writeCaller } from './models-read';
import {
  COMMON_OPTIONS,
  expand,
  ListQuery,
  Models,
  Page,
  Record,
  RecordInput,
  RecordParam,
  SHOW_LABEL,
  select,
  TableParam,
} from './models-schemas';
import { EXAMPLES, filterParam, TAGS } from './openapi';
import { parseExpand, parseFilter, renderRows, selectColumns, selectWithExpand } from './po';
import { planModelRequest, runWrite } from './writes';

/**
 * /api/v1/models: every table the schema registry exposes, as iDempiere models. A role's table access
 * decides (none: 403 for the table, 404 for a record). Writes are planned in writes.ts and run as one D1
 * batch with their children and audit rows; `AD_User` writes go through the identity core (one user store).
 */

export function modelRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.models.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/models',
      operationId: 'idempiereListModels',
      tags,
      summary: 'The models (tables) the caller may read, with an optional $filter',
      description:
        "Every table and view the caller may read, as iDempiere's AD_Table: id, uid, name and description from its dictionary where it has the table. `$filter` applies to the answer's own properties (`id`, `uid`, `model-name`, `name`, `description`) and to `TableName`.",
      middleware: [auth] as const,
      security,
      request: {
        query: z
          .object({
            $filter: filterParam("startswith(TableName,'C_')"),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: { 200: json(Models), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const schema = await getPoolSchema(c.var.data, ctx.pool);
      const tables = [...schema.tables.values()];
      const models = modelsOf(tables);
      const visible = [];
      for (const model of models) {
        const table = requireTable(schema, model['model-name']);
        const readable = await requireReadRight(ctx, table).then(
          () => true,
          () => false,
        );
        if (readable) visible.push({ model, tableName: table.name });
      }
      const filter = parseFilter(c.req.valid('query').$filter);
      if (!filter) return c.json({ models: visible.map((v) => v.model) }, 200);
      // The filter sees the answer's properties, and TableName as the original's AD_Table does.
      const keep = await filterInMemory(
        c.var.data,
        visible.map((v) => ({ ...v.model, TableName: v.tableName })),
        [
          { name: 'id', type: 'integer' },
          { name: 'uid', type: 'text' },
          { name: 'model-name', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'TableName', type: 'text' },
        ],
        filter,
      );
      return c.json({ models: visible.filter((_, i) => keep.has(i)).map((v) => v.model) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}',
      operationId: 'idempiereListRecords',
      tags,
      summary: 'Query a model: $select, $filter, $orderby, $top, $skip, $expand, $valrule, $context',
      description:
        'A page of PO json records. The paging figures are also sent as headers (`X-Page-Count`, `X-Records-Size`, `X-Skip-Records`, `X-Row-Count`, `X-Array-Count`). A table the role cannot read is a 403.',
      middleware: [auth] as const,
      security,
      request: { params: TableParam, query: ListQuery },
      responses: { 200: json(Page), ...errorResponses },
    }),
    async (c) => {
      const { figures, records } = await readPage(
        c,
        await contextOf(c),
        c.req.valid('param').tableName,
        c.req.valid('query'),
      );
      return jsonAnswer(c, { ...figures, records }, 200, {
        'X-Page-Count': String(figures['page-count']),
        'X-Records-Size': String(figures['records-size']),
        'X-Skip-Records': String(figures['skip-records']),
        'X-Row-Count': String(figures['row-count']),
        'X-Array-Count': String(figures['array-count']),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}/{id}',
      operationId: 'idempiereGetRecord',
      tags,
      summary: 'One record by id or UUID ($select, $expand)',
      description:
        "One PO json record by id or UUID; 404 when missing or not readable by the role. The answer carries the record's `ETag` (its version, as every face computes it); `If-None-Match` with it answers 304 while the record is unchanged.",
      middleware: [auth] as const,
      security,
      request: {
        params: RecordParam,
        query: z.object({ $select: select, $expand: expand, ...COMMON_OPTIONS, showlabel: SHOW_LABEL }).strict(),
        headers: IF_NONE_MATCH,
      },
      responses: { 200: withEtag(json(Record)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const { params, query } = { params: c.req.valid('param'), query: c.req.valid('query') };
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, params.tableName, 'read', 'record');
      const expand = parseExpand(query.$expand);
      const columns = selectWithExpand(table, query.$select, expand);
      const row = await readOne(ctx, schema, table, params.id, columns);
      const { key, version } = versionOf(table, row);
      const { etag, notModified } = versionTag(c, key, version);
      if (notModified) return notModified;
      const records = await renderPage(ctx, schema, table, [row], columns, { expand, showlabel: query.showlabel });
      return jsonAnswer(c, records[0], 200, { ETag: etag });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}/{id}/{columnName}',
      operationId: 'idempiereGetRecordColumn',
      tags,
      summary: 'Just one column of a record',
      description:
        "An object with just the requested column and its value (null when empty), with the record's `ETag` (`If-None-Match`: 304 while the record is unchanged).",
      middleware: [auth] as const,
      security,
      request: {
        headers: IF_NONE_MATCH,
        query: z.object(COMMON_OPTIONS).strict(),
        params: RecordParam.extend({
          columnName: z
            .string()
            .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
            .openapi({ description: 'The column, case-insensitive.', example: 'Name' }),
        }),
      },
      responses: {
        200: withEtag(
          json(
            z.record(z.string(), z.unknown()).openapi('IdColumnValue', {
              description: "One property: the column's name and its value.",
              example: { Name: 'Joe Block' },
            }),
          ),
        ),
        ...NOT_MODIFIED,
        ...errorResponses,
      },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, params.tableName, 'read', 'record');
      const columns = selectColumns(table, params.columnName);
      const row = await readOne(ctx, schema, table, params.id, columns);
      const { key, version } = versionOf(table, row);
      const notModified = answerVersion(c, key, version);
      if (notModified) return notModified;
      const [record] = await renderRows(ctx, schema, table, [row], columns);
      const column = columns.find((col) => col.name.toLowerCase() === params.columnName.toLowerCase());
      const name = column?.name ?? params.columnName;
      const value =
        name === table.primaryKey[0] ? record.id : name === uuColumn(table)?.name ? record.uid : record[name];
      return c.json({ [name]: value ?? null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/models/{tableName}',
      operationId: 'idempiereCreateRecord',
      tags,
      summary: 'Insert a record, with its child records (nested arrays), in one transaction',
      description:
        'Inserts a record and answers it as a PO json record with its new id. Arrays named after a child table insert up to 100 child records linked to it (and their own children, up to 3 levels); the record, its children and their audit rows are written together or not at all. Column names are case-insensitive (`name` for `Name`). `AD_User` goes through the shared user store (password hashed, never returned).',
      middleware: [auth] as const,
      security,
      request: {
        params: TableParam,
        body: {
          content: {
            'application/json': {
              schema: RecordInput,
              examples: {
                partner: { summary: 'A business partner, its group by identifier', value: EXAMPLES.createPartner },
                order: { summary: 'An order (C_Order) with its lines', value: EXAMPLES.createOrderWithLines },
              },
            },
          },
          required: true,
        },
      },
      responses: { 201: json(Record, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const write = await planModelRequest(await writeCaller(c, ctx), {
        method: 'POST',
        tableName: c.req.valid('param').tableName,
        body: c.req.valid('json'),
      });
      const answer = await runWrite(ctx, write);
      publishRecords(c, answer.changes);
      return c.json(answer.body, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/models/{tableName}/{id}',
      operationId: 'idempiereUpdateRecord',
      tags,
      summary: 'Update a record (only the columns given) and its child records, in one transaction',
      description:
        'Updates the columns given and answers the record. An array named after a child table changes its child records: an entry without `id` (or `uid`) is inserted, one with it updated, one with `"(delete)": true` deleted; entries must be children of this record (else 404). All of it, with the audit rows, is written together or not at all; the answer lists the inserted and updated children. With `doc-action: PR` a `C_Order` is sent to approval (a workflow node).',
      middleware: [auth] as const,
      security,
      request: {
        params: RecordParam,
        headers: IF_MATCH,
        body: {
          content: {
            'application/json': {
              schema: RecordInput,
              examples: {
                columns: { summary: 'Change two columns', value: EXAMPLES.updatePartner },
                lines: { summary: 'Delete one order line and add another (C_Order)', value: EXAMPLES.changeOrderLines },
                approval: { summary: 'Send an order to approval (C_Order)', value: EXAMPLES.sendToApproval },
              },
            },
          },
          required: true,
        },
      },
      responses: { 200: withEtag(json(Record)), ...preconditionFailedResponse(IdError), ...errorResponses },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      // Planned first (every check, in the documented order), then made conditional: the guard runs in the batch.
      const write = await planModelRequest(await writeCaller(c, ctx), {
        method: 'PUT',
        tableName: params.tableName,
        id: params.id,
        body: c.req.valid('json'),
      });
      const table = await ifMatchRecord(c, ctx, params.tableName, params.id);
      const answer = await runWrite(ctx, write);
      publishRecords(c, answer.changes);
      await etagAfterWrite(c, recordVersionKey(table, answer.body.id), ctx.pool);
      return c.json(answer.body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/models/{tableName}/{id}',
      operationId: 'idempiereDeleteRecord',
      tags,
      summary: 'Delete a record',
      description:
        'Deletes the record; `msg` confirms it. With `If-Match`, only if the record still has that version (else 412, nothing deleted).',
      middleware: [auth] as const,
      security,
      request: { params: RecordParam, headers: IF_MATCH },
      responses: {
        200: json(z.object({ msg: z.string().openapi({ example: 'Deleted c_bpartner 114' }) }).openapi('IdDeleted')),
        ...preconditionFailedResponse(IdError),
        ...errorResponses,
      },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      const write = await planModelRequest(await writeCaller(c, ctx), {
        method: 'DELETE',
        tableName: params.tableName,
        id: params.id,
      });
      await ifMatchRecord(c, ctx, params.tableName, params.id);
      const answer = await runWrite(ctx, write);
      publishRecords(c, answer.changes);
      return c.json(answer.body as { msg: string }, 200);
    },
  );
  return app;
}
