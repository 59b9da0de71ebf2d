import { AppError } from '../../../lib/errors';
import { type PdfSpec, renderPdf } from '../../print/pdf';
import { registerProcess } from '../../processes/registry';
import { findColumn, findTable, getPoolSchema } from '../../records/registry';
import type { RecordContext } from '../../records/scope';
import { RECORD_RIGHTS } from '../../records/service';
import type { TableInfo } from '../../records/types';

/**
 * The print of a document (iDempiere's `Rpt C_Order`, `Rpt C_Invoice`): the document with its lines, the
 * business partner's address and the totals, as a PDF laid out by core/print/pdf.ts. The runner has checked
 * the caller may read the document (its GET's rights, table access and tenant); its lines, partner, address
 * and products belong to it and are read with it (as their labels are on a GET).
 */

export const money = (value: unknown) =>
  Number(value ?? 0).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const qty = (value: unknown) => Number(value ?? 0).toLocaleString('en-US', { maximumFractionDigits: 4 });
const day = (value: unknown) => (value ? String(value).slice(0, 10) : '');

interface DocumentKind {
  table: string;
  lines: string;
  title: string;
  date: string;
  qty: string;
}

const KINDS: Record<string, DocumentKind> = {
  C_Order: { table: 'C_Order', lines: 'C_OrderLine', title: 'Order', date: 'DateOrdered', qty: 'QtyOrdered' },
  C_Invoice: { table: 'C_Invoice', lines: 'C_InvoiceLine', title: 'Invoice', date: 'DateInvoiced', qty: 'QtyInvoiced' },
};

/** `expr` when the table has `column`, else `fallback` (the demo schema grows; prints work on either). */
function col(table: TableInfo | undefined, column: string, expr: string, fallback = 'null') {
  return table && findColumn(table, column) ? expr : fallback;
}

async function address(ctx: RecordContext, locationId: unknown): Promise<string[]> {
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  if (!locationId || !findTable(schema, 'C_BPartner_Location') || !findTable(schema, 'C_Location')) return [];
  const row = await ctx.data
    .d1(ctx.pool)
    .prepare(
      `select l.Address1 as a1, l.Address2 as a2, l.Address3 as a3, l.Address4 as a4, l.City as city, l.Postal as postal,
         l.RegionName as region, c.Name as country
       from C_BPartner_Location bl join C_Location l on l.C_Location_ID = bl.C_Location_ID
       left join C_Country c on c.C_Country_ID = l.C_Country_ID where bl.C_BPartner_Location_ID = ?`,
    )
    .bind(locationId)
    .first<Record<string, string | null>>();
  if (!row) return [];
  const cityLine = [row.postal, row.city, row.region].filter(Boolean).join(' ');
  return [row.a1, row.a2, row.a3, row.a4, cityLine, row.country].filter((l): l is string => Boolean(l));
}

