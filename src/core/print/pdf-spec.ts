// The declarative document spec callers fill in (what to print), apart from how pdf.ts lays it out.

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
