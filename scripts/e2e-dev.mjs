// End-to-end smoke test of the README's dev command: starts `npm run dev -- --port N` as a newcomer
// would (.dev.vars, docs assets, local D1/KV/DO migrated on the first request), then checks that the API answers.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startDevServer } from './lib/dev-server.mjs';

let base = '';
let stop = () => {};
let output = () => '';

async function get(path) {
  const res = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const checks = [];
function check(name, ok) {
  checks.push([name, ok]);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

try {
  const server = await startDevServer();
  ({ base, stop, output } = server);
  const home = await get('/');
  check('GET / answers with the service name', JSON.parse(home.text).name === 'Atrium');
  const doc = await get('/openapi.json');
  check('GET /openapi.json is OpenAPI 3.1', doc.status === 200 && JSON.parse(doc.text).openapi === '3.1.0');
  const health = await get('/health');
  check(
    'GET /health: every pool, KV and the Durable Objects up',
    health.status === 200 && JSON.parse(health.text).status === 'UP',
  );
  const redoc = await get('/api');
  check('GET /api serves the Redoc page', redoc.status === 200 && redoc.text.includes('/docs/redoc.standalone.js'));
  const asset = await get('/docs/redoc.standalone.js');
  check('Redoc bundle is served as a static asset', asset.status === 200 && asset.text.length > 100_000);
  const swagger = await get('/docs/swagger-ui-bundle.js');
  check('Swagger UI bundle is served as a static asset', swagger.status === 200);
  const icon = await fetch(`${base}/favicon.ico`, { signal: AbortSignal.timeout(10_000) });
  check('/favicon.ico is served', icon.status === 200 && (await icon.arrayBuffer()).byteLength > 0);
  // .dev.vars (from .dev.vars.example) lets Vite's dev server call the API cross-origin.
  const preflight = await fetch(`${base}/api/v1/models/C_BPartner`, {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    signal: AbortSignal.timeout(10_000),
  });
  check(
    'a preflight from http://localhost:5173 is answered (CORS_ORIGINS from .dev.vars)',
    preflight.status === 204 && preflight.headers.get('access-control-allow-origin') === 'http://localhost:5173',
  );
  // The start is quiet: the banner and wrangler's ready line fit one screen; no bindings table, prompt or
  // offline Request.cf stack trace.
  const started = output();
  check(
    'the dev start prints the banner and a screenful at most, no bindings table, prompt or stack trace',
    /Atrium \(local\)/.test(started) &&
      started.slice(0, started.indexOf('Ready on')).trim().split('\n').length <= 25 &&
      !/About to apply|Request\.cf|\n\s+at |Your Worker has access/.test(started),
  );
} catch (error) {
  check(String(error.message ?? error), false);
} finally {
  stop();
}

// The first request bootstrapped the local database: admin (from .dev.vars) and the demo user, hashed.
try {
  await new Promise((r) => setTimeout(r, 1500));
  const out = execFileSync(
    'npx',
    [
      'wrangler',
      'd1',
      'execute',
      'atrium-default',
      '--local',
      '--json',
      '--command',
      "select u.login, g.name as grp, substr(u.password_hash, 1, 14) as scheme from users u join user_groups ug on ug.user_id = u.id and ug.is_primary = 1 join groups g on g.id = ug.group_id where u.login in ('admin','demo') order by u.login",
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const rows = JSON.parse(out)[0].results;
  check(
    'bootstrap created admin (group admin) and demo (group user) with PBKDF2 hashes',
    JSON.stringify(rows) ===
      JSON.stringify([
        { login: 'admin', grp: 'admin', scheme: 'pbkdf2-sha256$' },
        { login: 'demo', grp: 'user', scheme: 'pbkdf2-sha256$' },
      ]),
  );
} catch (error) {
  check(`reading the local database failed: ${error.message ?? error}`, false);
}

const failed = checks.filter(([, ok]) => !ok).length;
if (failed) console.log(`--- dev server output ---\n${output().slice(-4000)}`);
mkdirSync(join(root, '.test-results'), { recursive: true });
writeFileSync(join(root, '.test-results', 'e2e.json'), JSON.stringify({ passed: checks.length - failed, failed }));
console.log(`e2e-dev: ${checks.length - failed} checks ok, ${failed} failing`);
process.exit(failed ? 1 : 0);
