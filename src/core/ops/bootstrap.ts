import { drizzle } from 'drizzle-orm/d1';
import type { Orm } from '../../db/data-access';
import { poolConfigs } from '../../db/pools';
import * as schema from '../../db/schema';
import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { SYSTEM_ACTOR } from '../identity/actor';
import { ADMIN_GROUP_ID, USER_GROUP_ID } from '../identity/rights';
import { createUser, findUserByLogin } from '../identity/users';
import { upgrade } from './setup';

/**
 * Runs once per isolate before the first request is served. Migrations are applied by `npm run deploy` and
 * `npm run db:migrate:*`; only in local development (`migrate`: LOCAL_DEV on a local host) does it apply
 * the pending ones itself, so a plain `npx wrangler dev` works on a fresh checkout. Then it
 * mirrors the pool registry into `pools`, creates the bootstrap admin when ADMIN_PASSWORD is set and no
 * `admin` exists (production: `wrangler secret put ADMIN_PASSWORD`; there is no default), and loads the
 * demo data when DEMO_DATA is "true" (local dev and tests only). Everything is idempotent, so concurrent
 * isolates (and requests, below) may race safely. A failure is retried on the next request.
 */
export type DemoLoader = (orm: Orm, env: Bindings) => Promise<void>;

const demoLoaders: DemoLoader[] = [loadIdentityDemo];

/** Faces add their demo data here (each loader must be idempotent). */
export function registerDemoLoader(loader: DemoLoader): void {
  if (!demoLoaders.includes(loader)) demoLoaders.push(loader);
}

/**
 * The isolate's bootstrap state. No promise is kept: a request never waits on another request's I/O (its
 * continuation could run in a context that has ended). While one request bootstraps, the others of this
 * isolate poll the flag on their own timers; if it fails (or its request is cancelled and never reports,
 * see STALE_MS) they run it themselves: bootstrap is idempotent.
 */
let done = false;
let runningSince = 0;
const POLL_MS = 5;
const STALE_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True once this isolate is bootstrapped: the request path then skips ensureBootstrapped's promise. */
export const isBootstrapped = (): boolean => done;

export async function ensureBootstrapped(env: Bindings, options: { migrate?: boolean } = {}): Promise<void> {
  if (done) return;
  // A Worker's clock stands still at module scope: the isolate's start is its first request.
  startedAt ??= Date.now();
  while (runningSince && !done && Date.now() - runningSince < STALE_MS) await sleep(POLL_MS);
  if (done) return;
  runningSince = Date.now();
  try {
    await bootstrap(env, options.migrate === true);
    done = true;
  } finally {
    runningSince = 0;
  }
}

let startedAt: number | undefined;

/** When this isolate served its first request (milliseconds): DATAGERRY's "program uptime" counts from it. */
export const isolateStartedAt = (): number => startedAt ?? Date.now();

/** For tests that reset storage between files. */
export function resetBootstrap(): void {
  done = false;
  runningSince = 0;
}

/** The one command that migrates the local pools, named wherever a local database is found unmigrated. */
export const LOCAL_MIGRATE_COMMAND = 'npm run db:migrate:local';

/** Local development: applies every pool's pending migrations (none when current: one read per pool). */
export async function migrateLocalPools(env: Bindings): Promise<string[]> {
  const applied: string[] = [];
  for (const pool of poolConfigs(env)) {
    const db = (env as unknown as Record<string, D1Database | undefined>)[pool.binding];
    if (!db) continue;
    try {
      applied.push(...(await upgrade(db, pool.alias)).map((name) => `${pool.alias}: ${name}`));
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'error',
          message: `Local migrations failed on pool ${pool.alias}: run \`${LOCAL_MIGRATE_COMMAND}\``,
          cause: error instanceof Error ? error.message : String(error),
        }),
      );
      throw notMigrated();
    }
  }
  // console.info: shown by `npm run dev` (WRANGLER_LOG=info), unlike console.log.
  if (applied.length) console.info(`Applied local migrations: ${applied.join(', ')}`);
  return applied;
}

const notMigrated = () =>
  new AppError(
    'UNAVAILABLE',
    `The database is not migrated: run \`${LOCAL_MIGRATE_COMMAND}\` (local) or \`npm run db:migrate:remote\``,
    { retryAfter: 5 },
  );

async function bootstrap(env: Bindings, migrate: boolean): Promise<void> {
  if (migrate) await migrateLocalPools(env);
  const orm = drizzle(env.DB);
  const pools = poolConfigs(env);
  try {
    await orm.insert(schema.pools).values(pools).onConflictDoNothing();
  } catch (error) {
    // An unmigrated database: say what to run instead of the raw query failure.
    if (/no such table/i.test(`${error instanceof Error ? `${error.message} ${error.cause ?? ''}` : ''}`))
      throw notMigrated();
    throw error;
  }
  if (env.ADMIN_PASSWORD)
    await ensureUser(orm, 'admin', env.ADMIN_PASSWORD, ADMIN_GROUP_ID, { firstName: 'Administrator' });
  if (env.DEMO_DATA === 'true') for (const load of demoLoaders) await load(orm, env);
}

async function ensureUser(
  orm: Orm,
  login: string,
  password: string,
  groupId: number,
  extra: { firstName?: string; lastName?: string; email?: string; readOnly?: boolean } = {},
): Promise<void> {
  if (await findUserByLogin(orm, login)) return;
  try {
    await createUser(orm, { login, password, groupId, ...extra }, SYSTEM_ACTOR);
  } catch (error) {
    // Another isolate created it between our read and write: that is the outcome we wanted.
    if (!(await findUserByLogin(orm, login))) throw error;
  }
}

/** The seed's user example: `demo` / `demo`, non-admin and read-only (local dev only). */
async function loadIdentityDemo(orm: Orm): Promise<void> {
  await ensureUser(orm, 'demo', 'demo', USER_GROUP_ID, {
    firstName: 'Demo',
    lastName: 'User',
    email: 'demo@example.com',
    readOnly: true,
  });
}
