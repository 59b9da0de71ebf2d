import { env, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PoolDO } from '../../src/durable/pool-do';
import { poolStub, workflowStub } from '../../src/lib/do-stubs';

describe('PoolDO', () => {
  it('opens a pool after checking it answers, closes it, and reopens lazily', async () => {
    // Durable Objects outlive a test file (test/setup.ts): counters are compared with where they started.
    const stub = poolStub(env, 'libnsx1');
    await stub.close('libnsx1');
    const start = await stub.status('libnsx1');
    expect(start.state).toBe('closed');
    const opened = await stub.open('libnsx1');
    expect(opened).toMatchObject({ alias: 'libnsx1', state: 'open', opens: start.opens + 1 });
    expect(opened?.lastCheck).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await stub.close('libnsx1')).state).toBe('closed');
    const lazy = await stub.ensureOpen('libnsx1');
    expect(lazy).toMatchObject({
      state: 'open',
      opens: start.opens + 2,
      closes: start.closes + 1,
      checks: start.checks + 1,
    });
  });

  it('refuses to open an unknown pool', async () => {
    expect(await poolStub(env, 'nope').open('nope')).toBeNull();
    expect(await poolStub(env, 'nope').ensureOpen('nope')).toBeNull();
  });

  it('keeps its state in SQLite-backed storage', async () => {
    const stub = poolStub(env, 'default');
    await stub.open('default');
    await runInDurableObject(stub, async (instance: PoolDO, state) => {
      expect(instance).toBeInstanceOf(PoolDO);
      expect(state.storage.sql.databaseSize).toBeGreaterThan(0);
      expect(await state.storage.get('status')).toMatchObject({ state: 'open' });
    });
  });
});

describe('WorkflowDO', () => {
  it('serialises node transitions: the first wins, a done node refuses the next', async () => {
    const stub = workflowStub(env, `p-${crypto.randomUUID()}`);
    expect(await stub.node(7)).toBeNull();
    const step = { action: 'approve' as const, userId: 1, at: new Date().toISOString() };
    expect(await stub.transition(7, 'pending', step)).toMatchObject({ ok: true, state: 'approved' });
    expect(await stub.transition(7, 'pending', { ...step, action: 'reject' })).toMatchObject({
      ok: false,
      state: 'approved',
    });
  });
});
