// `npm run deploy [-- wrangler deploy options]`: deploys Atrium to the Cloudflare account wrangler is logged
// into (`npx wrangler login`, or CLOUDFLARE_API_TOKEN), from a fresh clone, with no manual step:
//  1. docs assets and embedded migrations (`npm run assets`);
//  2. remote migrations on every D1 pool that already exists;
//  3. JWT_SECRET and ENCRYPTION_KEY, when the Worker does not have them yet, generated at random and
//     uploaded with the deploy (never printed, never overwritten);
//  4. `wrangler deploy`: wrangler.toml commits no resource ids, so wrangler provisions the D1 databases
//     (by their database_name) and the KV namespace on the first deploy and binds them;
//  5. remote migrations on the pools that step 4 created.
// ADMIN_PASSWORD is the one secret a person chooses: until it is set (`npx wrangler secret put
// ADMIN_PASSWORD`), no admin account is created; the script says so at the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWranglerConfig, runWrangler, runWranglerLive } from './lib/wrangler.mjs';
import { migrate } from './migrate.mjs';

const passthrough = process.argv.slice(2);
const fail = (message, detail = '') => {
  console.error(`npm run deploy: ${message}${detail ? `\n${detail.trim()}` : ''}`);
  process.exit(1);
};

await import('./copy-docs-assets.mjs');
await import('./embed-migrations.mjs');

const config = await readWranglerConfig();
const pools = (config.d1_databases ?? []).map((db) => db.database_name);
// The Worker refuses to serve with the example's defaults outside local development (src/app.ts
// secretsProblem); a deployment configured with them is stopped here, before anything changes.
for (const name of ['DEMO_DATA', 'LOCAL_DEV'])
  if (String(config.vars?.[name] ?? '') === 'true')
    fail(`${name}=true in wrangler.toml [vars]: local development only (demo accounts with known passwords)`);

// Which D1 databases exist already (also checks the login before anything changes).
const listed = runWrangler(['d1', 'list', '--json'], { env: { WRANGLER_HIDE_BANNER: 'true' } });
if (listed.status !== 0)
  fail('could not list the D1 databases (is wrangler logged in? `npx wrangler login`)', listed.out);
let existing;
try {
  existing = new Set(JSON.parse(listed.stdout.slice(listed.stdout.indexOf('['))).map((db) => db.name));
} catch {
  fail('could not read `wrangler d1 list --json`', listed.out);
}
const present = pools.filter((name) => existing.has(name));
const created = pools.filter((name) => !existing.has(name));

// Schema first, code second, for databases that exist (the deployed code may need the new schema).
const migrateRemote = async (databases) => {
  try {
    if (databases.length) await migrate({ target: 'remote', yes: true, databases });
  } catch (error) {
    fail(error.message);
  }
};
await migrateRemote(present);

// Secrets the Worker cannot run without and nobody needs to know: generated once, kept afterwards.
const secrets = runWrangler(['secret', 'list', '--format', 'json'], { env: { WRANGLER_HIDE_BANNER: 'true' } });
let have;
if (secrets.status === 0) {
  try {
    have = new Set(JSON.parse(secrets.stdout.slice(secrets.stdout.indexOf('['))).map((s) => s.name));
  } catch {}
} else if (/Worker "[^"]*"[^\n]* not found/.test(secrets.out)) {
  have = new Set(); // first deploy: the Worker does not exist yet
}
const generated = {};
if (have) {
  if (!have.has('JWT_SECRET')) generated.JWT_SECRET = randomBytes(48).toString('base64url');
  if (!have.has('ENCRYPTION_KEY')) generated.ENCRYPTION_KEY = randomBytes(32).toString('hex');
} else {
  console.warn('could not list the Worker secrets: none generated (`npx wrangler secret list` says why)');
}

const deployArgs = ['deploy', ...passthrough];
const dir = mkdtempSync(join(tmpdir(), 'atrium-deploy-'));
try {
  if (Object.keys(generated).length) {
    const file = join(dir, 'secrets.env');
    writeFileSync(
      file,
      Object.entries(generated)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
      { mode: 0o600 },
    );
    deployArgs.push('--secrets-file', file);
    console.log(`generated ${Object.keys(generated).join(' and ')} (random; uploaded with this deploy)`);
  }
  const code = await runWranglerLive(deployArgs);
  if (code !== 0) fail(`wrangler deploy exited with ${code}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Databases provisioned by this deploy get their schema now.
await migrateRemote(created);

if (have && !have.has('ADMIN_PASSWORD'))
  console.log(
    '\nNo ADMIN_PASSWORD yet: `npx wrangler secret put ADMIN_PASSWORD` (at least 12 characters, not `admin`) creates the `admin` account with it (first request).',
  );
