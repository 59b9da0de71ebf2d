import { beforeAll, describe, expect, it } from 'vitest';
import seed from '../../fixtures/datagerry-examples.json';
import { bearer, call } from '../../support/worker';
import { adminToken } from './helpers';

/**
 * The seed's own examples (test/fixtures/datagerry-examples.json, copied from seed 003), run in document
 * order against the demo data: each answers the example's status, the headers it shows (X-API-Version,
 * X-Total-Count, Location) and a body of the example's shape (every key it shows, with values of the same
 * JSON type; `response_type` and `model` equal). GET examples are also sent as HEAD: same status and
 * headers, no body. Where the demo data cannot take the literal request (deleting the admin, type 1 with
 * objects), the example runs on a resource made by the example before it; `runAs` says how.
 */

interface Example {
  id: string;
  request: { method: string; path: string; body?: unknown };
  response: { status: number | null; headers: Record<string, string>; body?: unknown };
}
const documented = seed.examples as Example[];
/** Document order, but a setting is inserted before it is listed (the list example shows one). */
const examples = [
  ...documented.filter((e) => e.id === 'settings.insert'),
  ...documented.filter((e) => e.id !== 'settings.insert'),
];

/** Keys the seed shows that Atrium deliberately answers otherwise (docs/faces/datagerry.md). */
const DEVIATIONS: Record<string, string[]> = {
  // Passwords are never returned.
  '*': ['password'],
  // The seed's update example lists right names; Atrium answers right objects, as its insert and get do.
  'groups.update': ['result.rights'],
};

let admin: string;
/** Ids of the resources the examples create, by kind. */
const made: Record<string, number> = {};

/** The request Atrium runs for an example: the literal one, or its equivalent on a resource made earlier. */
function runAs(e: Example): { method: string; path: string; body?: unknown; location?: string } {
  const { method, path, body } = e.request;
  const own = (kind: string, suffix = '') => `/rest/${kind}/${made[kind]}${suffix}`;
  const withId = (kind: string) => ({ ...(body as object), public_id: made[kind] });
  switch (e.id) {
    case 'users.update':
      return { method, path: own('users'), body: { ...withId('users'), user_name: 'test', group_id: 2 } };
    case 'users.delete':
      return { method, path: own('users') };
    case 'groups.update':
      return { method, path: own('groups'), body: withId('groups') };
    case 'groups.delete':
      return { method, path: own('groups') };
    case 'objects.set_state':
      // The page shows no body; DATAGERRY's route reads the state from it, as Atrium's does.
      return { method, path, body: true };
    case 'objects.insert':
      return { method, path, body: { type_id: 1, fields: [{ name: 'hostname', value: 'seed-example' }] } };
    case 'objects.update':
      return { method, path: own('objects'), body: { fields: [{ name: 'hostname', value: 'seed-example-2' }] } };
    case 'objects.delete':
      return { method, path: own('objects'), location: own('objects') };
    case 'objects.delete_many':
      return {
        method,
        path: `/rest/objects/${made.objects2},${made.objects3}`,
        location: `/rest/objects/${made.objects2}`,
      };
    case 'types.insert':
      return {
        method,
        path,
        body: { name: 'example', label: 'Example', fields: [{ type: 'text', name: 'f', label: 'F' }] },
      };
    case 'types.update':
      // The seed's body is `{}` and its Location names a category: both placeholders of the page.
      return { method, path: own('types'), body: { name: 'example', label: 'Example 2' }, location: own('types') };
    case 'types.delete':
      return { method, path: own('types') };
    case 'categories.update':
      return { method, path: own('categories'), body: withId('categories') };
    case 'categories.delete':
      return { method, path: own('categories') };
    default:
      return { method, path, body };
  }
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every key the seed's body shows is in ours, with a value of the same JSON type (null on either side passes). */
function shapeDiff(ours: unknown, theirs: unknown, ignore: string[], path = ''): string[] {
  if (theirs === null || ours === null || ignore.includes(path)) return [];
  if (typeOf(ours) !== typeOf(theirs)) return [`${path || '<body>'}: ${typeOf(ours)} instead of ${typeOf(theirs)}`];
  if (Array.isArray(theirs)) {
    const list = ours as unknown[];
    if (theirs.length === 0) return [];
    // An empty list of scalars is data (a category without types); lists of objects must show one.
    if (list.length === 0) return typeOf(theirs[0]) === 'object' ? [`${path}: empty`] : [];
    return shapeDiff(list[0], theirs[0], ignore, path);
  }
  if (typeof theirs !== 'object') return [];
  const mine = ours as Record<string, unknown>;
  return Object.entries(theirs as Record<string, unknown>).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (ignore.includes(key) || ignore.includes(at)) return [];
    if (!Object.hasOwn(mine, key)) return [`${at}: missing`];
    return shapeDiff(mine[key], value, ignore, at);
  });
}

