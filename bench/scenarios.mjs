// Benchmark scenarios. Each prepares (logging in through the API as a client would) and returns the
// Atrium request and the baseline request; the baseline path runs the same data SQL without framework.
async function post(base, path, body, headers = {}) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

let adminToken;
let readerToken;

async function tokens(ctx) {
  if (adminToken) return;
  adminToken = await (await post(ctx.atrium, '/auth', { login: 'admin', password: 'admin' })).text();
  const r2 = { 'x-ribbon2-auth': adminToken };
  await post(ctx.atrium, '/api/group', { name: 'BenchReaders', description: 'bench' }, r2);
  await post(ctx.atrium, '/api/user', { login: 'reader', password: 'reader-pass', groups: ['BenchReaders'] }, r2);
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
          body: { Value: 'W', Name: 'Written by bench', IsActive: true },
        },
        baseline: { method: 'POST', path: '/s3' },
      };
    },
  },
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
  },
  {
    name: '7 login (Ribbon2 POST /auth, PBKDF2 100k)',
    kind: 'write',
    async prepare(ctx) {
      await tokens(ctx);
      return {
        atrium: { method: 'POST', path: '/auth', body: { login: 'reader', password: 'reader-pass' } },
        baseline: { method: 'POST', path: '/s7' },
      };
    },
  },
];
