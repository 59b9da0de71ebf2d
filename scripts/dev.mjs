// `npm run dev [-- wrangler dev options]` (also `npm start`): local secrets (.dev.vars), a short banner, then
// `wrangler dev` on this terminal. wrangler builds the docs assets and embedded migrations itself
// (wrangler.toml [build]); the Worker applies pending migrations to the local pools on its first request,
// so a start with nothing to migrate spends no time on it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { root } from './lib/dev-server.mjs';
import { wranglerBin } from './lib/wrangler.mjs';

const args = process.argv.slice(2);

/** The value of `--name value` or `--name=value` among the arguments. */
function option(name) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
}

/** Whether a TCP port is free on the host (wrangler would otherwise pick another port than the banner says). */
const portFree = (port, host) =>
  new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, host, () => server.close(() => resolve(true)));
  });

const freePort = (host) =>
  new Promise((resolve) => {
    const server = createServer().listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

try {
  await import('./prepare-local.mjs');
} catch (error) {
  console.error(`npm run dev: ${error.message ?? error}`);
  process.exit(1);
}

const ip = option('ip');
const bindHost = ip ?? 'localhost';
let port = option('port');
if (!port) {
  port = String((await portFree(8787, bindHost)) ? 8787 : await freePort(bindHost));
  args.push('--port', port);
}
const host = !ip || ip === '0.0.0.0' || ip === '*' ? 'localhost' : ip.includes(':') ? `[${ip}]` : ip;
const base = `${option('local-protocol') ?? 'http'}://${host}:${port}`;

console.log(`
  Atrium (local)   ${base}
  logins           admin / admin (group admin, all rights) · demo / demo (group user, read-only)
  API docs         ${base}/api (Redoc) · ${base}/api/test (Swagger UI) · ${base}/openapi.json
  token            POST /api/auth/token {"user":"admin","password":"admin"} → paste access_token into Swagger UI's Authorize
  data             local D1, KV and Durable Objects in .wrangler/state (migrated on the first request) · settings in .dev.vars
`);

const child = spawn(process.execPath, [wranglerBin, 'dev', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: {
    // Offline-safe: Request.cf gets wrangler's placeholder instead of a download (and its stack trace).
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    // The banner above replaces wrangler's own (and its update check).
    WRANGLER_HIDE_BANNER: 'true',
    WRANGLER_SEND_METRICS: 'false',
    // wrangler's info lines (ready, one line per request, reloads) and the Worker's warnings and errors; not
    // the bindings table nor console.log (WRANGLER_LOG=log shows them).
    WRANGLER_LOG: 'info',
    ...process.env,
  },
});
// Ctrl+C reaches wrangler too (same process group): wait for it to finish instead of dying first.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 0)));
