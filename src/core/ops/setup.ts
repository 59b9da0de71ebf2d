import type { DataAccess } from '../../db/data-access';
import { poolConfigs } from '../../db/pools';
import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { identityChanged } from '../identity/access-cache';
import { type Actor, requireRight, requireWrite } from '../identity/actor';
import { invalidatePoolSchema } from '../records/registry';
import { DOWN_MIGRATIONS, MIGRATIONS } from './migrations.generated';
import { invalidateReadSets } from './table-versions';

/**
 * Database setup at runtime (Liberty's /api/setup). The migrations are embedded at build time
 * (scripts/embed-migrations.mjs) and tracked in wrangler's own `d1_migrations` table, so
 * `wrangler d1 migrations apply` and these routes always agree on what is applied. Each migration and
 * its bookkeeping row are one batch; down scripts (migrations-down/) undo one step each.
 */

type Db = D1Database | D1DatabaseSession;

const statementsOf = (text: string) =>
  text
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.replace(/--.*$/gm, '').trim().length > 0);

async function ensureTable(db: Db) {
  await db
    .prepare(
      'create table if not exists d1_migrations (id integer primary key autoincrement, name text unique, applied_at timestamp not null default current_timestamp)',
    )
    .run();
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  await ensureTable(db);
  const { results } = await db.prepare('select name from d1_migrations order by id').all<{ name: string }>();
  return results.map((r) => r.name.replace(/\.sql$/, ''));
}

/** Applies every pending migration in order; answers the names applied (none when up to date). */
export async function upgrade(db: Db, pool: string): Promise<string[]> {
  const applied = new Set(await appliedMigrations(db));
  const done: string[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.name)) continue;
    await db.batch([
      ...statementsOf(migration.sql).map((s) => db.prepare(s)),
      db.prepare('insert into d1_migrations (name) values (?)').bind(`${migration.name}.sql`),
    ]);
    done.push(migration.name);
  }
  if (done.length) schemaChanged(pool);
  return done;
}

/** Rolls back to `version` (a migration name or its number): 409 when a step has no down script. */
export async function downgrade(db: Db, pool: string, version: string): Promise<string[]> {
  const applied = await appliedMigrations(db);
  const target = applied.findIndex((name) => name === version || name.split('_')[0] === version.padStart(4, '0'));
  if (target < 0) throw new AppError('NOT_FOUND', `Version ${version.slice(0, 64)} is not applied`);
  const steps = applied.slice(target + 1).reverse();
  const missing = steps.find((name) => !DOWN_MIGRATIONS[name]);
  if (missing) throw new AppError('CONFLICT', `Migration ${missing} has no down script`);
  for (const name of steps)
    await db.batch([
      ...statementsOf(DOWN_MIGRATIONS[name]).map((s) => db.prepare(s)),
      db.prepare('delete from d1_migrations where name in (?, ?)').bind(name, `${name}.sql`),
    ]);
  if (steps.length) schemaChanged(pool);
  return steps;
}

/**
 * After DDL: the schema, which tables a statement reads (a view may read others now) and, since migrations
 * may rewrite identity tables, cached principals are stale.
 */
function schemaChanged(pool: string): void {
  invalidatePoolSchema(pool);
  invalidateReadSets();
  identityChanged();
}

/** The rights of Liberty's setup routes: reading the state, changing the schema, exporting everything. */
export const SETUP_RIGHTS = {
  view: 'base.setup.view',
  install: 'base.setup.install',
  export: 'base.setup.export',
} as const;

export interface PoolVersion {
  pool: string;
  version: string | null;
  applied: number;
}

/** The applied migration version of each configured pool. */
export async function setupStatus(data: DataAccess, actor: Actor, env: Bindings): Promise<PoolVersion[]> {
  requireRight(actor, SETUP_RIGHTS.view);
  const items: PoolVersion[] = [];
  for (const { alias } of poolConfigs(env)) {
    const applied = await appliedMigrations(data.d1(alias));
    items.push({ pool: alias, version: applied[applied.length - 1] ?? null, applied: applied.length });
  }
  return items;
}

/** Applies pending migrations to the given pools; answers what was applied where. */
export async function upgradePools(
  data: DataAccess,
  actor: Actor,
  pools: string[],
): Promise<{ pool: string; migration: string }[]> {
  requireWrite(actor, SETUP_RIGHTS.install);
  const items = [];
  for (const pool of pools)
    for (const name of await upgrade(data.d1(pool), pool)) items.push({ pool, migration: name });
  return items;
}

/**
 * Liberty's downgrade route. It never removes a migration the running code needs (every migration it
 * embeds): that would drop tables the code reads and leave every route failing. Rolling the schema back is
 * a deploy of the older code, not an API call (docs/decisions.md, "Security and robustness, third round").
 * So only steps applied by newer code could be undone here, with down scripts this code has: 409 otherwise.
 */
export async function downgradePool(data: DataAccess, actor: Actor, pool: string, version: string): Promise<string[]> {
  requireWrite(actor, SETUP_RIGHTS.install);
  const db = data.d1(pool);
  const applied = await appliedMigrations(db);
  const target = applied.findIndex((name) => name === version || name.split('_')[0] === version.padStart(4, '0'));
  const needed = applied.slice(Math.max(target, 0) + 1).find((name) => MIGRATIONS.some((m) => m.name === name));
  if (target >= 0 && needed)
    throw new AppError(
      'CONFLICT',
      `Migration ${needed} is needed by the running code: roll the schema back by deploying the older code, not through this API`,
    );
  return downgrade(db, pool, version);
}

/** A revision marker per pool: its latest applied migration, when and by whom. */
export async function recordRevision(data: DataAccess, actor: Actor, env: Bindings): Promise<PoolVersion[]> {
  requireWrite(actor, SETUP_RIGHTS.install);
  const items = await setupStatus(data, actor, env);
  const db = data.d1();
  await db.batch(
    items.map((i) =>
      db
        .prepare('insert into atrium_revisions (pool, migration, created_by) values (?, ?, ?)')
        .bind(i.pool, i.version, actor.login),
    ),
  );
  return items;
}
