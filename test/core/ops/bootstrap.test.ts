import { env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureBootstrapped,
  LOCAL_MIGRATE_COMMAND,
  migrateLocalPools,
  resetBootstrap,
} from '../../../src/core/ops/bootstrap';
import { emptyDatabase } from '../../support/storage';

describe('bootstrap', () => {
  it('mirrors the pool registry into the pools table', async () => {
    const rows = await env.DB.prepare('select alias, binding from pools order by alias').all();
    expect(rows.results).toEqual([
      { alias: 'default', binding: 'DB' },
      { alias: 'libnsx1', binding: 'DB_LIBNSX1' },
    ]);
  });

  it('created the admin (from ADMIN_PASSWORD) and the demo user (from DEMO_DATA), idempotently', async () => {
    resetBootstrap();
    await ensureBootstrapped(env);
    const rows = await env.DB.prepare(
      "select login, read_only from users where login in ('admin','demo') order by login",
    ).all();
    expect(rows.results).toEqual([
      { login: 'admin', read_only: 0 },
      { login: 'demo', read_only: 1 },
    ]);
  });

  it('creates no admin without ADMIN_PASSWORD (production has no default password)', async () => {
    await env.DB.prepare("delete from users where login = 'admin'").run();
    resetBootstrap();
    await ensureBootstrapped({ ...env, ADMIN_PASSWORD: undefined, DEMO_DATA: 'false' });
    const row = await env.DB.prepare("select count(*) as n from users where login = 'admin'").first<{ n: number }>();
    expect(row?.n).toBe(0);
  });

  it('names the one command to run on an unmigrated database, and migrates local pools itself', async () => {
    // A throwaway pool (this file's copy of libnsx1), emptied: as a fresh `npx wrangler dev` finds it.
    await emptyDatabase(env.DB_LIBNSX1);
    const fresh = { ...env, DB: env.DB_LIBNSX1, POOLS: '{"default":"DB"}' } as unknown as Cloudflare.Env;
    resetBootstrap();
    const refused = await ensureBootstrapped(fresh).catch((error: Error & { status?: number }) => error);
    expect(refused).toMatchObject({ status: 503, message: expect.stringContaining(LOCAL_MIGRATE_COMMAND) });
    resetBootstrap();
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    await ensureBootstrapped(fresh, { migrate: true });
    expect(String(log.mock.calls[0]?.[0])).toContain('Applied local migrations: default: 0000_identity_core');
    log.mockRestore();
    expect(await env.DB_LIBNSX1.prepare("select count(*) as n from users where login = 'admin'").first()).toEqual({
      n: 1,
    });
    // Current: nothing to apply (one read per pool).
    expect(await migrateLocalPools(fresh)).toEqual([]);
    resetBootstrap();
    await ensureBootstrapped(env);
  });
});
