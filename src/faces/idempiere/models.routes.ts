import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { erpRecordContext, validationRule } from '../../core/erp/context';
import { modelsOf } from '../../core/erp/dictionary';
import { labelColumns } from '../../core/records/lookups';
import { filterInMemory } from '../../core/records/memory';
import { pageCount } from '../../core/records/paging';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import { findRecord, listRecords, type RecordContext, requireReadRight, uuColumn } from '../../core/records/service';
import type { ColumnInfo, PoolSchema, TableInfo } from '../../core/records/types';
import { findVersionKey, recordVersionKey, versionOf, withVersionColumn } from '../../core/records/versions';
import { AppError } from '../../lib/errors';
import {
  IF_MATCH,
  IF_NONE_MATCH,
  json,
  NOT_MODIFIED,
  preconditionFailedResponse,
  SECURITY,
  withEtag,
} from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { authenticate, principalOf } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite } from '../../middleware/conditional';
import { errorResponses, IdError } from './errors';
import { publishRecords } from './feed';
import { EXAMPLES, FILTER_DESCRIPTION, TAGS } from './openapi';
import {
  applyContext,
  parseExpand,
  parseFilter,
  parseOrderBy,
  type Row,
  renderRows,
  selectColumns,
  selectWithExpand,
} from './po';
import { expandRecords } from './query';
import { planModelRequest, runWrite, type WriteCaller } from './writes';

/**
 * /api/v1/models: every table the schema registry exposes, as iDempiere models. A role's table access
 * decides (none: 403 for the table, 404 for a record). Writes are planned in writes.ts and run as one D1
 * batch with their children and audit rows; `AD_User` writes go through the identity core (one user store).
 */

const PO_DESCRIPTION = [
  'A PO json record: `id`, `uid` and `model-name`, then one property per column (a null column is left out).',
  'Yes/No columns are booleans, timestamps ISO 8601 strings; a foreign key is an object',
  '`{propertyLabel, id, identifier, model-name}`. `$expand` adds child records as arrays named after the child table.',
].join(' ');
/** Records are genuinely dynamic (one property per column of the table): the fixed part, then anything. */
export const Record = z
  .looseObject({
    id: z
      .union([z.number().int(), z.string()])
      .optional()
      .openapi({ description: 'The record id (its key column); always present.' }),
    uid: z.string().optional().openapi({ description: "The record's UUID (`<Table>_UU`), when the table has one." }),
    'model-name': z.string().optional().openapi({ description: 'The table, in lower case; always present.' }),
  })
  .openapi('IdRecord', { description: PO_DESCRIPTION });
const RecordInput = z.record(z.string(), z.unknown()).openapi('IdRecordInput', {
  description: [
    'Column values by column name, case-insensitive. Yes/No as true/false, timestamps as ISO 8601; a foreign key as its',
    'id, `{id}` or `{identifier, tableName}` (looked up by identifier). An array named after a child table writes child',
    'records with the record, in one transaction: POST inserts them; PUT inserts entries without `id`, updates entries',
    'with it and deletes entries with `"(delete)": true`. `id`, `uid`, `model-name` and `tableName` are ignored;',
    '`doc-action: PR` on `C_Order` sends the order to approval (PUT).',
  ].join(' '),
});
const select = z.string().max(2000).optional().openapi({
  description: 'Comma-separated columns to return (`id` and `uid` always come).',
  example: 'Name,Value,IsVendor',
});
const expand = z.string().max(2000).optional().openapi({
  description:
    'Related records to include, comma-separated: a child table (records pointing here, as an array) or a foreign-key column (the parent record). Options in parentheses, separated by `;`: `$select`, `$filter`, `$orderby`, `$top`, `$skip`, `$expand` (nested; the depth is limited). At most 10 items.',
  example: 'C_Order($select=DocumentNo,GrandTotal;$orderby=DocumentNo)',
});
const ListQuery = z.object({
  $select: select,
  $filter: z
    .string()
    .max(4000)
    .optional()
    .openapi({ description: FILTER_DESCRIPTION, example: "IsActive eq true and contains(Name,'Block')" }),
  $orderby: z.string().max(500).optional().openapi({
    description: 'Sort: comma-separated columns, each optionally `asc` or `desc` (at most 10).',
    example: 'Name desc,Value',
  }),
  $top: z.coerce.number().int().min(0).optional().openapi({
    description:
      "Records per page; 0 or absent: the server's maximum (`REST_MAX_RECORDS_SIZE`, default 100), which also caps it.",
    example: 10,
  }),
  $skip: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: 'Records to skip (paging with `$top`).', example: 0 }),
  $expand: expand,
  $valrule: z.string().max(64).optional().openapi({
    description: 'A validation rule (`AD_Val_Rule` id or UUID) whose code is ANDed with `$filter`.',
    example: '1',
  }),
  $context: z.string().max(2000).optional().openapi({
    description:
      "Values for the validation rule's `@Name@` variables: comma-separated `Name:value` pairs (values as OData literals).",
    example: 'C_BP_Group_ID:104',
  }),
});
export const TableParam = z.object({
  tableName: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
    .openapi({ description: 'The model: a table name, case-insensitive.', example: 'C_BPartner' }),
});
export const RecordParam = TableParam.extend({
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .openapi({ description: 'The record id, or its UUID.', example: '114' }),
});
const Page = z
  .object({
    'page-count': z.number().int().openapi({ description: 'Pages needed for every record at this page size.' }),
    'records-size': z.number().int().openapi({ description: 'Records per page.' }),
    'skip-records': z.number().int().openapi({ description: 'Records skipped.' }),
    'row-count': z.number().int().openapi({ description: 'Records matching, in total.' }),
    'array-count': z.number().int().openapi({ description: 'Records in this answer.' }),
    records: z.array(Record),
  })
  .openapi('IdRecordPage');
