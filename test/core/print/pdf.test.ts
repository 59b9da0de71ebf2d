import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/core/print/pdf';
import { renderReport, reportCsv } from '../../../src/core/print/report';
import { readPdf } from '../../support/pdf';

describe('PDF documents (core/print)', () => {
  it('lays out fields, address boxes, a table over several pages and totals, with page numbers', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Product ${i + 1}`, '2', '10.00']);
    const bytes = await renderPdf({
      title: 'Order 80001',
      subtitle: 'GardenWorld',
      footer: 'Printed by Atrium',
      blocks: [
        {
          kind: 'fields',
          fields: [
            { label: 'Document No', value: '80001' },
            { label: 'Date', value: '2024-01-31' },
          ],
        },
        { kind: 'boxes', boxes: [{ title: 'Bill to', lines: ['Joe Block', '1 Main St', 'Springfield'] }] },
        {
          kind: 'table',
          columns: [
            { header: 'Line' },
            { header: 'Product', width: 4 },
            { header: 'Qty', align: 'right' },
            { header: 'Amount', align: 'right' },
          ],
          rows,
        },
        { kind: 'totals', rows: [{ label: 'Grand total', value: '2,400.00', bold: true }] },
        { kind: 'text', text: 'Thank you – for your order. 漢字' },
      ],
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, text } = await readPdf(bytes);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Order 80001');
    expect(text).toContain('Product 120');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Grand total');
    // Characters outside the standard fonts' encoding print as '?', never fail the document.
    expect(text).toContain('Thank you – for your order. ??');
  });

  it('renders reports as CSV (formula-safe), HTML (escaped) and PDF', async () => {
    const report = {
      title: 'Open items <b>',
      columns: [{ header: 'Partner' }, { header: 'Amount', align: 'right' as const }],
      rows: [
        ['=HYPERLINK("x")', '-12.50'],
        ['Joe, "Block"', '3'],
      ],
    };
    expect(reportCsv(report)).toBe(`Partner,Amount\r\n"'=HYPERLINK(""x"")",-12.50\r\n"Joe, ""Block""",3\r\n`);
    const html = new TextDecoder().decode((await renderReport(report, 'HTML')).bytes);
    expect(html).toContain('<h1>Open items &lt;b&gt;</h1>');
    expect(html).not.toContain('<b>');
    const pdf = await renderReport(report, 'PDF');
    expect(pdf.contentType).toBe('application/pdf');
    expect((await readPdf(pdf.bytes)).text).toContain('Joe, "Block"');
  });
});
