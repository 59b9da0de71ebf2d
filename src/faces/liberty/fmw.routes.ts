import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { columnType } from '../../core/framework/queries';
import { type FrameworkList, frameworkRows } from '../../core/framework/settings';
import { encrypt, isEncrypted } from '../../core/ops/encryption';
import { DEFAULT_POOL } from '../../core/ops/pools';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { authenticate, requireRight } from '../../middleware/auth';
import { errorResponses, json } from './errors';

/** Framework tables in Liberty's envelope: `{status, pool, items (with ROW_ID), rowCount, meta_data}`. */
const Envelope = z
  .object({
    status: z.literal('success'),
    pool: z.string(),
    items: z.array(z.record(z.string(), z.unknown())),
    rowCount: z.number().int(),
    meta_data: z.array(z.object({ name: z.string(), type: z.string() })),
  })
  .openapi('LibertyFrameworkList');

async function frameworkList(c: Context<AppEnv>, what: FrameworkList) {
  const results = await frameworkRows(c.var.data, what);
  const items = results.map((row, i) => {
    const item: Record<string, unknown> = { ROW_ID: i + 1 };
    for (const [key, value] of Object.entries(row)) {
      if (value === null) continue;
      // MODULE_PARAMS is JSON: answered as an object, as the seed shows.
      item[key] = key === 'MODULE_PARAMS' && typeof value === 'string' ? JSON.parse(value) : value;
    }
    return item;
  });
  // meta_data describes the columns really returned, typed from the first row that has a value.
  const names = ['ROW_ID', ...Object.keys(results[0] ?? {})];
  const meta_data = names.map((name) => {
    const sample = items.find((i) => i[name] !== undefined)?.[name];
    return { name, type: name === 'MODULE_PARAMS' ? 'json' : columnType(sample) };
  });
  return { status: 'success' as const, pool: DEFAULT_POOL, items, rowCount: items.length, meta_data };
}

export function fmwRoutes() {
  const app = createRouter();
  const tags = ['Liberty'];
  const security = [{ bearerAuth: [] }];
  for (const what of ['applications', 'modules', 'themes'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/fmw/${what}`,
        tags,
        security,
        middleware: [authenticate()],
        summary: `Framework ${what}`,
        responses: { 200: json(Envelope), ...errorResponses },
      }),
      async (c) => c.json(await frameworkList(c, what), 200),
    );
  }
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/fmw/encrypt',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.encrypt.use')],
      summary: 'Encrypt a value (AES-GCM, `ENC:` prefix); an encrypted input comes back unchanged',
      request: { query: z.object({ plain_text: z.string().min(1).max(10_000) }) },
      responses: { 200: json(z.object({ encrypted: z.string() })), ...errorResponses },
    }),
    async (c) => {
      const { plain_text } = c.req.valid('query');
      return c.json(
        { encrypted: isEncrypted(plain_text) ? plain_text : await encrypt(plain_text, c.env.ENCRYPTION_KEY) },
        200,
      );
    },
  );
  return app;
}
