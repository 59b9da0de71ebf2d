import { createRoute, z } from '@hono/zod-openapi';
import { type MenuNode, menuTree } from '../../core/erp/menu';
import { findReference, referenceList, referenceTable } from '../../core/erp/references';
import { renderStatusLine, statusLine, statusLines } from '../../core/erp/status-lines';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { type DictionaryCall, dictionaryCall, renderDefinitions } from './dictionary-render';
import { errorResponses } from './errors';
import { COMMON_OPTIONS, Record as PoRecordSchema } from './models-schemas';
import { filterParam, TAGS } from './openapi';
import { type PoRecord, renderRows } from './po';

/**
 * /api/v1/reference/{id}, /menutree/{id} and /statuslines: references with their values, the menu tree as the
 * role may use it, and status lines rendered with the session's context (core/erp/references.ts, menu.ts,
 * status-lines.ts).
 */

const REFERENCE_COLUMNS = [
  'AD_Reference_ID',
  'AD_Reference_UU',
  'Name',
  'Description',
  'Help',
  'ValidationType',
  'VFormat',
];
const MENU_COLUMNS = [
  'AD_Menu_ID',
  'AD_Menu_UU',
  'Name',
  'Description',
  'IsSOTrx',
  'PredefinedContextVariables',
  'EntityType',
  'Action',
  'AD_Window_ID',
  'AD_Workflow_ID',
  'AD_Task_ID',
  'AD_Process_ID',
  'AD_Form_ID',
  'AD_InfoWindow_ID',
];
const STATUS_LINE_COLUMNS = ['AD_StatusLine_ID', 'AD_StatusLine_UU', 'Name', 'EntityType'];

const idOrUuid = (example: string, description: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_ .&/()-]{1,120}$/)
    .openapi({ description, example });
const locale = z.object({ locale: COMMON_OPTIONS.locale }).strict();

const Reference = z
  .looseObject({
    reflist: z
      .array(z.object({ value: z.string(), name: z.string() }))
      .optional()
      .openapi({ description: "A list's values (`ValidationType` L)." }),
    reftable: z
      .array(PoRecordSchema)
      .optional()
      .openapi({ description: "A table validation's rows (`ValidationType` T)." }),
  })
  .openapi('IdReference', {
    description:
      'The reference as PO json (`id`, `uid`, `Name`, `Description`, `Help`, `ValidationType`, `VFormat`) with `reflist`; a table validation answers `{reftable}` only, as the original.',
  });

type MenuEntry = PoRecord & { entries?: MenuEntry[] };
const MenuTree = z
  .object({
    Name: z.string(),
    Description: z.string().optional(),
    entries: z
      .array(PoRecordSchema)
      .openapi({ description: 'Menu entries (AD_Menu); a summary has its own `entries`.' }),
  })
  .openapi('IdMenuTree');

const StatusLine = PoRecordSchema;

async function renderMenu(call: DictionaryCall, nodes: MenuNode[]): Promise<MenuEntry[]> {
  const records = await renderDefinitions(
    call,
    'AD_Menu',
    nodes.map((n) => n.menu),
    MENU_COLUMNS,
  );
  const out: MenuEntry[] = [];
  for (const [i, record] of records.entries()) {
    const node = nodes[i];
    out.push(node.children.length ? { ...record, entries: await renderMenu(call, node.children) } : record);
  }
  return out;
}

export function dictionaryRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/reference/{id}',
      operationId: 'idempiereGetReference',
      tags: [TAGS.references.name],
      summary: 'A reference with its values',
      description:
        "A reference (AD_Reference) by id, UUID or name: a list's values (`reflist`, `{value, name}`), a table validation's rows (`reftable`: the key, display and `Value` columns of the rows the role may read, through its where clause), or a data type's definition.",
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({ id: idOrUuid('c4b63f2f-51da-49fe-9a10-83b9d8cb332f', 'The reference id, UUID or name.') }),
        query: locale,
      },
      responses: { 200: json(Reference), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const reference = await findReference(call.ctx, c.req.valid('param').id);
      if (reference.ValidationType === 'T') {
        const { table, columns, rows } = await referenceTable(call.ctx, reference, call.context);
        return c.json({ reftable: await renderRows(call.ctx, call.schema, table, rows, columns) }, 200);
      }
      const [record] = await renderDefinitions(call, 'AD_Reference', [reference], REFERENCE_COLUMNS);
      if (reference.ValidationType !== 'L') return c.json(record, 200);
      const items = await referenceList(call.ctx, reference);
      return c.json({ ...record, reflist: items.map((i) => ({ value: String(i.Value), name: String(i.Name) })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/menutree/{id}',
      operationId: 'idempiereGetMenuTree',
      tags: [TAGS.references.name],
      summary: 'A menu tree',
      description:
        'A menu tree (AD_Tree of type menu) by id or UUID: its name and its entries (AD_Menu as PO json), a summary with its own `entries`. Entries opening a window or info window the role may not open are left out, and so are summaries left empty.',
      middleware: [auth] as const,
      security,
      request: { params: z.object({ id: idOrUuid('10', 'The menu tree id or UUID.') }), query: locale },
      responses: { 200: json(MenuTree), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const { tree, entries } = await menuTree(call.ctx, call.access, c.req.valid('param').id);
      return c.json(
        {
          Name: String(tree.Name),
          ...(tree.Description ? { Description: String(tree.Description) } : {}),
          entries: await renderMenu(call, entries),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/statuslines',
      operationId: 'idempiereListStatusLines',
      tags: [TAGS.dashboards.name],
      summary: 'Status lines',
      description:
        "The status lines (AD_StatusLine), by name; `$filter` applies to their columns. `with_messages=true` adds each one's `message`, rendered with the session's context.",
      middleware: [auth] as const,
      security,
      request: {
        query: z
          .object({
            $filter: filterParam("EntityType neq 'D'"),
            with_messages: z
              .enum(['true', 'false'])
              .optional()
              .openapi({ description: 'true: with each message.', example: 'true' }),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: {
        200: json(z.object({ statusLines: z.array(StatusLine) }).openapi('IdStatusLines')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const call = await dictionaryCall(c);
      const rows = await statusLines(call.ctx, query.$filter);
      const records = await renderDefinitions(call, 'AD_StatusLine', rows, STATUS_LINE_COLUMNS);
      if (query.with_messages === 'true')
        for (const [i, record] of records.entries())
          record.message = await renderStatusLine(call.ctx, rows[i], call.context);
      return c.json({ statusLines: records }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/statuslines/{id}',
      operationId: 'idempiereGetStatusLine',
      tags: [TAGS.dashboards.name],
      summary: "A status line's message",
      description:
        "The status line's message (by id or UUID), its values measured over the records the session may read (its client and organisations, the role's table access), with the session's context (`@#AD_Client_ID@`, `@#Date@`, …).",
      middleware: [auth] as const,
      security,
      request: { params: z.object({ id: idOrUuid('200024', 'The status line id or UUID.') }), query: locale },
      responses: { 200: json(z.object({ message: z.string() }).openapi('IdStatusLineMessage')), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const row = await statusLine(call.ctx, c.req.valid('param').id);
      return c.json({ message: await renderStatusLine(call.ctx, row, call.context) }, 200);
    },
  );
  return app;
}
