// Copies the Redoc and Swagger UI browser bundles from their npm packages into public/docs/,
// which wrangler serves as static assets: the docs UIs never enter the Worker bundle or need a CDN.
import { copyFileSync, mkdirSync } from 'node:fs';
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
console.log(`docs assets: ${files.length} files in public/docs`);
