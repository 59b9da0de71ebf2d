import { type PdfColumn, renderPdf } from './pdf';

/**
 * A tabular report (title, the parameters it ran with, columns, rows, totals) rendered as iDempiere's report
 * types: HTML, CSV or PDF (`report-type` of a process run). Values arrive as display strings; each format
 * only escapes them its own way.
 */

export const REPORT_TYPES = ['HTML', 'CSV', 'PDF'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export interface ReportTable {
  title: string;
  subtitle?: string;
  parameters?: { label: string; value: string }[];
  columns: PdfColumn[];
  rows: string[][];
  totals?: { label: string; value: string }[];
  footer?: string;
}

export interface RenderedFile {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
}

const encoder = new TextEncoder();

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);

/**
 * One CSV field (RFC 4180). A value a spreadsheet would run as a formula (`=`, `+`, `@`, or `-` not starting
 * a number) gets a leading apostrophe, so opening an exported report never executes what a user typed.
 */
function csvField(value: string): string {
  const safe = /^[=+@\t\r]|^-(?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function reportCsv(report: ReportTable): string {
  const lines = [report.columns.map((c) => csvField(c.header)).join(',')];
  for (const row of report.rows) lines.push(report.columns.map((_, i) => csvField(row[i] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function reportHtml(report: ReportTable): string {
  const align = (i: number) => (report.columns[i]?.align === 'right' ? ' class="r"' : '');
  const head = report.columns.map((c, i) => `<th${align(i)}>${escapeHtml(c.header)}</th>`).join('');
  const body = report.rows
    .map(
      (row) => `<tr>${report.columns.map((_, i) => `<td${align(i)}>${escapeHtml(row[i] ?? '')}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const parameters = (report.parameters ?? [])
    .map((p) => `<dt>${escapeHtml(p.label)}</dt><dd>${escapeHtml(p.value)}</dd>`)
    .join('');
  const totals = (report.totals ?? [])
    .map(
      (t) =>
        `<tr><th colspan="${report.columns.length - 1}" class="r">${escapeHtml(t.label)}</th><td class="r">${escapeHtml(t.value)}</td></tr>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>body{font:13px sans-serif;margin:2em}table{border-collapse:collapse}th,td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}.r{text-align:right}dt{float:left;clear:left;width:12em;color:#666}dd{margin:0 0 0 12em}</style>
</head><body>
<h1>${escapeHtml(report.title)}</h1>${report.subtitle ? `<p>${escapeHtml(report.subtitle)}</p>` : ''}
${parameters ? `<dl>${parameters}</dl>` : ''}
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody>${totals ? `<tfoot>${totals}</tfoot>` : ''}</table>
<p>${report.rows.length} rows</p>
</body></html>
`;
}

export async function renderReport(report: ReportTable, type: ReportType): Promise<RenderedFile> {
  if (type === 'CSV') return { bytes: encoder.encode(reportCsv(report)), contentType: 'text/csv', extension: 'csv' };
  if (type === 'HTML')
    return { bytes: encoder.encode(reportHtml(report)), contentType: 'text/html', extension: 'html' };
  const bytes = await renderPdf({
    title: report.title,
    subtitle: report.subtitle,
    footer: report.footer,
    blocks: [
      ...(report.parameters?.length ? [{ kind: 'fields' as const, fields: report.parameters }] : []),
      { kind: 'table', columns: report.columns, rows: report.rows },
      ...(report.totals?.length ? [{ kind: 'totals' as const, rows: report.totals }] : []),
      { kind: 'text', text: `${report.rows.length} rows`, size: 8 },
    ],
  });
  return { bytes, contentType: 'application/pdf', extension: 'pdf' };
}
