// The smallest adaptation of the iDempiere REST project's Postman collection (a verbatim copy beside this
// file) that lets a sequential run against a fresh `npm run dev` follow it: an order a run can follow and
// the demo's ids where the collection names the author's own records, a few variables its scripts keep from
// an earlier answer shape (EDITS says why, request by request). Nothing else changes: methods, the other
// paths, queries and bodies are the collection's. `npm run test:reference` (scripts/test-reference.mjs)
// applies it.

/** Request numbers are positions in the original collection (1 = the first request, depth-first). */
const ORDER = [
  // One-step login first: the two-phase one (1, 3) then leaves the session's tokens in authToken/refreshToken
  // (the one-step token is an API token, which PUT /auth/tokens refuses as a first-phase token).
  2,
  1,
  3,
  4,
  ...range(6, 82),
  ...range(85, 121),
  // Logout ends the session every earlier request uses; the System administrator's login needs none.
  5,
  83,
  84,
];

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const ORDER_1001 = ['c_order', '1000022', '1001'];
const ATTACHMENTS =
  'order 1000022 is the author\u2019s; the demo\u2019s order 1001 has an attachment (order-notes.txt)';

/**
 * The collection's scripts read /nodes, /nodes/{id}/logs and /servers as bare arrays, an earlier answer; the
 * reference (and the plugin's source) answer `{nodes}`, `{logs}`, `{servers}`. Without this the ids they keep
 * for the next requests are never set.
 */
const ANSWERS = 'the script reads a bare array; the reference answers an object with the array';
const NODES = ['jsonData[jsonData.length-1]', 'jsonData.nodes[jsonData.nodes.length-1]'];
const LOGS = ['jsonData[jsonData.length-1]', 'jsonData.logs[jsonData.logs.length-1]'];
const SERVERS = ['jsonData[jsonData.length-1]', 'jsonData.servers[jsonData.servers.length-1]'];

/**
 * Per request: what changes, and why (a path edit is `[segment before, from, to]`, or a list of them; a query
 * edit `[from, to]` pairs in the query's values; a script edit `[from, to]` in its test script). */
const EDITS = {
  58: { path: ORDER_1001, why: ATTACHMENTS },
  59: { path: ORDER_1001, why: ATTACHMENTS },
  60: { path: [ORDER_1001, ['attachments', 'IDEMPIERE-3997.patch', 'order-notes.txt']], why: ATTACHMENTS },
  61: { path: ORDER_1001, why: ATTACHMENTS },
  62: {
    path: [
      ['models', 'm_product', 'c_order'],
      ['c_order', '144', '1001'],
    ],
    why: 'product 144 (deleted by request 31 before) has no attachments; order 1001 has those 58\u201361 read and added',
  },
  17: {
    path: ['ad_user', '100', '{{userId}}'],
    why: 'AD_User 100 is the author\u2019s SuperUser; the demo\u2019s admin is {{userId}}',
  },
  29: { body: 'comments', why: 'the body has // comments (Gson reads them; JSON does not)' },
  30: {
    path: ['ad_user', '100', '{{userId}}'],
    body: 'comments',
    why: 'the body has // comments (Gson reads them; JSON does not); AD_User 100 is the author\u2019s',
  },
  91: {
    path: ['workflow', '100', '{{userId}}'],
    why: 'user 100 is the author\u2019s; the demo\u2019s admin is {{userId}}',
  },
  93: {
    path: ['reject', '100', '101'],
    why: 'node 100 is approved by the request before; the demo\u2019s second node is 101',
  },
  46: {
    path: ['bank-account-document', '1000001', '1000000'],
    why: 'the author\u2019s check book 1000001; the one request 45 created in a fresh run is 1000000 (new ids start there)',
  },
  94: { body: ['"102"', '"{{demoUserId}}"'], why: 'user 102 is the author\u2019s; the demo user is {{demoUserId}}' },
  53: {
    script: ['jsonData.exportFile)', 'jsonData.exportFileName)'],
    why: 'the script keeps the report\u2019s base64 content as its name; the reference\u2019s ProcessInfo names it exportFileName',
  },
  57: {
    query: [
      ['{{logFileName}}', '{{processFileName}}'],
      ['{{logFileLength}}', '{{processFileLength}}'],
    ],
    why: 'Atrium\u2019s /files serves process outputs (log files are /nodes\u2019 own): it reads the report of request 53',
  },
  63: {
    path: ['c_order', '102', '1002'],
    why: 'order 102 is the author\u2019s; the demo\u2019s orders are 1001\u20131005',
  },
  64: {
    path: ['sales-order', '102', '1002'],
    why: 'order 102 is the author\u2019s; the demo\u2019s orders are 1001\u20131005',
  },
  68: { script: NODES, why: ANSWERS },
  70: { script: LOGS, why: ANSWERS },
  74: { script: SERVERS, why: ANSWERS },
  78: { script: SERVERS, why: ANSWERS },
};

/** Depth-first list of the collection's requests (folders flattened), numbered from 1. */
export function requestsOf(collection) {
  const out = [];
  const walk = (items) => {
    for (const item of items) {
      if (item.item) walk(item.item);
      else out.push(item);
    }
  };
  walk(collection.item);
  return out.map((item, i) => ({ number: i + 1, item }));
}

function stripComments(raw) {
  return raw.replace(/\/\/[^\n"]*$/gm, '');
}

/** The adapted collection: one flat folder in ORDER, each request named `N. <original name>`. */
export function adapt(collection) {
  const requests = requestsOf(collection);
  if (requests.length !== 121) throw new Error(`expected the reference's 121 requests, found ${requests.length}`);
  const byNumber = new Map(requests.map((r) => [r.number, r.item]));
  const item = ORDER.map((number) => {
    const original = structuredClone(byNumber.get(number));
    const edit = EDITS[number];
    const request = original.request;
    const paths = !edit?.path ? [] : Array.isArray(edit.path[0]) ? edit.path : [edit.path];
    for (const [after, from, to] of paths) {
      const path = request.url.path;
      const at = path.findIndex((part, i) => part === from && path[i - 1] === after);
      if (at < 0) throw new Error(`request ${number}: no ${after}/${from} in its path`);
      path[at] = to;
      request.url.raw = request.url.raw.replace(`${after}/${from}`, `${after}/${to}`);
    }
    for (const [from, to] of edit?.query ?? []) {
      const param = request.url.query.find((q) => q.value === from);
      if (!param) throw new Error(`request ${number}: no query value ${from}`);
      param.value = to;
      request.url.raw = request.url.raw.replace(from, to);
    }
    if (edit?.script) {
      const test = original.event?.find((e) => e.listen === 'test');
      const text = test?.script.exec.join('\n') ?? '';
      if (!text.includes(edit.script[0])) throw new Error(`request ${number}: no ${edit.script[0]} in its script`);
      test.script.exec = text.replace(edit.script[0], edit.script[1]).split('\n');
    }
    if (edit?.body === 'comments') request.body.raw = stripComments(request.body.raw);
    else if (edit?.body) request.body.raw = request.body.raw.replace(edit.body[0], edit.body[1]);
    return { ...original, name: `${number}. ${original.name}` };
  });
  if (new Set(ORDER).size !== 121) throw new Error('ORDER must list every request once');
  return { ...collection, item };
}

export const ADAPTATIONS = { order: ORDER, edits: EDITS };
