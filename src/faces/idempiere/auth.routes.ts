import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ALL_ORGS,
  clientLanguage,
  clientsOf,
  organizationsOf,
  pickByIdOrName,
  rolesOf,
  warehousesOf,
} from '../../core/erp/context';
import { resolveLoginName } from '../../core/identity/login-names';
import { hasRight, isAdmin, type Principal } from '../../core/identity/principal';
import { grants } from '../../core/identity/rights';
import { newSessionId, sessionOf } from '../../core/identity/sessions';
import { checkLogin, clientAddress } from '../../core/identity/throttle';
import {
  API_SCOPE,
  authenticateToken,
  issueRefreshToken,
  issueToken,
  REFRESH_SCOPE,
  redeemRefreshToken,
  revokeToken,
} from '../../core/identity/tokens';
import { findUserById, loadAccess } from '../../core/identity/users';
import { AppError } from '../../lib/errors';
import { json, loginThrottled, SECURITY } from '../../lib/openapi';
import { authenticate, principalOf } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { ClientQuery, LoginParameters, LoginRequest, LoginResponse, NamedList, roleQuery } from './auth-schemas';
import { errorResponses, IdError } from './errors';
import { EXAMPLES, TAGS } from './openapi';

/**
 * Two-phase login as the original: POST opens a session and answers the user's clients and a token
 * good only for the /auth calls (scope `idempiere-auth`); PUT with that token picks client, role,
 * organization, warehouse and language and answers, in the same session, the API token (scope `api`,
 * with those claims) and a refresh token (rotated on use). Only this login hands out refresh tokens:
 * PUT refuses other tokens, so another face's API token cannot be turned into a refresh chain. Logout,
 * a replayed refresh token or revoking any token of the session ends all of it (core sessions.ts).
 */
export const AUTH_SCOPE = 'idempiere-auth';
const AUTH_TTL = 600;

/** `/auth` and `/auth/tokens` are the same two operations. */
const LOGIN_OPERATIONS = {
  '/auth': { post: 'idempiereLogin', put: 'idempiereSetLoginParameters', alias: '' },
  '/auth/tokens': {
    post: 'idempiereCreateAuthTokens',
    put: 'idempiereUpdateAuthTokens',
    alias: ' Same as the operation on `/auth`.',
  },
} as const;

const principalAccess = (p: Principal) => ({ groups: p.groups, admin: isAdmin(p), system: hasRight(p, 'base.*') });

