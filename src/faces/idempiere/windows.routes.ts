import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { columnId } from '../../core/erp/dictionary';
import {
  childTab,
  childTabs,
  findTab,
  headerTab,
  listWindows,
  openWindow,
  type TabDef,
  tabFields,
  windowTabs,
} from '../../core/erp/windows';
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
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { authenticate } from '../../middleware/auth';
import { answerVersion, etagAfterWrite } from '../../middleware/conditional';
import { type DictionaryCall, dictionaryCall, renderDefinitions } from './dictionary-render';
import { errorResponses, IdError } from './errors';
import { publishRecords } from './feed';
import { ifMatchRecord } from './models-read';
import { COMMON_OPTIONS, Record as PoRecordSchema } from './models-schemas';
import { FILTER_DESCRIPTION, TAGS } from './openapi';
import {
  parentValue,
  planTabDelete,
  planTabInsert,
  planTabUpdate,
  renderTab,
  type TabWrite,
  tabColumns,
  tabPage,
  tabRecord,
} from './windows-read';
import {
  CHECK_BOOK_EXAMPLE,
  ChildTabRecords,
  RecordsQuery,
  recordId,
  SALES_ORDER_EXAMPLE,
  SAVE,
  TabField,
  tabSlug,
  Window,
  WindowBody,
  WindowRecords,
  windowSlug,
} from './windows-schemas';
import { runWrite } from './writes';

/**
 * /api/v1/windows: iDempiere's windows as its REST clients use them (core/erp/windows.ts decides what a window
 * and a tab are; windows-read.ts reads and writes records through them). A window the role may not open is a
 * 403, a missing one a 404. Records through a tab are read and written like models (rights, table access,
 * tenant and organisations, audit rows, ETags), further limited by the tab's where clause and flags.
 */

const WINDOW_COLUMNS = ['AD_Window_ID', 'AD_Window_UU', 'Name', 'Description', 'Help', 'WindowType', 'EntityType'];
const TAB_COLUMNS = ['AD_Tab_ID', 'AD_Tab_UU', 'Name', 'Description', 'Help', 'EntityType', 'SeqNo', 'TabLevel'];
const FIELD_COLUMNS = [
  'AD_Field_ID',
  'AD_Field_UU',
  'Name',
  'Description',
  'Help',
  'EntityType',
  'AD_Reference_ID',
  'MandatoryLogic',
];

async function renderWindow(call: DictionaryCall, row: Record<string, unknown>, slug: string) {
  const [record] = await renderDefinitions(call, 'AD_Window', [row], WINDOW_COLUMNS);
  return { ...record, slug };
}

async function renderTabs(call: DictionaryCall, tabs: TabDef[]) {
  const records = await renderDefinitions(
    call,
    'AD_Tab',
    tabs.map((t) => t.row),
    TAB_COLUMNS,
  );
  return records.map((record, i) => ({ ...record, slug: tabs[i].slug }));
}

/** Runs a tab write (or, with `$save=false`, only plans it) and answers as the original. */
async function answerWrite(c: Context<AppEnv>, call: DictionaryCall, planned: TabWrite, created: boolean) {
  if (c.req.query('$save') === 'false') return c.json(await planned.preview(), 200);
  const answer = await runWrite(call.ctx, planned.write);
  publishRecords(c, answer.changes);
  return c.json(planned.shape(answer.body), created ? 201 : 200);
}

