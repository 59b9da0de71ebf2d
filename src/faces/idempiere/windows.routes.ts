import { createRoute, z } from '@hono/zod-openapi';
import { columnId } from '../../core/erp/dictionary';
import { findTab, listWindows, openWindow, type TabDef, tabFields, windowTabs } from '../../core/erp/windows';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { type DictionaryCall, dictionaryCall, renderDefinitions } from './dictionary-render';
import { errorResponses } from './errors';
import { COMMON_OPTIONS } from './models-schemas';
import { filterParam, TAGS } from './openapi';
import { ParamsWindow, TabField, tabSlug, Window } from './windows-schemas';

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

/** The window dictionary: the windows, a window's tabs, a tab's fields (records: window-records, tab-records). */
export function windowRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.windows.name];
  const security = SECURITY.bearer;

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
            $filter: filterParam("name eq 'Bank/Cash'"),
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
            $filter: filterParam('IsDisplayed eq true'),
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
  return app;
}