async function firstPhase(c: Context<AppEnv>, userName: string, password: string) {
  const orm = c.var.data.orm();
  // USE_EMAIL_FOR_LOGIN (iDempiere's system configurator): a user may log in with its e-mail address.
  const login = await resolveLoginName(orm, userName, c.env.USE_EMAIL_FOR_LOGIN === 'true');
  const userId = await checkLogin(c.env, orm, { login, password, client: clientAddress(c.req.raw.headers) });
  if (userId === null) throw new AppError('UNAUTHENTICATED', 'Invalid User ID or Password');
  const user = await findUserById(orm, userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Invalid User ID or Password');
  const access = await loadAccess(orm, userId);
  return {
    user,
    access: {
      groups: access.groups,
      admin: access.groups.some((g) => g.id === 1),
      system: grants(access.rights, 'base.*'),
    },
  };
}

/** Second phase: validates the chosen context and issues the API and refresh tokens. */
async function issueSession(
  c: Context<AppEnv>,
  user: { id: number; login: string; language: string },
  access: { groups: Principal['groups']; admin: boolean; system: boolean },
  params: z.infer<typeof LoginParameters>,
  session: string,
) {
  const data = c.var.data;
  const clients = await clientsOf(data, access);
  const client = pickByIdOrName(clients, params.clientId);
  if (!client) throw new AppError('UNAUTHENTICATED', 'Client not allowed for this user');
  const roles = await rolesOf(data, access, client.id);
  const role = pickByIdOrName(roles, params.roleId);
  if (!role || params.roleId === undefined) throw new AppError('UNAUTHENTICATED', 'Role not allowed for this user');
  // Organisation 0 (`*`) for a role with access to every organisation; by default the first real one.
  const orgs = await organizationsOf(data, client.id, role);
  const org =
    params.organizationId === undefined
      ? (orgs.find((o) => o.id !== ALL_ORGS.id) ?? orgs[0])
      : pickByIdOrName(orgs, params.organizationId);
  if (!org) throw new AppError('UNAUTHENTICATED', 'Organization not allowed');
  // Warehouses belong to an organisation: with `*` the session has none, as in the original.
  const warehouses = org.id === ALL_ORGS.id ? [] : await warehousesOf(data, client.id, org.id);
  const wanted = org.id === ALL_ORGS.id ? undefined : params.warehouseId;
  const warehouse = wanted === undefined ? undefined : pickByIdOrName(warehouses, wanted);
  if (wanted !== undefined && !warehouse) throw new AppError('UNAUTHENTICATED', 'Warehouse not allowed');
  const language = params.language ?? (await clientLanguage(data, client.id)) ?? 'en_US';
  const context = { client: client.id, role: role.id, org: org.id, warehouse: warehouse?.id ?? null, language };
  const { token } = await issueToken(c.env, user, context, { session });
  const refresh = await issueRefreshToken(data.orm(), c.env, user, context, session);
  return { userId: user.id, language, menuTreeId: 10, token, refresh_token: refresh.token };
}

export function authRoutes() {
  const app = createRouter();
  const authOnly = authenticate({ scopes: [AUTH_SCOPE, API_SCOPE] });
  // Only the first-phase token may set login parameters (as in the original, whose later tokens lack the
  // client list PUT needs): a refresh token never comes from another face's token or a later one.
  const firstPhaseOnly = authenticate({ scopes: [AUTH_SCOPE] });

  const tags = [TAGS.auth.name];
  for (const path of ['/auth', '/auth/tokens'] as const) {
    const docs = LOGIN_OPERATIONS[path];
    app.openapi(
      createRoute({
        method: 'post',
        path,
        operationId: docs.post,
        tags,
        security: SECURITY.none,
        summary: "Log in: the user's clients and a token for the /auth calls (or a full session with `parameters`)",
        description: `First login step: checks the password (throttled: repeated failures answer 429 with \`Retry-After\`) and answers the user's clients and a 10-minute token for the \`/auth\` calls. With \`parameters\`, both steps at once.${docs.alias}`,
        request: {
          body: {
            content: {
              'application/json': {
                schema: LoginRequest,
                examples: {
                  firstStep: { summary: 'First step', value: EXAMPLES.login },
                  oneStep: { summary: 'Both steps at once', value: EXAMPLES.oneStepLogin },
                },
              },
            },
            required: true,
          },
        },
        responses: { 200: json(LoginResponse), ...errorResponses, ...loginThrottled(IdError) },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const { user, access } = await firstPhase(c, body.userName, body.password);
        const session = newSessionId();
        if (body.parameters) return c.json(await issueSession(c, user, access, body.parameters, session), 200);
        const clients = await clientsOf(c.var.data, access);
        const { token } = await issueToken(c.env, user, { scope: AUTH_SCOPE }, { ttlSeconds: AUTH_TTL, session });
        return c.json({ clients, token }, 200);
      },
    );
    app.openapi(
      createRoute({
        method: 'put',
        path,
        operationId: docs.put,
        tags,
        summary: 'Set login parameters (with the first-phase token): answers the API token and a refresh token',
        description: `Second login step, with the first step's token: picks client, role, organization, warehouse and language and answers the API token and a refresh token. A choice the user does not hold, or any other token, is a 401.${docs.alias}`,
        middleware: [firstPhaseOnly] as const,
        security: SECURITY.bearer,
        request: {
          body: {
            content: { 'application/json': { schema: LoginParameters, example: EXAMPLES.loginParameters } },
            required: true,
          },
        },
        responses: { 200: json(LoginResponse), ...errorResponses, ...loginThrottled(IdError) },
      }),
      async (c) => {
        const principal = principalOf(c);
        const user = await findUserById(c.var.data.orm(), principal.userId);
        if (!user) throw new AppError('UNAUTHENTICATED', 'User not found');
        // The session the first phase opened continues (a first-phase token from before sessions has none).
        const session = sessionOf(principal.claims) ?? newSessionId();
        return c.json(await issueSession(c, user, principalAccess(principal), c.req.valid('json'), session), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/roles',
      operationId: 'idempiereListRoles',
      tags,
      summary: 'Roles of the user in a client',
      description: 'The roles the user may take in the client (first-step or API token).',
      middleware: [authOnly] as const,
      security: SECURITY.bearer,
      request: { query: ClientQuery },
      responses: { 200: json(z.object({ roles: NamedList }).openapi('IdRoles')), ...errorResponses },
    }),
    async (c) => {
      const roles = await rolesOf(c.var.data, principalAccess(principalOf(c)), c.req.valid('query').client);
      return c.json({ roles: roles.map((r) => ({ id: r.id, name: r.name })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/organizations',
      operationId: 'idempiereListOrganizations',
      tags,
      summary: 'Organizations of a client for a role',
      description:
        'The organizations of the client, for a role the user holds (401 otherwise); `*` (id 0) first for a role with access to every organization.',
      middleware: [authOnly] as const,
      security: SECURITY.bearer,
      request: { query: ClientQuery.extend({ role: roleQuery }) },
      responses: { 200: json(z.object({ organizations: NamedList }).openapi('IdOrganizations')), ...errorResponses },
    }),
    async (c) => {
      const { client, role } = c.req.valid('query');
      const roles = await rolesOf(c.var.data, principalAccess(principalOf(c)), client);
      const held = roles.find((r) => r.id === role);
      if (!held) throw new AppError('UNAUTHENTICATED', 'Role not allowed for this user');
      return c.json({ organizations: await organizationsOf(c.var.data, client, held) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/warehouses',
      operationId: 'idempiereListWarehouses',
      tags,
      summary: 'Warehouses of an organization',
      description: 'The warehouses of an organization of the client, for a role the user holds (401 otherwise).',
      middleware: [authOnly] as const,
      security: SECURITY.bearer,
      request: {
        query: ClientQuery.extend({
          role: roleQuery,
          organization: z.coerce
            .number()
            .int()
            .openapi({ description: 'The organization (`AD_Org_ID`).', example: 11 }),
        }),
      },
      responses: { 200: json(z.object({ warehouses: NamedList }).openapi('IdWarehouses')), ...errorResponses },
    }),
    async (c) => {
      const { client, role, organization } = c.req.valid('query');
      const roles = await rolesOf(c.var.data, principalAccess(principalOf(c)), client);
      if (!roles.some((r) => r.id === role)) throw new AppError('UNAUTHENTICATED', 'Role not allowed for this user');
      return c.json({ warehouses: await warehousesOf(c.var.data, client, organization) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/language',
      operationId: 'idempiereGetClientLanguage',
      tags,
      summary: "The client's language",
      description: 'The default language of the client (404 for an unknown client).',
      middleware: [authOnly] as const,
      security: SECURITY.bearer,
      request: { query: ClientQuery },
      responses: {
        200: json(z.object({ AD_Language: z.string().openapi({ example: 'en_US' }) }).openapi('IdLanguage')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const language = await clientLanguage(c.var.data, c.req.valid('query').client);
      if (!language) throw new AppError('NOT_FOUND', 'Client not found');
      return c.json({ AD_Language: language }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/refresh',
      operationId: 'idempiereRefreshToken',
      tags,
      security: SECURITY.none,
      summary: 'Rotate a refresh token: new API and refresh tokens; a replayed refresh token ends its session',
      description:
        'Trades a refresh token for a new API token and a new refresh token, in the same session and context. Each refresh token works once: replaying one ends its whole session (401).',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  refresh_token: z.string().min(1).max(8192).openapi({ description: 'The latest refresh token.' }),
                  clientId: z
                    .number()
                    .int()
                    .optional()
                    .openapi({ description: 'Accepted for compatibility; ignored.' }),
                  userId: z.number().int().optional().openapi({ description: 'Accepted for compatibility; ignored.' }),
                })
                .openapi('IdRefreshRequest'),
              example: EXAMPLES.refresh,
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(z.object({ token: z.string(), refresh_token: z.string() }).openapi('IdRefreshedTokens')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const data = c.var.data;
      const principal = await redeemRefreshToken(data.orm(), c.env, c.req.valid('json').refresh_token);
      const session = sessionOf(principal.claims);
      if (!session) throw new AppError('UNAUTHENTICATED', 'Invalid token');
      const user = await findUserById(data.orm(), principal.userId);
      if (!user) throw new AppError('UNAUTHENTICATED', 'User not found');
      const claims = principal.claims as Record<string, unknown>;
      const issued = await issueSession(
        c,
        user,
        principalAccess(principal),
        {
          clientId: claims.client as number,
          roleId: claims.role as number,
          organizationId: claims.org as number,
          warehouseId: (claims.warehouse as number | null) ?? undefined,
          language: claims.language as string,
        },
        session,
      );
      return c.json({ token: issued.token, refresh_token: issued.refresh_token }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      operationId: 'idempiereLogout',
      tags,
      security: SECURITY.optionalBearer,
      summary: "End the session of a token (the body's, or the one in the Authorization header): all its tokens",
      description:
        'Ends the login session of the token in the body, or else of the bearer token: every token of that login (first-step, API, refresh) is refused from then on.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  token: z
                    .string()
                    .max(8192)
                    .optional()
                    .openapi({ description: 'Any token of the session (default: the bearer token).' }),
                })
                .openapi('IdLogoutRequest'),
              example: EXAMPLES.logout,
            },
          },
        },
      },
      responses: {
        200: json(z.object({ summary: z.string().openapi({ example: 'OK' }) }).openapi('IdLoggedOut')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { token?: string };
      const header = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      const token = typeof body.token === 'string' && body.token ? body.token : header;
      if (!token) throw new AppError('UNAUTHENTICATED', 'Authentication required');
      const principal = await authenticateToken(c.var.data.orm(), c.env, token, {
        scopes: [API_SCOPE, AUTH_SCOPE, REFRESH_SCOPE],
      });
      // Ends the whole session: every access and refresh token of this login.
      await revokeToken(c.var.data.orm(), principal.claims);
      return c.json({ summary: 'OK' }, 200);
    },
  );

  return app;
}
