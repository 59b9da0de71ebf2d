import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../src/core/print/html';
import { renderPdf } from '../../../src/core/print/pdf';
import { renderReport, reportCsv } from '../../../src/core/print/report';
import { renderXlsx } from '../../../src/core/print/xlsx';
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

  it('reads HTML documents as blocks: headings, paragraphs, list items, tables; hostile input stays linear', () => {
    const blocks = htmlBlocks(
      '<html><head><title>x</title><style>p{}</style></head><body><!-- note --><h2>Title &amp; more</h2>' +
        '<p>One<br>Two&nbsp;&#x41;</p><ul><li>a</li></ul><img src="x"><table><tr><th>K</th><th>V</th></tr>' +
        '<tr><td>ip</td><td>10.0.0.1</td><td>extra</td></tr></table><p>end</p></body></html>',
    );
    expect(blocks).toEqual([
      { kind: 'text', text: 'Title & more', bold: true, size: 14 },
      { kind: 'text', text: 'One' },
      { kind: 'text', text: 'Two A' },
      { kind: 'text', text: '• a' },
      {
        kind: 'table',
        columns: [{ header: 'K' }, { header: 'V' }, { header: '' }],
        rows: [['ip', '10.0.0.1', 'extra']],
      },
      { kind: 'text', text: 'end' },
    ]);
    // Unclosed openings and stray '<' would make lazy patterns quadratic: this must stay fast.
    const started = Date.now();
    htmlBlocks(`${'<'.repeat(100_000)}${'<table <tr <td <th <p '.repeat(20_000)}<style ${'<!-- '.repeat(20_000)}`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('writes XLSX workbooks: sheet names as Excel takes them, escaped inline strings, columns past Z', () => {
    const zip = unzipSync(
      renderXlsx([
        { name: 'A/B: [x]', rows: [Array.from({ length: 28 }, (_, i) => String(i))] },
        { name: 'a/b: [X]', rows: [['=1+1', '<b>&"\u0001']] },
        { name: '', rows: [] },
      ]),
    );
    const workbook = strFromU8(zip['xl/workbook.xml']);
    expect(workbook).toContain('<sheet name="A B   x" sheetId="1"');
    expect(workbook).toContain('<sheet name="a b   X 2" sheetId="2"');
    expect(workbook).toContain('<sheet name="Sheet3" sheetId="3"');
    expect(strFromU8(zip['xl/worksheets/sheet1.xml'])).toContain(
      '<c r="AB1" t="inlineStr"><is><t xml:space="preserve">27</t>',
    );
    const second = strFromU8(zip['xl/worksheets/sheet2.xml']);
    expect(second).toContain('<t xml:space="preserve">=1+1</t>');
    expect(second).toContain('<t xml:space="preserve">&lt;b&gt;&amp;&quot;</t>');
    expect(Object.keys(zip)).toContain('xl/worksheets/sheet3.xml');
  });
});
