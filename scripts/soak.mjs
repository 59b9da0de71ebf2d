// npm run soak: 200 concurrent clients for 60 s against the local dev server, mixing reads and writes
// on all four faces. Targets: no 5xx; every write answered with success is present afterwards
// (counted); server memory (workerd RSS) flat after warm-up. Writes security/soak.md. Not part of CI.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startDevServer } from './lib/dev-server.mjs';
import { loginAll } from './lib/logins.mjs';
import { soakMix } from './lib/targets.mjs';

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 200);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

/** workerd processes under the dev server: their summed resident memory, in MiB. */
function workerdRss(rootPid) {
  let total = 0;
  const pids = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const children = new Map();
  for (const [pid, ppid] of pids) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const stack = [String(rootPid)];
  while (stack.length) {
    const pid = stack.pop();
    const comm = pids.find((p) => p[0] === pid)?.[2] ?? '';
    if (comm.includes('workerd')) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const server = await startDevServer();
const stats = { requests: 0, byStatus: {}, fiveXx: 0, writesOk: 0, failures: [] };
const memory = [];
try {
  const tokens = await loginAll(server.base);
  const mix = soakMix(server.base, tokens);
  const end = Date.now() + SECONDS * 1000;
  const sampler = setInterval(
    () => memory.push({ t: SECONDS - Math.round((end - Date.now()) / 1000), mib: workerdRss(server.child.pid) }),
    5000,
  );
  let n = 0;
  async function client() {
    while (Date.now() < end) {
      const op = mix.ops[n++ % mix.ops.length];
      try {
        const res = await op.run();
        stats.requests += 1;
        stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
        if (res.status >= 500) {
          stats.fiveXx += 1;
          if (stats.failures.length < 10)
            stats.failures.push(`${op.name}: ${res.status} ${(await res.text()).slice(0, 200)}`);
        } else await res.arrayBuffer();
        if (op.write && res.ok) stats.writesOk += 1;
      } catch (error) {
        stats.fiveXx += 1;
        if (stats.failures.length < 10) stats.failures.push(`${op.name}: ${error.message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  clearInterval(sampler);
  stats.writesFound = await mix.countWrites();
} finally {
  server.stop();
}

const warm = memory.filter((m) => m.t >= 15).map((m) => m.mib);
const growth = warm.length > 1 ? warm[warm.length - 1] - warm[0] : 0;
const lines = [
  '# Soak results',
  '',
  `${CLIENTS} concurrent clients for ${SECONDS}s against \`npm run dev\` on 127.0.0.1 (mix of reads and writes on all four faces).`,
  '',
  '| measure | value | target |',
  '| --- | --- | --- |',
  `| requests | ${stats.requests} (${(stats.requests / SECONDS).toFixed(0)}/s) | |`,
  `| statuses | ${Object.entries(stats.byStatus)
    .map(([s, c]) => `${s}: ${c}`)
    .join(', ')} | |`,
  `| 5xx or transport errors | ${stats.fiveXx} | 0 |`,
  `| writes answered with success | ${stats.writesOk} | |`,
  `| of them present afterwards | ${stats.writesFound} | all |`,
  `| workerd RSS after warm-up (MiB) | ${warm.map((m) => m.toFixed(0)).join(' → ') || 'n/a'} | flat |`,
  `| RSS growth after warm-up | ${growth.toFixed(1)} MiB | small |`,
  '',
  ...(stats.failures.length ? ['First failures:', '', ...stats.failures.map((f) => `- ${f}`)] : []),
];
writeFileSync(join(root, 'security', 'soak.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
process.exit(stats.fiveXx === 0 && stats.writesFound >= stats.writesOk ? 0 : 1);
