// Starts `npm run dev -- --port N` (the README's command: migrations, .dev.vars, local D1/KV/DO) in its
// own process group, waits until GET / answers, and stops it. Shared by the e2e, security and soak scripts.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startDevServer({
  port = 20000 + Math.floor(Math.random() * 20000),
  timeoutMs = 120_000,
  args = [],
} = {}) {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--ip', '127.0.0.1', ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return { base, port, child, stop, output: () => output };
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`the dev server did not answer GET / in time\n${output.slice(-2000)}`);
}
