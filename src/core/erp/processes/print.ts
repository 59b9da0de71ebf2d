import { AppError } from '../../../lib/errors';
import { type PdfSpec, renderPdf } from '../../print/pdf';
import { registerProcess } from '../../processes/registry';
import type { RecordContext } from '../../records/scope';
import { RECORD_RIGHTS } from '../../records/service';

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
  /** The partner location the document is billed to. */
  location: string;
}

const KINDS: Record<string, DocumentKind> = {
  C_Order: {
    table: 'C_Order',
    lines: 'C_OrderLine',
    title: 'Order',
    date: 'DateOrdered',
    qty: 'QtyOrdered',
    location: 'coalesce(d.Bill_Location_ID, d.C_BPartner_Location_ID)',
  },
  C_Invoice: {
    table: 'C_Invoice',
    lines: 'C_InvoiceLine',
    title: 'Invoice',
    date: 'DateInvoiced',
    qty: 'QtyInvoiced',
    location: 'd.C_BPartner_Location_ID',
  },
};

/** An address's printed lines: street lines, postal code with city and region, country, phone. */
function addressLines(row: Record<string, unknown> | undefined): string[] {
  if (!row) return [];
  const cityLine = [row.postal, row.city, row.region].filter(Boolean).join(' ');
  return [row.a1, row.a2, row.a3, row.a4, cityLine, row.country, row.phone ? `Phone: ${row.phone}` : null].filter(
    (l): l is string => typeof l === 'string' && l !== '',
  );
}

/**
 * The document's print spec (also what DATAGERRY-style templates would build): the partner's bill-to
 * address (C_BPartner_Location → C_Location, region and country), the document's fields, its lines, and
 * totals with the tax (grand total less lines) in the document's currency.
 */
export async function documentSpec(ctx: RecordContext, tableName: string, id: number): Promise<PdfSpec> {
  const kind = KINDS[tableName];
  if (!kind) throw new AppError('NOT_FOUND', `No print process has been defined for ${tableName.slice(0, 64)}`);
  const db = ctx.data.d1(ctx.pool);
  const [header, address, rows] = await db.batch([
    db
      .prepare(
        `select d.DocumentNo as documentNo, d.${kind.date} as date, d.DocStatus as status, d.GrandTotal as grandTotal,
           d.TotalLines as totalLines, d.Description as description, d.POReference as poReference,
           b.Name as partner, b.Value as partnerValue, c.Name as client, cur.ISO_Code as currency,
           t.PrintName as docType, u.login as salesRep
         from ${kind.table} d join C_BPartner b on b.C_BPartner_ID = d.C_BPartner_ID
         left join AD_Client c on c.AD_Client_ID = d.AD_Client_ID
         left join C_Currency cur on cur.C_Currency_ID = d.C_Currency_ID
         left join C_DocType t on t.C_DocType_ID = d.C_DocType_ID
         left join users u on u.id = d.SalesRep_ID
         where d.${kind.table}_ID = ?`,
      )
      .bind(id),
    db
      .prepare(
        `select l.Address1 as a1, l.Address2 as a2, l.Address3 as a3, l.Address4 as a4, l.City as city, l.Postal as postal,
           coalesce(l.RegionName, r.Name) as region, co.Name as country, bl.Phone as phone
         from ${kind.table} d join C_BPartner_Location bl on bl.C_BPartner_Location_ID = ${kind.location}
         join C_Location l on l.C_Location_ID = bl.C_Location_ID
         left join C_Region r on r.C_Region_ID = l.C_Region_ID left join C_Country co on co.C_Country_ID = l.C_Country_ID
         where d.${kind.table}_ID = ?`,
      )
      .bind(id),
    db
      .prepare(
        `select l.Line as line, p.Value as productValue, coalesce(p.Name, l.Description, '') as product,
           l.${kind.qty} as qty, l.PriceActual as price, l.LineNetAmt as net
         from ${kind.lines} l left join M_Product p on p.M_Product_ID = l.M_Product_ID
         where l.${kind.table}_ID = ? order by l.Line, l.${kind.lines}_ID limit 1000`,
      )
      .bind(id),
  ]);
  const head = header.results[0] as Record<string, unknown> | undefined;
  if (!head) throw new AppError('NOT_FOUND', `Record ${id} not found in ${kind.table}`);
  const items = rows.results as Record<string, unknown>[];
  const lineSum = items.reduce((sum, r) => sum + Number(r.net ?? 0), 0);
  const totalLines = Number(head.totalLines) || lineSum;
  const grandTotal = Number(head.grandTotal) || totalLines;
  const currency = head.currency ? ` ${head.currency}` : '';
  const title = `${kind.title} ${head.documentNo}`;
  return {
    title,
    subtitle: String(head.client ?? ''),
    footer: `${title} - printed ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    author: ctx.actor.login,
    blocks: [
      {
        kind: 'boxes',
        boxes: [
          {
            title: 'Bill to',
            lines: [String(head.partner ?? ''), ...addressLines(address.results[0] as Record<string, unknown>)],
          },
          {
            title: String(head.docType ?? kind.title),
            lines: [
              `Document No: ${head.documentNo}`,
              `Date: ${day(head.date)}`,
              `Status: ${head.status}`,
              ...(head.poReference ? [`Reference: ${head.poReference}`] : []),
              `Partner No: ${head.partnerValue ?? ''}`,
              ...(head.salesRep ? [`Sales Representative: ${head.salesRep}`] : []),
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
          { label: 'Total lines', value: `${money(totalLines)}${currency}` },
          { label: 'Tax', value: `${money(grandTotal - totalLines)}${currency}` },
          { label: 'Grand total', value: `${money(grandTotal)}${currency}`, bold: true },
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