const Models = z
  .object({
    models: z.array(
      z.object({
        id: z
          .number()
          .int()
          .openapi({ description: "The table's id (iDempiere's AD_Table_ID for the tables it has)." }),
        uid: z.string().openapi({ description: "The table's UUID." }),
        'model-name': z.string().openapi({ description: 'The table name, in lower case.' }),
        name: z.string().openapi({ description: "The model's name (`Business Partner` for C_BPartner)." }),
        description: z.string().optional().openapi({ description: "The model's description, when it has one." }),
      }),
    ),
  })
  .openapi('IdModels');

function maxRecords(c: Context<AppEnv>): number {
  const n = Number(c.env.REST_MAX_RECORDS_SIZE);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 100;
}

/** The caller's records context: core rights, the session's tenant, the role's table access. */
export const contextOf = (c: Context<AppEnv>) => erpRecordContext(c.var.data, principalOf(c), c.get('requestId'));

/**
 * The table behind a model name, after the role's table access (the narrowing rule). A record of a table
 * the role cannot read is indistinguishable from a missing one.
 */
export async function tableFor(ctx: RecordContext, name: string, need: 'read' | 'write', missing: 'table' | 'record') {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const table = requireTable(schema, name);
  try {
    await ctx.narrow?.(table, need);
  } catch (error) {
    if (missing === 'record' && need === 'read') throw new AppError('NOT_FOUND', 'Record not found');
    throw error;
  }
  return { schema, table };
}

/** One record with its version (read in the same statement: versions.ts), or a 404. */
async function readOne(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: string,
  columns: ColumnInfo[],
): Promise<Row> {
  const row = await findRecord(ctx, table, id, {
    select: columns.map((col) => col.name),
    extraColumns: withVersionColumn(table, labelColumns(ctx, schema, table, columns)),
  });
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return row;
}

/** What a write needs of the request: the records context, the schema, the caller. */
export async function writeCaller(c: Context<AppEnv>, ctx: RecordContext): Promise<WriteCaller> {
  return {
    ctx,
    schema: await getPoolSchema(ctx.data, ctx.pool),
    data: c.var.data,
    principal: principalOf(c),
    requestId: c.get('requestId'),
  };
}

/**
 * `If-Match` on a record write: the record's version key (looked up only when the header is there) and
 * the guard that makes the write's batch conditional (middleware/conditional.ts). Returns the table.
 */
export async function ifMatchRecord(c: Context<AppEnv>, ctx: RecordContext, tableName: string, id: string) {
  const table = requireTable(await getPoolSchema(ctx.data, ctx.pool), tableName);
  await conditionalWrite(c, () => findVersionKey(ctx, table, id), ctx.pool);
  return table;
}

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
        query: z.object({
          $filter: z
            .string()
            .max(4000)
            .optional()
            .openapi({ description: FILTER_DESCRIPTION, example: "startswith(TableName,'C_')" }),
        }),
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
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, c.req.valid('param').tableName, 'read', 'table');
      const q = c.req.valid('query');
      const max = maxRecords(c);
      const top = !q.$top ? max : Math.min(q.$top, max);
      const skip = q.$skip ?? 0;
      const expand = parseExpand(q.$expand);
      const columns = selectWithExpand(table, q.$select, expand);
      let filter = parseFilter(q.$filter, table);
      if (q.$valrule) {
        const rule = parseFilter(applyContext(await validationRule(c.var.data, q.$valrule), q.$context), table);
        filter = filter && rule ? { kind: 'and', children: [filter, rule] } : (filter ?? rule);
      }
      const page = await listRecords(ctx, table, {
        select: columns.map((col) => col.name),
        filter,
        orderBy: parseOrderBy(q.$orderby),
        page: { limit: top, offset: skip },
        extraColumns: labelColumns(ctx, schema, table, columns),
      });
      const records = await renderRows(ctx, schema, table, page.rows, columns);
      if (expand.length) await expandRecords(ctx, schema, table, records, page.rows, expand);
      const figures = {
        'page-count': pageCount(page.total, top),
        'records-size': top,
        'skip-records': skip,
        'row-count': page.total,
        'array-count': records.length,
      };
      c.header('X-Page-Count', String(figures['page-count']));
      c.header('X-Records-Size', String(top));
      c.header('X-Skip-Records', String(skip));
      c.header('X-Row-Count', String(page.total));
      c.header('X-Array-Count', String(records.length));
      return c.json({ ...figures, records }, 200);
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
      request: { params: RecordParam, query: z.object({ $select: select, $expand: expand }), headers: IF_NONE_MATCH },
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
      const notModified = answerVersion(c, key, version);
      if (notModified) return notModified;
      const records = await renderRows(ctx, schema, table, [row], columns);
      if (expand.length) await expandRecords(ctx, schema, table, records, [row], expand);
      return c.json(records[0], 200);
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
