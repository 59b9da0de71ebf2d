import { applyD1Migrations, env } from 'cloudflare:test';
import { setPasswordCostForTests } from '../src/core/identity/passwords';
import { ensureBootstrapped, resetBootstrap } from '../src/core/ops/bootstrap';
import { resetCaches } from '../src/core/ops/cache';
import { TEST_PASSWORD_COST } from './support/actors';
import { captureDatabase, type DatabaseImage, emptyDatabase, restoreDatabase } from './support/storage';

/**
 * Runs before every test file. Files share one runner (vitest `isolate: false`, so modules load once),
 * but each file still starts from fresh storage. The first file empties both pools, applies every
 * migration and bootstraps (admin, demo data), as dev and production do; that state (both pools and KV) is
 * captured, and every later file gets it back: only the tables whose data version moved (with the tables
 * that reference them), and KV whole. That costs a fraction of replaying migrations and bootstrap, and it
 * is the same state, so the bootstrap is not run again. The per-isolate caches are reset. Durable Objects
 * are the one thing kept between files: tests give their login names, client addresses and workflow ids
 * unique values.
 */
type KvImage = { key: string; value: string }[];

async function listKeys(kv: KVNamespace): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list({ cursor });
    keys.push(...page.keys.map((k) => k.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return keys;
}

async function captureKv(kv: KVNamespace): Promise<KvImage> {
  const keys = await listKeys(kv);
  return Promise.all(keys.map(async (key) => ({ key, value: (await kv.get(key)) ?? '' })));
}

async function restoreKv(kv: KVNamespace, image: KvImage): Promise<void> {
  await Promise.all((await listKeys(kv)).map((k) => kv.delete(k)));
  await Promise.all(image.map(({ key, value }) => kv.put(key, value)));
}

interface Images {
  db: DatabaseImage;
  libnsx1: DatabaseImage;
  kv: KvImage;
}
const saved = globalThis as typeof globalThis & { __atriumImages?: Images };

// PBKDF2 at 1,000 iterations instead of 100,000: the suite makes ~600 derivations (logins, new users,
// unknown-user dummies, throttling), ~15-20 s of CPU at full cost; the cost itself is checked in
// test/core/identity/passwords.test.ts. Set before the first file's bootstrap, so the image's hashes match.
setPasswordCostForTests(TEST_PASSWORD_COST);
resetCaches();
const images = saved.__atriumImages;
if (images) {
  await Promise.all([
    restoreDatabase(env.DB, images.db),
    restoreDatabase(env.DB_LIBNSX1, images.libnsx1),
    restoreKv(env.CACHE, images.kv),
  ]);
  // Workflow nodes key their Durable Object state by uid, and Durable Objects outlive a file: restored
  // nodes get new uids, as freshly loaded demo data would.
  await env.DB.prepare(
    "update wf_activity set uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))",
  ).run();
} else {
  await restoreKv(env.CACHE, []);
  await Promise.all([emptyDatabase(env.DB), emptyDatabase(env.DB_LIBNSX1)]);
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  await applyD1Migrations(env.DB_LIBNSX1, env.TEST_MIGRATIONS);
  resetBootstrap();
  await ensureBootstrapped(env);
  saved.__atriumImages = {
    db: await captureDatabase(env.DB),
    libnsx1: await captureDatabase(env.DB_LIBNSX1),
    kv: await captureKv(env.CACHE),
  };
}
// A file that reset the bootstrap (or made it fail) left it to be run again: on this restored state, as
// in a fresh isolate.
await ensureBootstrapped(env);
