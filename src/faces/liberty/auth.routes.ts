import { createRoute, z } from '@hono/zod-openapi';
import { hasRight } from '../../core/identity/principal';
import { ADMIN_GROUP_ID } from '../../core/identity/rights';
import { checkLogin, clientAddress } from '../../core/identity/throttle';
import { issueToken } from '../../core/identity/tokens';
import { findUserById, findUserByLogin, loadAccess, type User } from '../../core/identity/users';
import { requirePool } from '../../core/ops/pools';
import { AppError } from '../../lib/errors';
import { loginThrottled, SECURITY } from '../../lib/openapi';
import { authenticate, principalOf } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json, LibertyFailure } from './errors';
import { EXAMPLES, TAGS } from './openapi';

const PoolQuery = z
  .string()
  .max(64)
  .default('default')
  .openapi({ description: 'Pool alias the user is read from (e.g. `default`, `libnsx1`).', example: 'default' });
const Mode = z.enum(['framework', 'session']).default('session').openapi({
  description: 'Session mode: `framework` (administrators only: framework tables) or `session` (the pool).',
});
const LoginRequest = z
  .object({
    user: z.string().min(1).max(120).openapi({ description: 'Login name.' }),
    password: z.string().max(1024).nullable().openapi({ description: 'Password.' }),
  })
  .openapi('LibertyLoginRequest');
const TokenResponse = z
  .object({
    access_token: z.string().openapi({ description: 'The JWT: send it as `Authorization: Bearer <access_token>`.' }),
    token_type: z.literal('bearer'),
    status: z.literal('success'),
    message: z.string(),
  })
  .openapi('LibertyToken');
const LibertyUser = z
  .object({
    ROW_ID: z.number().int(),
    USR_ID: z.string(),
    USR_NAME: z.string(),
    USR_EMAIL: z.string().openapi({ description: 'Empty when the user has none.' }),
    USR_STATUS: z.enum(['Y', 'N']),
    USR_ADMIN: z.enum(['Y', 'N']),
    USR_LANGUAGE: z.string(),
    USR_MODE: z.string().openapi({ description: 'Colour mode: `light` or `dark`.', example: 'light' }),
    USR_READONLY: z.enum(['Y', 'N']),
    USR_DASHBOARD: z.number().int().nullable().openapi({ description: 'Dashboard id, if any.', example: 1 }),
    USR_THEME: z.string().openapi({ description: 'Theme name (as `APPS_THEME`).', example: 'liberty' }),
  })
  .openapi('LibertyUser');

const yn = (v: boolean): 'Y' | 'N' => (v ? 'Y' : 'N');

/** USR_DASHBOARD is a dashboard id (an integer in the reference); the store keeps it as text. */
const dashboardId = (value: string | null) => (value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null);

/**
 * A user as Liberty's USR_* columns; never a password or hash (the seed shows USR_PASSWORD: not here).
 * USR_MODE is the colour mode and USR_THEME the theme name, as in the seed's example (`light`, `liberty`).
 */
async function libertyUser(user: User, admin: boolean) {
  return {
    ROW_ID: 1,
    USR_ID: user.login,
    // Strings, as the reference's UserItem declares them: none is an empty string, not null.
    USR_NAME: [user.firstName, user.lastName].filter(Boolean).join(' '),
    USR_EMAIL: user.email ?? '',
    USR_STATUS: yn(user.enabled),
    USR_ADMIN: yn(admin),
    USR_LANGUAGE: user.language,
    USR_MODE: user.mode,
    USR_READONLY: yn(user.readOnly),
    USR_DASHBOARD: dashboardId(user.dashboard),
    USR_THEME: user.theme,
  };
}

/**
 * The validated JSON or form body. Each validator only looks at its own media type, and neither refuses a
 * missing body, so an absent one is checked here: FastAPI's 422 for the missing fields, as with JSON.
 */
function loginBody(type: string | undefined, fromJson: unknown, fromForm: unknown): z.infer<typeof LoginRequest> {
  const isForm = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type ?? '');
  const target = isForm ? 'form' : 'json';
  const parsed = LoginRequest.safeParse(isForm ? fromForm : fromJson);
  if (!parsed.success)
    throw new AppError('VALIDATION', 'Request validation failed', { details: { target, issues: parsed.error.issues } });
  return parsed.data;
}

