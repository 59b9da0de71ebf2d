// First step of `npm run dev`: local secrets from the committed example. The docs assets and the embedded
// migrations are built by wrangler itself (wrangler.toml's [build] command), and the Worker applies
// pending migrations to the local pools on its first request.
import { appendFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vars = join(root, '.dev.vars');
const example = join(root, '.dev.vars.example');

/** KEY=value lines of a dotenv file, in order. */
const entries = (text) =>
  text
    .split('\n')
    .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line))
    .filter(Boolean)
    .map((m) => [m[1], m[0].trim()]);

if (!existsSync(vars)) {
  copyFileSync(example, vars);
  console.log('created .dev.vars from .dev.vars.example (local secrets; bootstrap admin admin/admin)');
} else {
  // Keys added to the example since this .dev.vars was made (LOCAL_DEV, CORS_ORIGINS…); its own values stay.
  const current = readFileSync(vars, 'utf8');
  const have = new Set(entries(current).map(([key]) => key));
  const missing = entries(readFileSync(example, 'utf8')).filter(([key]) => !have.has(key));
  if (missing.length) {
    const lines = missing.map(([, line]) => line).join('\n');
    appendFileSync(vars, `${current.endsWith('\n') || !current ? '' : '\n'}# added from .dev.vars.example\n${lines}\n`);
    console.log(`.dev.vars: added ${missing.map(([key]) => key).join(', ')} from .dev.vars.example`);
  }
}
