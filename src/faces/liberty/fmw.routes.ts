import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { columnType } from '../../core/framework/queries';
import { type FrameworkList, frameworkRows } from '../../core/framework/settings';
import { encrypt, isEncrypted } from '../../core/ops/encryption';
import { DEFAULT_POOL } from '../../core/ops/pools';
import { SECURITY } from '../../lib/openapi';
import { authenticate, requireRight } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses, json } from './errors';
import { TAGS } from './openapi';

/**
 * The rows of each framework list. Every column is optional because a null column is left out of its row
 * (as the seed shows); `ROW_ID` (1, 2, …) is always there.
 */
const rowId = z.number().int().optional().openapi({ description: 'Position in the list, from 1 (always present).' });
const FRAMEWORK_ITEMS = {
  applications: z
    .object({
      ROW_ID: rowId,
      APPS_ID: z.number().int().optional(),
      APPS_NAME: z.string().optional(),
      APPS_DESCRIPTION: z.string().optional(),
      APPS_POOL: z.string().optional().openapi({ description: 'Pool alias the application works on.' }),
      APPS_OFFSET: z.number().int().optional(),
      APPS_LIMIT: z.number().int().optional(),
      APPS_VERSION: z.number().int().optional(),
      APPS_DASHBOARD: z.number().int().optional(),
      APPS_THEME: z.string().optional(),
    })
    .openapi('LibertyApplication'),
  modules: z
    .object({
      ROW_ID: rowId,
      MODULE_ID: z.string().optional(),
      MODULE_DESCRIPTION: z.string().optional(),
      MODULE_ENABLED: z.enum(['Y', 'N']).optional(),
      MODULE_PARAMS: z
        .record(z.string(), z.unknown())
        .optional()
        .openapi({ description: "The module's settings (JSON), when it has any." }),
    })
    .openapi('LibertyModule'),
  themes: z
    .object({
      ROW_ID: rowId,
      THM_NAME: z.string().optional(),
      TCL_KEY: z.string().optional().openapi({ description: 'Colour key (`primary`, `secondary`, …).' }),
      TCL_LIGHT: z.string().optional().openapi({ description: 'Colour in the light mode.' }),
      TCL_DARK: z.string().optional().openapi({ description: 'Colour in the dark mode.' }),
    })
    .openapi('LibertyThemeColor'),
} as const;

/** Framework tables in Liberty's envelope: `{status, pool, items (with ROW_ID), rowCount, meta_data}`. */
const envelope = <T extends z.ZodType>(items: T, name: string) =>
  z
    .object({
      status: z.literal('success'),
      pool: z.string(),
      items: z.array(items),
      rowCount: z.number().int(),
      meta_data: z
        .array(z.object({ name: z.string(), type: z.string() }))
        .openapi({ description: 'The columns returned, with their types (`int`, `str`, `json`, …).' }),
    })
    .openapi(name);
const ENVELOPES = {
  applications: envelope(FRAMEWORK_ITEMS.applications, 'LibertyApplicationList'),
  modules: envelope(FRAMEWORK_ITEMS.modules, 'LibertyModuleList'),
  themes: envelope(FRAMEWORK_ITEMS.themes, 'LibertyThemeList'),
};
const LIST_DOCS = {
  applications: {
    operationId: 'libertyListApplications',
    description: 'The applications of the framework (`LY_APPLICATIONS`). Any authenticated user.',
  },
  modules: {
    operationId: 'libertyListModules',
    description: 'The framework modules and whether each is enabled (`LY_MODULES`). Any authenticated user.',
  },
  themes: {
    operationId: 'libertyListThemes',
    description: 'Theme colours, one row per theme and colour key (`LY_THEMES`). Any authenticated user.',
  },
} as const;

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
  const tags = [TAGS.framework.name];
  const security = SECURITY.bearer;
  for (const what of ['applications', 'modules', 'themes'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/fmw/${what}`,
        operationId: LIST_DOCS[what].operationId,
        tags,
        security,
        middleware: [authenticate()],
        summary: `Framework ${what}`,
        description: LIST_DOCS[what].description,
        responses: { 200: json(ENVELOPES[what]), ...errorResponses },
      }),
      async (c) => c.json(await frameworkList(c, what), 200),
    );
  }
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/fmw/encrypt',
      operationId: 'libertyEncrypt',
      tags,
      security,
      middleware: [authenticate(), requireRight('base.encrypt.use')],
      summary: 'Encrypt a value (AES-GCM, `ENC:` prefix); an encrypted input comes back unchanged',
      description:
        "Encrypts `plain_text` with the server's key (AES-GCM) for storing in configuration; answers `ENC:…`. Needs the right `base.encrypt.use`.",
      request: {
        query: z.object({
          plain_text: z
            .string()
            .min(1)
            .max(10_000)
            .openapi({ description: 'Text to encrypt (an `ENC:` value is answered unchanged).', example: 'secret' }),
        }),
      },
      responses: {
        200: json(
          z.object({ encrypted: z.string().openapi({ example: 'ENC:wNMyALbXf…' }) }).openapi('LibertyEncrypted'),
        ),
        ...errorResponses,
      },
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
