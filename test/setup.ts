import { applyD1Migrations, env } from 'cloudflare:test';
import { ensureBootstrapped, resetBootstrap } from '../src/core/ops/bootstrap';
import { resetCaches } from '../src/core/ops/cache';

/**
 * Runs before every test file. Files share one runner (vitest `isolate: false`, so modules load once),
 * but each file still starts from fresh storage: both pools are emptied and migrated again, KV is
 * cleared, and the per-isolate caches and bootstrap are reset. Durable Objects are the one thing kept
 * between files: tests give their login names, client addresses and workflow ids unique values.
 */
async function emptyDatabase(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare(
      "select type, name from sqlite_master where type in ('table', 'view') and name not like 'sqlite\\_%' escape '\\' and name not like '\\_cf\\_%' escape '\\'",
    )
    .all<{ type: string; name: string }>();
  const views = results.filter((r) => r.type === 'view');
  let tables = results.filter((r) => r.type === 'table').map((r) => r.name);
  if (views.length) await db.batch(views.map((v) => db.prepare(`drop view if exists "${v.name}"`)));
  // Children before parents: a table still referenced by rows elsewhere cannot go yet; retry in rounds.
  for (let round = 0; tables.length && round < 10; round++) {
    const left: string[] = [];
    for (const name of tables) {
      try {
        await db.prepare(`drop table if exists "${name}"`).run();
      } catch {
        left.push(name);
      }
    }
    tables = left;
  }
  if (tables.length) throw new Error(`test setup could not drop: ${tables.join(', ')}`);
}

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
