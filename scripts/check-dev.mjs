// `npm run check:dev`: how long `npm run dev` takes until it serves, and what it prints until then.
//   cold: an empty local state (a fresh --persist-to folder: migrations, bootstrap and demo data on the first
//         request) and no wrangler build cache (.wrangler/tmp);
//   warm: the same state again, nothing to migrate.
// "Ready" is the first 200 from GET / (which bootstraps). Prints the figures, the load average (the figures
// are only comparable on an idle machine), the lines printed before ready and one request's log line.
// Exits 1 when a start is over its target (cold 25 s, warm 10 s). Not part of `npm test`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/dev-server.mjs';

const TARGETS = { cold: 25, warm: 10 };
const show = process.argv.includes('--show');

async function start(persist) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    'npm',
    ['run', 'dev', '--', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await exited;
  };
  try {
    while (performance.now() - started < 180_000) {
      if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}\n${output}`);
      const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
      if (res?.status === 200) {
        const seconds = (performance.now() - started) / 1000;
        const before = output;
        await fetch(`${base}/api/v1/models/C_BPartner`).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 500));
        const requestLog = output.slice(before.length).trim().split('\n').filter(Boolean);
        return { seconds, lines: before.trim().split('\n').length, before, requestLog };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no answer from GET / in 180 s\n${output}`);
  } finally {
    await stop();
  }
}

const persist = mkdtempSync(join(tmpdir(), 'atrium-check-dev-'));
let failed = false;
try {
  rmSync(join(root, '.wrangler', 'tmp'), { recursive: true, force: true });
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const cold = await start(persist);
  const warm = await start(persist);
  for (const [name, run] of [
    ['cold', cold],
    ['warm', warm],
  ]) {
    const over = run.seconds > TARGETS[name];
    failed ||= over;
    console.log(
      `${name} start: ${run.seconds.toFixed(1)} s to the first answer (target ≤ ${TARGETS[name]} s${over ? ', OVER' : ''}), ${run.lines} lines printed before`,
    );
  }
  console.log(`load average at the start: ${load} (${navigator.hardwareConcurrency} cores)`);
  console.log(
    `one request's log lines (GET /api/v1/models/C_BPartner without a token):\n  ${warm.requestLog.join('\n  ')}`,
  );
  if (show) console.log(`--- printed before ready (warm) ---\n${warm.before}`);
} catch (error) {
  console.error(`check:dev: ${error.message ?? error}`);
  failed = true;
} finally {
  rmSync(persist, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
