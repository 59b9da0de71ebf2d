import { createRoute, z } from '@hono/zod-openapi';
import { introSteps } from '../../core/cmdb/summary';
import {
  authProviderConfig,
  authProviders,
  databaseConnected,
  readAuthSettings,
  readDateSettings,
  saveAuthSettings,
  saveDateSettings,
  systemInformation,
} from '../../core/cmdb/system';
import { SECURITY } from '../../lib/openapi';
import { APP_NAME, APP_VERSION } from '../../lib/version';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { errorResponses, json } from './envelope';
import { TAGS } from './openapi';

/**
 * What DATAGERRY's web UI reads around its pages (connection check, intro, system information,
 * authentication providers and settings, regional settings). These answer DATAGERRY's plain bodies (no
 * envelope), as its backend does; the logic is the core's (core/cmdb/system.ts, summary.ts).
 */

const tags = [TAGS.system.name];
const security = SECURITY.datagerry;
const bodyOf = <T extends z.ZodType>(schema: T, example: unknown) => ({
  content: { 'application/json': { schema, example } },
  required: true,
});

/** DATAGERRY's web UI sends `onlyActiveObjCookie` (its "show only active objects" cookie; `true` by default). */
export const OnlyActive = z.object({
  onlyActiveObjCookie: z
    .enum(['true', 'false', 'True', 'False'])
    .optional()
    .openapi({ description: 'Count only active objects (`true`), as the web UI asks by default.', example: 'true' }),
});
export const onlyActive = (value: string | undefined) => value?.toLowerCase() === 'true';

const AuthSettings = z
  .object({
    _id: z.literal('auth'),
    enable_external: z.boolean().openapi({ description: 'Stored as given: Atrium has no external provider.' }),
    token_lifetime: z
      .number()
      .int()
      .openapi({ description: "Stored as given: Atrium's tokens keep their configured lifetime." }),
    providers: z.array(z.object({ class_name: z.string(), config: z.record(z.string(), z.unknown()) })),
  })
  .openapi('DgAuthSettings');
const AuthSettingsInput = z
  .object({
    enable_external: z.boolean().optional(),
    token_lifetime: z.number().int().min(1).max(525_600).optional(),
    providers: z
      .array(z.object({ class_name: z.string().max(120), config: z.record(z.string(), z.unknown()).optional() }))
      .max(10)
      .optional(),
  })
  .passthrough()
  .openapi('DgAuthSettingsInput');
const DateSettings = z
  .object({ _id: z.literal('date'), date_format: z.string(), timezone: z.string() })
  .openapi('DgDateSettings');
const DateSettingsInput = z
  .object({ date_format: z.string().min(1).max(64), timezone: z.string().min(1).max(64) })
  .passthrough()
  .openapi('DgDateSettingsInput');

