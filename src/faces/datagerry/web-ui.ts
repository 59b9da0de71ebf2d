import { z } from '@hono/zod-openapi';
import type { AclPermission } from '../../core/cmdb/acl';
import type { CmdbObject } from '../../core/cmdb/objects';
import { AppError } from '../../lib/errors';
import { type ListParams, now, type Paging, paging } from './envelope';
import { ObjectModel } from './models';

/**
 * What DATAGERRY's own web UI needs from the framework routes, kept here (the types and objects routes only call
 * it): the type ACL part of its type-list filters, `status` sent as a boolean, and the object write
 * answers its backend gives (docs/faces/datagerry.md, "DATAGERRY's own web UI").
 */

const PERMISSIONS = new Set<string>(['CREATE', 'READ', 'UPDATE', 'DELETE']);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The permissions an ACL filter asks for, when `node` speaks only of the type ACL (`acl`, `acl.*` paths
 * under `$and`/`$or`) and names them with `$all`: the web UI's
 * `{"$or": [{"$or": [{"acl": {"$exists": false}}, {"acl.activated": false}]}, {"$and": [{"acl.activated":
 * true}, {"acl.groups.includes.<group>": {"$all": ["READ"]}}…]}]}`. Undefined for anything else.
 */
function aclPermissions(node: unknown): string[] | undefined {
  if (!isObject(node)) return undefined;
  const found: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      for (const child of value) {
        const inner = aclPermissions(child);
        if (!inner) return undefined;
        found.push(...inner);
      }
    } else if (key === 'acl' || key.startsWith('acl.')) {
      if (isObject(value) && Array.isArray(value.$all)) {
        if (!value.$all.every((p) => typeof p === 'string' && PERMISSIONS.has(p))) return undefined;
        found.push(...(value.$all as string[]));
      }
    } else return undefined;
  }
  return found;
}

/** The ACL condition a filter document holds (itself, or an element of its `$and`), taken out of it. */
function takeFromDocument(doc: unknown): { rest: unknown; permissions: string[] } {
  const own = aclPermissions(doc);
  if (own?.length) return { rest: {}, permissions: own };
  if (!isObject(doc) || !Array.isArray(doc.$and)) return { rest: doc, permissions: [] };
  const permissions: string[] = [];
  const kept = doc.$and.filter((child) => {
    const p = aclPermissions(child);
    if (!p?.length) return true;
    permissions.push(...p);
    return false;
  });
  if (!permissions.length) return { rest: doc, permissions };
  const { $and: _, ...others } = doc;
  return { rest: kept.length ? { ...others, $and: kept } : others, permissions };
}

/**
 * The type ACL requirement of a types filter, answered from the caller's own ACL by the core (never from
 * the group the filter names): the ACL part is taken out of the filter (a document, an element of its
 * `$and`, or of a pipeline's `$match` stage) and its `$all` permissions are returned. What remains goes to
 * the filter parser as usual.
 */
export function takeAclRequirement(filter: unknown): { filter: unknown; permissions: AclPermission[] } {
  const permissions: string[] = [];
  let rest: unknown;
  if (Array.isArray(filter)) {
    rest = filter.flatMap((stage) => {
      if (!isObject(stage) || !('$match' in stage) || Object.keys(stage).length !== 1) return [stage];
      const taken = takeFromDocument(stage.$match);
      permissions.push(...taken.permissions);
      return isObject(taken.rest) && Object.keys(taken.rest).length === 0 ? [] : [{ $match: taken.rest }];
    });
    if ((rest as unknown[]).length === 0) rest = {};
  } else {
    const taken = takeFromDocument(filter);
    rest = taken.rest;
    permissions.push(...taken.permissions);
  }
  return { filter: rest, permissions: [...new Set(permissions)] as AclPermission[] };
}

/** The types list's paging and list options, its filter's ACL part as `permissions` (the filter echoed is the one sent). */
export function typeListPaging(q: ListParams, sortable: readonly string[], keys: readonly string[]) {
  let raw: unknown;
  if (q.filter?.trim()) {
    try {
      raw = JSON.parse(q.filter);
    } catch {
      throw new AppError('BAD_REQUEST', 'Invalid filter: not JSON');
    }
  }
  const { filter, permissions } = raw === undefined ? { filter: undefined, permissions: [] } : takeAclRequirement(raw);
  const p: Paging = paging(
    { ...q, filter: filter === undefined ? undefined : JSON.stringify(filter) },
    sortable,
    'public_id',
    keys,
  );
  const { limit, offset, sort, descending } = p;
  return {
    p: raw === undefined ? p : { ...p, rawFilter: raw },
    options: { limit, offset, sort, descending, filter: p.filter, permissions },
  };
}

/** `status` as DATAGERRY's web UI sends it (a boolean), or a number: stored as a number (true: 1). */
export const ObjectStatus = z
  .union([z.number().int(), z.boolean()])
  .nullish()
  .transform((v) => (typeof v === 'boolean' ? Number(v) : v))
  .openapi({ description: 'A status: a number, or a boolean as the web UI sends it (stored as 1 or 0).' });

/** An object insert answers the new id, as DATAGERRY's backend does (its web UI opens `/objects/<answer>`). */
export const ObjectCreated = z.number().int().openapi('DgObjectCreated', { description: 'The new object id.' });

/**
 * An object update answers DATAGERRY's update form, `{results: [object], failed: []}` (its web UI reads
 * `failed`), and the single `result` Atrium answered before, for clients that read that.
 */
export const ObjectUpdated = z
  .object({
    result: ObjectModel,
    results: z.array(ObjectModel),
    failed: z
      .array(z.object({ status: z.number().int(), public_id: z.number().int(), error_message: z.string() }))
      .openapi({ description: 'Objects that could not be updated (always empty: a failure is an error answer).' }),
    response_type: z.literal('UPDATE'),
    model: z.literal('Object'),
    time: z.string(),
  })
  .openapi('DgObjectUpdated');
export const objectUpdated = (object: CmdbObject) => ({
  result: object,
  results: [object],
  failed: [] as { status: number; public_id: number; error_message: string }[],
  response_type: 'UPDATE' as const,
  model: 'Object' as const,
  time: now(),
});

type WithFieldTypes = { fields: { type: string }[]; summaries: { type: string }[] };
const asText = <F extends { type: string }>(f: F): F => (f.type === 'number' ? { ...f, type: 'text' } : f);

/**
 * Rendered objects as the web UI's tables and search results show them: its cells have no component for
 * Atrium's `number` fields (its forms have one), so those are answered as `text` there; the value stays a
 * number. Single-object renders keep `number`, which the UI's view and edit forms read.
 */
export function forTables<R extends WithFieldTypes>(rendered: R): R {
  return { ...rendered, fields: rendered.fields.map(asText), summaries: rendered.summaries.map(asText) };
}
