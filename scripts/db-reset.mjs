// `npm run db:reset`: a fresh local state. Removes the local D1 databases, KV and Durable Objects that
// `npm run dev` keeps in .wrangler/state; the next `npm run dev` (or `npx wrangler dev`) migrates every pool
// and loads the demo data on its first request. Stop the dev server first. Remote databases are never touched.
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './lib/dev-server.mjs';

const state = join(root, '.wrangler', 'state');
if (existsSync(state)) {
  rmSync(state, { recursive: true, force: true });
  console.log(`db:reset: removed ${relative(root, state)} (local D1, KV and Durable Objects)`);
} else console.log(`db:reset: no local state in ${relative(root, state)}`);
console.log('db:reset: `npm run dev` starts on fresh demo data (migrations and demo data load on its first request)');
