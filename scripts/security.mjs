// npm run security: starts the local dev server and runs sqlmap (Debian package) against every
// parameter that reaches SQL, on 127.0.0.1 only, with bounded level, risk and time per target.
// Writes security/results.md. Target: no injectable parameter. Not part of CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startDevServer } from './lib/dev-server.mjs';
import { loginAll } from './lib/logins.mjs';
import { sqlTargets } from './lib/targets.mjs';

const PER_TARGET_SECONDS = Number(process.env.SQLMAP_SECONDS ?? 90);

function ensureSqlmap() {
  if (spawnSync('sqlmap', ['--version']).error?.code !== 'ENOENT') return;
  console.log('installing sqlmap (Debian package)…');
  execFileSync('apt-get', ['update', '-qq']);
  execFileSync('apt-get', ['install', '-y', '-qq', 'sqlmap']);
}

function sqlmap(target, base, outDir) {
  const url = new URL(target.path, base).toString();
  const args = [
    '-u',
    url,
    '--batch',
    '--level=2',
    '--risk=1',
    '--threads=2',
    '--timeout=10',
    '--retries=1',
    '--time-sec=2',
    '--technique=BEUT',
    '--flush-session',
    '--disable-coloring',
    '--output-dir',
    outDir,
    '-p',
    target.param,
    '--dbms=SQLite',
  ];
  if (target.method && target.method !== 'GET') args.push('--method', target.method);
  if (target.data !== undefined) args.push('--data', target.data);
  for (const [k, v] of Object.entries(target.headers ?? {})) args.push('-H', `${k}: ${v}`);
  const run = spawnSync('timeout', [String(PER_TARGET_SECONDS), 'sqlmap', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out = `${run.stdout}${run.stderr}`;
  if (/is vulnerable|appears to be .*injectable|sqlmap identified the following injection point/i.test(out))
    return 'INJECTABLE';
  if (/do(es)? not (seem|appear) to be injectable/i.test(out)) return 'not injectable';
  if (run.status === 124) return 'time limit reached, nothing found';
  return `inconclusive (exit ${run.status})`;
}

ensureSqlmap();
const outDir = join(root, 'security', '.sqlmap');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await startDevServer();
const rows = [];
try {
  const tokens = await loginAll(server.base);
  for (const target of sqlTargets(tokens)) {
    const verdict = sqlmap(target, server.base, outDir);
    rows.push({ ...target, verdict });
    console.log(
      `${verdict.padEnd(34)} ${target.face} ${target.method ?? 'GET'} ${target.path.split('?')[0]} [${target.param}]`,
    );
  }
} finally {
  server.stop();
}
const injectable = rows.filter((r) => r.verdict === 'INJECTABLE').length;
const lines = [
  '# sqlmap results',
  '',
  `sqlmap ${
    execFileSync('sqlmap', ['--version'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => /^\d+\.\d+/.test(l.trim()))
      ?.trim() ?? ''
  } against \`npm run dev\` on 127.0.0.1: level 2, risk 1, techniques BEUT (boolean, error, union, time), at most ${PER_TARGET_SECONDS}s per parameter.`,
  '',
  `**${injectable} injectable parameter(s)** out of ${rows.length} tested.`,
  '',
  '| face | method | path | parameter | verdict |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) => `| ${r.face} | ${r.method ?? 'GET'} | \`${r.path.split('?')[0]}\` | \`${r.param}\` | ${r.verdict} |`,
  ),
];
writeFileSync(join(root, 'security', 'results.md'), `${lines.join('\n')}\n`);
console.log(`\nsecurity/results.md written: ${injectable} injectable of ${rows.length}`);
process.exit(injectable ? 1 : 0);
