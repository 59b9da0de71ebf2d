import type { Context } from 'hono';
import { listItems } from '../../core/erp/definitions';
import { type DictionaryAccess, definitionContext, dictionaryAccess } from '../../core/erp/dictionary-access';
import { type SessionContext, sessionContext } from '../../core/erp/session-context';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import type { RecordContext, Row } from '../../core/records/service';
import type { PoolSchema } from '../../core/records/types';
import { principalOf } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { contextOf } from './models-read';
import { type PoRecord, renderRows, selectColumns } from './po';

/**
 * What the dictionary routes (windows, infos, references, menus, status lines, charts, views) share: the
 * caller's context with its window and info access and session variables, and the rendering of a definition
 * row as the original serialises it (PO json of the chosen columns, list values as `ad_ref_list` objects).
 */

export interface DictionaryCall {
  ctx: RecordContext;
  schema: PoolSchema;
  access: DictionaryAccess;
  context: SessionContext;
}

export async function dictionaryCall(c: Context<AppEnv>): Promise<DictionaryCall> {
  const ctx = await contextOf(c);
  const principal = principalOf(c);
  const [schema, access] = await Promise.all([
    getPoolSchema(ctx.data, ctx.pool),
    dictionaryAccess(c.var.data, principal),
  ]);
  return { ctx, schema, access, context: sessionContext(principal) };
}

/** Columns that hold a list's value, with the list (AD_Reference_ID) and the label the original shows. */
const LISTS: Record<string, { reference: number; label: string }> = {
  WindowType: { reference: 108, label: 'Window Type' },
  ValidationType: { reference: 2, label: 'Validation type' },
  Action: { reference: 104, label: 'Action' },
  QueryOperator: { reference: 200034, label: 'Query Operator' },
  TreeType: { reference: 120, label: 'Type | Area' },
  ChartType: { reference: 53315, label: 'Chart Type' },
};

/** Definition rows as PO json: the given columns (all when none), list values as `ad_ref_list` objects. */
export async function renderDefinitions(
  call: Pick<DictionaryCall, 'ctx' | 'schema'>,
  tableName: string,
  rows: Row[],
  columns?: string[],
): Promise<PoRecord[]> {
  const table = requireTable(call.schema, tableName);
  const ctx = definitionContext(call.ctx);
  const chosen = selectColumns(table, columns?.join(','));
  const records = await renderRows(ctx, call.schema, table, rows, chosen);
  const lists = chosen.map((c) => c.name).filter((name) => LISTS[name]);
  if (!lists.length || !rows.length) return records;
  const references = [...new Set(lists.map((name) => LISTS[name].reference))];
  const items = await listItems(ctx, references);
  for (const record of records)
    for (const name of lists) {
      const value = record[name];
      if (value === undefined) continue;
      const item = items.find((i) => i.AD_Reference_ID === LISTS[name].reference && i.Value === value);
      record[name] = {
        propertyLabel: LISTS[name].label,
        id: value,
        identifier: item ? item.Name : value,
        'model-name': 'ad_ref_list',
      };
    }
  return records;
}
