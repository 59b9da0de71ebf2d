// Benchmark scenarios. Each prepares (logging in through the API as a client would) and returns the
// Atrium request and the baseline request; the baseline path runs the same data SQL without framework.
// List scenarios also say how to read rows returned and the matching total from Atrium's answer
// (`counts`, used by rows.mjs) and which baseline /explain statements are theirs (`explain`).
import { ADMIN_PASSWORD, BENCH_QUERY, DG_FILTER, DG_LIMIT, LIBERTY_LIMIT, LIBERTY_Q } from './fixtures.mjs';

/** Requests of the driver whose connection broke and that were sent again (a failed run: run.mjs). */
const retries = [];

/**
 * The retries since `mark` (an earlier answer of this function, or none: a new mark). With a mark, answers
 * the retries made since; without, the mark to give later.
 */
export function retriesSince(mark) {
  return mark === undefined ? retries.length : retries.slice(mark);
}

/**
 * fetch, sent once more when the connection breaks before an answer, and counted (`retriesSince`): a run
 * with any is a failed run. (The cause found for issue 26: the driver ran wrk with execFileSync, so its
 * event loop never saw workerd close idle keep-alive sockets, and the next request went out on a dead
 * one. wrk now runs asynchronously.)
 */
export async function fetchRetry(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const cause = error.cause?.code ?? error.cause?.message ?? error.message;
    const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*/, '');
    retries.push({ path, cause });
    console.log(`retrying ${path} once (${cause})`);
    return fetch(url, init);
  }
}

