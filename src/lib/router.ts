import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from './errors';
import type { AppEnv } from './types';

/**
 * Every router shares one validation hook: zod failures become an AppError('VALIDATION') whose
 * details list the issues, so each face's renderer shows them in its own documented shape.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('VALIDATION', 'Request validation failed', {
          details: { target: result.target, issues: result.error.issues },
        });
      }
    },
  });
}