export function authRoutes() {
  const app = createRouter();
  const tags = [TAGS.auth.name];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/token',
      operationId: 'libertyCreateToken',
      tags,
      security: SECURITY.none,
      summary: 'Generate a JWT (type=database: password check; mode=framework: administrators only)',
      description:
        'Checks the user name and password (throttled: repeated failures answer 429 with `Retry-After`) and answers a JWT for the pool and mode. `mode=framework` is refused to non-administrators (403); `type=oidc` is not configured on this server (501).',
      request: {
        query: z.object({
          pool: PoolQuery,
          mode: Mode,
          type: z.enum(['database', 'oidc']).default('database').openapi({
            description: 'Authentication type: `database` (password check) or `oidc` (not configured here).',
          }),
        }),
        // Required in fact (checked by loginBody); not flagged so, because a flagged body is validated as JSON
        // before the form alternative is looked at.
        body: {
          description: '`{user, password}` as JSON or as form fields',
          content: {
            'application/json': { schema: LoginRequest, example: EXAMPLES.login },
            'application/x-www-form-urlencoded': { schema: LoginRequest, example: EXAMPLES.login },
          },
        },
      },
      responses: {
        200: json(TokenResponse),
        ...errorResponses,
        ...loginThrottled(LibertyFailure),
        501: json(LibertyFailure, 'Not Implemented: `type=oidc` (no issuer is configured on this server).'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      requirePool(c.env, q.pool);
      // Never trust a user name from the body without proof: OIDC needs a configured issuer to verify against.
      if (q.type === 'oidc')
        throw new AppError('NOT_IMPLEMENTED', 'OIDC authentication is not configured on this server');
      const body = loginBody(c.req.header('content-type'), c.req.valid('json'), c.req.valid('form'));
      const orm = c.var.data.orm();
      const userId = await checkLogin(c.env, orm, {
        login: body.user,
        password: body.password ?? '',
        client: clientAddress(c.req.raw.headers),
      });
      const user = userId === null ? undefined : await findUserById(orm, userId);
      if (!user) throw new AppError('UNAUTHENTICATED', 'Authentication failed');
      if (q.mode === 'framework') {
        const access = await loadAccess(orm, user.id);
        if (!access.groups.some((g) => g.id === ADMIN_GROUP_ID))
          throw new AppError('FORBIDDEN', 'Framework mode requires an administrator');
      }
      const { token } = await issueToken(c.env, user, { pool: q.pool, mode: q.mode });
      return c.json(
        {
          access_token: token,
          token_type: 'bearer' as const,
          status: 'success' as const,
          message: 'Authentication successful',
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/user',
      operationId: 'libertyGetUser',
      tags,
      summary: 'The user as USR_* columns (another user needs base.user-management.user.view)',
      description:
        "One user as Liberty's `USR_*` columns, never a password. Without `user`, the caller; another user needs `base.user-management.user.view`, as on every face (403 otherwise).",
      middleware: [authenticate()],
      security: SECURITY.bearer,
      request: {
        query: z.object({
          user: z
            .string()
            .max(120)
            .optional()
            .openapi({ description: 'Login of the user to read (default: the caller).', example: 'demo' }),
          pool: PoolQuery,
          mode: Mode,
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(LibertyUser), status: z.literal('success') }).openapi('LibertyUserList')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      requirePool(c.env, q.pool);
      const principal = principalOf(c);
      const login = q.user ?? principal.login;
      // Another user's record needs the same right as on every face (DATAGERRY, Ribbon2, iDempiere AD_User).
      if (
        login.toLowerCase() !== principal.login.toLowerCase() &&
        !hasRight(principal, 'base.user-management.user.view')
      )
        throw new AppError('FORBIDDEN', 'You may only read your own user');
      const orm = c.var.data.orm();
      const user = await findUserByLogin(orm, login);
      if (!user) throw new AppError('NOT_FOUND', `User ${login.slice(0, 64)} not found`);
      const access = await loadAccess(orm, user.id);
      return c.json(
        {
          items: [
            await libertyUser(
              user,
              access.groups.some((g) => g.id === ADMIN_GROUP_ID),
            ),
          ],
          status: 'success' as const,
        },
        200,
      );
    },
  );
  return app;
}
