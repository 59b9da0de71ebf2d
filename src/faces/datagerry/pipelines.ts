import type { Context } from 'hono';
import { pipelineInMemory } from '../../core/records/memory';
import { AppError } from '../../lib/errors';
import type { AppEnv } from '../../middleware/env';
import { MAX_LIMIT, type Paging } from './envelope';

/**
 * Lists other than objects with DATAGERRY's pipelines (`filter` as a JSON array): the list runs the leading
 * `$match` stages itself (its own filter, rights and ACL), answers all its matches (at most MAX_LIMIT) as the
 * documents it shows, and the core runs the other stages over them (core/records/memory.ts). `lookups`: the
 * collections a `$lookup` may name, read only when named. Without further stages it is the plain page.
 */
export async function listPage<T>(
  c: Context<AppEnv>,
  p: Paging,
  fetch: (o: { limit: number; offset: number; sort: string; descending: boolean }) => Promise<{
    results: T[];
    total: number;
  }>,
  lookups: Record<string, () => Promise<unknown[]>> = {},
): Promise<{ results: T[]; total: number }> {
  if (p.stages.length === 0) return fetch(p);
  const matches = await fetch({ limit: MAX_LIMIT, offset: 0, sort: p.natural, descending: false });
  if (matches.total > MAX_LIMIT)
    throw new AppError(
      'BAD_REQUEST',
      `Invalid filter: a pipeline here runs over at most ${MAX_LIMIT} entries; narrow it with a first $match`,
    );
  const named = new Set(p.stages.flatMap((s) => (s.kind === 'lookup' ? [s.from] : [])));
  const collections: Record<string, unknown[]> = {};
  for (const from of named) if (Object.hasOwn(lookups, from)) collections[from] = await lookups[from]();
  const page = await pipelineInMemory(
    c.var.data.d1(),
    matches.results,
    p.stages,
    { limit: p.limit, offset: p.offset, sort: p.sort, descending: p.descending },
    collections,
  );
  // A pipeline may reshape the documents; the list's item type documents what they are without one.
  return { results: page.documents as T[], total: page.total };
}

/** Tree views nest what a filter keeps; a pipeline's other stages have no meaning there. */
export function treeFilterOnly(p: Paging): void {
  if (p.stages.length > 0)
    throw new AppError('BAD_REQUEST', 'Invalid filter: view=tree takes a filter or $match stages only');
}

/** The types a `$lookup` from `framework.types` reads: the first MAX_LIMIT the caller may see. */
export const TYPES_FOR_LOOKUP = { limit: MAX_LIMIT, offset: 0, sort: 'public_id', descending: false } as const;
