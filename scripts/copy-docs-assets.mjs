// Copies the Redoc and Swagger UI browser bundles from their npm packages into public/docs/,
// which wrangler serves as static assets: the docs UIs never enter the Worker bundle or need a CDN.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const out = join(root, 'public', 'docs');
mkdirSync(out, { recursive: true });

const redoc = dirname(require.resolve('redoc/package.json'));
const swagger = dirname(require.resolve('swagger-ui-dist/package.json'));
const files = [
  [join(redoc, 'bundles', 'redoc.standalone.js'), 'redoc.standalone.js'],
  [join(swagger, 'swagger-ui-bundle.js'), 'swagger-ui-bundle.js'],
  [join(swagger, 'swagger-ui.css'), 'swagger-ui.css'],
];
for (const [from, name] of files) copyFileSync(from, join(out, name));

// Redoc's sidebar footer shows a logo fetched from Redocly's CDN (no option turns it off). The docs load
// nothing from outside this origin: point the image at an empty data URL, whose load error makes Redoc
// drop the image (the "API docs by Redocly" link stays).
const redocBundle = join(out, 'redoc.standalone.js');
const CDN_LOGO = '"https://cdn.redoc.ly/redoc/logo-mini.svg"';
const bundle = readFileSync(redocBundle, 'utf8');
if (bundle.split(CDN_LOGO).length !== 2)
  throw new Error(`copy-docs-assets: Redoc's logo URL ${CDN_LOGO} not found once`);
writeFileSync(redocBundle, bundle.replace(CDN_LOGO, '"data:,"'));
console.log(`docs assets: ${files.length} files in public/docs`);
