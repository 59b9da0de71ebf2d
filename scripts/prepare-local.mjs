// First step of `npm run dev`: local secrets from the committed example, then the docs assets.
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vars = join(root, '.dev.vars');
if (!existsSync(vars)) {
  copyFileSync(join(root, '.dev.vars.example'), vars);
  console.log('created .dev.vars from .dev.vars.example (local secrets; bootstrap admin admin/admin)');
}
await import('./copy-docs-assets.mjs');
