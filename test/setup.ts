import { applyD1Migrations, env } from 'cloudflare:test';
import { ensureBootstrapped, resetBootstrap } from '../src/core/ops/bootstrap';
import { resetCaches } from '../src/core/ops/cache';
import { captureDatabase, type DatabaseImage, emptyDatabase, restoreDatabase } from './support/storage';

/**
 * Runs before every test file. Files share one runner (vitest `isolate: false`, so modules load once),
 * but each file still starts from fresh storage. The first file empties both pools, applies every
 * migration and bootstraps (admin, demo data), as dev and production do; that state is captured and every
 * later file gets it restored (schema, rows, AUTOINCREMENT counters), which costs a fraction of replaying
 * it. KV is cleared and the per-isolate caches and bootstrap are reset. Durable Objects are the one thing
 * kept between files: tests give their login names, client addresses and workflow ids unique values.
 */
async function emptyKv(kv: KVNamespace): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await kv.list({ cursor });
    await Promise.all(page.keys.map((k) => kv.delete(k.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
}

const images = globalThis as typeof globalThis & { __atriumImages?: [DatabaseImage, DatabaseImage] };

await emptyKv(env.CACHE);
resetCaches();
resetBootstrap();
if (images.__atriumImages) {
  await Promise.all([
    restoreDatabase(env.DB, images.__atriumImages[0]),
    restoreDatabase(env.DB_LIBNSX1, images.__atriumImages[1]),
  ]);
  // Workflow nodes key their Durable Object state by uid, and Durable Objects outlive a file: restored
  // nodes get new uids, as freshly loaded demo data would.
  await env.DB.prepare(
    "update wf_activity set uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))",
  ).run();
} else {
  await Promise.all([emptyDatabase(env.DB), emptyDatabase(env.DB_LIBNSX1)]);
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  await applyD1Migrations(env.DB_LIBNSX1, env.TEST_MIGRATIONS);
  await ensureBootstrapped(env);
  images.__atriumImages = [await captureDatabase(env.DB), await captureDatabase(env.DB_LIBNSX1)];
}
await ensureBootstrapped(env);
