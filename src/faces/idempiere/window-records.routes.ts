import { createRoute, z } from '@hono/zod-openapi';
import { childTab, childTabs, headerTab, openWindow, windowTabs } from '../../core/erp/windows';
import { versionOf } from '../../core/records/versions';
import {
  IF_MATCH,
  IF_NONE_MATCH,
  json,
  NOT_MODIFIED,
  preconditionFailedResponse,
  SECURITY,
  withEtag,
} from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { answerVersion } from '../../middleware/conditional';
import { createRouter } from '../../middleware/router';
import { dictionaryCall } from './dictionary-render';
import { errorResponses, IdError } from './errors';
import { COMMON_OPTIONS, Record as PoRecordSchema } from './models-schemas';
import { TAGS } from './openapi';
import { printRecord } from './print.routes';
import { ProcessInfo } from './processes.routes';
import { answerWrite, pageHeaders, updateThrough } from './windows-answer';
import { parentValue, planTabInsert, renderTab, tabColumns, tabPage, tabRecord } from './windows-read';
import {
  ParamsRecord,
  ParamsWindow,
  RecordsQuery,
  recordId,
  SALES_ORDER_EXAMPLE,
  SAVE,
  WindowBody,
  WindowRecords,
  windowSlug,
} from './windows-schemas';

/** Records of a window's header tab: a page, one record with child tabs, insert and update (mounted after windowRoutes: `/windows/{slug}/tabs` is no record id). */
export function windowRecordRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.windows.name];
  const security = SECURITY.bearer;

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
      pageHeaders(c, figures);
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
      path: '/windows/{windowSlug}/{id}/print',
      operationId: 'idempiereWindowPrint',
      tags,
      summary: "Print a window's record (PDF)",
      description:
        "Runs the print process of the window's table (`sales-order`: `Rpt C_Order`; invoices: `Rpt C_Invoice`) on a record of its header tab and answers its ProcessInfo with the PDF in `reportFile`, as `/models/{tableName}/{id}/print`. The window must be open to the role (403) and the record within the header tab's where clause (404); a table without a print process is a 404.",
      middleware: [auth] as const,
      security,
      request: {
        params: z.object({
          windowSlug: windowSlug.openapi({ example: 'sales-order' }),
          id: recordId.openapi({ example: '1001' }),
        }),
        query: z.object({ locale: COMMON_OPTIONS.locale }).strict(),
      },
      responses: { 200: json(ProcessInfo), ...errorResponses },
    }),
    async (c) => {
      const { windowSlug: slug, id } = c.req.valid('param');
      const call = await dictionaryCall(c);
      const tab = headerTab(await windowTabs(call.ctx, await openWindow(call.ctx, call.access, slug)));
      const key = tab.table.primaryKey[0];
      const row = await tabRecord(call, tab, id, await tabColumns(call, tab));
      return c.json(await printRecord(c, call.ctx, tab.table.name, String(row[key])), 200);
    },
  );
  return app;
}