/** The document's print spec (also what DATAGERRY-style templates would build). */
export async function documentSpec(ctx: RecordContext, tableName: string, id: number): Promise<PdfSpec> {
  const kind = KINDS[tableName];
  if (!kind) throw new AppError('NOT_FOUND', `No print process has been defined for ${tableName.slice(0, 64)}`);
  const schema = await getPoolSchema(ctx.data, ctx.pool);
  const doc = findTable(schema, kind.table);
  const lines = findTable(schema, kind.lines);
  if (!doc || !lines)
    throw new AppError('NOT_FOUND', `No print process has been defined for ${tableName.slice(0, 64)}`);
  const db = ctx.data.d1(ctx.pool);
  const [header, rows] = await db.batch([
    db
      .prepare(
        `select d.DocumentNo as documentNo, d.${kind.date} as date, d.DocStatus as status, d.GrandTotal as grandTotal,
           ${col(doc, 'TotalLines', 'd.TotalLines')} as totalLines, ${col(doc, 'Description', 'd.Description')} as description,
           ${col(doc, 'POReference', 'd.POReference')} as poReference,
           ${col(doc, 'C_BPartner_Location_ID', 'coalesce(d.Bill_Location_ID, d.C_BPartner_Location_ID)')} as locationId,
           b.Name as partner, b.Value as partnerValue, c.Name as client
         from ${kind.table} d join C_BPartner b on b.C_BPartner_ID = d.C_BPartner_ID
         left join AD_Client c on c.AD_Client_ID = d.AD_Client_ID where d.${kind.table}_ID = ?`,
      )
      .bind(id),
    db
      .prepare(
        `select l.Line as line, p.Value as productValue, coalesce(p.Name, ${col(lines, 'Description', 'l.Description', "''")}) as product,
           l.${kind.qty} as qty, ${col(lines, 'PriceActual', 'l.PriceActual', 'l.PriceEntered')} as price,
           ${col(lines, 'LineNetAmt', 'l.LineNetAmt', `l.${kind.qty} * l.PriceEntered`)} as net
         from ${kind.lines} l left join M_Product p on p.M_Product_ID = l.M_Product_ID
         where l.${kind.table}_ID = ? order by l.Line, l.${kind.lines}_ID limit 1000`,
      )
      .bind(id),
  ]);
  const head = header.results[0] as Record<string, unknown> | undefined;
  if (!head) throw new AppError('NOT_FOUND', `Record ${id} not found in ${kind.table}`);
  const items = rows.results as Record<string, unknown>[];
  const totalLines = head.totalLines ?? items.reduce((sum, r) => sum + Number(r.net ?? 0), 0);
  const billTo = await address(ctx, head.locationId);
  return {
    title: `${kind.title} ${head.documentNo}`,
    subtitle: String(head.client ?? ''),
    footer: `${kind.title} ${head.documentNo} - printed ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    author: ctx.actor.login,
    blocks: [
      {
        kind: 'boxes',
        boxes: [
          { title: 'Bill to', lines: [String(head.partner ?? ''), ...billTo] },
          {
            title: kind.title,
            lines: [
              `Document No: ${head.documentNo}`,
              `Date: ${day(head.date)}`,
              `Status: ${head.status}`,
              ...(head.poReference ? [`Reference: ${head.poReference}`] : []),
              `Partner No: ${head.partnerValue ?? ''}`,
            ],
          },
        ],
      },
      ...(head.description ? [{ kind: 'text' as const, text: String(head.description) }] : []),
      {
        kind: 'table',
        columns: [
          { header: 'Line', width: 0.6 },
          { header: 'Product', width: 3.4 },
          { header: 'Quantity', width: 1, align: 'right' },
          { header: 'Price', width: 1.1, align: 'right' },
          { header: 'Amount', width: 1.3, align: 'right' },
        ],
        rows: items.map((r) => [
          String(r.line ?? ''),
          [r.productValue, r.product].filter(Boolean).join(' - '),
          qty(r.qty),
          money(r.price),
          money(r.net),
        ]),
      },
      {
        kind: 'totals',
        rows: [
          { label: 'Total lines', value: money(totalLines) },
          { label: 'Grand total', value: money(head.grandTotal ?? totalLines), bold: true },
        ],
      },
    ],
  };
}

for (const [classname, table] of [
  ['atrium.erp.OrderPrint', 'C_Order'],
  ['atrium.erp.InvoicePrint', 'C_Invoice'],
] as const)
  registerProcess({
    classname,
    rights: [RECORD_RIGHTS.view],
    async run({ ctx, record }) {
      if (!record || record.tableName !== table)
        throw new AppError('BAD_REQUEST', `record-id must name a ${table} record`);
      const spec = await documentSpec(ctx, table, record.id);
      const bytes = await renderPdf(spec);
      return {
        summary: spec.title,
        output: {
          name: spec.title.replace(/\s+/g, '_'),
          file: { bytes, contentType: 'application/pdf', extension: 'pdf' },
        },
      };
    },
  });
