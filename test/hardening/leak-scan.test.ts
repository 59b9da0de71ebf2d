import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { leaksIn } from '../support/worker';

// The scanner every `call()` runs: proves it would catch what it looks for.
describe('leak scanner', () => {
  it('flags password material, secrets, SQL errors and stack traces', () => {
    expect(leaksIn('{"h":"pbkdf2-sha256$100000$abc$def"}', '/x')).toContain('password hash');
    expect(leaksIn('{"password_hash":null}', '/x')).toContain('password material field');
    expect(leaksIn(`{"k":"${env.JWT_SECRET}"}`, '/x')).toContain('JWT_SECRET');
    expect(leaksIn(`{"k":"${env.ENCRYPTION_KEY}"}`, '/x')).toContain('ENCRYPTION_KEY');
    expect(leaksIn('{"e":"D1_ERROR: no such column: x"}', '/x')).toContain('SQL error');
    expect(leaksIn('{"e":"    at handler (src/app.ts:10:5)"}', '/x')).toContain('stack trace');
    expect(leaksIn('{"sql":"select id, name from users"}', '/rest/x')).toContain('SQL text');
    expect(leaksIn('{"sql":"select id, name from users"}', '/api/export/repository')).toEqual([]);
  });

  it('passes ordinary bodies', () => {
    expect(leaksIn('{"message":"Please select a group from the list","password":"***"}', '/x')).toEqual([]);
  });
});
