import { type SQL, sql } from 'drizzle-orm';
import { renderReport } from '../../print/report';
import { param } from '../../processes/params';
import { registerProcess } from '../../processes/registry';
import type { ProcessRun } from '../../processes/types';
import { findColumn, getPoolSchema, requireTable } from '../../records/registry';
import { allOf, scopeCondition } from '../../records/scope';
import { RECORD_RIGHTS } from '../../records/service';
import { prepare } from '../../records/sql';
import { money } from './print';

/**
 * Reports over the demo's documents, rendered as the run's `report-type` (HTML, CSV or PDF): Order Detail
 * (`RV_OrderDetail`: order lines by business partner, date range, status, product) and Open Items
 * (`RV_BPartnerOpen`: completed invoices not paid, one row each: receivables positive, payables negative). Each reads within the session's
 * tenant and needs read access to the tables it reads (the role's table access), like a list of them would.
 */

/** The most rows a report holds (a report is a file, not a page: bounded all the same). */
export const MAX_REPORT_ROWS = 10_000;

async function readable(run: ProcessRun, names: string[]) {
  const schema = await getPoolSchema(run.ctx.data, run.ctx.pool);
  const tables = names.map((n) => requireTable(schema, n));
  for (const table of tables) await run.ctx.narrow?.(table, 'read');
  return tables;
}

function dateRange(run: ProcessRun, column: string, expr: SQL): SQL[] {
  const entry = run.params.get(column);
  const out: SQL[] = [];
  if (entry?.value) out.push(sql`substr(${expr}, 1, 10) >= ${String(entry.value).slice(0, 10)}`);
  if (entry?.to) out.push(sql`substr(${expr}, 1, 10) <= ${String(entry.to).slice(0, 10)}`);
  return out;
}

function parametersShown(run: ProcessRun) {
  return [...run.params.values()].map((p) => ({
    label: run.process.parameters.find((d) => d.columnName === p.column)?.name ?? p.column,
    value: `${Array.isArray(p.value) ? p.value.join(', ') : String(p.value ?? '')}${p.to ? ` - ${p.to}` : ''}`,
  }));
}

registerProcess({
  classname: 'atrium.erp.OrderDetail',
  rights: [RECORD_RIGHTS.view],
  async run(run) {
    const [order, line] = await readable(run, ['C_Order', 'C_OrderLine']);
    const partners = param<number[]>(run.params, 'C_BPartner_ID');
    const status = param<string>(run.params, 'DocStatus');
    const product = param<number>(run.params, 'M_Product_ID');
    const net = findColumn(line, 'LineNetAmt') ? sql.raw('l.LineNetAmt') : sql.raw('l.QtyOrdered * l.PriceEntered');
    const where = allOf(
      scopeCondition(order, run.ctx.scope, 'read', 'o'),
      partners?.length ? sql`o.C_BPartner_ID in (select value from json_each(${JSON.stringify(partners)}))` : undefined,
      status ? sql`o.DocStatus = ${status}` : undefined,
      product ? sql`l.M_Product_ID = ${product}` : undefined,
      ...dateRange(run, 'DateOrdered', sql.raw('o.DateOrdered')),
    );
    const { results } = await prepare(
      run.ctx.data.d1(run.ctx.pool),
      sql`select o.DocumentNo as documentNo, o.DateOrdered as date, o.DocStatus as status, b.Name as partner, l.Line as line,
            p.Name as product, l.QtyOrdered as qty, l.PriceEntered as price, ${net} as net
          from C_OrderLine l join C_Order o on o.C_Order_ID = l.C_Order_ID join C_BPartner b on b.C_BPartner_ID = o.C_BPartner_ID
          left join M_Product p on p.M_Product_ID = l.M_Product_ID
          ${where ? sql`where ${where}` : sql``} order by o.DateOrdered, o.DocumentNo, l.Line limit ${MAX_REPORT_ROWS}`,
    ).all<Record<string, unknown>>();
    const total = results.reduce((sum, r) => sum + Number(r.net ?? 0), 0);
    const file = await renderReport(
      {
        title: 'Order Detail',
        subtitle: `${results.length} order lines`,
        parameters: parametersShown(run),
        columns: [
          { header: 'Document No', width: 1.2 },
          { header: 'Date', width: 1.1 },
          { header: 'Status', width: 0.7 },
          { header: 'Business Partner', width: 2.4 },
          { header: 'Line', width: 0.6, align: 'right' },
          { header: 'Product', width: 2.2 },
          { header: 'Quantity', width: 0.9, align: 'right' },
          { header: 'Price', width: 1, align: 'right' },
          { header: 'Amount', width: 1.2, align: 'right' },
        ],
        rows: results.map((r) => [
          String(r.documentNo),
          String(r.date ?? '').slice(0, 10),
          String(r.status ?? ''),
          String(r.partner ?? ''),
          String(r.line ?? ''),
          String(r.product ?? ''),
          String(r.qty ?? ''),
          money(r.price),
          money(r.net),
        ]),
        totals: [{ label: 'Total', value: money(total) }],
        footer: `Order Detail - ${run.process.value}`,
      },
      run.reportType,
    );
    return { summary: `${results.length} order lines`, output: { name: 'Order_Detail', file } };
  },
});

