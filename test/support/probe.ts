import { env } from 'cloudflare:test';
import { createRoute, z } from '@hono/zod-openapi';
import { createApp } from '../../src/app';
import { createGroup, listGroups } from '../../src/core/identity/groups';
import { authenticate, principalOf, requireRight } from '../../src/middleware/auth';
import { SYSTEM } from './actors';

/**
 * The real app with a few probe routes behind the auth middleware: the foundation has no secured
 * routes of its own (the faces bring them), so its middleware is exercised here.
 */
const app = createApp();
app.get('/probe/me', authenticate(), (c) => {
  const p = principalOf(c);
  return c.json({ login: p.login, groups: p.groups.map((g) => g.name), rights: p.rights });
});
app.get('/probe/ribbon2', authenticate({ ribbon2Header: true }), (c) => c.json({ login: principalOf(c).login }));
app.get('/probe/auth-scope', authenticate({ scopes: ['auth'] }), (c) => c.json({ ok: true }));
app.get('/probe/objects', authenticate(), requireRight('base.framework.object.view'), (c) => c.json({ ok: true }));
app.get('/probe/users-delete', authenticate(), requireRight('base.user-management.user.delete'), (c) =>
  c.json({ ok: true }),
);

app.get('/probe/boom', async (c) => {
  await c.var.data.d1().prepare('select secret_column from no_such_table').all();
  return c.json({ unreachable: true });
});
app.get('/probe/crash', () => {
  throw new TypeError('internal detail: env.DB binding at src/x.ts:1');
});
app.openapi(
  createRoute({
    method: 'post',
    path: '/probe/validate',
    request: {
      query: z.object({ n: z.coerce.number().int().min(1) }),
      body: { content: { 'application/json': { schema: z.object({ name: z.string().min(2) }) } } },
    },
    responses: {
      200: { description: 'ok', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } },
    },
  }),
  (c) => c.json({ ok: true }, 200),
);

app.get('/probe/groups', async (c) => {
  const page = await listGroups(c.var.data.orm(), { limit: 10, offset: 0 });
  return c.json({ total: page.total, names: page.groups.map((g) => g.name) });
});
app.post('/probe/groups/:name', async (c) => {
  const group = await createGroup(
    c.var.data.orm(),
    { name: c.req.param('name'), rights: ['base.system.view'] },
    SYSTEM,
  );
  return c.json({ id: group.id }, 201);
});

/** `bindings` replaces some of the environment's bindings (fault-injection wrappers). */
export function probe(path: string, init: RequestInit = {}, bindings: Partial<typeof env> = {}): Promise<Response> {
  return Promise.resolve(app.fetch(new Request(new URL(path, 'http://atrium.test'), init), { ...env, ...bindings }));
}
