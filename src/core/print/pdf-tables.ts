// Tables (header repeated on each page) and the totals under them: the row-heavy blocks of a PDF document.
import { type Layout, LINE } from './pdf-layout';
import type { PdfBlock } from './pdf-spec';

export function tableBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'table' }>) {
  const total = block.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const xs: number[] = [];
  let x = layout.left;
  for (const column of block.columns) {
    xs.push(x);
    x += ((column.width ?? 1) / total) * layout.contentWidth;
  }
  const widthOf = (i: number) => (i + 1 < xs.length ? xs[i + 1] : layout.right) - xs[i] - 6;
  const cell = (i: number, text: string, bold = false) => {
    const column = block.columns[i];
    if (column.align === 'right') layout.rightText(xs[i] + widthOf(i), text, { bold, width: widthOf(i) });
    else layout.text(xs[i], text, { bold, width: widthOf(i) });
  };
  const header = () => {
    layout.y -= LINE;
    block.columns.forEach((column, i) => {
      cell(i, column.header, true);
    });
    layout.y -= 4;
    layout.rule();
  };
  layout.need(3 * LINE);
  header();
  layout.onPage = header;
  for (const row of block.rows) {
    layout.need(LINE);
    layout.y -= LINE;
    row.forEach((value, i) => {
      if (i < block.columns.length) cell(i, value ?? '');
    });
  }
  layout.onPage = undefined;
  layout.y -= 4;
  layout.rule();
  layout.y -= 6;
}

export function totalsBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'totals' }>) {
  for (const row of block.rows) {
    layout.need(LINE);
    layout.y -= LINE;
    layout.rightText(layout.right - 110, row.label, { bold: row.bold, width: 200 });
    layout.rightText(layout.right, row.value, { bold: row.bold, width: 100 });
  }
  layout.y -= 8;
}
