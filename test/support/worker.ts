import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { issueToken } from '../../src/core/identity/tokens';
import { findUserByLogin } from '../../src/core/identity/users';
import type { Orm } from '../../src/db/data-access';
import { contractProblem } from './contract';

/**
 * The leak scan: every response any test receives through `call` is checked for password hashes, the
 * secrets, SQL error text and stack traces (SQL text is legitimate only in Liberty's export and setup
 * answers, which describe tables). A hit fails the test that made the call.
 */
/** A SELECT with an identifier list and a table followed by a clause keyword or the end: not English prose. */
const SQL_STATEMENT =
  /\bselect\s+(\*|[\w".`]+(\s*,\s*[\w".`]+)*)\s+from\s+["`]?\w+["`]?(\s+(where|order|limit|join|as|group)\b|\s*$|\s*[;"])/i;
const SQL_EXEMPT = /^\/api\/(export|setup)\//;
export function leaksIn(body: string, path: string): string[] {
  const found: string[] = [];
  if (/pbkdf2-sha256\$/i.test(body)) found.push('password hash');
  if (/"(password_?hash|passwordHash|salt)"\s*:/i.test(body)) found.push('password material field');
  if (env.JWT_SECRET && body.includes(env.JWT_SECRET)) found.push('JWT_SECRET');
  if (env.ENCRYPTION_KEY && body.includes(env.ENCRYPTION_KEY)) found.push('ENCRYPTION_KEY');
  if (/\bat [^\s]+ \([^)]*:\d+:\d+\)|\.(ts|js):\d+:\d+/.test(body)) found.push('stack trace');
  if (/D1_ERROR|SQLITE_[A-Z]+|no such (table|column)|near "[^"]*": syntax error/.test(body)) found.push('SQL error');
  if (!SQL_EXEMPT.test(path) && SQL_STATEMENT.test(body)) found.push('SQL text');
  return found;
}

export let scannedResponses = 0;

/**
 * A request through the Worker's own fetch (real local D1, KV and Durable Objects), leak-scanned and
 * checked against its operation in /openapi.json (test/support/contract.ts).
 */
export async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(new URL(path, 'http://atrium.test'), init);
  const response = await exports.default.fetch(request);
  // Decoded here rather than with .text(), which warns on binary bodies (downloads, zips).
  const body = response.status === 101 ? '' : new TextDecoder().decode(await response.clone().arrayBuffer());
  scannedResponses += 1;
  const leaks = leaksIn(body, new URL(path, 'http://atrium.test').pathname);
  if (leaks.length) throw new Error(`response of ${init.method ?? 'GET'} ${path} leaks: ${leaks.join(', ')}`);
  const report = (env as { CONTRACT_REPORT?: string }).CONTRACT_REPORT;
  const started = report === 'time' ? performance.now() : 0;
  const problem = await contractProblem(request, response, body);
  if (report === 'time') timeContract(performance.now() - started);
  if (problem) {
    if (report === 'log') console.log(`CONTRACT:: ${problem}`);
    else
      throw new Error(
        `contract (test/support/contract.ts; docs/decisions.md "First hour and the contract"): ${problem}`,
      );
  }
  return response;
}

/** `CONTRACT_REPORT=time`: the check's share of the run, printed every 500 calls (first call: the compile). */
const spent = { calls: 0, ms: 0 };
function timeContract(ms: number): void {
  spent.calls += 1;
  spent.ms += ms;
  if (spent.calls % 500 === 0) console.log(`CONTRACT_TIME calls=${spent.calls} ms=${spent.ms.toFixed(0)}`);
}

export function orm(): Orm {
  return drizzle(env.DB);
}

/** A valid API token for an existing user (the login routes belong to the faces). */
export async function tokenFor(login: string, extra: Record<string, unknown> = {}): Promise<string> {
  const user = await findUserByLogin(orm(), login);
  if (!user) throw new Error(`no user ${login} in the test database`);
  return (await issueToken(env, user, extra)).token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