registerProcess({
  classname: 'atrium.erp.BPartnerOpen',
  rights: [RECORD_RIGHTS.view],
  async run(run) {
    const [invoice] = await readable(run, ['C_Invoice', 'C_BPartner']);
    const partner = param<number>(run.params, 'C_BPartner_ID');
    const where = allOf(
      sql`i.DocStatus in ('CO', 'CL') and i.IsPaid = 0 and i.IsActive = 1`,
      scopeCondition(invoice, run.ctx.scope, 'read', 'i'),
      partner ? sql`i.C_BPartner_ID = ${partner}` : undefined,
      ...dateRange(run, 'DateInvoiced', sql.raw('i.DateInvoiced')),
    );
    // As iDempiere's RV_BPartnerOpen: a receivable (AR invoice) is open for the partner's debt, a payable
    // (AP invoice) counts negative; days due from the invoice date (no payment terms are modelled).
    const { results } = await prepare(
      run.ctx.data.d1(run.ctx.pool),
      sql`select b.Value as value, b.Name as partner, i.DocumentNo as documentNo, i.DateInvoiced as date,
            cast(julianday('now') - julianday(substr(i.DateInvoiced, 1, 10)) as integer) as days,
            case when i.IsSOTrx = 1 then i.GrandTotal else -i.GrandTotal end as open, cur.ISO_Code as currency
          from C_Invoice i join C_BPartner b on b.C_BPartner_ID = i.C_BPartner_ID
          left join C_Currency cur on cur.C_Currency_ID = i.C_Currency_ID
          where ${where} order by b.Name, b.C_BPartner_ID, i.DateInvoiced, i.C_Invoice_ID limit ${MAX_REPORT_ROWS}`,
    ).all<Record<string, unknown>>();
    const total = results.reduce((sum, r) => sum + Number(r.open ?? 0), 0);
    const partners = new Set(results.map((r) => r.value)).size;
    const file = await renderReport(
      {
        title: 'Open Items',
        subtitle: `${results.length} open invoices of ${partners} business partners`,
        parameters: parametersShown(run),
        columns: [
          { header: 'Partner No', width: 1.1 },
          { header: 'Business Partner', width: 2.6 },
          { header: 'Document No', width: 1.3 },
          { header: 'Date Invoiced', width: 1.1 },
          { header: 'Days Due', width: 0.8, align: 'right' },
          { header: 'Open Amount', width: 1.3, align: 'right' },
          { header: 'Currency', width: 0.8 },
        ],
        rows: results.map((r) => [
          String(r.value ?? ''),
          String(r.partner ?? ''),
          String(r.documentNo ?? ''),
          String(r.date ?? '').slice(0, 10),
          String(r.days ?? ''),
          money(r.open),
          String(r.currency ?? ''),
        ]),
        totals: [{ label: 'Total open', value: money(total) }],
      },
      run.reportType,
    );
    return {
      summary: `${results.length} open invoices of ${partners} business partners, ${money(total)} open`,
      output: { name: 'Open_Items', file },
    };
  },
});
