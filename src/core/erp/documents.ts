import { sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
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
 * - A new order or invoice: the document type and the target type are one when only one is given; the
 *   partner's first location is the ship-to and bill-to location, the partner the bill-to partner; the
 *   client's default price list, and its currency.
 * - A line: the product's unit; the client's default tax; the price from the document's price list when none
 *   is given; the actual price is the entered one; the net amount is quantity × price.
 * - A product (and any row) leaving out its category, tax category or unit gets the client's default one.
 */

/** Document line tables and the column linking a line to its document. */
const LINES: Record<string, string> = { C_OrderLine: 'C_Order_ID', C_InvoiceLine: 'C_Invoice_ID' };
/** Documents whose type, partner location, price list and currency default as MOrder/MInvoice do. */
const DOCUMENTS = new Set(['C_Order', 'C_Invoice']);
/** Required references a new row leaves out: the client's default row (IsDefault), else the System's. */
const DEFAULT_ROWS: Record<string, string> = {
  M_Product_Category_ID: 'M_Product_Category',
  C_TaxCategory_ID: 'C_TaxCategory',
  C_UOM_ID: 'C_UOM',
};
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
    if (column && !given(column.name) && !out.some((w) => w.column === column)) out.push({ column, value });
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
  if (LINES[table.name]) out.push(...lineAmounts(table, writes, mode, out));
  if (mode === 'insert' && client) defaults(table, writes, client.value, add);
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

type Add = (name: string, value: ColumnWrite['value']) => void;

function written(writes: readonly ColumnWrite[], name: string): ColumnWrite['value'] | undefined {
  return writes.find((w) => w.column.name === name)?.value;
}

/** Defaults of a new row: document references, then default rows of required references. */
function defaults(table: TableInfo, writes: readonly ColumnWrite[], client: ColumnWrite['value'], add: Add) {
  const has = (name: string) => written(writes, name) !== undefined;
  if (DOCUMENTS.has(table.name)) {
    const target = written(writes, 'C_DocTypeTarget_ID');
    const type = written(writes, 'C_DocType_ID');
    if (target !== undefined) add('C_DocType_ID', target);
    if (type !== undefined) add('C_DocTypeTarget_ID', type);
    const partner = written(writes, 'C_BPartner_ID');
    if (partner !== undefined && partner !== null) {
      const location = sql`(select min(C_BPartner_Location_ID) from C_BPartner_Location where C_BPartner_ID = ${partner} and IsActive = 1)`;
      if (!has('C_BPartner_Location_ID')) add('C_BPartner_Location_ID', location);
      add('Bill_BPartner_ID', partner);
      add('Bill_Location_ID', written(writes, 'C_BPartner_Location_ID') ?? location);
    }
    const list =
      written(writes, 'M_PriceList_ID') ??
      sql`(select M_PriceList_ID from M_PriceList where AD_Client_ID = ${client} and IsDefault = 1 and IsActive = 1 order by M_PriceList_ID limit 1)`;
    add('M_PriceList_ID', list);
    add('C_Currency_ID', sql`(select C_Currency_ID from M_PriceList where M_PriceList_ID = ${list})`);
  }
  for (const [column, parent] of Object.entries(DEFAULT_ROWS)) {
    const own = findColumn(table, column);
    if (!own || has(column)) continue;
    const key = ident(column);
    add(
      column,
      sql`(select ${key} from ${ident(parent)} where AD_Client_ID in (${client}, 0) and IsDefault = 1 and IsActive = 1 order by AD_Client_ID desc, ${key} limit 1)`,
    );
  }
}

/** A line's unit, tax, prices and net amount (given values win; SQL sees the line's own row on update). */
function lineAmounts(
  table: TableInfo,
  writes: readonly ColumnWrite[],
  mode: 'insert' | 'update',
  added: readonly ColumnWrite[],
): ColumnWrite[] {
  const out: ColumnWrite[] = [];
  const all = [...writes, ...added];
  const add = (name: string, value: ColumnWrite['value']) => {
    const column = findColumn(table, name);
    if (column && !all.some((w) => w.column === column) && !out.some((w) => w.column === column))
      out.push({ column, value });
  };
  const qtyColumn = table.name === 'C_InvoiceLine' ? 'QtyInvoiced' : 'QtyOrdered';
  const qty = written(all, qtyColumn) ?? written(all, 'QtyEntered');
  const entered = written(all, 'PriceEntered');
  const actual = written(all, 'PriceActual');
  if (mode === 'update') {
    if (entered !== undefined && actual === undefined) add('PriceActual', entered);
    if (qty !== undefined || entered !== undefined || actual !== undefined)
      add('LineNetAmt', sql`${qty ?? ident(qtyColumn)} * ${actual ?? entered ?? ident('PriceActual')}`);
    return out;
  }
  const product = written(all, 'M_Product_ID');
  const document = written(all, LINES[table.name]);
  const parent = ident(LINES[table.name].replace(/_ID$/, ''));
  if (product !== undefined && product !== null) {
    add('C_UOM_ID', sql`(select C_UOM_ID from M_Product where M_Product_ID = ${product})`);
    if (entered === undefined && actual === undefined && document !== undefined) {
      const price = sql`coalesce((select pp.PriceStd from M_ProductPrice pp join M_PriceList_Version v on v.M_PriceList_Version_ID = pp.M_PriceList_Version_ID
        where pp.M_Product_ID = ${product} and pp.IsActive = 1 and v.IsActive = 1
          and v.M_PriceList_ID = (select d.M_PriceList_ID from ${parent} d where d.${ident(LINES[table.name])} = ${document})
        order by v.ValidFrom desc limit 1), 0)`;
      add('PriceEntered', price);
      add('PriceActual', price);
      add('PriceList', price);
      add('LineNetAmt', sql`${qty ?? 1} * ${price}`);
    }
  }
  if (entered !== undefined) add('PriceActual', entered);
  if (entered !== undefined || actual !== undefined) add('LineNetAmt', sql`${qty ?? 1} * ${actual ?? entered}`);
  const client = written(all, 'AD_Client_ID');
  if (client !== undefined)
    add(
      'C_Tax_ID',
      sql`(select C_Tax_ID from C_Tax where AD_Client_ID in (${client}, 0) and IsDefault = 1 and IsActive = 1 order by AD_Client_ID desc, C_Tax_ID limit 1)`,
    );
  return out;
}

/**
 * A document action a window write asks for (`doc-action`, iDempiere's DocAction workflow reduced to its
 * outcome, without posting): `CO` completes the document (DocStatus CO, next action CL, processed, approved
 * where it has approval). The values join the write's own, in its batch. Other actions, or a table without a
 * document status, are a 400 (`PR` on orders goes to the approval workflow, workflow.ts).
 */
export function documentActionValues(table: TableInfo, action: unknown): Record<string, unknown> {
  if (!findColumn(table, 'DocStatus')) throw new AppError('BAD_REQUEST', `${table.name} is not a document`);
  if (action !== 'CO') throw new AppError('BAD_REQUEST', `Unsupported doc-action ${String(action).slice(0, 8)}`);
  const values: Record<string, unknown> = { DocStatus: 'CO', DocAction: 'CL' };
  if (findColumn(table, 'Processed')) values.Processed = true;
  if (findColumn(table, 'IsApproved')) values.IsApproved = true;
  return values;
}
