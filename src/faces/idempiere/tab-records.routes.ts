import { createRoute, z } from '@hono/zod-openapi';
import { childTab, findTab, openWindow, windowTabs } from '../../core/erp/windows';
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
import { publishRecords } from './feed';
import { ifMatchRecord } from './models-read';
import { COMMON_OPTIONS, Record as PoRecordSchema } from './models-schemas';
import { TAGS } from './openapi';
import { answerWrite, pageHeaders, updateThrough } from './windows-answer';
import { parentValue, planTabDelete, planTabInsert, renderTab, tabColumns, tabPage, tabRecord } from './windows-read';
import {
  CHECK_BOOK_EXAMPLE,
  ChildTabRecords,
  ParamsChild,
  ParamsTabRecord,
  RecordsQuery,
  recordId,
  SAVE,
  WindowBody,
} from './windows-schemas';
import { runWrite } from './writes';

/** Records through any tab: one record, update, delete; a child tab's records and inserts under a parent record. */
export function tabRecordRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.windows.name];
  const security = SECURITY.bearer;

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
      pageHeaders(c, figures);
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
