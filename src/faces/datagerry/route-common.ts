import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../lib/errors';
import { preconditionFailedResponse } from '../../lib/openapi';
import type { AppEnv } from '../../middleware/env';
import { DgError, publicLink } from './envelope';

/** What the framework and identity routes share: id parameters, JSON bodies, version keys, `Location`, 404s. */
export const Id = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The resource's public id.", example: 1 }),
});
export const TypeId = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The type's public id.", example: 1 }),
});
export const bodyOf = <T extends z.ZodType>(schema: T, example: unknown) => ({
  content: { 'application/json': { schema, example } },
  required: true,
});

/** A cmdb row's version key: the audit trail's table and the public id (core/ops/versions.ts). */
export const rowKey = (table: 'dg_types' | 'dg_objects' | 'dg_categories', id: number) => ({
  table,
  recordId: String(id),
});
export const precondition = preconditionFailedResponse(DgError);
/** Types and objects a type ACL may hide: If-Match is checked in the write's batch only (after the 404). */
export const HIDDEN_IS_MISSING = { early: false };

export const location = (c: Context<AppEnv>, path: string) => c.header('Location', publicLink(c, `/rest${path}`));
export const notFound = (what: string, id: unknown) =>
  new AppError('NOT_FOUND', `${what} ${String(id).slice(0, 64)} not found`);
