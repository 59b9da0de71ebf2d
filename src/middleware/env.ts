// The Hono env every router and handler is typed with: the bindings and the per-request variables middleware sets.
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Principal } from '../core/identity/principal';
import type { DataAccess } from '../db/data-access';
import type { Bindings } from '../lib/bindings';
import type { AppError } from '../lib/errors';

/** How a face renders an AppError in its documented shape. Set per face by middleware. */
export type ErrorRenderer = (c: Context<AppEnv>, error: AppError, requestId: string) => Response | Promise<Response>;

export interface AppVariables {
  requestId: string;
  data: DataAccess;
  principal?: Principal;
  errorRenderer?: ErrorRenderer;
  /** An answer built with every frame header already on it (middleware/answer.ts). */
  framed?: Response;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: AppVariables;
}

export type AppOpenAPI = OpenAPIHono<AppEnv>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
