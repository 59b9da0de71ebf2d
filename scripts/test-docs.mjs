// `npm run test:docs`: the API docs pages in a real browser. Starts `npm run dev` (as the README says),
// drives Debian's Chromium (installed with apt-get when missing) with puppeteer-core, and checks:
//  - /api (Redoc) renders the document;
//  - /api/test (Swagger UI) renders, logs in through a login route ("Try it out" on Liberty's
//    POST /api/auth/token), authorises with the token it got ("Authorize" dialog), and calls one
//    authenticated route of each face, each answering 200;
//  - neither page loads anything from another origin, throws, or has a request refused by its CSP.
// Screenshots go to .test-results/docs-*.png. Not part of `npm test` (it needs a browser); .ci/run runs it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { root, startDevServer } from './lib/dev-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = join(root, '.test-results');
const checks = [];
function check(name, ok, detail = '') {
  checks.push([name, ok]);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

/** Debian's Chromium, installed non-interactively when missing (CI runs as root). */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as root)`);
  console.log('installing chromium (Debian package)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

/** Records what a page loads and reports: other origins, uncaught errors, CSP refusals. */
function watch(page, base) {
  const seen = { external: [], errors: [], refused: [], requests: 0 };
  const origin = new URL(base).origin;
  page.on('request', (request) => {
    seen.requests++;
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) seen.external.push(request.url());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error.message ?? error)));
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) seen.refused.push(message.text());
  });
  return seen;
}

function checkQuiet(name, seen) {
  check(`${name} loads nothing from another origin`, seen.external.length === 0, seen.external.join(', '));
  check(
    `${name} throws no error and its CSP refuses nothing`,
    !seen.errors.length && !seen.refused.length,
    [...seen.errors, ...seen.refused].join(' | ').slice(0, 500),
  );
}

/**
 * The Swagger UI block of one operation, expanded; answers its CSS selector (the block's id, from its
 * tag and operationId). Swagger UI renders a long document as a virtual list (only the operations near the
 * viewport exist, and they are replaced as the page changes), so the test filters on the operation's tag
 * first (the short list is rendered whole) and always looks blocks up again instead of holding elements.
 */
async function operation(page, method, path) {
  const op = spec.paths[path]?.[method.toLowerCase()];
  const tag = op?.tags?.[0];
  if (!tag || !op.operationId) throw new Error(`${method} ${path} is not in /openapi.json with a tag and an id`);
  const filter = await page.waitForSelector('input.operation-filter-input', { timeout: 10_000 });
  if ((await filter.evaluate((i) => i.value)) !== tag) {
    await filter.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await filter.type(tag);
  }
  const block = `[id="operations-${tag.replaceAll(' ', '_')}-${op.operationId}"]`;
  // Open it; clicks on a block being replaced are lost, so click until it shows its body.
  await retry(`${method} ${path} opens`, async () => {
    if (await page.$(`${block} .opblock-body`)) return true;
    await page.click(`${block} .opblock-summary-control`).catch(() => {});
    return !!(await page.waitForSelector(`${block} .opblock-body`, { timeout: 2_000 }).catch(() => null));
  });
  return block;
}

/** Runs `attempt` until it answers true (at most ten times), else fails naming `what`. */
async function retry(what, attempt) {
  for (let i = 0; i < 10; i++) if (await attempt()) return;
  throw new Error(`${what}: no effect after 10 attempts`);
}

/** "Try it out", optionally a JSON body, "Execute"; resolves with the status and body shown by the UI. */
async function tryItOut(page, method, path, body) {
  const block = await operation(page, method, path);
  await retry(`${method} ${path}: Try it out`, async () => {
    if (await page.$(`${block} button.execute`)) return true;
    await page.click(`${block} .try-out__btn`).catch(() => {});
    return !!(await page.waitForSelector(`${block} button.execute`, { timeout: 2_000 }).catch(() => null));
  });
  if (body !== undefined) {
    await page.click(`${block} textarea.body-param__text`, { count: 3 });
    await page.keyboard.down('Control');
    await page.keyboard.press('A');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.type(`${block} textarea.body-param__text`, JSON.stringify(body));
  }
  const status = `${block} .live-responses-table .response .response-col_status`;
  await retry(`${method} ${path}: Execute`, async () => {
    await page.click(`${block} button.execute`).catch(() => {});
    return !!(await page.waitForSelector(status, { timeout: 5_000 }).catch(() => null));
  });
  const code = Number((await page.$eval(status, (s) => s.textContent)).trim().slice(0, 3));
  const shown = await page.$eval(
    `${block} .live-responses-table .response-col_description pre`,
    (pre) => pre.textContent,
  );
  return { status: code, body: shown };
}

/** The "Authorize" dialog: the bearer token into the `bearerAuth` scheme. */
async function authorize(page, token) {
  await (await page.waitForSelector('.auth-wrapper button.authorize')).click();
  const input = await page.waitForSelector('.modal-ux .auth-container input', { timeout: 10_000 });
  await input.type(token);
  await (await page.waitForSelector('.modal-ux .auth-btn-wrapper button.authorize')).click();
  await page.waitForSelector('.modal-ux .auth-btn-wrapper button.btn-done, .modal-ux .auth-btn-wrapper button.logout', {
    timeout: 10_000,
  });
  const authorised = await page.$eval('.modal-ux', (m) => /Authorized/.test(m.textContent ?? ''));
  await (await page.waitForSelector('.modal-ux button.close-modal')).click();
  return authorised;
}

let server;
let browser;
/** The served OpenAPI document (operations are found in Swagger UI by their tag). */
let spec;
const profile = mkdtempSync(join(tmpdir(), 'atrium-chromium-'));
try {
  ensureChromium();
  server = await startDevServer();
  const { base } = server;
  spec = await (await fetch(`${base}/openapi.json`)).json();
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(results, { recursive: true });

  // Redoc
  const redoc = await browser.newPage();
  await redoc.setViewport({ width: 1280, height: 900 });
  const redocSeen = watch(redoc, base);
  await redoc.goto(`${base}/api`, { waitUntil: 'networkidle0', timeout: 60_000 });
  const redocTitle = await redoc
    .waitForFunction(() => document.querySelector('.api-info h1')?.textContent, { timeout: 60_000 })
    .then((h) => h.jsonValue())
    .catch(() => '');
  check('Redoc renders the Atrium API document (/api)', /Atrium API/.test(redocTitle), redocTitle);
  const redocOps = await redoc.$$eval('[data-section-id^="operation/"], [data-section-id*="/paths/"]', (e) => e.length);
  check('Redoc lists the operations', redocOps > 50, `${redocOps} operations`);
  await redoc.screenshot({ path: join(results, 'docs-redoc.png') });
  checkQuiet('Redoc', redocSeen);

  // Swagger UI
  const swagger = await browser.newPage();
  await swagger.setViewport({ width: 1280, height: 900 });
  const swaggerSeen = watch(swagger, base);
  await swagger.goto(`${base}/api/test`, { waitUntil: 'networkidle0', timeout: 60_000 });
  const swaggerTitle = await swagger
    .waitForSelector('.swagger-ui .info .title', { timeout: 60_000 })
    .then((t) => t.evaluate((e) => e.textContent))
    .catch(() => '');
  check('Swagger UI renders the Atrium API document (/api/test)', /Atrium API/.test(swaggerTitle), swaggerTitle);

  const login = await tryItOut(swagger, 'POST', '/api/auth/token', { user: 'admin', password: 'admin' });
  let token = '';
  try {
    token = JSON.parse(login.body).access_token ?? '';
  } catch {}
  check('Swagger UI logs in through POST /api/auth/token (Try it out)', login.status === 200 && !!token, login.body);
  check('Swagger UI authorises with that token (Authorize)', await authorize(swagger, token));

  for (const [face, path] of [
    ['Liberty', '/api/fmw/applications'],
    ['iDempiere', '/api/v1/models'],
    ['DATAGERRY', '/rest/types'],
    ['Ribbon2', '/api/account'],
  ]) {
    const res = await tryItOut(swagger, 'GET', path);
    check(`Swagger UI calls ${face} GET ${path} with the token: 200`, res.status === 200, `${res.status} ${res.body}`);
  }
  await swagger.screenshot({ path: join(results, 'docs-swagger.png') });
  checkQuiet('Swagger UI', swaggerSeen);

  const icon = await fetch(`${base}/favicon.ico`);
  check('/favicon.ico is served', icon.status === 200 && (await icon.arrayBuffer()).byteLength > 0);
} catch (error) {
  check(String(error?.stack ?? error), false);
  // What the browser showed when it failed.
  for (const [i, p] of ((await browser?.pages().catch(() => [])) ?? []).entries())
    await p.screenshot({ path: join(results, `docs-failed-${i}.png`), fullPage: true }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  server?.stop();
  rmSync(profile, { recursive: true, force: true });
}

const failed = checks.filter(([, ok]) => !ok).length;
if (failed && server) console.log(`--- dev server output ---\n${server.output().slice(-3000)}`);
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'docs.json'), JSON.stringify({ passed: checks.length - failed, failed }));
console.log(`test-docs: ${checks.length - failed} checks ok, ${failed} failing`);
process.exit(failed ? 1 : 0);
