import { sql } from 'drizzle-orm';
import { findColumn } from '../records/registry';
import { ident } from '../records/sql';
import type { TableInfo } from '../records/types';
import type { ColumnWrite } from '../records/values';

/**
 * iDempiere's document rules for rows written through the models API (what MOrder and MOrderLine do before
 * saving, reduced to the demo's columns), as the records service's `rules` hook: they only fill columns the
 * write leaves out, in SQL evaluated when the batch runs, so they see the lines inserted before them in
 * the same batch.
 *
 * - A document line without a number gets the next one of its document (the largest + 10).
 * - A line's entered and ordered quantities are one (there is no unit conversion): either sets the other.
 * - A new row of a tenant's table that leaves out its required `DocumentNo` or `Value` gets the next
 *   number of its table within the client (iDempiere's document sequences, from 1000000).
 */

/** Document line tables and the column linking a line to its document. */
const LINES: Record<string, string> = { C_OrderLine: 'C_Order_ID' };
/** Columns numbered from a sequence when a new row leaves them out. */
const NUMBERED = ['DocumentNo', 'Value'];

export function documentRules(
  table: TableInfo,
  writes: readonly ColumnWrite[],
  mode: 'insert' | 'update',
): ColumnWrite[] {
  const out: ColumnWrite[] = [];
  const given = (name: string) => writes.find((w) => w.column.name === name);
  const add = (name: string, value: ColumnWrite['value']) => {
    const column = findColumn(table, name);
    if (column && !given(column.name)) out.push({ column, value });
  };
  const name = ident(table.name);

  const link = LINES[table.name] && given(LINES[table.name]);
  if (mode === 'insert' && link)
    add(
      'Line',
      sql`(select coalesce(max(${ident('Line')}), 0) + 10 from ${name} where ${ident(link.column.name)} = ${link.value})`,
    );

  if (findColumn(table, 'QtyEntered') && findColumn(table, 'QtyOrdered')) {
    const entered = given('QtyEntered');
    const ordered = given('QtyOrdered');
    if (entered && !ordered) add('QtyOrdered', entered.value);
    if (ordered && !entered) add('QtyEntered', ordered.value);
  }

  const client = given('AD_Client_ID');
  for (const numbered of mode === 'insert' && client ? NUMBERED : []) {
    const column = findColumn(table, numbered);
    if (!column?.notNull || column.hasDefault) continue;
    const number = ident(column.name);
    add(
      column.name,
      sql`(select cast(coalesce(max(case when ${number} glob '[0-9]*' and ${number} not glob '*[^0-9]*' then cast(${number} as integer) end), 999999) + 1 as text) from ${name} where ${ident('AD_Client_ID')} = ${client?.value ?? null})`,
    );
  }
  return out;
}
