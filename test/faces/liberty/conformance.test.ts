import { describe, expect, it } from 'vitest';
// The seed's examples, copied into the repo (see its $comment for the origin).
import seed from '../../fixtures/liberty-examples.json';
import { at, shapeErrors } from '../../support/example-shape';
import { tokenFor } from '../../support/worker';
import { ly } from './helpers';

interface Case {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  as?: string;
  status: number;
  example?: unknown;
  same?: string[];
  deviations?: string[];
}

/** Python's `datetime.isoformat()` of a UTC time, as the seed's CURRENT_DATE. */
const PYTHON_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/;

// What a client of the original sends, as the seed documents it: status and body shape as documented.
describe('Liberty answers the seed’s examples', () => {
  it('for every documented request', async () => {
    const tokens: Record<string, string> = { admin: await tokenFor('admin'), demo: await tokenFor('demo') };
    for (const c of seed.cases as Case[]) {
      const r = await ly(c.path, tokens[c.as ?? 'admin'], c.method, c.body);
      expect(r.status, `${c.name}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(c.status);
      if (c.example === undefined) continue;
      expect(shapeErrors(c.example, r.body, c.deviations), c.name).toEqual([]);
      for (const path of c.same ?? []) expect(at(r.body, path), `${c.name}: ${path}`).toEqual(at(c.example, path));
    }
  });

  it('GET /api/logs/details without parameters (as documented) is a 200; by id or list position, the entry', async () => {
    const demo = await tokenFor('demo');
    const none = await ly('/api/logs/details', demo);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ items: [], status: 'success', count: 0 });
    const posted = await ly('/api/logs', demo, 'POST', { level: 'info', message: 'conformance details' });
    const list = await ly('/api/logs', demo);
    const position = list.body.items.findIndex((e: { id: string }) => e.id === posted.body.id);
    expect(position).toBeGreaterThanOrEqual(0);
    for (const id of [posted.body.id, String(position)]) {
      const one = await ly(`/api/logs/details?id=${id}`, demo);
      expect(one.body).toMatchObject({ status: 'success', count: 1, items: [{ message: 'conformance details' }] });
      expect(one.body.items[0].timestamp).toMatch(PYTHON_UTC);
    }
    expect((await ly('/api/logs/details?id=99999', demo)).status).toBe(404);
  });

  it('GET /api/auth/user: USR_MODE is the colour mode, USR_THEME the theme name (the seed’s light / liberty)', async () => {
    const admin = await ly('/api/auth/user', await tokenFor('admin'));
    expect(admin.body.items[0]).toMatchObject({ USR_ID: 'admin', USR_MODE: 'light', USR_THEME: 'liberty' });
    expect(admin.body.items[0]).not.toHaveProperty('USR_PASSWORD');
  });

  it('GET /api/export/repository: the seed’s envelope, the tables under items', async () => {
    const r = await ly('/api/export/repository', await tokenFor('admin'));
    expect(r.body).toMatchObject({ status: 'success', count: r.body.items.length });
    expect(r.body).not.toHaveProperty('tables');
    expect(r.body.items.find((t: { name: string }) => t.name === 'LY_MODULES')).toMatchObject({
      definition: expect.stringContaining('CREATE TABLE'),
      rows: expect.arrayContaining([expect.objectContaining({ MODULE_ID: 'menus' })]),
    });
    expect(r.body.exported_at).toMatch(PYTHON_UTC);
  });

  it('writes times as the seed does (Python isoformat, +00:00)', async () => {
    const check = await ly('/api/db/check', await tokenFor('admin'));
    expect(check.body.rows[0].CURRENT_DATE).toMatch(PYTHON_UTC);
  });
});
