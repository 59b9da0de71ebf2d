import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { D1_FAULTS, type FaultPlan, faultyD1 } from '../support/faults';
import { captureErrorLog } from '../support/logs';
import { probe } from '../support/probe';

async function groupCount(name: string): Promise<number> {
  const row = await env.DB.prepare('select count(*) as n from groups where name = ?').bind(name).first<{ n: number }>();
  return row?.n ?? 0;
}

async function auditCount(): Promise<number> {
  const row = await env.DB.prepare("select count(*) as n from audit_log where table_name = 'groups'").first<{
    n: number;
  }>();
  return row?.n ?? 0;
}

describe('D1 faults', () => {
  const errorLog = captureErrorLog();

  it.each(Object.entries(D1_FAULTS))('retries a read through a transient %s', async (_name, message) => {
    const plan: FaultPlan = { message, failures: 2 };
    const res = await probe('/probe/groups', {}, { DB: faultyD1(env.DB, plan) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { names: string[] }).names).toContain('admin');
    expect(plan.calls).toBeGreaterThanOrEqual(3);
  });

  it('answers 503 with Retry-After when a read keeps failing, without internals', async () => {
    const plan: FaultPlan = { message: D1_FAULTS.overloaded, failures: Number.POSITIVE_INFINITY };
    const res = await probe('/probe/groups', {}, { DB: faultyD1(env.DB, plan) });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    const text = await res.text();
    expect(text).not.toMatch(/D1_ERROR|overloaded|select /i);
    // The operator sees the cause in the log instead.
    expect(errorLog.lines.some((line) => line.includes('D1 unavailable') && line.includes('overloaded'))).toBe(true);
  });

  it('never retries a write batch blindly and leaves no partial rows', async () => {
    const before = await auditCount();
    const plan: FaultPlan = { message: D1_FAULTS.connectionLost, failures: 1, on: 'batch' };
    const res = await probe('/probe/groups/fault-victim', { method: 'POST' }, { DB: faultyD1(env.DB, plan) });
    expect(res.status).toBe(503);
    expect(plan.calls).toBeGreaterThan(0);
    expect(await groupCount('fault-victim')).toBe(0);
    expect(await auditCount()).toBe(before);
    // The same write succeeds once the database is back, group and audit row together.
    const ok = await probe('/probe/groups/fault-victim', { method: 'POST' });
    expect(ok.status).toBe(201);
    expect(await groupCount('fault-victim')).toBe(1);
    expect(await auditCount()).toBe(before + 1);
  });

  it('does not retry non-transient errors', async () => {
    const plan: FaultPlan = { message: 'D1_ERROR: no such column: nope', failures: 1 };
    const res = await probe('/probe/groups', {}, { DB: faultyD1(env.DB, plan) });
    expect(res.status).toBe(500);
    expect(plan.calls).toBe(1);
  });
});
