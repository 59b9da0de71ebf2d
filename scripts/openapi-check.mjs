// Step of `npm test`: the committed client/ files equal a fresh build (run `npm run client` when they do
// not), and Redocly's recommended lint of the document passes: 0 errors, at most MAX_WARNINGS warnings,
// each from a rule redocly.yaml lists with its reason. Starts nothing and needs no network.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/dev-server.mjs';
import { buildDocument, buildTypes, DOCUMENT_PATH, documentText, TYPES_PATH } from './lib/openapi.mjs';

const MAX_WARNINGS = 20;
const failures = [];
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(name);
};
const committed = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

const document = await buildDocument();
const stale = 'stale: run `npm run client` and commit client/';
check('client/openapi.json is the current document', committed(DOCUMENT_PATH) === documentText(document), stale);
check('client/schema.d.ts is generated from it', committed(TYPES_PATH) === (await buildTypes(document)), stale);

// The CLI's own telemetry and update notice are off (env and redocly.yaml): the lint runs offline.
const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
let report;
try {
  report = execFileSync(
    process.execPath,
    [cli, 'lint', DOCUMENT_PATH, '--config', join(root, 'redocly.yaml'), '--format=json', '--max-problems=1000'],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
      timeout: 60_000,
    },
  );
} catch (error) {
  // A lint with errors exits non-zero; its report is still on stdout.
  report = error.stdout ?? '';
}
const json = report.slice(report.indexOf('{'));
const { totals, problems } = JSON.parse(json);
const listed = new Set(
  [...readFileSync(join(root, 'redocly.yaml'), 'utf8').matchAll(/^ {2}([a-z0-9.-]+): warn\b/gm)].map((m) => m[1]),
);
const describe = (p) => `${p.ruleId} ${p.location?.[0]?.pointer ?? ''}: ${p.message}`;
const errors = problems.filter((p) => p.severity === 'error');
const unlisted = problems.filter((p) => p.severity === 'warn' && !listed.has(p.ruleId));
check('redocly lint (recommended): no errors', totals.errors === 0, errors.map(describe).join('; '));
check(`redocly lint: at most ${MAX_WARNINGS} warnings`, totals.warnings <= MAX_WARNINGS, `${totals.warnings} warnings`);
check(
  'redocly lint: every warning is listed in redocly.yaml',
  unlisted.length === 0,
  unlisted.map(describe).join('; '),
);
console.log(
  `openapi: ${5 - failures.length} passed, ${failures.length} failed (lint: ${totals.errors} errors, ${totals.warnings} warnings)`,
);
process.exit(failures.length ? 1 : 0);
