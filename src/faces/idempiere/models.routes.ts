import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { erpRecordContext, validationRule } from '../../core/erp/context';
import { sendToApproval } from '../../core/erp/workflow';
import { createUser, deleteUser, updateUser } from '../../core/identity/users';
import { labelColumns, resolveIdentifier } from '../../core/records/lookups';
import { filterInMemory } from '../../core/records/memory';
import { pageCount } from '../../core/records/paging';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import {
  deleteRecord,
  findRecord,
  insertRecord,
  listRecords,
  type RecordContext,
  requireReadRight,
  updateRecord,
  uuColumn,
} from '../../core/records/service';
import type { ColumnInfo, PoolSchema, TableInfo } from '../../core/records/types';
import { singleKey } from '../../core/records/values';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { actorOf, authenticate, principalOf } from '../../middleware/auth';
import { errorResponses } from './errors';
import { EXAMPLES, FILTER_DESCRIPTION, TAGS } from './openapi';
import {
  applyContext,
  modelName,
  type PoRecord,
  parseExpand,
  parseFilter,
  parseOrderBy,
  type Row,
  renderRows,
  selectColumns,
} from './po';
import { expandRecords } from './query';

/**
 * /api/v1/models: every table the schema registry exposes, as iDempiere models. A role's table access
 * decides (none: 403 for the table, 404 for a record). Writes go through the records service (audit
 * row in the same batch); `AD_User` writes go through the identity core (one user store).
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
    'Column values by column name. Yes/No as true/false, timestamps as ISO 8601; a foreign key as its id, `{id}` or',
    '`{identifier, tableName}` (looked up by identifier). An array named after a child table inserts child records',
    'after the parent (POST). `id`, `uid`, `model-name` and `tableName` are ignored; `doc-action: PR` on `C_Order`',
    'sends the order to approval (PUT).',
  ].join(' '),
});
const select = z.string().max(2000).optional().openapi({
  description: 'Comma-separated columns to return (`id` and `uid` always come).',
  example: 'Name,Value,IsVendor',
});
const expand = z.string().max(2000).optional().openapi({
  description:
    'Related records to include, comma-separated: a child table (records pointing here, as an array) or a foreign-key column (the parent record). Options in parentheses, separated by `;`: `$select`, `$filter`, `$orderby`, `$top`, `$skip`, `$expand` (nested; the depth is limited). At most 10 items.',
  example: 'C_OrderLine($select=Line,QtyOrdered;$orderby=Line)',
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
    example: 'C_BP_Group_ID:103',
  }),
});
const TableParam = z.object({
  tableName: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
    .openapi({ description: 'The model: a table name, case-insensitive.', example: 'C_BPartner' }),
});
const RecordParam = TableParam.extend({
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
        id: z.number().int(),
        uid: z.string(),
        'model-name': z.string().openapi({ description: 'The table, in lower case.' }),
        name: z.string().openapi({ description: 'The table name.' }),
        description: z.string().nullable().openapi({ description: '`view` for a view, else null.' }),
      }),
    ),
  })
  .openapi('IdModels');

function json<T extends z.ZodType>(schema: T, description = 'Successful response') {
  return { description, content: { 'application/json': { schema } } };
}

function maxRecords(c: Context<AppEnv>): number {
  const n = Number(c.env.REST_MAX_RECORDS_SIZE);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 100;
}

/** The caller's records context: core rights, the session's tenant, the role's table access. */
const contextOf = (c: Context<AppEnv>) => erpRecordContext(c.var.data, principalOf(c), c.get('requestId'));

/**
 * The table behind a model name, after the role's table access (the narrowing rule). A record of a table
 * the role cannot read is indistinguishable from a missing one.
 */
