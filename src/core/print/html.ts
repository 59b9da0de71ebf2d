import type { PdfBlock } from './pdf';

/**
 * HTML documents (DATAGERRY's DocAPI templates: what its rich-text editor writes) as blocks of the PDF
 * module: headings, paragraphs, list items and line breaks as text, tables as tables. Styles, images and
 * links' targets are not drawn (the PDF module lays text out with the standard fonts). Bounded: at most
 * MAX_BLOCKS blocks and MAX_ROWS rows per table; the input is bounded by its caller.
 */

const MAX_BLOCKS = 2000;
const MAX_ROWS = 500;
const MAX_COLUMNS = 12;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Character references decoded (a code point out of range stays as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of an HTML fragment: tags dropped, references decoded, white space collapsed. */
const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^<>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

function tableBlock(html: string): PdfBlock | undefined {
  const rows: { header: boolean; cells: string[] }[] = [];
  for (const row of html.matchAll(/<tr\b[^<>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi)) {
    if (rows.length >= MAX_ROWS) break;
    const cells = [...row[1].matchAll(/<(td|th)\b[^<>]*>([\s\S]*?)(?=<td\b|<th\b|<\/tr>|$)/gi)];
    if (!cells.length) continue;
    rows.push({
      header: cells.every((c) => c[1].toLowerCase() === 'th'),
      cells: cells.slice(0, MAX_COLUMNS).map((c) => textOf(c[2])),
    });
  }
  if (!rows.length) return undefined;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  const head = rows[0].header ? pad(rows[0].cells) : Array<string>(width).fill('');
  return {
    kind: 'table',
    columns: head.map((header) => ({ header })),
    rows: rows.slice(rows[0].header ? 1 : 0).map((r) => pad(r.cells)),
  };
}

const HEADING_SIZE: Record<string, number> = { h1: 16, h2: 14, h3: 12, h4: 11, h5: 10, h6: 10 };

/** Text blocks of HTML without tables: one per paragraph, heading, list item, or line. */
function textBlocks(html: string, out: PdfBlock[]): void {
  const parts = html.split(
    /(<\/?(?:p|div|h[1-6]|li|ul|ol|tr|blockquote|pre|section|article|header|footer)\b[^<>]*>|<br\s*\/?>|<hr\b[^<>]*>)/i,
  );
  let heading: string | undefined;
  let buffer = '';
  const flush = () => {
    const text = textOf(buffer);
    buffer = '';
    if (!text || out.length >= MAX_BLOCKS) return;
    out.push(heading ? { kind: 'text', text, bold: true, size: HEADING_SIZE[heading] } : { kind: 'text', text });
  };
  for (const part of parts) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(part);
    if (!tag) {
      buffer += part;
      continue;
    }
    flush();
    const name = tag[2].toLowerCase();
    if (name === 'li' && !tag[1]) buffer = '• ';
    if (/^h[1-6]$/.test(name)) heading = tag[1] ? undefined : name;
    if (name === 'hr' && out.length < MAX_BLOCKS) out.push({ kind: 'spacer' });
  }
  flush();
}

/**
 * `html` without what lies between each `open` and the next `close` (all of the rest when unclosed), in
 * one pass (global patterns, scanned from where the last match ended): a lazy `[\s\S]*?` pattern would
 * rescan the rest at each unclosed opening.
 */
function cut(html: string, open: RegExp, close: RegExp): string {
  let out = '';
  let at = 0;
  for (;;) {
    open.lastIndex = at;
    const start = open.exec(html);
    if (!start) return out + html.slice(at);
    out += html.slice(at, start.index);
    close.lastIndex = start.index + start[0].length;
    const end = close.exec(html);
    if (!end) return out;
    at = end.index + end[0].length;
  }
}

/** PDF blocks for an HTML document (body or fragment). */
export function htmlBlocks(html: string): PdfBlock[] {
  let body = cut(html, /<!--/g, /-->/g);
  for (const name of ['head', 'style', 'script', 'title'])
    body = cut(body, new RegExp(`<${name}\\b`, 'gi'), new RegExp(`</${name}\\s*>`, 'gi'));
  body = body.replace(/<img\b[^<>]*>/gi, '');
  const out: PdfBlock[] = [];
  const open = /<table\b/gi;
  const close = /<\/table\s*>/gi;
  let at = 0;
  while (out.length < MAX_BLOCKS) {
    open.lastIndex = at;
    const start = open.exec(body);
    if (!start) break;
    close.lastIndex = start.index;
    const end = close.exec(body);
    const stop = end ? end.index + end[0].length : body.length;
    textBlocks(body.slice(at, start.index), out);
    const table = tableBlock(body.slice(start.index, stop));
    if (table && out.length < MAX_BLOCKS) out.push(table);
    at = stop;
  }
  textBlocks(body.slice(at), out);
  return out;
}
