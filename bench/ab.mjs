// A/B of two builds of Atrium on the bench's data (not part of `npm run bench`): CPU per request of each
// isolate, alternating profiled wrk runs. Usage (after one `npm run bench` has loaded bench/.state):
//   node bench/ab.mjs <dirA> <dirB> [scenario path] [runs]
// <dir> holds a `wrangler deploy --dry-run --outdir <dir>` build. Answers the median µs per request per build
// and, per module, the median self time.
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { ADMIN_PASSWORD } from './fixtures.mjs';
import { profile } from './profile.mjs';

const [dirA, dirB, path = '/api/v1/models/C_BPartner/5000', runs = '5', method = 'GET', body] = process.argv.slice(2);
const here = new URL('.', import.meta.url).pathname;
const PORTS = { a: 8971, b: 8972, inspector: 9239 };

const serverScript = `
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { localD1Id, localKvId, readWranglerConfig } from '../scripts/lib/wrangler.mjs';
const state = new URL('./.state/v3', import.meta.url).pathname;
const wrangler = await readWranglerConfig();
const d1Databases = Object.fromEntries(wrangler.d1_databases.map((d) => [d.binding, localD1Id(d)]));
const worker = (name, dir, port, own) => ({
  compatibilityDate: wrangler.compatibility_date, compatibilityFlags: wrangler.compatibility_flags, d1Databases,
  name, modules: true, modulesRoot: dir, scriptPath: dir + '/index.js',
  kvNamespaces: Object.fromEntries(wrangler.kv_namespaces.map((k) => [k.binding, localKvId(k)])),
  durableObjects: Object.fromEntries(wrangler.durable_objects.bindings.map((b) => [b.name, own ? { className: b.class_name, useSQLite: true } : { className: b.class_name, scriptName: 'atrium', useSQLite: true }])),
  bindings: { ...wrangler.vars, LOG_REQUESTS: 'false', DEMO_DATA: 'false', JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789', ENCRYPTION_KEY: 'bench-encryption-key', ADMIN_PASSWORD: ${JSON.stringify(ADMIN_PASSWORD)}, D1_STATS_HEADER: 'true' },
  unsafeDirectSockets: [{ host: '127.0.0.1', port }],
});
const baseline = (name, port) => ({
  compatibilityDate: wrangler.compatibility_date, compatibilityFlags: wrangler.compatibility_flags, d1Databases, name,
  modulesRoot: new URL('.', import.meta.url).pathname,
  modules: ['baseline.mjs', 'fixtures.mjs'].map((file) => ({ type: 'ESModule', path: new URL('./' + file, import.meta.url).pathname })),
  unsafeDirectSockets: [{ host: '127.0.0.1', port }],
});
const mf = new Miniflare(convertV4MiniflareOptions({ resourcePersistencePath: state, inspectorPort: ${PORTS.inspector},
  workers: [worker('atrium', ${JSON.stringify(dirA)}, ${PORTS.a}, true), ${dirB === 'baseline' ? `baseline('atrium-b', ${PORTS.b})` : `worker('atrium-b', ${JSON.stringify(dirB)}, ${PORTS.b}, false)`}] }));
await mf.ready;
console.log('ready');
process.on('SIGTERM', async () => { await mf.dispose(); process.exit(0); });
`;
writeFileSync(`${here}.ab-server.mjs`, serverScript);
const server = spawn('taskset', ['-c', '1', process.execPath, `${here}.ab-server.mjs`], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('ready') && resolve()));

