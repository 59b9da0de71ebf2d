// CPU profile of Atrium's isolate under load (npm run bench -- --profile=<scenario id>): the V8 sampling
// profiler over the DevTools protocol while wrk loads one scenario, then self time per module of the
// bundle (esbuild marks each module's code with a `// path` comment) and per function. Shows where a
// request's CPU goes: routing, validation, envelopes, authentication, SQL building, JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';

/** Module boundaries of the bundle: [first line, module] sorted by line. */
function moduleMap(bundlePath) {
  const lines = readFileSync(bundlePath, 'utf8').split('\n');
  const out = [];
  lines.forEach((line, i) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) out.push([i, m[1]]);
  });
  return out;
}

/** node_modules/hono/dist/... → hono; src/core/records/service.ts stays a file. */
function group(module) {
  if (!module) return '(runtime)';
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1] : module;
}

function moduleAt(map, line) {
  let lo = 0;
  let hi = map.length - 1;
  let found;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= line) {
      found = map[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

async function cdp(url) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.on('open', resolve);
    ws.on('error', reject);
  });
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  });
  return {
    send(method, params = {}) {
      const n = ++id;
      ws.send(JSON.stringify({ id: n, method, params }));
      return new Promise((resolve) => pending.set(n, resolve));
    },
    close: () => ws.close(),
  };
}

/** Profiles while `load()` runs; answers the aggregated self times. */
export async function profile({ inspectorPort, bundlePath, load, worker = 'atrium' }) {
  // workerd's own inspector (server.mjs passes the port): it answers Profiler.* by echoing the request,
  // with the result in it for Profiler.stop.
  const session = await cdp(`ws://127.0.0.1:${inspectorPort}/core:user:${worker}`);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const requests = await load();
  const { result } = await session.send('Profiler.stop');
  session.close();
  // PROFILE_SAVE=<dir>: the raw profile as well (ad hoc analysis of sample order).
  if (process.env.PROFILE_SAVE)
    writeFileSync(`${process.env.PROFILE_SAVE}/${worker}-${Date.now()}.cpuprofile`, JSON.stringify(result.profile));
  const map = moduleMap(bundlePath);
  const { nodes, samples, timeDeltas } = result.profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (timeDeltas[i] ?? 0));
  });
  const modules = new Map();
  const functions = new Map();
  let total = 0;
  let busy = 0;
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    total += us;
    if (callFrame.functionName === '(idle)') continue;
    busy += us;
    const internal = !callFrame.url || callFrame.lineNumber < 0;
    // Code outside the bundle (workerd's own JS: the D1 binding, node-compat) is named by its URL.
    const bundled = !internal && worker.startsWith('atrium') && /index\.js$/.test(callFrame.url);
    const module = internal
      ? `(${callFrame.functionName || 'native'})`
      : bundled
        ? group(moduleAt(map, callFrame.lineNumber))
        : callFrame.url;
    modules.set(module, (modules.get(module) ?? 0) + us);
    const fn = `${callFrame.functionName || '(anonymous)'} ${internal ? '' : `[${bundled ? (moduleAt(map, callFrame.lineNumber) ?? '?') : callFrame.url}:${callFrame.lineNumber + 1}]`}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  // Inclusive time: a sample counts for every distinct function on its stack (synchronous stacks only:
  // what runs after an await is a new stack).
  const parent = new Map();
  for (const n of nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const label = (id) => {
    const { callFrame } = byId.get(id);
    const bundled = worker.startsWith('atrium') && /index\.js$/.test(callFrame.url);
    return `${callFrame.functionName || '(anonymous)'} [${bundled ? (moduleAt(map, callFrame.lineNumber) ?? '?') : callFrame.url || 'native'}:${callFrame.lineNumber + 1}]`;
  };
  // Who calls the functions named in PROFILE_CALLERS (comma-separated), by self time (ad hoc analysis).
  const wanted = new Set((process.env.PROFILE_CALLERS ?? '').split(',').filter(Boolean));
  const callers = new Map();
  if (wanted.size)
    for (const [id, us] of self) {
      const { functionName, url } = byId.get(id).callFrame;
      // `(native)`: the runtime's own anonymous functions (promise resolvers and the like).
      const name = functionName || (url ? '(anonymous)' : '(native)');
      if (!wanted.has(name)) continue;
      const up = parent.get(id);
      const key = `${name} <- ${up === undefined ? '(root)' : label(up)}`;
      callers.set(key, (callers.get(key) ?? 0) + us);
    }
  const inclusive = new Map();
  for (const [id, us] of self) {
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(at);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / busy, perRequestUs: requests ? us / requests : null }));
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    requests,
    modules: top(modules, 25),
    functions: top(functions, process.env.PROFILE_FUNCTIONS ? Number(process.env.PROFILE_FUNCTIONS) : 40),
    inclusive: top(inclusive, 60),
    callers: top(callers, 30),
  };
}

export function renderProfile(name, p, worker = 'Atrium') {
  const fmt = (r) =>
    `| ${r.name} | ${r.ms.toFixed(0)} | ${(100 * r.share).toFixed(1)} % | ${r.perRequestUs === null ? 'n/a' : r.perRequestUs.toFixed(0)} |`;
  return [
    `## CPU profile: ${name}, ${worker}`,
    '',
    `${worker}'s isolate, sampled every 200 µs while wrk ran at 32 connections: ${p.busyMs.toFixed(0)} ms busy of ${p.totalMs.toFixed(0)} ms, ${p.requests} requests (${p.requests ? ((1000 * p.busyMs) / p.requests).toFixed(0) : 'n/a'} µs of isolate CPU per request). Self time (not including callees).`,
    '',
    '| module | self ms | share | µs per request |',
    '| --- | ---: | ---: | ---: |',
    ...p.modules.map(fmt),
    '',
    '| function [module] | self ms | share | µs per request |',
    '| --- | ---: | ---: | ---: |',
    ...p.functions.map(fmt),
    '',
    'Inclusive (self + synchronous callees):',
    '',
    '| function [module] | ms | share | µs per request |',
    '| --- | ---: | ---: | ---: |',
    ...p.inclusive.map(fmt),
    '',
  ];
}
