// The bench server's processes: workerd under bench/server.mjs (Miniflare spawns it) and their CPU time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Descendant processes of `pid` named workerd (ps: pid, ppid, command name). */
export function workerdPids(pid) {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([p, pp, comm]) => ({ pid: Number(p), ppid: Number(pp), comm }));
  const found = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const row of rows.filter((r) => r.ppid === parent)) {
      if (row.comm === 'workerd') found.push(row.pid);
      queue.push(row.pid);
    }
  }
  return found;
}

/** CPU milliseconds (user + system) used so far by a process and its children (the server's workerd). */
export function cpuMs(pid) {
  if (!pid) return Number.NaN;
  let children = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {}
  const ticks = (p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  return ([pid, ...children].reduce((n, p) => n + ticks(p), 0) * 1000) / 100;
}
