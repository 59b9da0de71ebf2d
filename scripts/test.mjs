// `npm test`: every check, one line each when it passes (its output is kept and printed only when it fails),
// with its time. Two lanes run at once: the vitest suite (workerd), and the static checks followed by the
// end-to-end dev start, which would otherwise wait for it. The last line is the totals (test-summary.mjs).
//   npm test -- --serial   runs the steps one after another (to time each alone)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/dev-server.mjs';

const serial = process.argv.includes('--serial');

const STEPS = {
  assets: 'node scripts/copy-docs-assets.mjs && node scripts/embed-migrations.mjs',
  vitest: 'vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json',
  lint: 'biome check .',
  'db:check': 'node scripts/check-schema.mjs',
  typecheck: 'tsc --noEmit && node scripts/typegen-check.mjs',
  'openapi:check': 'node scripts/openapi-check.mjs',
  'build:check': 'wrangler deploy --dry-run --outdir dist',
  'e2e-dev': 'node scripts/e2e-dev.mjs',
};

const timings = {};
function run(name) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(STEPS[name], {
      cwd: root,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        WRANGLER_HIDE_BANNER: 'true',
        WRANGLER_SEND_METRICS: 'false',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      timings[name] = Number(seconds.toFixed(1));
      const detail = name === 'vitest' ? ` (${/Tests\s+(.*)/.exec(output)?.[1]?.trim() ?? ''})` : '';
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(14)} ${seconds.toFixed(1).padStart(5)} s${detail}`);
      if (code !== 0) console.log(`--- ${name} output ---\n${output.trim().split('\n').slice(-300).join('\n')}\n---`);
      resolve(code === 0);
    });
  });
}

async function lane(names) {
  for (const name of names) if (!(await run(name))) return false;
  return true;
}

const started = performance.now();
let ok = await run('assets');
if (ok) {
  const checks = ['lint', 'db:check', 'typecheck', 'openapi:check', 'build:check', 'e2e-dev'];
  const results = serial ? [await lane(['vitest', ...checks])] : await Promise.all([lane(['vitest']), lane(checks)]);
  ok = results.every(Boolean);
}
mkdirSync(join(root, '.test-results'), { recursive: true });
writeFileSync(
  join(root, '.test-results', 'timings.json'),
  JSON.stringify({ total: Number(((performance.now() - started) / 1000).toFixed(1)), serial, steps: timings }),
);
console.log(`npm test: ${((performance.now() - started) / 1000).toFixed(1)} s${serial ? ' (serial)' : ''}`);
if (!ok) process.exit(1);
await import('./test-summary.mjs');
