import { applyD1Migrations, env } from 'cloudflare:test';
import { ensureBootstrapped, resetBootstrap } from '../src/core/ops/bootstrap';
import { resetCaches } from '../src/core/ops/cache';
import { emptyDatabase } from './support/storage';

/**
 * Runs before every test file. Files share one runner (vitest `isolate: false`, so modules load once),
 * but each file still starts from fresh storage: both pools are emptied and migrated again, KV is
 * cleared, and the per-isolate caches and bootstrap are reset. Durable Objects are the one thing kept
 * between files: tests give their login names, client addresses and workflow ids unique values.
 */
async function emptyKv(kv: KVNamespace): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await kv.list({ cursor });
    await Promise.all(page.keys.map((k) => kv.delete(k.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
}

await Promise.all([emptyDatabase(env.DB), emptyDatabase(env.DB_LIBNSX1), emptyKv(env.CACHE)]);
resetCaches();
resetBootstrap();
// Every pool receives the migrations, as in dev and production; then the bootstrap admin and demo data.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.DB_LIBNSX1, env.TEST_MIGRATIONS);
await ensureBootstrapped(env);
