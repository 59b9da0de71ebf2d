import type { Context } from 'hono';
import { findTab, headerTab, openWindow, windowTabs } from '../../core/erp/windows';
import { recordVersionKey } from '../../core/records/versions';
import { etagAfterWrite } from '../../middleware/conditional';
import type { AppEnv } from '../../middleware/env';
import { type DictionaryCall, dictionaryCall } from './dictionary-render';
import { publishRecords } from './feed';
import { ifMatchRecord } from './models-read';
import { planTabUpdate, type TabWrite } from './windows-read';
import { runWrite } from './writes';

/** Shared by the window and tab record routes: how a write through a tab answers. */

/** Runs a tab write (or, with `$save=false`, only plans it) and answers as the original. */
export async function answerWrite(c: Context<AppEnv>, call: DictionaryCall, planned: TabWrite, created: boolean) {
  if (c.req.query('$save') === 'false') return c.json(await planned.preview(), 200);
  const answer = await runWrite(call.ctx, planned.write);
  publishRecords(c, answer.changes);
  return c.json(planned.shape(answer.body), created ? 201 : 200);
}

export async function updateThrough(
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

/** The page figures as headers too, as the original sends them. */
export function pageHeaders(c: Context<AppEnv>, figures: Record<string, number>) {
  c.header('X-Page-Count', String(figures['page-count']));
  c.header('X-Page-Size', String(figures['page-size']));
  c.header('X-Page-Number', String(figures['page-number']));
  c.header('X-Row-Count', String(figures['row-count']));
}
