import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from '@pdfme/pdf-lib';

/**
 * PDF documents built inside the Worker from a declarative spec (docs/decisions.md, "iDempiere REST, part 2:
 * processes, print, servers": @pdfme/pdf-lib). A caller describes *what* to print (a title, fields, address
 * blocks, tables, totals, text); this module lays it out on A4 pages (page breaks, a table's header repeated
 * on each page, "Page n of m" footers) with the PDF standard fonts, so nothing is fetched or embedded at run
 * time. iDempiere's order and invoice prints and the reports use it; DATAGERRY's document templates can
 * render objects to the same spec.
 */

export interface PdfColumn {
  header: string;
  /** Relative width (the columns share the page's width in these proportions). */
  width?: number;
  align?: 'left' | 'right';
}

export type PdfBlock =
  | { kind: 'text'; text: string; bold?: boolean; size?: number }
  /** Label: value pairs, in one or two columns. */
  | { kind: 'fields'; fields: { label: string; value: string }[]; columns?: 1 | 2 }
  /** Blocks of lines side by side (addresses: the partner's, the organisation's). */
  | { kind: 'boxes'; boxes: { title?: string; lines: string[] }[] }
  | { kind: 'table'; columns: PdfColumn[]; rows: string[][] }
  /** Right-aligned label/value lines under a table. */
  | { kind: 'totals'; rows: { label: string; value: string; bold?: boolean }[] }
  | { kind: 'spacer'; height?: number };

export interface PdfSpec {
  title: string;
  subtitle?: string;
  /** Left footer text on every page (page numbers are on the right). */
  footer?: string;
  author?: string;
  blocks: PdfBlock[];
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const BODY = 9;
const LINE = 12;
const FOOTER_Y = 28;
const GREY = rgb(0.45, 0.45, 0.45);
const RULE = rgb(0.75, 0.75, 0.75);
const BLACK = rgb(0, 0, 0);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A standard font encodes WinAnsi only: other characters print as '?' (never an exception). */
const charsets = new WeakMap<PDFFont, Set<number>>();
function printable(font: PDFFont, text: string): string {
  let set = charsets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsets.set(font, set);
  }
  let out = '';
  for (const ch of text.replace(/[\t\r\n]+/g, ' ')) out += set.has(ch.codePointAt(0) ?? 0) ? ch : '?';
  return out;
}

/** The text cut to `width` points, with an ellipsis when cut. */
function clip(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (font.widthOfTextAtSize(`${text.slice(0, mid)}...`, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}...`;
}

/** Words wrapped to lines of at most `width` points (a word longer than a line is cut). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width) line = next;
      else {
        if (line) lines.push(line);
        line = clip(font, word, size, width);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays blocks out top to bottom, opening pages as needed. */
class Layout {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  private readonly width = PAGE.width - 2 * MARGIN;
  /** Called on each new page but the first (a table repeats its header). */
  onPage?: () => void;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN;
    this.onPage?.();
  }

  /** Room for `height` more points on this page, else a new page. */
  need(height: number) {
    if (this.y - height < MARGIN + 10) this.newPage();
  }

  text(x: number, text: string, options: { bold?: boolean; size?: number; color?: typeof BLACK; width?: number } = {}) {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const size = options.size ?? BODY;
    const value = clip(font, printable(font, text), size, options.width ?? this.width);
    this.page.drawText(value, { x, y: this.y, size, font, color: options.color ?? BLACK });
  }

  rightText(right: number, text: string, options: { bold?: boolean; size?: number; width?: number } = {}) {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const size = options.size ?? BODY;
    const value = clip(font, printable(font, text), size, options.width ?? this.width);
    this.page.drawText(value, { x: right - font.widthOfTextAtSize(value, size), y: this.y, size, font });
  }

  rule(y = this.y) {
    this.page.drawLine({
      start: { x: MARGIN, y },
      end: { x: PAGE.width - MARGIN, y },
      thickness: 0.5,
      color: RULE,
    });
  }

  get left() {
    return MARGIN;
  }
  get right() {
    return PAGE.width - MARGIN;
  }
  get contentWidth() {
    return this.width;
  }
}

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

function tableBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'table' }>) {
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

function totalsBlock(layout: Layout, block: Extract<PdfBlock, { kind: 'totals' }>) {
  for (const row of block.rows) {
    layout.need(LINE);
    layout.y -= LINE;
    layout.rightText(layout.right - 110, row.label, { bold: row.bold, width: 200 });
    layout.rightText(layout.right, row.value, { bold: row.bold, width: 100 });
  }
  layout.y -= 8;
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

/** The document's bytes. Pure computation (no I/O); costs grow with the rows printed (bench/pdf.mjs). */
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