async function tableFor(ctx: RecordContext, name: string, need: 'read' | 'write', missing: 'table' | 'record') {
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

async function readOne(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  id: string,
  select?: string,
): Promise<{ row: Row; columns: ColumnInfo[] }> {
  const columns = selectColumns(table, select);
  const row = await findRecord(ctx, table, id, {
    select: columns.map((col) => col.name),
    extraColumns: labelColumns(ctx, schema, table, columns),
  });
  if (!row) throw new AppError('NOT_FOUND', `Record ${id.slice(0, 64)} not found in ${table.name}`);
  return { row, columns };
}

/** A PO json body → column values: foreign keys as ids or `{id}`/`{identifier, tableName}`. */
async function bodyValues(ctx: RecordContext, schema: PoolSchema, table: TableInfo, body: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  const children: [TableInfo, Record<string, unknown>[]][] = [];
  for (const [key, value] of Object.entries(body)) {
    if (['id', 'uid', 'model-name', 'tableName', 'doc-action'].includes(key)) continue;
    if (Array.isArray(value)) {
      const child = requireTable(schema, key);
      if (!child.foreignKeys.some((f) => f.table === table.name))
        throw new AppError('BAD_REQUEST', `${child.name} is not a child of ${table.name}`);
      children.push([child, value as Record<string, unknown>[]]);
      continue;
    }
    const fk = table.foreignKeys.find((f) => f.column.toLowerCase() === key.toLowerCase());
    if (fk && value && typeof value === 'object') {
      const ref = value as { id?: unknown; identifier?: unknown };
      if (ref.id !== undefined) values[key] = ref.id;
      else if (typeof ref.identifier === 'string')
        values[key] = await resolveIdentifier(ctx, schema, fk, ref.identifier);
      else throw new AppError('BAD_REQUEST', `Invalid foreign key value for ${key.slice(0, 64)}`);
      continue;
    }
    if (value !== null && typeof value === 'object')
      throw new AppError('BAD_REQUEST', `Invalid value for ${key.slice(0, 64)}`);
    values[key] = value;
  }
  return { values, children };
}

async function renderOne(
  ctx: RecordContext,
  schema: PoolSchema,
  table: TableInfo,
  row: Row,
  columns = selectColumns(table),
) {
  return (await renderRows(ctx, schema, table, [row], columns))[0];
}

/** AD_User writes go to the identity core: the same users as every face, password hashed, never read. */
const USER_FIELDS: Record<string, string> = {
  name: 'login',
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  description: 'description',
  isactive: 'enabled',
  ad_language: 'language',
  password: 'password',
};
const isUserView = (table: TableInfo) => table.name.toLowerCase() === 'ad_user';

function userFields(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (['id', 'uid', 'model-name', 'tableName', 'AD_User_ID'].includes(key)) continue;
    const field = USER_FIELDS[key.toLowerCase()];
    if (!field) throw new AppError('BAD_REQUEST', `Unknown column '${key.slice(0, 64)}'`);
    if (field === 'enabled') out[field] = value === true || value === 'Y';
    else if (typeof value !== 'string') throw new AppError('BAD_REQUEST', `Column '${key.slice(0, 64)}' expects text`);
    else out[field] = value;
  }
  return out;
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
        "Every table and view the caller may read. `$filter` applies to the answer's own properties (`id`, `uid`, `model-name`, `name`, `description`).",
      middleware: [auth] as const,
      security,
      request: {
        query: z.object({
          $filter: z
            .string()
            .max(4000)
            .optional()
            .openapi({ description: FILTER_DESCRIPTION, example: "startswith(name,'C_')" }),
        }),
      },
      responses: { 200: json(Models), ...errorResponses },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const schema = await getPoolSchema(c.var.data, ctx.pool);
      const tables = [...schema.tables.values()].sort((a, b) => a.name.localeCompare(b.name));
      const visible = [];
      for (const [i, t] of tables.entries()) {
        const readable = await requireReadRight(ctx, t).then(
          () => true,
          () => false,
        );
        if (readable)
          visible.push({
            id: i + 1,
            uid: `model-${t.name.toLowerCase()}`,
            'model-name': t.name.toLowerCase(),
            name: t.name,
            description: t.view ? 'view' : null,
          });
      }
      const filter = parseFilter(c.req.valid('query').$filter);
      if (!filter) return c.json({ models: visible }, 200);
      const keep = await filterInMemory(
        c.var.data,
        visible,
        [
          { name: 'id', type: 'integer' },
          { name: 'uid', type: 'text' },
          { name: 'model-name', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'description', type: 'text' },
        ],
        filter,
      );
      return c.json({ models: visible.filter((_, i) => keep.has(i)) }, 200);
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
      const columns = selectColumns(table, q.$select);
      const expand = parseExpand(q.$expand);
      let filter = parseFilter(q.$filter);
      if (q.$valrule) {
        const rule = parseFilter(applyContext(await validationRule(c.var.data, q.$valrule), q.$context));
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
      description: 'One PO json record by id or UUID; 404 when missing or not readable by the role.',
      middleware: [auth] as const,
      security,
      request: { params: RecordParam, query: z.object({ $select: select, $expand: expand }) },
      responses: { 200: json(Record), ...errorResponses },
    }),
    async (c) => {
      const { params, query } = { params: c.req.valid('param'), query: c.req.valid('query') };
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, params.tableName, 'read', 'record');
      const { row, columns } = await readOne(ctx, schema, table, params.id, query.$select);
      const records = await renderRows(ctx, schema, table, [row], columns);
      const expand = parseExpand(query.$expand);
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
      description: 'An object with just the requested column and its value (null when empty).',
      middleware: [auth] as const,
      security,
      request: {
        params: RecordParam.extend({
          columnName: z
            .string()
            .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
            .openapi({ description: 'The column, case-insensitive.', example: 'Name' }),
        }),
      },
      responses: {
        200: json(
          z.record(z.string(), z.unknown()).openapi('IdColumnValue', {
            description: "One property: the column's name and its value.",
            example: { Name: 'Joe Block' },
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, params.tableName, 'read', 'record');
      const { row, columns } = await readOne(ctx, schema, table, params.id, params.columnName);
      const record: PoRecord = await renderOne(ctx, schema, table, row, columns);
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
      summary: 'Insert a record (nested arrays of child records are inserted after it)',
      description:
        'Inserts a record and answers it as a PO json record with its new id. Arrays named after a child table insert up to 100 child records linked to it. `AD_User` goes through the shared user store (password hashed, never returned).',
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
      const { schema, table } = await tableFor(ctx, c.req.valid('param').tableName, 'write', 'table');
      const body = c.req.valid('json');
      if (isUserView(table)) {
        const fields = userFields(body);
        if (typeof fields.login !== 'string' || !fields.login) throw new AppError('BAD_REQUEST', 'Name is required');
        const user = await createUser(c.var.data.orm(), fields as { login: string }, actorOf(c));
        const { row } = await readOne(ctx, schema, table, String(user.id));
        return c.json(await renderOne(ctx, schema, table, row), 201);
      }
      const { values, children } = await bodyValues(ctx, schema, table, body);
      for (const [child] of children) await ctx.narrow?.(child, 'write');
      const created = await insertRecord(ctx, schema, table, values, {
        readOnly: 'ignore',
        extraColumns: labelColumns(ctx, schema, table, selectColumns(table)),
      });
      const record = await renderOne(ctx, schema, table, created);
      for (const [child, rows] of children) {
        const link = child.foreignKeys.find((f) => f.table === table.name);
        if (!link) continue;
        const inserted = [];
        const childColumns = selectColumns(child);
        const childLabels = labelColumns(ctx, schema, child, childColumns);
        for (const childBody of rows.slice(0, 100)) {
          const { values: childValues } = await bodyValues(ctx, schema, child, childBody);
          inserted.push(
            await insertRecord(
              ctx,
              schema,
              child,
              { ...childValues, [link.column]: created[link.references] },
              { readOnly: 'ignore', extraColumns: childLabels },
            ),
          );
        }
        record[child.name] = await renderRows(ctx, schema, child, inserted, childColumns);
      }
      return c.json(record, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/models/{tableName}/{id}',
      operationId: 'idempiereUpdateRecord',
      tags,
      summary: 'Update a record (only the columns given); `doc-action: PR` on C_Order sends it to approval',
      description:
        'Updates the columns given and answers the record. With `doc-action: PR` a `C_Order` is sent to approval (a workflow node).',
      middleware: [auth] as const,
      security,
      request: {
        params: RecordParam,
        body: {
          content: {
            'application/json': {
              schema: RecordInput,
              examples: {
                columns: { summary: 'Change two columns', value: EXAMPLES.updatePartner },
                approval: { summary: 'Send an order to approval (C_Order)', value: EXAMPLES.sendToApproval },
              },
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Record), ...errorResponses },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, params.tableName, 'write', 'table');
      const body = c.req.valid('json');
      const { row: current } = await readOne(ctx, schema, table, params.id);
      const id = current[singleKey(table).name];
      if (isUserView(table)) {
        await updateUser(c.var.data.orm(), Number(id), userFields(body), actorOf(c));
      } else {
        const { values } = await bodyValues(ctx, schema, table, body);
        if (Object.keys(values).length) await updateRecord(ctx, schema, table, id, values, { readOnly: 'ignore' });
        if (body['doc-action'] !== undefined) {
          if (table.name !== 'C_Order' || body['doc-action'] !== 'PR')
            throw new AppError('BAD_REQUEST', 'Unsupported doc-action');
          await sendToApproval(ctx, Number(id));
        } else if (!Object.keys(values).length) throw new AppError('BAD_REQUEST', 'No writable column given');
      }
      const { row } = await readOne(ctx, schema, table, String(id));
      return c.json(await renderOne(ctx, schema, table, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/models/{tableName}/{id}',
      operationId: 'idempiereDeleteRecord',
      tags,
      summary: 'Delete a record',
      description: 'Deletes the record; `msg` confirms it.',
      middleware: [auth] as const,
      security,
      request: { params: RecordParam },
      responses: {
        200: json(z.object({ msg: z.string().openapi({ example: 'Deleted c_bpartner 114' }) }).openapi('IdDeleted')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const ctx = await contextOf(c);
      const { schema, table } = await tableFor(ctx, params.tableName, 'write', 'table');
      const { row } = await readOne(ctx, schema, table, params.id);
      const id = row[singleKey(table).name];
      if (isUserView(table)) await deleteUser(c.var.data.orm(), Number(id), actorOf(c));
      else await deleteRecord(ctx, table, id);
      return c.json({ msg: `Deleted ${modelName(table)} ${String(id)}` }, 200);
    },
  );
  return app;
}