const token = await (
  await fetch(`http://127.0.0.1:${PORTS.a}/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: ADMIN_PASSWORD }),
  })
).text();
const lua = `${here}.ab.lua`;
// A fresh prefix per run: an insert's `{n}` values must not repeat between runs.
const writeLua = () =>
  writeFileSync(
    lua,
    [
      `wrk.method = "${method}"`,
      `wrk.headers["authorization"] = "Bearer ${token}"`,
      'wrk.headers["content-type"] = "application/json"',
      ...(body
        ? [
            `local body = ${JSON.stringify(body)}`,
            `local prefix = "${Math.random().toString(36).slice(2, 8)}"`,
            'local n = 0',
            'request = function()',
            '  n = n + 1',
            '  return wrk.format(nil, nil, nil, (string.gsub(body, "{n}", prefix .. n)))',
            'end',
          ]
        : []),
    ].join('\n'),
  );
const wrk = (port, seconds, connections = 32) => {
  writeLua();
  const target = port === PORTS.b && dirB === 'baseline' ? (process.env.BASELINE_PATH ?? '/s2') : path;
  const out = execFileSync(
    'taskset',
    ['-c', '0', 'wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '-s', lua, `http://127.0.0.1:${port}${target}`],
    { encoding: 'utf8' },
  );
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (non2xx) console.log(`!! ${non2xx} non-2xx on port ${port}`);
  return Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
};
const results = { a: [], b: [] };
wrk(PORTS.a, 3, 4);
wrk(PORTS.b, 3, 4);
for (let i = 0; i < Number(runs); i++)
  for (const w of i % 2 ? ['b', 'a'] : ['a', 'b']) {
    const p = await profile({
      inspectorPort: PORTS.inspector,
      bundlePath: w === 'a' || dirB !== 'baseline' ? `${w === 'a' ? dirA : dirB}/index.js` : `${here}baseline.mjs`,
      worker: w === 'a' ? 'atrium' : 'atrium-b',
      load: async () => wrk(PORTS[w], 5),
    });
    results[w].push(p);
    console.log(w, ((p.busyMs * 1000) / p.requests).toFixed(0), 'us/req');
  }
server.kill('SIGTERM');
rmSync(lua, { force: true });
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const per = (p) => (p.busyMs * 1000) / p.requests;
console.log(
  `A median ${median(results.a.map(per)).toFixed(0)} us/req, B median ${median(results.b.map(per)).toFixed(0)} us/req`,
);
// The spread of each side's runs: a build compared with itself moved its median by 6-9 % on this machine
// (docs/performance.md, sixth round), so a difference inside both ranges says nothing.
const range = (xs) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
const [a, b] = [results.a.map(per), results.b.map(per)];
const overlap = Math.max(Math.min(...a), Math.min(...b)) <= Math.min(Math.max(...a), Math.max(...b));
console.log(`A runs ${range(a)}, B runs ${range(b)} us/req${overlap ? ': the ranges overlap (within the noise)' : ''}`);
/** Per name (a module or a function), the µs per request of each run of build `w`. */
const perRun = (w, list) => {
  const m = new Map();
  for (const p of results[w])
    for (const x of p[list]) (m.get(x.name) ?? m.set(x.name, []).get(x.name)).push(x.perRequestUs);
  return m;
};
const ta = perRun('a', 'modules');
const tb = perRun('b', 'modules');
const names = [...new Set([...ta.keys(), ...tb.keys()])];
const rows = names.map((n) => [n, ta.has(n) ? median(ta.get(n)) : 0, tb.has(n) ? median(tb.get(n)) : 0]);
rows.sort((x, y) => Math.abs(y[2] - y[1]) - Math.abs(x[2] - x[1]));
for (const [n, a, b] of rows.slice(0, 25))
  console.log(
    `${n.padEnd(45)} ${a.toFixed(0).padStart(5)} ${b.toFixed(0).padStart(5)} ${(b - a).toFixed(0).padStart(5)}`,
  );
const fa = perRun('a', 'functions');
const fb = perRun('b', 'functions');
console.log('\nfunctions, median µs/req (A, B):');
const fnNames = [...new Set([...fa.keys(), ...fb.keys()])];
const med = (m, n) => (m.has(n) ? median(m.get(n)) : 0);
for (const n of fnNames
  .sort((x, y) => Math.max(med(fa, y), med(fb, y)) - Math.max(med(fa, x), med(fb, x)))
  .slice(0, 70))
  console.log(`${med(fa, n).toFixed(1).padStart(6)} ${med(fb, n).toFixed(1).padStart(6)}  ${n}`);

if (process.env.PROFILE_CALLERS) {
  console.log('\ncallers (A, first run):');
  for (const x of results.a[0].callers) console.log(`${x.perRequestUs.toFixed(1).padStart(6)}  ${x.name}`);
}

if (process.env.PROFILE_INCLUSIVE) {
  const ia = perRun('a', 'inclusive');
  const ib = perRun('b', 'inclusive');
  console.log('\ninclusive, median µs/req (A, B):');
  const inNames = [...new Set([...ia.keys(), ...ib.keys()])];
  for (const n of inNames
    .sort((x, y) => Math.max(med(ia, y), med(ib, y)) - Math.max(med(ia, x), med(ib, x)))
    .slice(0, 60))
    console.log(`${med(ia, n).toFixed(1).padStart(7)} ${med(ib, n).toFixed(1).padStart(7)}  ${n}`);
}
