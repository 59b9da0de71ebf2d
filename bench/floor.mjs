// The request path's floor (not part of `npm run bench`): what Atrium's isolate spends on a request before and
// after any data work, against a bare Worker's and a bare hono app's. Usage (after one `npm run bench` has
// loaded bench/.state):
//   node bench/floor.mjs [runs]
// Three builds, in a scratch copy of the committed tree (the working tree is never touched):
// - Atrium with Liberty's stored-query page answering an empty page right after its checks (authentication,
//   rights, validation of its query): the frame, the router, the face and the answer with all its headers,
//   and no D1 call;
// - the same, its answer with the content type only (what the secure headers and the request id cost);
// - a hono app with that one route and no middleware;
// each compared by bench/ab.mjs with the baseline Worker's `/hello` (a URL parsed, a JSON answer).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIBERTY_LIMIT, LIBERTY_Q } from './fixtures.mjs';

const runs = process.argv[2] ?? '5';
const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const scratch = mkdtempSync(join(tmpdir(), 'atrium-floor-'));
const path = `/api/db/query?source=framework&type=table&pool=default&query=9001&q=${encodeURIComponent(JSON.stringify(LIBERTY_Q))}&limit=${LIBERTY_LIMIT}`;

try {
  execFileSync('sh', ['-c', `git -C "${root}" archive HEAD | tar -x -C "${scratch}"`]);
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  const route = join(scratch, 'src/faces/liberty/query.routes.ts');
  const source = readFileSync(route, 'utf8');
  const checked = '      requirePool(c.env, q.pool);\n';
  if (!source.includes(checked)) throw new Error('the Liberty page handler changed: update bench/floor.mjs');
  writeFileSync(
    route,
    source.replace(
      checked,
      `${checked}      return jsonAnswer(c, { items: [], status: 'success' as const, metadata: [], hasMore: false, limit: q.limit, offset: q.offset, count: 0 }, 200);\n`,
    ),
  );
  const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js');
  const build = (dir) =>
    execFileSync(node, [wrangler, 'deploy', '--dry-run', '--outdir', join(scratch, dir)], {
      cwd: scratch,
      stdio: 'ignore',
    });
  build('floor');
  // The same, its answer carrying the content type only (no secure headers, no request id): their share.
  const answer = join(scratch, 'src/middleware/answer.ts');
  const headers =
    "headers: { 'content-type': 'application/json', ...headers, ...SECURE, 'x-request-id': c.get('requestId') },";
  const answerSource = readFileSync(answer, 'utf8');
  if (!answerSource.includes(headers)) throw new Error('jsonAnswer changed: update bench/floor.mjs');
  writeFileSync(answer, answerSource.replace(headers, "headers: { 'content-type': 'application/json' },"));
  build('floor-bare-answer');

  // The bare hono app: the same path, its query read, a JSON answer; the Durable Object classes exist only
  // because the bench's server binds them.
  const bare = join(scratch, 'bare.ts');
  writeFileSync(
    bare,
    `import { Hono } from 'hono';
import { DurableObject } from 'cloudflare:workers';
const app = new Hono();
app.get('/api/db/query', (c) => {
  const q = c.req.query();
  return c.json({ items: [], status: 'success', metadata: [], hasMore: false, limit: Number(q.limit ?? 1000), offset: 0, count: 0 });
});
export default app;
${['PoolDO', 'WorkflowDO', 'ThrottleDO', 'FeedDO', 'ProcessDO'].map((n) => `export class ${n} extends DurableObject {}`).join('\n')}
`,
  );
  execFileSync(
    join(root, 'node_modules/.bin/esbuild'),
    [
      bare,
      '--bundle',
      '--format=esm',
      '--platform=neutral',
      '--main-fields=module,main',
      '--external:cloudflare:workers',
      `--outfile=${join(scratch, 'bare/index.js')}`,
    ],
    { cwd: scratch, stdio: 'ignore' },
  );

  for (const [name, dir] of [
    ['Atrium, the page answered before any data work', 'floor'],
    ['the same, its answer without the secure headers and the request id', 'floor-bare-answer'],
    ['hono alone, the same route', 'bare'],
  ]) {
    const out = execFileSync(node, [join(root, 'bench/ab.mjs'), join(scratch, dir), 'baseline', path, runs], {
      encoding: 'utf8',
      env: { ...process.env, BASELINE_PATH: '/hello' },
    });
    const lines = out.split('\n');
    console.log(`\n${name} (A) against the bare Worker's /hello (B):`);
    console.log(lines.filter((l) => /^A (median|runs)/.test(l)).join('\n'));
    console.log(
      lines
        .slice(lines.findIndex((l) => /^A runs/.test(l)) + 1)
        .slice(0, 15)
        .join('\n'),
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
