// Last step of `npm test`: one closing line for the whole run (vitest in workerd + the e2e dev check),
// so CI logs end with the real totals. Each step has already failed the run if it failed.
// `--with-docs` (.ci/run, after `npm run test:docs`) adds the browser checks of the docs pages.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const vitest = read('.test-results/vitest.json');
const e2e = read('.test-results/e2e.json');
const withDocs = process.argv.includes('--with-docs');
const docs = withDocs ? read('.test-results/docs.json') : undefined;
const passed = (vitest?.numPassedTests ?? 0) + (e2e?.passed ?? 0) + (docs?.passed ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (e2e?.failed ?? 0) + (docs?.failed ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || !vitest || !e2e || (withDocs && !docs) ? 1 : 0);
