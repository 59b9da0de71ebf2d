import { PDFDocument, StandardFonts } from '@pdfme/pdf-lib';
import { BODY, FOOTER_Y, GREY, Layout, LINE, printable, wrap } from './pdf-layout';
import type { PdfBlock, PdfSpec } from './pdf-spec';
import { tableBlock, totalsBlock } from './pdf-tables';

export type { PdfBlock, PdfColumn, PdfSpec } from './pdf-spec';

/**
 * PDF documents built inside the Worker from a declarative spec (docs/decisions.md, "iDempiere REST, part 2:
 * processes, print, servers": @pdfme/pdf-lib). A caller describes *what* to print (a title, fields, address
 * blocks, tables, totals, text); this module lays it out on A4 pages (page breaks, a table's header repeated
 * on each page, "Page n of m" footers) with the PDF standard fonts, so nothing is fetched or embedded at run
 * time. iDempiere's order and invoice prints and the reports use it; DATAGERRY's document templates can
 * render objects to the same spec.
 */

function heading(layout: Layout, spec: PdfSpec) {
  layout.y -= 16;
  layout.text(layout.left, spec.title, { bold: true, size: 16 });
  if (spec.subtitle) {
    layout.y -= 16;
    layout.text(layout.left, spec.subtitle, { size: 10, color: GREY });
  }
  layout.y -= 10;
  layout.rule();
  layout.y -= 8;
}

function textBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'text' }>) {
  const size = block.size ?? BODY;
  const font = block.bold ? layout.fonts.bold : layout.fonts.regular;
  for (const line of wrap(font, printable(font, block.text.replace(/\r/g, '')), size, layout.contentWidth)) {
    layout.need(size + 3);
    layout.y -= size + 3;
    layout.text(layout.left, line, { bold: block.bold, size });
  }
  layout.y -= 4;
}

function fieldsBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'fields' }>) {
  const columns = block.columns ?? 2;
  const columnWidth = layout.contentWidth / columns;
  const labelWidth = Math.min(110, columnWidth * 0.4);
  for (let i = 0; i < block.fields.length; i += columns) {
    layout.need(LINE);
    layout.y -= LINE;
    block.fields.slice(i, i + columns).forEach((field, j) => {
      const x = layout.left + j * columnWidth;
      layout.text(x, field.label, { color: GREY, width: labelWidth - 4 });
      layout.text(x + labelWidth, field.value, { width: columnWidth - labelWidth - 8 });
    });
  }
  layout.y -= 8;
}

function boxesBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'boxes' }>) {
  const width = layout.contentWidth / Math.max(1, block.boxes.length);
  const height = Math.max(...block.boxes.map((b) => b.lines.length + (b.title ? 1 : 0))) * LINE;
  layout.need(height + 4);
  const top = layout.y;
  let bottom = top;
  block.boxes.forEach((box, i) => {
    layout.y = top;
    const x = layout.left + i * width;
    if (box.title) {
      layout.y -= LINE;
      layout.text(x, box.title, { bold: true, width: width - 8 });
    }
    for (const line of box.lines) {
      layout.y -= LINE;
      layout.text(x, line, { width: width - 8 });
    }
    bottom = Math.min(bottom, layout.y);
  });
  layout.y = bottom - 10;
}

function footers(layout: Layout, spec: PdfSpec) {
  const count = layout.pages.length;
  layout.pages.forEach((page, i) => {
    layout.page = page;
    layout.y = FOOTER_Y;
    if (spec.footer) layout.text(layout.left, spec.footer, { size: 7, width: layout.contentWidth - 80 });
    layout.rightText(layout.right, `Page ${i + 1} of ${count}`, { size: 7 });
  });
}

/** The document's bytes. Pure computation (no I/O); costs grow with the rows printed (measured in bench/results/pdf.md). */
export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setCreator('Atrium');
  doc.setProducer('Atrium (@pdfme/pdf-lib)');
  if (spec.author) doc.setAuthor(spec.author);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const layout = new Layout(doc, fonts);
  heading(layout, spec);
  for (const block of spec.blocks) {
    if (block.kind === 'text') textBlock(layout, block);
    else if (block.kind === 'fields') fieldsBlock(layout, block);
    else if (block.kind === 'boxes') boxesBlock(layout, block);
    else if (block.kind === 'table') tableBlock(layout, block);
    else if (block.kind === 'totals') totalsBlock(layout, block);
    else layout.y -= block.height ?? LINE;
  }
  footers(layout, spec);
  return doc.save();
}
