// Part of `npm run typecheck`: fails when the committed worker-configuration.d.ts is not what
// `npm run cf-typegen` writes for the current wrangler.toml (secrets from .dev.vars.example, so the result
// does not depend on a developer's .dev.vars). Then `wrangler dev` does not warn that types are stale.
import { spawnSync } from 'node:child_process';
import { root } from './lib/dev-server.mjs';
import { wranglerBin } from './lib/wrangler.mjs';

const run = spawnSync(process.execPath, [wranglerBin, 'types', '--check', '--env-file', '.dev.vars.example'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, WRANGLER_HIDE_BANNER: 'true', WRANGLER_SEND_METRICS: 'false', CI: 'true' },
});
if (run.status !== 0) {
  console.error(`${run.stdout}${run.stderr}`.trim());
  console.error('worker-configuration.d.ts is stale: run `npm run cf-typegen` and commit it.');
  process.exit(1);
}
