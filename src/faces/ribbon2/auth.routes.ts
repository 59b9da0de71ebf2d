import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { checkLogin, clientAddress } from '../../core/identity/throttle';
import { issueToken } from '../../core/identity/tokens';
import { findUserById } from '../../core/identity/users';
import { AppError } from '../../lib/errors';
import { loginThrottled, SECURITY } from '../../lib/openapi';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses, R2Error } from './common';
import { TAGS } from './openapi';

/** The docs' view of the optional body (plain schemas: the route parses it itself, see credentials()). */
const AuthFields = {
  type: 'object' as const,
  properties: { login: { type: 'string' as const }, password: { type: 'string' as const } },
  required: ['login', 'password'],
};

/**
 * `login` and `password` from the query string (the original gateway reads only those) or from JSON or
 * form fields. Like the original, any other body, or one that cannot be parsed, is ignored, never a 415.
 */
async function credentials(c: Context<AppEnv>): Promise<{ login: string; password: string } | null> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  let body: Record<string, unknown> = {};
  try {
    if (/^application\/([\w.-]+\+)?json\b/.test(type)) {
      const parsed: unknown = await c.req.json();
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } else if (/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/.test(type))
      body = await c.req.parseBody();
  } catch {}
  const field = (name: 'login' | 'password') => {
    const value = c.req.query(name) ?? body[name];
    return typeof value === 'string' ? value : undefined;
  };
  const login = field('login');
  const password = field('password');
  return login !== undefined && password !== undefined ? { login, password } : null;
}

/** `POST /auth`: Ribbon2's login (core/identity: throttle, tokens). */
export function authRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth',
      operationId: 'ribbon2Login',
      security: SECURITY.none,
      tags: [TAGS.auth.name],
      description:
        'Checks `login` and `password` (throttled: repeated failures answer 429 with `Retry-After`) and answers the raw JWT as text. Wrong credentials are a raw 403 `Forbidden`, as in the original.',
      summary: 'Log in with login and password (query string, JSON or form fields); answers the raw JWT',
      request: {
        query: z.object({
          login: z.string().optional().openapi({ description: 'Login name (or in the body).', example: 'admin' }),
          password: z.string().optional().openapi({ description: 'Password (or in the body).' }),
        }),
        body: {
          description: '`login` and `password` as JSON or form fields, when not in the query string.',
          content: {
            'application/json': { schema: AuthFields, example: { login: 'admin', password: 'admin' } },
            'application/x-www-form-urlencoded': { schema: AuthFields, example: { login: 'admin', password: 'admin' } },
          },
        },
      },
      responses: {
        200: { description: 'The raw JWT', content: { 'text/plain': { schema: z.string() } } },
        400: errorResponses[400],
        403: {
          description: 'Bad credentials (raw 403 `Forbidden`)',
          content: { 'text/plain': { schema: z.string() } },
        },
        ...loginThrottled(R2Error),
      },
    }),
    async (c) => {
      const given = await credentials(c);
      if (!given || given.login.length > 120 || given.password.length > 1024)
        throw new AppError('BAD_REQUEST', 'login and password are required (query string, JSON or form fields)');
      const orm = c.var.data.orm();
      const userId = await checkLogin(c.env, orm, { ...given, client: clientAddress(c.req.raw.headers) });
      const user = userId === null ? undefined : await findUserById(orm, userId);
      if (!user) return c.text('Forbidden', 403);
      const { token } = await issueToken(c.env, user);
      return c.text(token, 200);
    },
  );
  return app;
}