export function windowRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.windows.name];
  const security = SECURITY.bearer;
  const ParamsWindow = z.object({ windowSlug });
  const ParamsTab = ParamsWindow.extend({ tabSlug });
  const ParamsRecord = ParamsWindow.extend({ id: recordId });
  const ParamsTabRecord = ParamsTab.extend({ id: recordId });
  const ParamsChild = ParamsTab.extend({
    tabSlug: tabSlug.openapi({ example: 'account' }),
    id: recordId,
    childTabSlug: tabSlug.openapi({ description: 'The slugified child tab name.', example: 'bank-account-document' }),
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows',
      operationId: 'idempiereListWindows',
      tags,
      summary: 'The windows the role may open',
      description:
        "Every window the session's role may open (AD_Window_Access), by name, each with its `slug`. `$filter` applies to AD_Window's columns (`name eq 'Bank/Cash'`).",
      middleware: [auth] as const,
      security,
      request: {
        query: z
          .object({
            $filter: z
              .string()
              .max(4000)
              .optional()
              .openapi({ description: FILTER_DESCRIPTION, example: "name eq 'Bank/Cash'" }),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: { 200: json(z.array(Window)), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const windows = await listWindows(call.ctx, call.access, c.req.valid('query').$filter);
      const records = await renderDefinitions(
        call,
        'AD_Window',
        windows.map((w) => w.row),
        WINDOW_COLUMNS,
      );
      return c.json(
        records.map((r, i) => ({ ...r, slug: windows[i].slug })),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows/{windowSlug}/tabs',
      operationId: 'idempiereGetWindowTabs',
      tags,
      summary: 'A window with its tabs',
      description:
        'The window and its tabs in order (`TabLevel` 0 is the header, n+1 a child of the tab of level n before it).',
      middleware: [auth] as const,
      security,
      request: { params: ParamsWindow, query: z.object({ locale: COMMON_OPTIONS.locale }).strict() },
      responses: { 200: json(Window), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const window = await openWindow(call.ctx, call.access, c.req.valid('param').windowSlug);
      const tabs = await windowTabs(call.ctx, window);
      return c.json(
        { ...(await renderWindow(call, window.row, window.slug)), tabs: await renderTabs(call, tabs) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows/{windowSlug}/tabs/{tabSlug}/fields',
      operationId: 'idempiereGetTabFields',
      tags,
      summary: "A tab's fields",
      description: "The tab's fields (AD_Field) in order; `$filter` applies to AD_Field's columns.",
      middleware: [auth] as const,
      security,
      request: {
        params: ParamsWindow.extend({ tabSlug: tabSlug.openapi({ example: 'bank-cash' }) }),
        query: z
          .object({
            $filter: z
              .string()
              .max(4000)
              .optional()
              .openapi({ description: FILTER_DESCRIPTION, example: 'IsDisplayed eq true' }),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
      },
      responses: { 200: json(z.object({ fields: z.array(TabField) }).openapi('IdTabFields')), ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, tabSlug: tabName } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const tab = findTab(await windowTabs(call.ctx, await openWindow(call.ctx, call.access, slug)), tabName);
      const rows = await tabFields(call.ctx, tab, { filter: c.req.valid('query').$filter });
      const records = await renderDefinitions(call, 'AD_Field', rows, FIELD_COLUMNS);
      const fields = records.map((record, i) => {
        const column = String(rows[i].ColumnName);
        return {
          ...record,
          AD_Column_ID: {
            propertyLabel: 'Column',
            id: columnId(tab.table.name, column),
            identifier: column,
            'model-name': 'ad_column',
          },
        };
      });
      return c.json({ fields }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows/{windowSlug}',
      operationId: 'idempiereGetWindowRecords',
      tags,
      summary: "A page of a window's records",
      description:
        "The records of the window's header tab (its where clause applies), 100 per page: `$filter`, `$sort_column` (`!` descending), `$page_no` (from 0). The figures are also sent as `X-Page-Count`, `X-Page-Size`, `X-Page-Number`, `X-Row-Count`. Each record shows the tab's displayed fields and the tab's `slug`.",
      middleware: [auth] as const,
      security,
      request: { params: ParamsWindow, query: RecordsQuery },
      responses: { 200: json(WindowRecords), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const call = await dictionaryCall(c);
      const tab = headerTab(
        await windowTabs(call.ctx, await openWindow(call.ctx, call.access, c.req.valid('param').windowSlug)),
      );
      const { records, figures } = await tabPage(call, tab, {
        filter: query.$filter,
        sort: query.$sort_column,
        page: query.$page_no,
      });
      c.header('X-Page-Count', String(figures['page-count']));
      c.header('X-Page-Size', String(figures['page-size']));
      c.header('X-Page-Number', String(figures['page-number']));
      c.header('X-Row-Count', String(figures['row-count']));
      return c.json({ ...figures, 'window-records': records }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/windows/{windowSlug}',
      operationId: 'idempiereCreateWindowRecord',
      tags,
      summary: 'Create a record through a window',
      description:
        "Inserts a record in the window's header tab, with child tab records (arrays named by the child tab's slug), in one transaction; `doc-action: CO` completes the document with it. The window's sales side sets `IsSOTrx` when the body leaves it out. Needs the window's read-write access and a tab that allows inserts; then the models' own checks. `$save=false`: a dry run (200).",
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({ windowSlug: windowSlug.openapi({ example: 'sales-order' }) }),
        query: SAVE,
        body: {
          content: {
            'application/json': {
              schema: WindowBody,
              examples: { salesOrder: { summary: 'A completed sales order with a line', value: SALES_ORDER_EXAMPLE } },
            },
          },
          required: true,
        },
      },
      responses: { 200: json(PoRecordSchema, 'Dry run'), 201: json(PoRecordSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const call = await dictionaryCall(c);
      const window = await openWindow(call.ctx, call.access, c.req.valid('param').windowSlug);
      const tabs = await windowTabs(call.ctx, window);
      return answerWrite(
        c,
        call,
        await planTabInsert(c, call, window, tabs, headerTab(tabs), c.req.valid('json')),
        true,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows/{windowSlug}/{id}',
      operationId: 'idempiereGetWindowRecord',
      tags,
      summary: "A window's record, with child tabs",
      description:
        "One record of the window's header tab, with its `ETag` (`If-None-Match`: 304); `$expand` lists child tab slugs whose records come along, each as an array under its slug.",
      middleware: [auth] as const,
      security,
      request: {
        params: ParamsRecord,
        query: z
          .object({
            $expand: z
              .string()
              .max(500)
              .optional()
              .openapi({ description: 'Comma-separated child tab slugs.', example: 'account' }),
            locale: COMMON_OPTIONS.locale,
          })
          .strict(),
        headers: IF_NONE_MATCH,
      },
      responses: { 200: withEtag(json(PoRecordSchema)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const tabs = await windowTabs(call.ctx, await openWindow(call.ctx, call.access, slug));
      const tab = headerTab(tabs);
      const columns = await tabColumns(call, tab);
      const row = await tabRecord(call, tab, id, columns);
      const { key, version } = versionOf(tab.table, row);
      const notModified = answerVersion(c, key, version);
      if (notModified) return notModified;
      const [record] = await renderTab(call, tab, [row], columns);
      const wanted = (c.req.valid('query').$expand ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const children = childTabs(tabs, tab);
      for (const name of wanted) {
        const child = children.find((t) => t.slug === name) ?? childTab(tabs, tab, name);
        record[child.slug] = (await tabPage(call, child, { parentKey: parentValue(child, row), limit: 1000 })).records;
      }
      return c.json(record, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/windows/{windowSlug}/{id}',
      operationId: 'idempiereUpdateWindowRecord',
      tags,
      summary: "Update a window's record",
      description:
        "Updates a record of the window's header tab (read-only fields are ignored; child tab arrays by slug as on POST; `doc-action: CO` completes it). `If-Match` makes it conditional (412). `$save=false`: a dry run.",
      middleware: [auth] as const,
      security,
      request: {
        params: ParamsRecord,
        query: SAVE,
        headers: IF_MATCH,
        body: {
          content: {
            'application/json': {
              schema: WindowBody,
              examples: { bank: { summary: 'Rename the bank', value: { Name: 'My MoneyBank' } } },
            },
          },
          required: true,
        },
      },
      responses: { 200: withEtag(json(PoRecordSchema)), ...preconditionFailedResponse(IdError), ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, id } = c.req.valid('param');
      return updateThrough(c, slug, undefined, id, c.req.valid('json'));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows/{windowSlug}/tabs/{tabSlug}/{id}',
      operationId: 'idempiereGetTabRecord',
      tags,
      summary: "A tab's record",
      description: 'One record through a tab (its where clause applies), with its `ETag` (`If-None-Match`: 304).',
      middleware: [auth] as const,
      security,
      request: {
        params: ParamsTabRecord,
        query: z.object({ locale: COMMON_OPTIONS.locale }).strict(),
        headers: IF_NONE_MATCH,
      },
      responses: { 200: withEtag(json(PoRecordSchema)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, tabSlug: tabName, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const tab = findTab(await windowTabs(call.ctx, await openWindow(call.ctx, call.access, slug)), tabName);
      const columns = await tabColumns(call, tab);
      const row = await tabRecord(call, tab, id, columns);
      const { key, version } = versionOf(tab.table, row);
      const notModified = answerVersion(c, key, version);
      if (notModified) return notModified;
      const [record] = await renderTab(call, tab, [row], columns);
      return c.json(record, 200);
    },
  );

  async function updateThrough(
    c: Context<AppEnv>,
    slug: string,
    tabName: string | undefined,
    id: string,
    body: Record<string, unknown>,
  ) {
    const call = await dictionaryCall(c);
    const window = await openWindow(call.ctx, call.access, slug);
    const tabs = await windowTabs(call.ctx, window);
    const tab = tabName === undefined ? headerTab(tabs) : findTab(tabs, tabName);
    const planned = await planTabUpdate(c, call, window, tabs, tab, id, body);
    if (c.req.query('$save') === 'false') return c.json(await planned.preview(), 200);
    const table = await ifMatchRecord(c, call.ctx, tab.table.name, id);
    const answer = await runWrite(call.ctx, planned.write);
    publishRecords(c, answer.changes);
    await etagAfterWrite(c, recordVersionKey(table, answer.body.id), call.ctx.pool);
    return c.json(planned.shape(answer.body), 200);
  }

  app.openapi(
    createRoute({
      method: 'put',
      path: '/windows/{windowSlug}/tabs/{tabSlug}/{id}',
      operationId: 'idempiereUpdateTabRecord',
      tags,
      summary: "Update a tab's record",
      description:
        'Updates a record through a tab: the tab must not be read-only and the window open for writing; read-only fields are ignored. `If-Match` makes it conditional (412). `$save=false`: a dry run.',
      middleware: [auth] as const,
      security,
      request: {
        params: ParamsTabRecord,
        query: SAVE,
        headers: IF_MATCH,
        body: {
          content: {
            'application/json': {
              schema: WindowBody,
              examples: { checkBook: { summary: 'Rename a check book', value: { Name: 'My Check Book' } } },
            },
          },
          required: true,
        },
      },
      responses: { 200: withEtag(json(PoRecordSchema)), ...preconditionFailedResponse(IdError), ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, tabSlug: tabName, id } = c.req.valid('param');
      return updateThrough(c, slug, tabName, id, c.req.valid('json'));
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/windows/{windowSlug}/tabs/{tabSlug}/{id}',
      operationId: 'idempiereDeleteTabRecord',
      tags,
      summary: "Delete a tab's record",
      description:
        'Deletes a record through a tab that allows deleting (else 403), with its audit row; `If-Match` makes it conditional (412).',
      middleware: [auth] as const,
      security,
      request: { params: ParamsTabRecord.extend({ id: recordId.openapi({ example: '101' }) }), headers: IF_MATCH },
      responses: {
        200: json(
          z.object({ msg: z.string().openapi({ example: 'Deleted c_bankaccountdoc 101' }) }).openapi('IdTabDeleted'),
        ),
        ...preconditionFailedResponse(IdError),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { windowSlug: slug, tabSlug: tabName, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const window = await openWindow(call.ctx, call.access, slug);
      const tab = findTab(await windowTabs(call.ctx, window), tabName);
      const write = await planTabDelete(c, call, window, tab, id);
      await ifMatchRecord(c, call.ctx, tab.table.name, id);
      const answer = await runWrite(call.ctx, write);
      publishRecords(c, answer.changes);
      return c.json(answer.body as { msg: string }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/windows/{windowSlug}/tabs/{tabSlug}/{id}/{childTabSlug}',
      operationId: 'idempiereGetChildTabRecords',
      tags,
      summary: "A page of a child tab's records",
      description:
        "The records of a child tab (the level below the tab) that belong to the tab's record `id`, 100 per page: `$filter`, `$sort_column`, `$page_no`. A tab that is no child of the tab is a 400.",
      middleware: [auth] as const,
      security,
      request: { params: ParamsChild, query: RecordsQuery },
      responses: { 200: json(ChildTabRecords), ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, tabSlug: tabName, id, childTabSlug } = c.req.valid('param');
      const query = c.req.valid('query');
      const call = await dictionaryCall(c);
      const tabs = await windowTabs(call.ctx, await openWindow(call.ctx, call.access, slug));
      const parent = findTab(tabs, tabName);
      const parentRow = await tabRecord(call, parent, id, await tabColumns(call, parent));
      const child = childTab(tabs, parent, childTabSlug);
      const { records, figures } = await tabPage(call, child, {
        filter: query.$filter,
        sort: query.$sort_column,
        page: query.$page_no,
        parentKey: parentValue(child, parentRow),
      });
      c.header('X-Page-Count', String(figures['page-count']));
      c.header('X-Page-Size', String(figures['page-size']));
      c.header('X-Page-Number', String(figures['page-number']));
      c.header('X-Row-Count', String(figures['row-count']));
      return c.json({ ...figures, 'childtab-records': records }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/windows/{windowSlug}/tabs/{tabSlug}/{id}/{childTabSlug}',
      operationId: 'idempiereCreateChildTabRecord',
      tags,
      summary: 'Create a child tab record',
      description:
        "Inserts a record in a child tab, linked to the tab's record `id` (the link column is set whatever the body says); the child tab must allow inserts and the window be open for writing. `$save=false`: a dry run (200).",
      middleware: [auth] as const,
      security,
      request: {
        params: ParamsChild,
        query: SAVE,
        body: {
          content: {
            'application/json': {
              schema: WindowBody,
              examples: { checkBook: { summary: 'A check book of bank account 100', value: CHECK_BOOK_EXAMPLE } },
            },
          },
          required: true,
        },
      },
      responses: { 200: json(PoRecordSchema, 'Dry run'), 201: json(PoRecordSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, tabSlug: tabName, id, childTabSlug } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const window = await openWindow(call.ctx, call.access, slug);
      const tabs = await windowTabs(call.ctx, window);
      const parent = findTab(tabs, tabName);
      const parentRow = await tabRecord(call, parent, id, await tabColumns(call, parent));
      const child = childTab(tabs, parent, childTabSlug);
      const planned = await planTabInsert(
        c,
        call,
        window,
        tabs,
        child,
        c.req.valid('json'),
        parentValue(child, parentRow),
      );
      return answerWrite(c, call, planned, true);
    },
  );
  return app;
}
