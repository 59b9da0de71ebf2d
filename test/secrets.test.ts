import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import devVarsExample from '../.dev.vars.example?raw';
import { createApp, EXAMPLE_DEFAULTS, EXAMPLE_SECRETS, secretsProblem } from '../src/app';

/**
 * A deployment must not run on missing secrets or on the committed example ones. A separate app and
 * environment object per case: the shared test bindings (local development, test secrets) stay as they are.
 */
const app = createApp();
/** A deployment: no LOCAL_DEV, no demo data, an admin password of its own (unless a case overrides them). */
const deployed = (overrides: Partial<Cloudflare.Env>): Cloudflare.Env => ({
  ...env,
  LOCAL_DEV: undefined,
  DEMO_DATA: 'false',
  ADMIN_PASSWORD: 'a-long-own-admin-password',
  ...overrides,
});
const fetchWith = (bindings: Cloudflare.Env, path: string, init: RequestInit = {}) =>
  Promise.resolve(app.fetch(new Request(new URL(path, 'http://localhost:8787'), init), bindings));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('secrets at deploy', () => {
  it('knows the example values committed in .dev.vars.example', () => {
    const example = Object.fromEntries(
      devVarsExample
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]),
    );
    expect(example).toMatchObject({ ...EXAMPLE_SECRETS, ...EXAMPLE_DEFAULTS, LOCAL_DEV: 'true' });
  });

  it('refuses every route, with a generic 500 and one log line naming the setting, never its value', async () => {
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bindings = deployed({ JWT_SECRET: EXAMPLE_SECRETS.JWT_SECRET });
    const requests: [string, RequestInit][] = [
      ['/', {}],
      ['/openapi.json', {}],
      ['/api/v1/models/C_BPartner', {}],
      ['/rest/objects/', {}],
      ['/api/fmw/applications', {}],
      ['/auth?login=admin&password=admin', { method: 'POST' }],
      ['/no/such/route', {}],
    ];
    for (const [path, init] of requests) {
      const res = await fetchWith(bindings, path, { ...init, headers: { 'x-request-id': `rid-${path.length}` } });
      expect(res.status, path).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        code: 'INTERNAL',
        message: 'Server misconfigured: a required secret is missing or unsafe; see the server log',
        requestId: `rid-${path.length}`,
      });
      expect(text).not.toContain(EXAMPLE_SECRETS.JWT_SECRET);
    }
    expect(errorLog).toHaveBeenCalledTimes(requests.length);
    for (const [line] of errorLog.mock.calls) {
      expect(JSON.parse(String(line))).toMatchObject({
        level: 'error',
        message: expect.stringContaining('JWT_SECRET'),
      });
      expect(String(line)).not.toContain(EXAMPLE_SECRETS.JWT_SECRET);
      expect(String(line)).not.toMatch(/stack|at \S+ \(/);
    }
  });

  it('names each problem: a missing, empty or example secret', () => {
    expect(secretsProblem(deployed({ JWT_SECRET: undefined }))).toMatch(/^JWT_SECRET is not set/);
    expect(secretsProblem(deployed({ ENCRYPTION_KEY: ' ' }))).toMatch(/^ENCRYPTION_KEY is not set/);
    expect(secretsProblem(deployed({ ENCRYPTION_KEY: EXAMPLE_SECRETS.ENCRYPTION_KEY }))).toMatch(
      /^ENCRYPTION_KEY still has the \.dev\.vars\.example value/,
    );
    // Local development may keep the example values, but never run without a secret.
    const local = { ...env, LOCAL_DEV: 'true', ...EXAMPLE_SECRETS };
    expect(secretsProblem(local)).toBeUndefined();
    expect(secretsProblem({ ...local, ENCRYPTION_KEY: undefined })).toMatch(/^ENCRYPTION_KEY is not set/);
    expect(secretsProblem(deployed({}))).toBeUndefined();
    // LOCAL_DEV counts only for requests to this machine (a deployment may have copied it from the example).
    expect(secretsProblem(local, 'atrium.example.workers.dev')).toMatch(/^JWT_SECRET still .*; ENCRYPTION_KEY still /);
    expect(secretsProblem(local, '127.0.0.1')).toBeUndefined();
    // Both at once, in one line.
    expect(secretsProblem(deployed({ ...EXAMPLE_SECRETS }))).toMatch(/^JWT_SECRET still .*; ENCRYPTION_KEY still /);
  });

  it('refuses the example’s deploy defaults outside local development: the admin password and demo data', () => {
    expect(secretsProblem(deployed({ ADMIN_PASSWORD: 'admin' }))).toMatch(
      /^ADMIN_PASSWORD is the \.dev\.vars\.example value or shorter than 12/,
    );
    expect(secretsProblem(deployed({ ADMIN_PASSWORD: 'short-pw-11' }))).toMatch(/^ADMIN_PASSWORD /);
    expect(secretsProblem(deployed({ ADMIN_PASSWORD: 'twelve-chars' }))).toBeUndefined();
    expect(secretsProblem(deployed({ ADMIN_PASSWORD: undefined }))).toBeUndefined();
    expect(secretsProblem(deployed({ DEMO_DATA: 'true' }))).toMatch(/^DEMO_DATA=true outside local development/);
    // Everything a Deploy button copies from the example, LOCAL_DEV included, on a public host.
    const copied = { ...env, LOCAL_DEV: 'true', ...EXAMPLE_SECRETS, ...EXAMPLE_DEFAULTS };
    const problem = secretsProblem(copied, 'atrium.example.workers.dev') ?? '';
    for (const name of ['JWT_SECRET', 'ENCRYPTION_KEY', 'ADMIN_PASSWORD', 'DEMO_DATA']) expect(problem).toContain(name);
    expect(problem).not.toMatch(/=admin\b|: admin\b/);
    expect(secretsProblem(copied, 'localhost')).toBeUndefined();
  });

  it('serves a deployment with its own secrets, and local development with the example ones', async () => {
    const errorLog = vi.spyOn(console, 'error');
    expect((await fetchWith(deployed({}), '/')).status).toBe(200);
    expect((await fetchWith({ ...env, LOCAL_DEV: 'true', ...EXAMPLE_SECRETS }, '/')).status).toBe(200);
    expect(errorLog).not.toHaveBeenCalled();
  });

  it('tells a local `wrangler dev` without .dev.vars which file to copy (and a deployment nothing)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bare = deployed({ JWT_SECRET: undefined, ENCRYPTION_KEY: undefined });
    const local = await fetchWith(bare, '/api/v1/models/C_BPartner');
    expect(local.status).toBe(503);
    expect(await local.json()).toMatchObject({
      code: 'LOCAL_SETUP',
      message: expect.stringContaining('Copy .dev.vars.example to .dev.vars'),
    });
    const remote = await app.fetch(new Request('https://atrium.example.workers.dev/'), bare);
    expect(remote.status).toBe(500);
    expect(await remote.text()).not.toContain('.dev.vars');
  });

  it('refuses a missing secret in local development too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await fetchWith({ ...env, ENCRYPTION_KEY: undefined }, '/')).status).toBe(500);
  });
});
