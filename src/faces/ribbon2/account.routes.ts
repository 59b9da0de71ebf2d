import { createRoute } from '@hono/zod-openapi';
import { findUserWithGroups } from '../../core/identity/users';
import { SECURITY } from '../../lib/openapi';
import { principalOf } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { auth, errorResponses, json } from './common';
import { TAGS } from './openapi';
import { renderUsers, User, userNotFound } from './users.routes';

/** `GET /api/account`: the caller as a Ribbon2 user. */
export function accountRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/account',
      operationId: 'ribbon2GetAccount',
      tags: [TAGS.auth.name],
      description: 'The user the token belongs to, with the names of their groups.',
      summary: 'The current user',
      middleware: [auth],
      security: SECURITY.ribbon2,
      responses: { 200: json(User), ...errorResponses },
    }),
    async (c) => {
      const orm = c.var.data.orm();
      const user = await findUserWithGroups(orm, principalOf(c).userId);
      if (!user) throw userNotFound(principalOf(c).userId);
      return c.json((await renderUsers(c, [user]))[0], 200);
    },
  );
  return app;
}
