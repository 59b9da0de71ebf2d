// `npm run test:reference` (run by .ci/run, not by `npm test`): the iDempiere REST project's own Postman
// collection, with the smallest adaptation kept in test/reference/ (order, ids), run by newman against a
// fresh `npm run dev` (its own local state in a temporary directory). Lists every request that does not
// answer 2xx and fails unless each is on the documented exceptions list (test/reference/exceptions.mjs);
// an exception that now answers 2xx fails too, so the list only shrinks. Writes .test-results/reference.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapt } from '../test/reference/adaptation.mjs';
import { EXCEPTIONS } from '../test/reference/exceptions.mjs';
import { root, startDevServer } from './lib/dev-server.mjs';

const require = createRequire(import.meta.url);
const newman = require('newman');
const here = join(root, 'test', 'reference');
const collection = adapt(JSON.parse(readFileSync(join(here, 'idempiere-rest.postman_collection.json'), 'utf8')));
const environment = JSON.parse(readFileSync(join(here, 'environment.json'), 'utf8'));

const run = (options) =>
  new Promise((resolve, reject) => newman.run(options, (error, summary) => (error ? reject(error) : resolve(summary))));

const state = mkdtempSync(join(tmpdir(), 'atrium-reference-'));
let server;
let code = 1;
try {
  server = await startDevServer({ args: ['--persist-to', state] });
  const port = new URL(server.base).port;
  for (const value of environment.values) if (value.key === 'port') value.value = port;
  const summary = await run({ collection, environment, reporters: [], timeoutRequest: 30_000 });
  const results = summary.run.executions.map((e) => {
    const number = Number.parseInt(e.item.name, 10);
    const status = e.response?.code ?? 0;
    return { number, name: e.item.name, method: e.request.method, status, ok: status >= 200 && status < 300, e };
  });
  // REFERENCE_SHOW=13,16 prints those requests' answers (to look at what a request really got).
  const show = new Set((process.env.REFERENCE_SHOW ?? '').split(',').filter(Boolean).map(Number));
  for (const r of results.filter((x) => show.has(x.number)))
    console.log(
      `\n--- ${r.name} ${r.status} ${r.e.request.url.toString()}\n${r.e.response?.stream?.toString().slice(0, 3000)}`,
    );
  for (const r of results) delete r.e;
  const passed = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const unexpected = failed.filter((r) => !EXCEPTIONS[r.number]);
  const stale = passed.filter((r) => EXCEPTIONS[r.number]);
  console.log(`\nreference collection: ${passed.length} of ${results.length} requests answered 2xx\n`);
  for (const r of failed)
    console.log(
      `${EXCEPTIONS[r.number] ? 'known' : 'FAIL '} ${String(r.status).padEnd(3)} ${r.method.padEnd(6)} ${r.name}${EXCEPTIONS[r.number] ? `  (${EXCEPTIONS[r.number]})` : ''}`,
    );
  for (const r of stale)
    console.log(`STALE ${r.status} ${r.method.padEnd(6)} ${r.name}: answers 2xx now, take it off the exceptions`);
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(
    join(root, '.test-results', 'reference.json'),
    `${JSON.stringify({ passed: passed.length, total: results.length, results }, null, 2)}\n`,
  );
  code = unexpected.length || stale.length ? 1 : 0;
  if (code) console.log(`\n${unexpected.length} unexpected failure(s), ${stale.length} stale exception(s)`);
} catch (error) {
  console.error(error?.stack ?? error);
  if (server) console.error(server.output().slice(-3000));
} finally {
  server?.stop();
  rmSync(state, { recursive: true, force: true });
}
process.exit(code);
