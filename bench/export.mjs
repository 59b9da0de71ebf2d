// Peak memory of the streamed repository export (Liberty GET /api/export/repository: every table of the
// default pool, C_BPartner included): reads the whole body once and samples the workerd process's VmRSS
// (/proc/<pid>/status) every 50 ms meanwhile. workerd is a child of bench/server.mjs (Miniflare spawns it).
import { readFileSync } from 'node:fs';
import { workerdPids } from './proc.mjs';
import { fetchRetry } from './scenarios.mjs';

/** VmRSS and VmHWM of a process in KiB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

export async function measureExport({ atrium, token, serverPid, rows }) {
  const [pid] = workerdPids(serverPid);
  if (!pid) throw new Error(`no workerd process under pid ${serverPid}`);
  const before = memory(pid);
  let peak = before.rss;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memory(pid).rss);
    } catch {}
  }, 50);
  const started = Date.now();
  let bytes = 0;
  let status = 0;
  try {
    const res = await fetchRetry(`${atrium}/api/export/repository`, { headers: { authorization: `Bearer ${token}` } });
    status = res.status;
    for await (const chunk of res.body) bytes += chunk.length;
  } finally {
    clearInterval(timer);
  }
  const after = memory(pid);
  peak = Math.max(peak, after.rss);
  return {
    pid,
    status,
    bytes,
    ms: Date.now() - started,
    beforeKiB: before.rss,
    peakKiB: peak,
    afterKiB: after.rss,
    rows,
  };
}

export function renderExport(result) {
  if (!result) return [];
  const mib = (kib) => (kib / 1024).toFixed(1);
  return [
    '## Export memory',
    '',
    `Export of the default pool (${result.rows} C_BPartner rows + the rest of the data set), GET /api/export/repository, whole streamed body read once: HTTP ${result.status}, **${(result.bytes / 1024 / 1024).toFixed(1)} MiB** in ${(result.ms / 1000).toFixed(1)} s. workerd (pid ${result.pid}) RSS sampled every 50 ms: before ${mib(result.beforeKiB)} MiB, **peak ${mib(result.peakKiB)} MiB** (+${mib(result.peakKiB - result.beforeKiB)} MiB), after ${mib(result.afterKiB)} MiB.`,
    '',
  ];
}