async function send(method: string, path: string, body?: unknown) {
  return call(path, {
    method,
    headers: { ...bearer(admin), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  admin = await adminToken();
});

/** An insert's new id: `result_id` of the seed's envelope, or the bare id an object insert answers (DATAGERRY's own). */
const newId = (body: unknown) => (typeof body === 'number' ? body : (body as { result_id?: number } | null)?.result_id);

describe('DATAGERRY conformance with the seed examples', () => {
  it('has the examples of every documented route', () => {
    expect(examples.length).toBe(40);
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s', async (id, e) => {
    const run = runAs(e);
    const res = await send(run.method, run.path, run.body);
    const text = await res.text();
    const body = text ? JSON.parse(text) : null;
    const where = `${run.method} ${run.path} → ${res.status} ${text.slice(0, 300)}`;
    if (e.response.status === null) expect(res.status, where).toBeLessThan(300);
    else expect(res.status, where).toBe(e.response.status);

    const headers = e.response.headers;
    expect(res.headers.get('x-api-version'), where).toBe('1.0');
    if (headers['X-Total-Count']) expect(res.headers.get('x-total-count'), where).toMatch(/^\d+$/);
    if (headers['Content-Type']) expect(res.headers.get('content-type'), where).toContain('application/json');
    if (headers.Location) {
      const location = run.location ?? (run.method === 'POST' ? undefined : run.path);
      if (location)
        expect(res.headers.get('location'), where).toMatch(new RegExp(`${location.replace(/\W/g, '\\$&')}$`));
      else
        expect(res.headers.get('location'), where).toMatch(
          new RegExp(`${run.path.replace(/\/$/, '')}/${newId(body)}$`),
        );
    }

    if (e.response.body !== undefined) {
      const ignore = [...DEVIATIONS['*'], ...(DEVIATIONS[id] ?? [])];
      expect(shapeDiff(body, e.response.body, ignore), where).toEqual([]);
      const seedBody = e.response.body as Record<string, unknown>;
      for (const key of ['response_type', 'model'] as const)
        if (key in seedBody) expect(body[key], `${where}: ${key}`).toBe(seedBody[key]);
    }

    if (run.method === 'POST' && typeof newId(body) === 'number') {
      const kind = run.path.split('/')[2];
      made[kind] = newId(body) as number;
      // Two more objects for the multiple delete.
      if (kind === 'objects')
        for (const key of ['objects2', 'objects3']) {
          const more = await send('POST', run.path, run.body);
          made[key] = newId(await more.json()) as number;
        }
    }

    if (run.method === 'GET' && e.response.status !== null) {
      const head = await send('HEAD', run.path);
      expect(head.status, `HEAD ${run.path}`).toBe(res.status);
      expect(await head.text()).toBe('');
      expect(head.headers.get('x-api-version')).toBe('1.0');
      if (headers['X-Total-Count']) expect(head.headers.get('x-total-count')).toBe(res.headers.get('x-total-count'));
    }
  });

  it('answers the documented levels exactly', async () => {
    const levels = examples.find((e) => e.id === 'rights.levels')?.response.body as { result: unknown };
    const res = await (await send('GET', '/rest/rights/levels')).json<{ result: unknown }>();
    expect(res.result).toEqual(levels.result);
  });
});

describe('DATAGERRY list links', () => {
  it('set `page` in the request query as URLSearchParams.set does, wherever it stands', async () => {
    for (const query of [
      'limit=1&x=%C3%A9+y&page=2&z=a%26b',
      'x=1&limit=1',
      'limit=1&page=1&sort=public_id&order=-1',
    ]) {
      const res = await call(`/rest/types/?${query}`, { headers: bearer(await adminToken()) });
      expect(res.status).toBe(200);
      const body = await res.json<{
        pager: { total_pages: number; page: number };
        pagination: Record<string, string>;
      }>();
      const link = (page: number) => {
        const params = new URLSearchParams(query);
        params.set('page', String(page));
        return `/rest/types/?${params}`;
      };
      const { page, total_pages: last } = body.pager;
      expect(body.pagination).toEqual({
        current: `/rest/types/?${query}`,
        first: link(1),
        prev: link(Math.max(1, page - 1)),
        next: link(Math.min(last, page + 1)),
        last: link(last),
      });
      expect(res.headers.get('link')).toContain(`<${link(1)}>; rel="first"`);
    }
  });
});
