// npm run soak: 200 concurrent clients for 60 s against the local server (SOAK_RUNNER: miniflare | wrangler), mixing reads and writes
// on all four faces. Targets: no 5xx; every write answered with success is present afterwards
// (counted); server memory (workerd RSS) flat after warm-up. Writes security/soak.md. Not part of CI.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startDevServer } from './lib/dev-server.mjs';
import { loginAll } from './lib/logins.mjs';
import { startMiniflareServer } from './lib/mf-server.mjs';
import { soakMix } from './lib/targets.mjs';

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 200);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
// The same load runs first for this long, unmeasured: the isolates' heaps grow to their working size
// (measured here: 60–90 s at this load, growing with the data the reads return) before memory has to stay flat.
const WARMUP = Number(process.env.SOAK_WARMUP_SECONDS ?? 120);
const TOTAL = WARMUP + SECONDS;
/** "Flat": the measured window's anonymous memory grows by less than this. */
const FLAT_MIB = 64;

/**
 * workerd processes under the dev server: their summed resident memory in MiB, split into anonymous
 * memory (heaps: what a leak grows) and file-backed pages (SQLite databases mapped by local D1/KV).
 */
function workerdRss(rootPid) {
  const total = { rss: 0, anon: 0, file: 0 };
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
      const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      total.rss += kib('VmRSS') / 1024;
      total.anon += kib('RssAnon') / 1024;
      total.file += (kib('RssFile') + kib('RssShmem')) / 1024;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

// miniflare (default): the built Worker on the Miniflare API; wrangler: `npm run dev`, whose proxy and
// inspector grow by tens of KiB per request even for a hello-world Worker (see security/soak.md).
const RUNNER = process.env.SOAK_RUNNER === 'wrangler' ? 'wrangler' : 'miniflare';
const server =
  RUNNER === 'wrangler'
    ? await (async () => {
        const dev = await startDevServer();
        return { base: dev.base, rootPid: dev.child.pid, stop: async () => dev.stop() };
      })()
    : await startMiniflareServer();
const stats = { requests: 0, byStatus: {}, fiveXx: 0, writesOk: 0, failures: [] };
const memory = [];
try {
  const tokens = await loginAll(server.base);
  const mix = soakMix(server.base, tokens);
  const end = Date.now() + TOTAL * 1000;
  const sampler = setInterval(
    () => memory.push({ t: TOTAL - Math.round((end - Date.now()) / 1000), ...workerdRss(server.rootPid) }),
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
  // After the load: does the heap give memory back (garbage) or keep it (a leak)?
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  stats.idle = workerdRss(server.rootPid);
} finally {
  await server.stop();
}

const warm = memory.filter((m) => m.t >= WARMUP);
const growthOf = (key) => (warm.length > 1 ? warm[warm.length - 1][key] - warm[0][key] : 0);
const series = (key) => warm.map((m) => m[key].toFixed(0)).join(' → ') || 'n/a';
const lines = [
  '# Soak results',
  '',
  `${CLIENTS} concurrent clients for ${WARMUP}s of warm-up then ${SECONDS}s measured, against ${RUNNER === 'wrangler' ? '`npm run dev`' : 'the built Worker on the Miniflare API (scripts/lib/mf-server.mjs)'} on 127.0.0.1 (mix of reads and writes on all four faces).`,
  '',
  '| measure | value | target |',
  '| --- | --- | --- |',
  `| requests | ${stats.requests} (${(stats.requests / TOTAL).toFixed(0)}/s) | |`,
  `| statuses | ${Object.entries(stats.byStatus)
    .map(([s, c]) => `${s}: ${c}`)
    .join(', ')} | |`,
  `| 5xx or transport errors | ${stats.fiveXx} | 0 |`,
  `| writes answered with success | ${stats.writesOk} | |`,
  `| of them present afterwards | ${stats.writesFound} | all |`,
  `| workerd RSS, measured window, every 5 s (MiB) | ${series('rss')} | |`,
  `| of it anonymous (heaps) | ${series('anon')} | flat |`,
  `| of it file-backed (mapped SQLite files) | ${series('file')} | |`,
  `| after 15 s idle: RSS / anonymous / file-backed | ${['rss', 'anon', 'file'].map((k) => stats.idle?.[k]?.toFixed(0) ?? 'n/a').join(' / ')} | |`,
  `| anonymous growth in the measured window | ${growthOf('anon').toFixed(1)} MiB (${growthOf('anon') < FLAT_MIB ? 'flat' : 'NOT flat'}) | < ${FLAT_MIB} MiB |`,
  `| file-backed growth in the measured window | ${growthOf('file').toFixed(1)} MiB | grows with the data written |`,
  '',
  ...(stats.failures.length ? ['First failures:', '', ...stats.failures.map((f) => `- ${f}`)] : []),
];
writeFileSync(join(root, 'security', 'soak.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
process.exit(stats.fiveXx === 0 && stats.writesFound >= stats.writesOk && growthOf('anon') < FLAT_MIB ? 0 : 1);
