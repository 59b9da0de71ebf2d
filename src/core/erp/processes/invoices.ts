import { sql } from 'drizzle-orm';
import { AppError } from '../../../lib/errors';
import { param } from '../../processes/params';
import { registerProcess } from '../../processes/registry';
import { getPoolSchema, requireTable } from '../../records/registry';
import { allOf, scopeCondition } from '../../records/scope';
import { RECORD_RIGHTS } from '../../records/service';
import { prepare } from '../../records/sql';
import { executeWrites, planInsert, planUpdate, type WriteStep } from '../../records/writes';
import { money } from './print';

/**
 * `C_Invoice_Generate` (atrium.erp.InvoiceGenerate), what iDempiere's InvoiceGenerate does for orders whose
 * invoice rule is "immediate": one invoice per completed sales order that still has quantities not invoiced
 * (of one business partner, or one order, when given), a line per such order line for the rest of its
 * quantity at the order's price, the order's partner, bill-to location, price list, currency and sales rep;
 * the invoice document type of the order's type, else the client's default AR invoice. The order lines'
 * `QtyInvoiced` and the order's `IsInvoiced` follow. `DocAction` CO completes the invoices, DR leaves them
 * drafted. Every row is a planned write of the records core (record rights, the role's table access,
 * tenant, document rules, audit rows), and all of a run's writes are ONE batch: every invoice or none.
 */

/** Orders per run (a run is one batch; what is left is for the next run, which the summary says). */
export const MAX_ORDERS = 50;
const MAX_LINES = 200;

interface OrderRow {
  id: number;
  documentNo: string;
  orgId: number;
  clientId: number;
  partnerId: number;
  locationId: number | null;
  priceListId: number | null;
  currencyId: number | null;
  salesRepId: number | null;
  userId: number | null;
  paymentRule: string;
  poReference: string | null;
  taxIncluded: number;
  docTypeInvoiceId: number | null;
}

interface LineRow {
  id: number;
  orderId: number;
  line: number;
  productId: number | null;
  uomId: number | null;
  description: string | null;
  qty: number;
  qtyOrdered: number;
  price: number;
  priceList: number;
  taxId: number | null;
  rate: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Values without the empty ones, so the document rules fill those (a partner's location, a line's unit). */
const given = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));

