// Page geometry, fonts and text-fitting primitives (clip, wrap, the Layout cursor) that every block draws with.
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from '@pdfme/pdf-lib';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
export const BODY = 9;
export const LINE = 12;
export const FOOTER_Y = 28;
export const GREY = rgb(0.45, 0.45, 0.45);
const RULE = rgb(0.75, 0.75, 0.75);
const BLACK = rgb(0, 0, 0);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A standard font encodes WinAnsi only: other characters print as '?' (never an exception). */
const charsets = new WeakMap<PDFFont, Set<number>>();
export function printable(font: PDFFont, text: string): string {
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
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
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
export class Layout {
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
