// The project's wrangler: its config (wrangler.toml, parsed by wrangler itself) and a runner for its CLI
// through the pinned package (never a global `wrangler`). Shared by dev, migrate, deploy, bench and soak.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './dev-server.mjs';

export const configPath = join(root, 'wrangler.toml');
export const wranglerBin = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

/** The raw wrangler.toml (as written: no defaults filled in). */
export async function readWranglerConfig() {
  const { experimental_readRawConfig } = await import('wrangler');
  return experimental_readRawConfig({ config: configPath }).rawConfig;
}

/**
 * The id each local store is kept under in .wrangler/state (and `--persist-to`): wrangler uses the
 * configured id, else the binding name. wrangler.toml commits no ids, so these are the binding names.
 */
export const localD1Id = (db) => db.database_id ?? db.binding;
export const localKvId = (kv) => kv.id ?? kv.binding;

/** Runs the pinned wrangler and captures its output: { status, out } (stdout and stderr interleaved). */
export function runWrangler(args, { env = {}, input } = {}) {
  const result = spawnSync(process.execPath, [wranglerBin, ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status ?? 1,
    out: `${result.stdout ?? ''}${result.stderr ?? ''}`,
    stdout: result.stdout ?? '',
  };
}

/** Runs the pinned wrangler on this terminal; resolves with its exit code. */
export function runWranglerLive(args, { env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', ...env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
