import { describe, expect, it } from 'vitest';
import { responseSchema, schemaErrors } from '../../support/liberty-schema';
import { loginLiberty, ly } from './helpers';

/** Deliberate deviations (README, Security): the password is never returned, even where the reference requires it. */
const DEVIATIONS = [/USR_PASSWORD: required$/];

// Our answers against the original project's own OpenAPI response schemas, for the operations it describes.
describe('Liberty responses match the reference OpenAPI schemas', () => {
  it('for every documented operation we serve', async () => {
    const admin = await loginLiberty('admin', 'admin', 'framework');
    const cases: [string, string, string, unknown?][] = [
      ['get', '/api/auth/user', '/api/auth/user?user=demo'],
      ['get', '/api/fmw/modules', '/api/fmw/modules'],
      ['get', '/api/fmw/applications', '/api/fmw/applications'],
      ['get', '/api/fmw/themes', '/api/fmw/themes'],
      ['post', '/api/fmw/encrypt', '/api/fmw/encrypt?plain_text=x'],
      ['get', '/api/db/check', '/api/db/check'],
      ['get', '/api/db/open', '/api/db/open'],
      ['get', '/api/db/close', '/api/db/close'],
      ['get', '/api/db/query', '/api/db/query?query=1&limit=2'],
      ['post', '/api/db/query', '/api/db/query?query=1', { DD_ID: 'SHAPE', DD_LABEL: 'Shape' }],
      ['put', '/api/db/query', '/api/db/query?query=1', { DD_ID: 'SHAPE', DD_LABEL: 'Shape 2' }],
      ['delete', '/api/db/query', '/api/db/query?query=1', { DD_ID: 'SHAPE' }],
      ['post', '/api/db/audit/{table}/{user}', '/api/db/audit/LY_MODULES/admin', { MODULE_ID: 'menus' }],
      ['get', '/api/setup/current', '/api/setup/current'],
      ['post', '/api/setup/upgrade', '/api/setup/upgrade'],
      ['post', '/api/setup/revision', '/api/setup/revision'],
      ['get', '/api/export/repository', '/api/export/repository'],
    ];
    for (const [method, template, url, body] of cases) {
      const r = await ly(url, admin, method.toUpperCase(), body);
      expect(r.status, `${method} ${url}`).toBe(200);
      const errors = schemaErrors(responseSchema(method, template), r.body).filter(
        (e) => !DEVIATIONS.some((d) => d.test(e)),
      );
      expect(errors, `${method} ${url}`).toEqual([]);
    }
    const token = await ly('/api/auth/token', null, 'POST', { user: 'admin', password: 'admin' });
    expect(schemaErrors(responseSchema('post', '/api/auth/token'), token.body)).toEqual([]);
  });
});
