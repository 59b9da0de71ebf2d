import { createRoute, z } from '@hono/zod-openapi';
import { serviceHealth } from './core/ops/health';
import { DataAccess } from './db/data-access';
import { json, SECURITY } from './lib/openapi';
import { createRouter } from './middleware/router';

/**
 * `GET /health`: the service's own health route for monitors and load balancers (iDempiere's
 * `/api/v1/health` stays, in its own shape). Mounted before the secrets check and bootstrap, so it answers
 * even when they fail: `configuration` says whether the secrets are sound, never which or why.
 */
const State = z.enum(['up', 'down']);
const Health = z
  .object({
    status: z.enum(['UP', 'DOWN']).openapi({ description: '`UP` when every check is up (200), else `DOWN` (503).' }),
    configuration: State.openapi({
      description:
        '`down`: a required secret is missing or unsafe (the server log says which); every other route refuses to serve.',
    }),
    d1: z.record(z.string(), State).openapi({ description: 'Each D1 pool by its alias: it answered a query.' }),
    kv: State.openapi({ description: 'The KV namespace answered a read.' }),
    durableObjects: State.openapi({ description: 'A Durable Object answered a storage read.' }),
  })
  .openapi('AtriumHealth', {
    example: {
      status: 'UP',
      configuration: 'up',
      d1: { default: 'up', libnsx1: 'up' },
      kv: 'up',
      durableObjects: 'up',
    },
  });

const route = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'atriumHealth',
  tags: ['Atrium'],
  security: SECURITY.none,
  summary: 'Health: D1 per pool, KV, Durable Objects',
  description:
    'For monitors, without a token: each dependency checked at once (each gives up after 2 s); 200 when all are up, 503 otherwise. Names and states only.',
  responses: { 200: json(Health, 'Up'), 503: json(Health, 'Down: at least one check failed') },
});

export function healthRouter(configurationProblem: (env: Cloudflare.Env, url: string) => string | undefined) {
  return createRouter().openapi(route, async (c) => {
    const health = await serviceHealth(new DataAccess(c.env), c.env);
    const configuration = configurationProblem(c.env, c.req.url) ? 'down' : 'up';
    const status = health.status === 'UP' && configuration === 'up' ? 'UP' : 'DOWN';
    return c.json({ ...health, status, configuration }, status === 'UP' ? 200 : 503);
  });
}
