// The OpenAPI document and the client types, built in Node without starting anything: the Worker's app is
// bundled with esbuild (as wrangler would), imported, and asked for its document. Used by `npm run client`
// (writes client/) and `npm test` (scripts/openapi-check.mjs: the committed files equal a fresh build).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import openapiTS, { astToString } from 'openapi-typescript';
import { root } from './dev-server.mjs';

export const DOCUMENT_PATH = join(root, 'client', 'openapi.json');
export const TYPES_PATH = join(root, 'client', 'schema.d.ts');

/** The document exactly as GET /openapi.json serves it (test/openapi.test.ts compares the two). */
export async function buildDocument() {
  const entry = `import { createApp } from './src/app';
import { DOCUMENT_CONFIG } from './src/docs';
export const document = createApp().getOpenAPI31Document(DOCUMENT_CONFIG);`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'openapi-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    external: ['cloudflare:*'],
    logLevel: 'error',
  });
  const dir = mkdtempSync(join(tmpdir(), 'atrium-openapi-'));
  try {
    const file = join(dir, 'app.mjs');
    writeFileSync(file, result.outputFiles[0].text);
    const { document } = await import(pathToFileURL(file).href);
    return document;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The document as committed: two-space JSON and a final newline. */
export const documentText = (document) => `${JSON.stringify(document, null, 2)}\n`;

/** TypeScript types for openapi-fetch (openapi-typescript, no network: the document is passed in). */
export async function buildTypes(document) {
  const ast = await openapiTS(structuredClone(document), { silent: true });
  return astToString(ast);
}
