import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, parseODataFilter, tableResolver } from '../filter';
import { requireRight } from '../identity/actor';
import { getPoolSchema, requireTable, visibleColumns } from '../records/registry';
import { allOf, type RecordContext, scopeCondition } from '../records/scope';
import { RECORD_RIGHTS, type Row } from '../records/service';
import { ident, prepare } from '../records/sql';
import type { PoolSchema, TableInfo } from '../records/types';
import { modelsOf } from './dictionary';

/**
 * Reading the application dictionary's own rows (windows, tabs, info windows, references, menus, status lines,
 * charts, REST views): active rows of client 0 and of the session's client (its organisations), with the
 * caller's core read right. Definitions are not records of the role's tables: the role's table access decides
 * over the records shown through them, window and info window access over opening them (dictionary-access.ts).
 */
export interface DefinitionQuery {
  where?: SQL;
  /** A client's `$filter` over the table's columns. */
  filter?: string;
  orderBy?: SQL;
  limit?: number;
}

export async function definitions(ctx: RecordContext, tableName: string, query: DefinitionQuery = {}): Promise<Row[]> {
  requireRight(ctx.actor, RECORD_RIGHTS.view);
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const table = requireTable(schema, tableName);
  const filter = query.filter?.trim() ? compileFilter(parseODataFilter(query.filter), tableResolver(table)) : undefined;
  const where = allOf(sql`${ident('IsActive')} = 1`, query.where, filter, scopeCondition(table, ctx.scope, 'read'));
  const columns = sql.join(
    visibleColumns(table).map((c) => ident(c.name)),
    sql`, `,
  );
  const order = query.orderBy ?? ident(table.primaryKey[0]);
  const { results } = await prepare(
    ctx.data.d1(ctx.pool),
    sql`select ${columns} from ${ident(table.name)} where ${where} order by ${order} limit ${query.limit ?? 1000}`,
  ).all<Row>();
  return results;
}

/** The items (AD_Ref_List) of some list references. */
export function listItems(ctx: RecordContext, references: number[]): Promise<Row[]> {
  return definitions(ctx, 'AD_Ref_List', {
    where: sql`AD_Reference_ID in (${sql.join(
      references.map((r) => sql`${r}`),
      sql`, `,
    )})`,
  });
}

/** A definition by its id or UUID (`<Table>_UU`), or by a column's value (a name). */
export function byIdOrUuid(table: string, id: string): SQL {
  if (/^\d+$/.test(id)) return sql`${ident(`${table}_ID`)} = ${Number(id)}`;
  return sql`${ident(`${table}_UU`)} = ${id.toLowerCase()}`;
}

const tablesById = new WeakMap<PoolSchema, Map<number, TableInfo>>();

/** The table an `AD_Table_ID` names (the dictionary's ids: dictionary.ts), or a 404. */
export function tableOfId(schema: PoolSchema, id: unknown): TableInfo {
  let byId = tablesById.get(schema);
  if (!byId) {
    const tables = [...schema.tables.values()];
    const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
    byId = new Map(modelsOf(tables).map((m) => [m.id, byName.get(m['model-name']) as TableInfo]));
    tablesById.set(schema, byId);
  }
  const table = byId.get(Number(id));
  if (!table) throw new AppError('NOT_FOUND', `No table with AD_Table_ID ${String(id).slice(0, 20)}`);
  return table;
}

/** Rows' Y/N columns as booleans (0/1 in the database). */
export const yes = (value: unknown) => value === 1 || value === true || value === 'Y';