async function post(base, path, body, headers = {}, { existing = false } = {}) {
  const res = await fetchRetry(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  // With --reuse the bench's group and user are there from the last run.
  if (existing && res.status === 409) return res;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

let adminToken;
let readerToken;
let libertyAdminToken;

/** The Liberty administrator's bearer token (POST /api/auth/token, as a Liberty client logs in). */
export async function libertyToken(ctx) {
  if (!libertyAdminToken)
    libertyAdminToken = (
      await (
        await post(ctx.atrium, '/api/auth/token?pool=default&mode=session&type=database', {
          user: 'admin',
          password: ADMIN_PASSWORD,
        })
      ).json()
    ).access_token;
  return libertyAdminToken;
}

async function tokens(ctx) {
  if (adminToken) return;
  adminToken = await (await post(ctx.atrium, '/auth', { login: 'admin', password: ADMIN_PASSWORD })).text();
  const r2 = { 'x-ribbon2-auth': adminToken };
  await post(ctx.atrium, '/api/group', { name: 'BenchReaders', description: 'bench' }, r2, { existing: true });
  await post(ctx.atrium, '/api/user', { login: 'reader', password: 'reader-pass', groups: ['BenchReaders'] }, r2, {
    existing: true,
  });
  // Rights from rules: ALL may not read Bench; BenchReaders may read half of its children.
  await post(
    ctx.atrium,
    '/api/directory/access/Bench',
    [{ name: null, type: 'ALL', permissions: { canReadMessage: false } }],
    r2,
  );
  for (const letter of 'ABCDE')
    await post(
      ctx.atrium,
      `/api/directory/access/Bench.${letter}`,
      [{ name: 'BenchReaders', type: 'GROUP', permissions: { canReadMessage: true } }],
      r2,
    );
  readerToken = await (await post(ctx.atrium, '/auth', { login: 'reader', password: 'reader-pass' })).text();
}

const filter = encodeURIComponent('IsActive eq true');
const libertyQuery = new URLSearchParams({
  source: 'framework',
  type: 'table',
  pool: 'default',
  query: String(BENCH_QUERY),
  q: JSON.stringify(LIBERTY_Q),
  limit: String(LIBERTY_LIMIT),
});
const dgList = (view) =>
  `/rest/objects/?${new URLSearchParams({ limit: String(DG_LIMIT), filter: JSON.stringify(DG_FILTER), view })}`;

/** The id before the first space (`5a`); `--only=1,5` selects 1, 5a and 5b. */
export const scenarioId = (scenario) => scenario.name.split(' ')[0];
export function selected(scenario, only) {
  if (!only) return true;
  const id = scenarioId(scenario);
  return only.split(',').some((token) => id === token || id.replace(/[a-z]$/, '') === token);
}

export const scenarios = [
  {
    name: '1 iDempiere list C_BPartner (filter, order, top 20, counts)',
    kind: 'read',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: {
          path: `/api/v1/models/C_BPartner?$filter=${filter}&$orderby=Name&$top=20`,
          headers: { authorization: `Bearer ${adminToken}` },
        },
        baseline: { path: '/s1' },
      };
    },
    counts: (body) => ({ returned: body.records.length, total: body['row-count'] }),
    explain: 1,
  },
  {
    name: '1b iDempiere list C_BPartner sorted by SO_CreditLimit desc (no index; filter, top 20, counts)',
    kind: 'read',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: {
          path: `/api/v1/models/C_BPartner?$filter=${filter}&$orderby=${encodeURIComponent('SO_CreditLimit desc')}&$top=20`,
          headers: { authorization: `Bearer ${adminToken}` },
        },
        baseline: { path: '/s1b' },
      };
    },
    counts: (body) => ({ returned: body.records.length, total: body['row-count'] }),
    explain: '1b',
  },
  {
    name: '1c iDempiere list C_BPartner with $expand=C_BP_Group_ID (filter, order, top 20, counts)',
    kind: 'read',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: {
          path: `/api/v1/models/C_BPartner?$filter=${filter}&$orderby=Name&$top=20&$expand=C_BP_Group_ID`,
          headers: { authorization: `Bearer ${adminToken}` },
        },
        baseline: { path: '/s1c' },
      };
    },
    counts: (body) => ({ returned: body.records.length, total: body['row-count'] }),
    explain: '1c',
  },
  {
    name: '2 iDempiere get C_BPartner by id',
    kind: 'read',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: { path: '/api/v1/models/C_BPartner/5000', headers: { authorization: `Bearer ${adminToken}` } },
        baseline: { path: '/s2' },
      };
    },
  },
  {
    name: '3 iDempiere insert C_BPartner (+ audit row)',
    kind: 'write',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: {
          method: 'POST',
          path: '/api/v1/models/C_BPartner',
          headers: { authorization: `Bearer ${adminToken}` },
          // `{n}`: a value unique to each request (C_BPartner.Value is unique per client).
          body: { Value: 'W{n}', Name: 'Written by bench', IsActive: true },
        },
        baseline: { method: 'POST', path: '/s3', body: { Value: 'W{n}', Name: 'Written by baseline', IsActive: true } },
      };
    },
  },
  {
    name: `4 Liberty GET /api/db/query page of ${LIBERTY_LIMIT} with a q filter (stored query over the dictionary)`,
    kind: 'read',
    async prepare(ctx) {
      const token = await libertyToken(ctx);
      return {
        atrium: { path: `/api/db/query?${libertyQuery}`, headers: { authorization: `Bearer ${token}` } },
        baseline: { path: '/s4' },
      };
    },
    // Liberty has no count: it reads limit + 1 rows to answer hasMore.
    counts: (body) => ({ returned: body.items.length, total: 0 }),
    explain: 4,
  },
  ...['native', 'render'].map((view, i) => ({
    name: `5${'ab'[i]} DATAGERRY GET /rest/objects/?limit=${DG_LIMIT}&filter={"type_id":…} ${view} view (type with all the objects)`,
    kind: 'read',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: { path: dgList(view), headers: { authorization: `Bearer ${adminToken}` } },
        baseline: { path: `/s5${'ab'[i]}` },
      };
    },
    counts: (body) => ({ returned: body.results.length, total: body.total }),
    explain: 5,
  })),
  {
    name: '6 Ribbon2 messages page 0 size 30 (rights from directory rules)',
    kind: 'read',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: { path: '/api/message?page=0&size=30', headers: { 'x-ribbon2-auth': readerToken } },
        baseline: { path: '/s6' },
      };
    },
    counts: (body) => ({ returned: body.content.length, total: body.totalCount }),
    explain: 6,
  },
  {
    name: '7 login (Ribbon2 POST /auth, PBKDF2 100k)',
    kind: 'write',
    // Not the same work: the baseline derives the key and nothing else (no throttle, no session rows).
    statements: false,
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: { method: 'POST', path: '/auth', body: { login: 'reader', password: 'reader-pass' } },
        baseline: { method: 'POST', path: '/s7' },
      };
    },
  },
];
