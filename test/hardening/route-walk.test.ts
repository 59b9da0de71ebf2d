import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentOperations, type Operation, urlOf } from '../support/operations';
import { bearer, call, tokenFor } from '../support/worker';

/**
 * Every operation of the OpenAPI document, with no body, a text/plain body, a form body and malformed
 * JSON, as admin and without a token: never a 5xx, every error in its face's own shape, nothing logged
 * as an error (a client's mistake is not a server fault).
 */

type Face = 'Liberty' | 'iDempiere' | 'DATAGERRY' | 'Ribbon2' | 'default';

function faceOf(path: string): Face {
  if (path.startsWith('/api/v1/')) return 'iDempiere';
  if (path === '/rest' || path.startsWith('/rest/')) return 'DATAGERRY';
  if (/^\/(auth$|api\/(account|user|group|directory|direcotry|message|io)(\/|$))/.test(path)) return 'Ribbon2';
  if (/^\/api\/(auth|db|fmw|logs|setup|export|ai)(\/|$)/.test(path)) return 'Liberty';
  return 'default';
}

/** The seed's Ribbon2 codes (its list, plus PROPERTY_TYPE_NOT_FOUND from the message routes). */
const RIBBON2_CODES = new Set([
  'UNREGISTERED',
  'CALL_ERROR',
  'ACCESS_DENIED',
  'USER_NOT_FOUND',
  'GROUP_NOT_FOUND',
  'DIRECTORY_NOT_FOUND',
  'PERMISSION_NOT_FOUND',
  'PERMISSION_VALIDATION_FAILED',
  'MESSAGE_NOT_FOUND',
  'MESSAGE_DIRECORIES_REQUIRED',
  'PROPERTY_TYPE_NOT_FOUND',
]);

const keys = (body: unknown) => (body && typeof body === 'object' ? Object.keys(body).sort().join(',') : '');
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/** True when `body` is the face's documented error shape for `status`. */
function inFaceShape(face: Face, status: number, body: unknown): boolean {
  const b = body as Record<string, unknown>;
  switch (face) {
    case 'Liberty':
      if (status === 422)
        return (
          keys(b) === 'detail' &&
          Array.isArray(b.detail) &&
          b.detail.length > 0 &&
          b.detail.every((d) => keys(d) === 'loc,msg,type' && Array.isArray(d.loc) && isText(d.msg))
        );
      return keys(b) === 'message,status' && b.status === 'failed' && isText(b.message);
    case 'iDempiere':
      return keys(b) === 'detail,status,title' && b.status === status && isText(b.title) && isText(b.detail);
    case 'DATAGERRY':
      return keys(b) === 'message,response,status' && b.status === status && isText(b.response) && isText(b.message);
    case 'Ribbon2':
      return keys(b) === 'code,message' && RIBBON2_CODES.has(b.code as string) && isText(b.message);
    default:
      return ['code,message,requestId', 'code,details,message,requestId'].includes(keys(b)) && isText(b.message);
  }
}

const BODIES: [string, () => { headers: Record<string, string>; body?: BodyInit }][] = [
  ['no body', () => ({ headers: {} })],
  ['text/plain', () => ({ headers: { 'content-type': 'text/plain' }, body: 'plain text' })],
  ['form', () => ({ headers: {}, body: new URLSearchParams({ walk: '1' }) })],
  ['malformed JSON', () => ({ headers: { 'content-type': 'application/json' }, body: '{"walk": ' })],
];

/** Writes with lasting effects on this file's data (a logout revokes the admin token) go last. */
const LAST = /logout|\/api\/setup\/|\/api\/db\/close/;

let operations: Operation[] = [];
let admin = '';

beforeAll(async () => {
  operations = await documentOperations();
  operations.sort((a, b) => Number(LAST.test(a.path)) - Number(LAST.test(b.path)));
  admin = await tokenFor('admin');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('every route with a missing, wrong or unreadable body', () => {
  it('covers every face of the document', () => {
    const faces = new Set(operations.map((op) => faceOf(op.path)));
    expect([...faces].sort()).toEqual(['DATAGERRY', 'Liberty', 'Ribbon2', 'default', 'iDempiere']);
    expect(operations.length).toBeGreaterThan(100);
  });

  for (const who of ['without a token', 'as admin'] as const)
    for (const face of ['Liberty', 'iDempiere', 'DATAGERRY', 'Ribbon2', 'default'] as const)
      it(`${face}, ${who}: no 5xx, errors in the face's shape, no error log`, { timeout: 120_000 }, async () => {
        const errorLog = vi.spyOn(console, 'error');
        const problems: string[] = [];
        let calls = 0;
        for (const op of operations.filter((o) => faceOf(o.path) === face)) {
          const url = urlOf(op);
          for (const [label, make] of BODIES) {
            // A GET sends no body: its `form` request (no headers, the body dropped) is the `no body` one.
            if (op.method === 'GET' && label === 'form') continue;
            const { headers, body } = make();
            const res = await call(url, {
              method: op.method,
              headers: {
                ...headers,
                'cf-connecting-ip': '198.51.100.14',
                ...(who === 'as admin' ? bearer(admin) : {}),
              },
              body: op.method === 'GET' ? undefined : body,
            });
            calls += 1;
            const where = `${op.method} ${url} (${label}) → ${res.status}`;
            const text = await res.text();
            // 501 is a documented answer (Liberty's AI without its binding), not a fault.
            if (res.status >= 500 && res.status !== 501) problems.push(`${where}: server error ${text.slice(0, 200)}`);
            if (res.status < 400) continue;
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
            if (!inFaceShape(face, res.status, parsed))
              problems.push(`${where}: not in ${face}'s shape: ${text.slice(0, 200)}`);
          }
        }
        expect(problems).toEqual([]);
        expect(calls).toBeGreaterThan(0);
        expect(errorLog).not.toHaveBeenCalled();
      });
});
