import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditInsert } from '../../../src/core/ops/audit';
import { auditLog, groups } from '../../../src/db/schema';
import { orm } from '../../support/worker';

describe('audit rows in the write batch', () => {
  it('commits a write and its audit row together', async () => {
    const db = orm();
    await db.batch([
      db.insert(groups).values({ id: 50, name: 'auditors', label: 'Auditors' }),
      auditInsert(db, {
        user: { userId: 1, login: 'admin' },
        table: 'groups',
        recordId: 50,
        action: 'INSERT',
        after: { id: 50, name: 'auditors' },
        requestId: 'r-1',
      }),
    ]);
    const [row] = await db.select().from(auditLog).where(eq(auditLog.recordId, '50'));
    expect(row).toMatchObject({
      tableName: 'groups',
      action: 'INSERT',
      userLogin: 'admin',
      pool: 'default',
      requestId: 'r-1',
    });
    expect(row.after).toEqual({ id: 50, name: 'auditors' });
  });

  it('leaves no audit row when the write fails', async () => {
    const db = orm();
    const before = await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>();
    await expect(
      db.batch([
        auditInsert(db, { table: 'groups', recordId: 1, action: 'INSERT', after: { name: 'admin' } }),
        db.insert(groups).values({ id: 1, name: 'admin' }),
      ]),
    ).rejects.toThrow();
    const after = await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});
