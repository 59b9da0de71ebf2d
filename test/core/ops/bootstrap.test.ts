import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ensureBootstrapped, resetBootstrap } from '../../../src/core/ops/bootstrap';

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
});