registerProcess({
  classname: 'atrium.erp.InvoiceGenerate',
  rights: [RECORD_RIGHTS.add, RECORD_RIGHTS.edit],
  async run({ ctx, params, log }) {
    const action = String(param<string>(params, 'DocAction') ?? 'CO').toUpperCase();
    if (action !== 'CO' && action !== 'DR')
      throw new AppError('BAD_REQUEST', `Document action ${action.slice(0, 4)} is not supported here (CO or DR)`);
    const dateInvoiced = param<string>(params, 'DateInvoiced') ?? new Date().toISOString().slice(0, 10);
    const partner = param<number>(params, 'C_BPartner_ID');
    const only = param<number>(params, 'C_Order_ID');
    const schema = await getPoolSchema(ctx.data, ctx.pool);
    const [orders, orderLines, invoices, invoiceLines] = ['C_Order', 'C_OrderLine', 'C_Invoice', 'C_InvoiceLine'].map(
      (name) => requireTable(schema, name),
    );
    // Orders are read as the caller's writes would reach them (the role's table access, client, organisations).
    for (const table of [orders, orderLines]) await ctx.narrow?.(table, 'read');
    const where = allOf(
      sql`o.IsSOTrx = 1 and o.DocStatus in ('CO', 'CL')`,
      sql`exists (select 1 from C_OrderLine l where l.C_Order_ID = o.C_Order_ID and l.IsActive = 1 and l.QtyOrdered > l.QtyInvoiced)`,
      scopeCondition(orders, ctx.scope, 'write', 'o'),
      partner ? sql`o.C_BPartner_ID = ${partner}` : undefined,
      only ? sql`o.C_Order_ID = ${only}` : undefined,
    );
    const db = ctx.data.d1(ctx.pool);
    const { results: found } = await prepare(
      db,
      sql`select o.C_Order_ID as id, o.DocumentNo as documentNo, o.AD_Org_ID as orgId, o.AD_Client_ID as clientId,
            coalesce(o.Bill_BPartner_ID, o.C_BPartner_ID) as partnerId, coalesce(o.Bill_Location_ID, o.C_BPartner_Location_ID) as locationId,
            o.M_PriceList_ID as priceListId, o.C_Currency_ID as currencyId, o.SalesRep_ID as salesRepId, o.AD_User_ID as userId,
            o.PaymentRule as paymentRule, o.POReference as poReference, o.IsTaxIncluded as taxIncluded,
            (select t.C_DocTypeInvoice_ID from C_DocType t where t.C_DocType_ID = o.C_DocType_ID) as docTypeInvoiceId
          from C_Order o where ${where} order by o.C_Order_ID limit ${MAX_ORDERS + 1}`,
    ).all<OrderRow>();
    const more = found.length > MAX_ORDERS;
    const batch = found.slice(0, MAX_ORDERS);
    if (!batch.length) {
      log({ message: 'No completed sales order has quantities left to invoice' });
      return { summary: 'Invoices generated: 0' };
    }
    const { results: lines } = await db
      .prepare(
        `select l.C_OrderLine_ID as id, l.C_Order_ID as orderId, l.Line as line, l.M_Product_ID as productId, l.C_UOM_ID as uomId,
           l.Description as description, l.QtyOrdered - l.QtyInvoiced as qty, l.QtyOrdered as qtyOrdered, l.PriceActual as price, l.PriceList as priceList,
           l.C_Tax_ID as taxId, coalesce((select t.Rate from C_Tax t where t.C_Tax_ID = l.C_Tax_ID), 0) as rate
         from C_OrderLine l where l.C_Order_ID in (select value from json_each(?)) and l.IsActive = 1 and l.QtyOrdered > l.QtyInvoiced
         order by l.C_Order_ID, l.Line limit ${MAX_ORDERS * MAX_LINES}`,
      )
      .bind(JSON.stringify(batch.map((o) => o.id)))
      .all<LineRow>();
    const defaultType = await db
      .prepare(
        "select C_DocType_ID as id from C_DocType where AD_Client_ID = ? and DocBaseType = 'ARI' and IsActive = 1 order by IsDefault desc, C_DocType_ID limit 1",
      )
      .bind(batch[0].clientId)
      .first<{ id: number }>();
    const completed = action === 'CO';
    const steps: WriteStep[] = [];
    const made: { order: OrderRow; total: number; count: number }[] = [];
    for (const order of batch) {
      const own = lines.filter((l) => l.orderId === order.id);
      if (!own.length) continue;
      const totalLines = round2(own.reduce((sum, l) => sum + l.qty * l.price, 0));
      const tax = order.taxIncluded ? 0 : round2(own.reduce((sum, l) => sum + (l.qty * l.price * l.rate) / 100, 0));
      const docType = order.docTypeInvoiceId ?? defaultType?.id ?? null;
      const invoice = await planInsert(
        ctx,
        schema,
        invoices,
        given({
          AD_Org_ID: order.orgId,
          C_DocTypeTarget_ID: docType,
          C_DocType_ID: docType,
          IsSOTrx: true,
          C_BPartner_ID: order.partnerId,
          C_BPartner_Location_ID: order.locationId,
          C_Order_ID: order.id,
          DateInvoiced: dateInvoiced,
          DateAcct: dateInvoiced,
          SalesRep_ID: order.salesRepId,
          AD_User_ID: order.userId,
          M_PriceList_ID: order.priceListId,
          C_Currency_ID: order.currencyId,
          PaymentRule: order.paymentRule,
          POReference: order.poReference,
          IsTaxIncluded: Boolean(order.taxIncluded),
          Description: `Invoice of order ${order.documentNo}`,
          DocStatus: completed ? 'CO' : 'DR',
          DocAction: completed ? 'CL' : 'CO',
          Processed: completed,
          IsApproved: completed,
          TotalLines: totalLines,
          GrandTotal: round2(totalLines + tax),
        }),
        { readOnly: 'ignore' },
      );
      steps.push(invoice);
      for (const line of own) {
        steps.push(
          await planInsert(
            ctx,
            schema,
            invoiceLines,
            given({
              AD_Org_ID: order.orgId,
              Line: line.line,
              C_OrderLine_ID: line.id,
              M_Product_ID: line.productId,
              C_UOM_ID: line.uomId,
              Description: line.description,
              QtyEntered: line.qty,
              QtyInvoiced: line.qty,
              PriceEntered: line.price,
              PriceActual: line.price,
              PriceList: line.priceList,
              LineNetAmt: round2(line.qty * line.price),
              C_Tax_ID: line.taxId,
              Processed: completed,
            }),
            { readOnly: 'ignore', computed: { C_Invoice_ID: invoice.ref('C_Invoice_ID') } },
          ),
          await planUpdate(
            ctx,
            schema,
            orderLines,
            line.id,
            { QtyInvoiced: line.qtyOrdered },
            { readOnly: 'ignore', parent: { column: 'C_Order_ID', value: order.id } },
          ),
        );
      }
      steps.push(await planUpdate(ctx, schema, orders, order.id, { IsInvoiced: true }, { readOnly: 'ignore' }));
      made.push({ order, total: round2(totalLines + tax), count: own.length });
    }
    const written = await executeWrites(ctx, [steps]);
    // The invoices' rows, in the order of their steps (an invoice, then its lines and order updates).
    const rows = written[0].filter((_, i) => steps[i].table === invoices);
    made.forEach(({ order, total, count }, i) => {
      const row = rows[i] as { C_Invoice_ID?: number; DocumentNo?: string };
      log({
        message: `Invoice ${row.DocumentNo ?? ''} of order ${order.documentNo}: ${count} lines, ${money(total)}`,
        number: total,
        tableName: 'C_Invoice',
        recordId: row.C_Invoice_ID,
      });
    });
    return {
      summary: `Invoices generated: ${made.length}${more ? ` (more orders remain: run again)` : ''}`,
    };
  },
});
