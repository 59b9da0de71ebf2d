// The soak's default runner: the built Worker served by the Miniflare API on a direct socket, with local
// D1/KV/Durable Objects persisted in a fresh temporary directory, the committed migrations applied and the
// same local settings as `npm run dev` (.dev.vars.example: demo data, bootstrap admin). Unlike `wrangler
// dev`, it adds no proxy or inspector, whose own memory grows with every request (security/soak.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { root } from './dev-server.mjs';
import { localD1Id, localKvId, readWranglerConfig } from './wrangler.mjs';

const wranglerJs = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const wrangler = (args) =>
  execFileSync(process.execPath, [wranglerJs, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
  });

function devVars() {
  return Object.fromEntries(
    readFileSync(join(root, '.dev.vars.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

export async function startMiniflareServer({ port = 20000 + Math.floor(Math.random() * 20000) } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atrium-soak-'));
  wrangler(['deploy', '--dry-run', '--outdir', join(dir, 'build')]);
  const config = await readWranglerConfig();
  for (const db of config.d1_databases)
    wrangler(['d1', 'migrations', 'apply', db.binding, '--local', '--persist-to', join(dir, 'state')]);
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      // Request logs stay on (the code path is measured) but are drained, not printed.
      handleRuntimeStdio(stdout, stderr) {
        stdout.resume();
        stderr.resume();
      },
      handleStructuredLogs() {},
      resourcePersistencePath: join(dir, 'state', 'v3'),
      workers: [
        {
          name: 'atrium',
          compatibilityDate: config.compatibility_date,
          compatibilityFlags: config.compatibility_flags,
          modules: true,
          modulesRoot: join(dir, 'build'),
          scriptPath: join(dir, 'build', 'index.js'),
          d1Databases: Object.fromEntries(config.d1_databases.map((d) => [d.binding, localD1Id(d)])),
          kvNamespaces: Object.fromEntries(config.kv_namespaces.map((k) => [k.binding, localKvId(k)])),
          durableObjects: Object.fromEntries(
            config.durable_objects.bindings.map((b) => [b.name, { className: b.class_name, useSQLite: true }]),
          ),
          bindings: { ...config.vars, ...devVars() },
          unsafeDirectSockets: [{ host: '127.0.0.1', port }],
        },
      ],
    }),
  );
  await mf.ready;
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    /** The workerd processes to measure are this process's children. */
    rootPid: process.pid,
    stop: async () => {
      await mf.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
