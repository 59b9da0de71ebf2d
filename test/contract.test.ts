import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import committed from '../client/openapi.json';
import {
  asText,
  type Components,
  JUNK_STRINGS,
  junkJson,
  junkString,
  type Schema,
  valuesOf,
} from './support/arbitraries';
import type { OpenApiDocument, OperationObject } from './support/contract';
import { bearer, call, tokenFor } from './support/worker';

/**
 * The property-based contract test: for every operation of the document, fast-check generates requests
 * from its schemas (valid ones, mostly from the examples and the schemas, and invalid ones: junk in one
 * parameter or the body, a malformed body, another media type, no or a read-only token) and sends them
 * through `call`, which checks every answer against the document (test/support/contract.ts). Each must
 * conform, and none may be a 5xx other than a documented 501 or 504.
 *
 * This file's database is a throwaway copy (test/setup.ts restores every file's); the operations run
 * reads first, then writes, then deletes, then Liberty's pool and setup operations, and the pools are
 * opened again at the end (their state lives in Durable Objects, which outlive a file).
 * `CONTRACT_RUNS` (default 6 per operation) and `CONTRACT_SEED` (default fixed) explore further.
 */

const doc = committed as unknown as OpenApiDocument;
const components = doc.components.schemas as Components;
const vars = env as unknown as { CONTRACT_RUNS?: string; CONTRACT_SEED?: string };
const RUNS = Number(vars.CONTRACT_RUNS) || 6;
const SEED = Number(vars.CONTRACT_SEED) || 24;

/** Operations generated requests cannot meaningfully call, and why. */
const SKIPPED: Record<string, string> = {
  ribbon2StreamMessages: 'a WebSocket: test/beyond/feed.test.ts',
  datagerryStreamObjects: 'a WebSocket: test/beyond/feed.test.ts',
  idempiereStreamRecords: 'a WebSocket: test/beyond/feed.test.ts',
};

/** Run last, in this order: they close pools or change the schema under the other operations. */
const LAST = [
  'libertyClosePool',
  'libertyOpenPool',
  'libertyInstallPool',
  'libertyUpgradePools',
  'libertyRecordRevision',
  'libertyDowngradePool',
];

interface Op {
  method: string;
  path: string;
  op: OperationObject;
}
const rank = (o: Op) => {
  const last = LAST.indexOf(o.op.operationId);
  if (last >= 0) return 10 + last;
  return { get: 0, post: 1, put: 2, patch: 2, delete: 3 }[o.method] ?? 4;
};
const operations: Op[] = Object.entries(doc.paths)
  .flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) =>
      item[method] ? [{ method, path, op: item[method] }] : [],
    ),
  )
  .filter((o) => !SKIPPED[o.op.operationId])
  .sort((a, b) => rank(a) - rank(b));

type Auth = 'admin' | 'demo' | 'none';
interface Generated {
  auth: Auth;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body?: { type: string; text: string };
}

const text = (value: unknown) => asText(value);

/** Requests for one operation: valid ones from its schemas and examples, and broken ones. */
function requests(o: Op): fc.Arbitrary<Generated> {
  const params = o.op.parameters ?? [];
  const value = (p: (typeof params)[number]) =>
    valuesOf({ ...(p.schema as object), ...(p.example === undefined ? {} : { example: p.example }) }, components);
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const json = o.op.requestBody?.content['application/json'];
  const bodyValue = json?.schema
    ? fc.oneof(
        ...(json.example === undefined ? [] : [fc.constant(json.example)]),
        valuesOf(json.schema as Schema, components),
      )
    : undefined;
  const valid = fc.record({
    path: fc.tuple(...pathParams.map((p) => value(p).map(text))),
    query: fc.tuple(
      ...queryParams.map((p) =>
        (p.required ? value(p) : fc.option(value(p), { nil: undefined })).map((v) =>
          v === undefined ? undefined : ([p.name, text(v)] as [string, string]),
        ),
      ),
    ),
    body: bodyValue
      ? bodyValue.map((b) => ({ type: 'application/json', text: JSON.stringify(b) }))
      : fc.constant(undefined),
  });
  /** One thing broken: a parameter, the body's value, its syntax or its media type. */
  const breakage = fc.constantFrom('path', 'query', 'body', 'syntax', 'media');
  return fc
    .record({
      auth: fc.constantFrom<Auth>('admin', 'admin', 'admin', 'demo', 'none'),
      valid,
      broken: fc.option(fc.tuple(breakage, fc.nat(), junkString, junkJson), { freq: 2, nil: undefined }),
      ip: fc.integer({ min: 1, max: 254 }),
    })
    .map(({ auth, valid: v, broken, ip }) => {
      const pathValues = [...v.path];
      const query = v.query.filter((q): q is [string, string] => q !== undefined);
      let body = v.body;
      if (broken) {
        const [what, n, junk, junkValue] = broken;
        if (what === 'path' && pathValues.length) pathValues[n % pathValues.length] = junk;
        else if (what === 'query' && queryParams.length) query.push([queryParams[n % queryParams.length].name, junk]);
        else if (what === 'body') body = { type: 'application/json', text: JSON.stringify(junkValue) ?? 'null' };
        else if (what === 'syntax') body = { type: 'application/json', text: `{"${junk}` };
        else if (what === 'media' && o.method !== 'get') body = { type: 'text/plain', text: junk };
      }
      let path = o.path;
      pathParams.forEach((p, i) => {
        path = path.replace(`{${p.name}}`, encodeURIComponent(pathValues[i]));
      });
      // A client address of its own: failed logins here never throttle another file's.
      const headers: Record<string, string> = { 'cf-connecting-ip': `198.51.100.${ip}` };
      return { auth, path, query, headers, body: o.method === 'get' ? undefined : body };
    });
}

const tokens: Partial<Record<Auth, string>> = {};

beforeAll(async () => {
  tokens.admin = await tokenFor('admin');
  tokens.demo = await tokenFor('demo');
});

afterAll(async () => {
  // Pools live in Durable Objects, which outlive this file: leave them open.
  for (const pool of ['default', 'libnsx1'])
    await call(`/api/db/open?framework_pool=default&target_pool=${pool}`, {
      method: 'POST',
      headers: bearer(tokens.admin as string),
    });
});

describe('every operation answers generated requests as the document says, never with a 5xx', () => {
  it('covers the document', () => {
    expect(operations.length).toBeGreaterThan(140);
    expect(JUNK_STRINGS.length).toBeGreaterThan(10);
  });

  for (const o of operations)
    it(`${o.op.operationId} (${o.method.toUpperCase()} ${o.path})`, async () => {
      await fc.assert(
        fc.asyncProperty(requests(o), async (r) => {
          const qs = new URLSearchParams(r.query).toString();
          const headers: Record<string, string> = { ...r.headers };
          if (r.auth !== 'none') Object.assign(headers, bearer(tokens[r.auth] as string));
          if (r.body) headers['content-type'] = r.body.type;
          const res = await call(`${r.path}${qs ? `?${qs}` : ''}`, {
            method: o.method.toUpperCase(),
            headers,
            body: r.body?.text,
          });
          await res.body?.cancel();
          if ((env as { CONTRACT_REPORT?: string }).CONTRACT_REPORT === 'log')
            console.log(`STATUS:: ${o.op.operationId} ${res.status}`);
          // A documented 501 (not configured) or 504 (Ribbon2's CALL_ERROR) is an answer; any other 5xx a fault.
          expect(res.status < 500 || res.status === 501 || res.status === 504, `status ${res.status}`).toBe(true);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
});
