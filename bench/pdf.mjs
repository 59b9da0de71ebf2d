// Benchmark (not a test): CPU time of the PDF of an order with 100 lines and of a 1,000-row report (PDF, HTML,
// CSV), with the Worker's own modules (bundled by esbuild) in Node (`npx node bench/pdf.mjs`: Node 22). Writes bench/results/pdf.md.

import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { build } from 'esbuild';

const out = 'node_modules/.cache/atrium-bench-pdf.mjs';
await build({
  stdin: {
    contents:
      "export { renderPdf } from './src/core/print/pdf.ts'; export { renderReport } from './src/core/print/report.ts';",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile: out,
  logLevel: 'error',
});
const { renderPdf, renderReport } = await import(`../${out}`);
const cpu = async (f) => {
  const s = cpuUsage();
  const r = await f();
  const u = cpuUsage(s);
  return { ms: (u.user + u.system) / 1000, r };
};
const lines = Array.from({ length: 100 }, (_, i) => [
  String((i + 1) * 10),
  `P${1000 + i} - Product ${i + 1}`,
  '3',
  '12.50',
  '37.50',
]);
const order = () =>
  renderPdf({
    title: 'Order 80001',
    subtitle: 'GardenWorld',
    blocks: [
      {
        kind: 'boxes',
        boxes: [
          {
            title: 'Bill to',
            lines: ['Joe Block', '1 Main St', '12345 Springfield MA', 'United States', 'Phone: 555-0100'],
          },
          {
            title: 'Order Confirmation',
            lines: [
              'Document No: 80001',
              'Date: 2024-01-31',
              'Status: CO',
              'Partner No: JoeBlock',
              'Sales Representative: admin',
            ],
          },
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: 'Line', width: 0.6 },
          { header: 'Product', width: 3.4 },
          { header: 'Quantity', align: 'right' },
          { header: 'Price', align: 'right' },
          { header: 'Amount', align: 'right' },
        ],
        rows: lines,
      },
      {
        kind: 'totals',
        rows: [
          { label: 'Total lines', value: '3,750.00 USD' },
          { label: 'Tax', value: '0.00 USD' },
          { label: 'Grand total', value: '3,750.00 USD', bold: true },
        ],
      },
    ],
  });
const rows = Array.from({ length: 1000 }, (_, i) => [
  `8${String(i).padStart(4, '0')}`,
  '2024-01-31',
  'CO',
  `Partner ${i % 30}`,
  '10',
  `Product ${i % 10}`,
  '2',
  '10.00',
  '20.00',
]);
const report = (type) =>
  renderReport(
    {
      title: 'Order Detail',
      columns: [
        'Document No',
        'Date',
        'Status',
        'Business Partner',
        'Line',
        'Product',
        'Quantity',
        'Price',
        'Amount',
      ].map((header) => ({ header })),
      rows,
    },
    type,
  );
const loadBefore = loadavg();
const results = [];
for (const [name, f] of [
  ['order PDF, 100 lines', order],
  ['report PDF, 1,000 rows', () => report('PDF')],
  ['report HTML, 1,000 rows', () => report('HTML')],
  ['report CSV, 1,000 rows', () => report('CSV')],
]) {
  const first = await cpu(f);
  const runs = [];
  for (let i = 0; i < 10; i++) runs.push((await cpu(f)).ms);
  runs.sort((a, b) => a - b);
  const bytes = (first.r.bytes ?? first.r).byteLength;
  results.push(`| ${name} | ${first.ms.toFixed(1)} | ${runs[5].toFixed(1)} | ${runs[9].toFixed(1)} | ${bytes} |`);
}
const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
const loadAfter = loadavg();
const md = `# PDF and report CPU time (bench/pdf.mjs)\n\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}, on a shared 2-core machine (numbers are upper bounds); load average (1 / 5 / 15 min) ${load(loadBefore)} before, ${load(loadAfter)} after. CPU ms per run (user + system); the first run includes loading the font metrics.\n\n| output | first run ms | median ms | max ms | bytes |\n| --- | --- | --- | --- | --- |\n${results.join('\n')}\n\nWorkers' bound: 30 s of CPU per request by default on the Paid plan (configurable to 5 min), 10 ms on the Free plan: a 100-line order print fits the Paid plan easily; on the Free plan, prints and PDF reports exceed 10 ms (HTML and CSV reports fit).\n`;
writeFileSync('bench/results/pdf.md', md);
console.log(md);
