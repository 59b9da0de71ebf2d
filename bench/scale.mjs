// bench/results/scale.md: rows read and throughput of the list scenarios (1, 4, 5, 6) at each data size
// measured so far (latest.json = 10,000 rows, latest-100000.json, latest-1000000.json), rewritten by every
// `npm run bench` run. Flat cost means the rows read of a repeated request stay within 2 × returned + 100
// whatever the size.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { scenarioId } from './scenarios.mjs';

const SIZES = [
  [10000, 'latest.json'],
  [100000, 'latest-100000.json'],
  [1000000, 'latest-1000000.json'],
];
const LISTS = ['1', '4', '5a', '5b', '6'];

export function writeScale(dir) {
  const runs = SIZES.filter(([, file]) => existsSync(`${dir}/${file}`)).map(([rows, file]) => ({
    rows,
    ...JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')),
  }));
  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const lines = [
    '# Cost at scale',
    '',
    'Per data size (every data set of the bench at that size: C_BPartner rows, Ribbon2 messages, Liberty dictionary entries, DATAGERRY objects), from the last `npm run bench -- --rows=N` run of each size (`latest*.json`). Rows read: the repeated request (same filter, no write in between) and, in brackets, the very first request of the scenario (principal not cached, statements not yet learned, totals counted). Throughput: medians of the runs, Atrium and baseline (the same SQL without framework).',
    '',
    '| scenario | rows | Atrium rows_read (first) | rows returned | bound 2 × returned + 100 | within | Atrium req/s c=1 | baseline req/s c=1 | Atrium req/s c=32 | baseline req/s c=32 |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const id of LISTS)
    for (const run of runs) {
      const rows = run.rowsRead?.find((r) => scenarioId({ name: r.scenario }) === id);
      const at = (c) => run.results?.find((r) => scenarioId({ name: r.scenario }) === id && r.connections === c);
      if (!rows && !at(1)) continue;
      const name = (rows?.scenario ?? at(1)?.scenario ?? id).replace(/\s*\(.*$/, '');
      lines.push(
        `| ${name} | ${run.rows.toLocaleString('en')} | ${rows ? `${rows.atriumRowsRead} (${rows.atriumFirst?.split(' / ')[1] ?? 'n/a'})` : 'n/a'} | ${rows?.returned ?? 'n/a'} | ${rows?.bound ?? 'n/a'} | ${rows ? (rows.within ? 'yes' : '**NO**') : 'n/a'} | ${fmt(at(1)?.atrium.rps)} | ${fmt(at(1)?.baseline.rps)} | ${fmt(at(32)?.atrium.rps)} | ${fmt(at(32)?.baseline.rps)} |`,
      );
    }
  writeFileSync(`${dir}/scale.md`, `${lines.join('\n')}\n`);
}