export function systemRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'datagerryConnection',
      tags,
      summary: 'Connection check: name, version, database reachable',
      description:
        "What DATAGERRY's web UI asks before anything else (its connect page): the service's name and version and whether the database answers. No credentials needed.",
      security: SECURITY.none,
      responses: {
        200: json(
          z
            .object({ title: z.string(), version: z.string(), connected: z.boolean() })
            .openapi('DgConnection', { example: { title: APP_NAME, version: APP_VERSION, connected: true } }),
        ),
      },
    }),
    async (c) =>
      c.json({ title: APP_NAME, version: APP_VERSION, connected: await databaseConnected(c.var.data.d1()) }, 200),
  );

  const intro = createRoute({
    method: 'get',
    path: '/special/intro',
    operationId: 'datagerryIntro',
    tags,
    summary: 'Intro steps: are there categories, types, objects?',
    description:
      'The three steps of the intro (category, type, object), each `state: true` when the caller sees at least one; `execute` when any is there. Counts only what the caller may see (rights, type ACL).',
    security,
    middleware: [dgAuth],
    request: { query: OnlyActive },
    responses: {
      200: json(
        z
          .object({
            steps: z.array(
              z.object({
                step: z.number().int(),
                label: z.string(),
                icon: z.string(),
                link: z.string(),
                state: z.boolean(),
              }),
            ),
            execute: z.boolean(),
          })
          .openapi('DgIntro'),
      ),
      ...errorResponses,
    },
  });
  // The web UI joins its prefix `/` with `/special/intro`: it asks for `/rest///special/intro`. That
  // spelling is answered too, and left out of the OpenAPI document (the same operation).
  for (const path of ['/special/intro', '///special/intro'])
    app.openapi({ ...intro, path, hide: path !== intro.path }, async (c) =>
      c.json(await introSteps(c.var.data.d1(), actorOf(c), onlyActive(c.req.valid('query').onlyActiveObjCookie)), 200),
    );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/settings/system',
      operationId: 'datagerryGetSystemInformation',
      tags,
      summary: 'System information: name, version, database version, uptime',
      description:
        "For any signed-in user, as DATAGERRY: the service's name and version, the database version (the newest migration applied to the pool), the uptime of this Worker isolate in seconds (`runtime`) and its start parameters (none).",
      security,
      middleware: [dgAuth],
      responses: {
        200: json(
          z
            .object({
              title: z.string(),
              version: z.string(),
              db_version: z.number().int(),
              runtime: z.number(),
              starting_parameters: z.array(z.string()),
            })
            .openapi('DgSystemInformation'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await systemInformation(c.var.data.d1()), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/providers',
      operationId: 'datagerryListAuthProviders',
      tags,
      summary: 'Authentication providers',
      description:
        'The installed providers (right `base.system.view`): Atrium has one, `LocalAuthenticationProvider` (its own users and passwords).',
      security,
      middleware: [dgAuth, requireRight('base.system.view')],
      responses: {
        200: json(z.array(z.object({ class_name: z.string(), external: z.boolean() })).openapi('DgAuthProviders')),
        ...errorResponses,
      },
    }),
    (c) => c.json(authProviders(actorOf(c)), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/providers/{provider_class}',
      operationId: 'datagerryGetAuthProvider',
      tags,
      summary: "One provider's configuration",
      description: "The provider's configuration (right `base.system.view`); 404 for a provider Atrium does not have.",
      security,
      middleware: [dgAuth, requireRight('base.system.view')],
      request: {
        params: z.object({
          provider_class: z
            .string()
            .max(120)
            .openapi({ description: "The provider's class name.", example: 'LocalAuthenticationProvider' }),
        }),
      },
      responses: { 200: json(z.record(z.string(), z.unknown()).openapi('DgAuthProviderConfig')), ...errorResponses },
    }),
    async (c) =>
      c.json(await authProviderConfig(c.var.data.d1(), actorOf(c), c.req.valid('param').provider_class), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/settings',
      operationId: 'datagerryGetAuthSettings',
      tags,
      summary: 'Authentication settings',
      description: 'The stored authentication settings, or the defaults (right `base.system.view`).',
      security,
      middleware: [dgAuth, requireRight('base.system.view')],
      responses: { 200: json(AuthSettings), ...errorResponses },
    }),
    async (c) => c.json(await readAuthSettings(c.var.data.d1(), actorOf(c)), 200),
  );
  for (const method of ['post', 'put'] as const)
    app.openapi(
      createRoute({
        method,
        path: '/auth/settings',
        operationId: method === 'post' ? 'datagerrySaveAuthSettings' : 'datagerryUpdateAuthSettings',
        tags,
        summary: `Store the authentication settings${method === 'put' ? ' (PUT: same as POST)' : ''}`,
        description:
          'Stores the authentication settings (right `base.system.edit`; a read-only user changes nothing) and answers them. Providers must be ones Atrium has (400 otherwise).',
        security,
        middleware: [dgAuth, requireRight('base.system.edit')],
        request: {
          body: bodyOf(AuthSettingsInput, {
            enable_external: false,
            token_lifetime: 1400,
            providers: [{ class_name: 'LocalAuthenticationProvider', config: { active: true } }],
          }),
        },
        responses: { 200: json(AuthSettings), ...errorResponses },
      }),
      async (c) => c.json(await saveAuthSettings(c.var.data.d1(), actorOf(c), c.req.valid('json')), 200),
    );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/date',
      operationId: 'datagerryGetDateSettings',
      tags,
      summary: 'Regional settings: date format and time zone',
      description:
        'The date format and time zone the web UI formats dates with (the stored ones, or `YYYY-MM-DDThh:mm:ssZ` and `UTC`). No credentials needed, as in DATAGERRY: the UI reads them before anyone signs in.',
      security: SECURITY.none,
      responses: { 200: json(DateSettings) },
    }),
    async (c) => c.json(await readDateSettings(c.var.data.d1()), 200),
  );
  for (const method of ['post', 'put'] as const)
    app.openapi(
      createRoute({
        method,
        path: '/date',
        operationId: method === 'post' ? 'datagerrySaveDateSettings' : 'datagerryUpdateDateSettings',
        tags,
        summary: `Store the regional settings${method === 'put' ? ' (PUT: same as POST)' : ''}`,
        description:
          'Stores the date format and time zone (an IANA name; right `base.system.edit`, a read-only user changes nothing) and answers them.',
        security,
        middleware: [dgAuth, requireRight('base.system.edit')],
        request: { body: bodyOf(DateSettingsInput, { date_format: 'YYYY-MM-DD', timezone: 'Europe/Berlin' }) },
        responses: { 200: json(DateSettings), ...errorResponses },
      }),
      async (c) => c.json(await saveDateSettings(c.var.data.d1(), actorOf(c), c.req.valid('json')), 200),
    );

  return app;
}
