import { type OpenAPIHono, type RouteConfig, type RouteHandler, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { FilterNode, MongoQuery, Stage } from '../../core/filter';
import { leadingMatch, parseMongoQuery } from '../../core/filter';
import { cachedParse } from '../../core/filter/parsed';
import { AppError } from '../../lib/errors';
import { declareFaceErrors } from '../../lib/openapi';
import type { AppEnv, ErrorRenderer } from '../../middleware/env';
import { validationSummary } from '../../middleware/errors';
import { FILTER_DESCRIPTION } from './openapi';

/** DATAGERRY's envelopes: lists with parameters, pager, pagination links and X-Total-Count. */

export const MAX_LIMIT = 1000;
export const API_VERSION = '1.0';
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** `{status, response, message}`: the status code, its reason phrase, and what went wrong. */
export const DgError = z
  .object({ status: z.number().int(), response: z.string(), message: z.string() })
  .openapi('DgError');
declareFaceErrors(DgError, { prefix: 'Dg', schemaName: 'DgError' });

/**
 * A 401 names the scheme to authenticate with (RFC 9110): Basic, which clients such as .NET's credential
 * handlers wait for before sending a password, or Bearer when the request carried a token. The JSON login
 * route is not HTTP authentication and gets none.
 */
function challenge(c: Context<AppEnv>): string | undefined {
  if (new URL(c.req.url).pathname.startsWith('/rest/auth/')) return undefined;
  return /^bearer\s/i.test(c.req.header('authorization') ?? '')
    ? 'Bearer realm="DATAGERRY"'
    : 'Basic realm="DATAGERRY", charset="UTF-8"';
}

export const datagerryErrorRenderer: ErrorRenderer = (c, error) => {
  if (error.retryAfter) c.header('Retry-After', String(error.retryAfter));
  const scheme = error.status === 401 ? challenge(c) : undefined;
  if (scheme) c.header('WWW-Authenticate', scheme);
  const message =
    error.code === 'VALIDATION'
      ? validationSummary(error)
      : error.code === 'INTERNAL'
        ? 'Internal server error'
        : error.message;
  return c.json({ status: error.status, response: REASONS[error.status] ?? 'Error', message }, error.status);
};

export const errorResponses = {
  400: { description: 'Bad request', content: { 'application/json': { schema: DgError } } },
  401: { description: 'No or invalid credentials', content: { 'application/json': { schema: DgError } } },
  403: { description: 'Missing right', content: { 'application/json': { schema: DgError } } },
  404: { description: 'Not found', content: { 'application/json': { schema: DgError } } },
} as const;

export { json } from '../../lib/openapi';

/**
 * DATAGERRY routes its updates as "PUT/PATCH": both methods, the same body and the same answer. Registers
 * `route` (a PUT) and its PATCH twin, whose operationId reads `datagerryPatch…` for `datagerryUpdate…`.
 */
export function putAndPatch<R extends RouteConfig & { operationId: string; summary: string; description: string }>(
  app: OpenAPIHono<AppEnv>,
  route: R,
  handler: RouteHandler<R, AppEnv>,
): void {
  app.openapi(route, handler);
  const patch = {
    ...route,
    method: 'patch',
    operationId: route.operationId.replace(/^datagerryUpdate/, 'datagerryPatch'),
    summary: `${route.summary} (PATCH: same as PUT)`,
    description: `${route.description} PATCH takes the same body and answers the same way: DATAGERRY routes its updates as PUT/PATCH.`,
  } as R;
  app.openapi(patch, handler);
}

export const now = () => new Date().toISOString();

export const ListQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(0)
    .max(100000)
    .default(10)
    .openapi({ description: `Results per page; 0 means all (at most ${MAX_LIMIT} either way).`, example: 10 }),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000000)
    .default(1)
    .openapi({ description: 'Page number, from 1.', example: 1 }),
  sort: z.string().max(64).optional().openapi({
    description: 'Field to sort by (default `public_id`; each list has its own sortable fields).',
    example: 'public_id',
  }),
  order: z.coerce
    .number()
    .int()
    .refine((v) => v === 1 || v === -1, 'order is 1 or -1')
    .default(1)
    .openapi({ description: '1 ascending, -1 descending.', example: 1 }),
  filter: z.string().max(4000).optional().openapi({ description: FILTER_DESCRIPTION, example: '{"active":true}' }),
  projection: z.string().max(2000).optional().openapi({
    description:
      'The keys of each result to keep (`{"public_id":1,"name":1}`, or a list `["public_id","name"]`) or to drop (`{"label":0}`), as JSON; top-level keys of the resource only (others are a 400).',
    example: '{"public_id":1}',
  }),
});
export type ListParams = z.infer<typeof ListQuery>;

/** ListQuery with `sort`, `filter` and `projection` examples that fit one resource (Swagger UI sends them together). */
export function listQueryWith(examples: { sort: string; filter: string; projection: string }) {
  return ListQuery.extend({
    sort: ListQuery.shape.sort.openapi({ example: examples.sort }),
    filter: ListQuery.shape.filter.openapi({ example: examples.filter }),
    projection: ListQuery.shape.projection.openapi({ example: examples.projection }),
  });
}

/**
 * `projection`: keep (1/true, or a list of keys) or drop (0/false) top-level keys of each result, as
 * DATAGERRY projects its answers. Only `keys` (the resource's own) may be named, else 400. The results are
 * already what the caller may see (passwords masked), so a projection can only take away.
 */
export function projector(
  raw: string | undefined,
  keys: readonly string[],
): { spec: unknown; apply: <T>(item: T) => Partial<T> } | undefined {
  if (!raw?.trim()) return undefined;
  let spec: unknown;
  try {
    spec = JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', 'Invalid projection: not JSON');
  }
  if (Array.isArray(spec) && spec.every((k) => typeof k === 'string'))
    spec = Object.fromEntries(spec.map((k) => [k, 1]));
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw new AppError('BAD_REQUEST', 'Invalid projection');
  const entries = Object.entries(spec as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (!keys.includes(key)) throw new AppError('BAD_REQUEST', `Unknown projection key '${key.slice(0, 64)}'`);
    if (value !== 1 && value !== 0 && value !== true && value !== false)
      throw new AppError('BAD_REQUEST', 'Projection values are 0 or 1');
  }
  const include = entries.filter(([, v]) => v === 1 || v === true).map(([k]) => k);
  const exclude = new Set(entries.filter(([, v]) => v === 0 || v === false).map(([k]) => k));
  return {
    spec,
    apply: <T>(item: T) => {
      const record = item as Record<string, unknown>;
      const kept = include.length ? include.filter((k) => Object.hasOwn(record, k)) : Object.keys(record);
      return Object.fromEntries(kept.filter((k) => !exclude.has(k)).map((k) => [k, record[k]])) as Partial<T>;
    },
  };
}

export interface Paging {
  limit: number;
  offset: number;
  page: number;
  sort: string;
  descending: boolean;
  /** The list's default sort: the order of the documents a pipeline starts from. */
  natural: string;
  /** The filter, or a pipeline's leading `$match` stages (run by the list itself). */
  filter: FilterNode | undefined;
  /** A pipeline's stages after its leading `$match` (none for a plain filter). */
  stages: Stage[];
  /** The parsed `filter`: a query or a whole pipeline. */
  query: MongoQuery | undefined;
  rawFilter: unknown;
  /** The parsed `projection`, echoed in `parameters` as DATAGERRY does; undefined when none was given. */
  projection?: unknown;
  /**
   * Applies the projection (or nothing) to a page of results. Typed as the full items: the documented
   * schema is the resource's, and `results` says that a projection keeps only the keys it names.
   */
  project: <T>(items: T[]) => T[];
}

/** A list's `filter` text: the JSON (echoed in `parameters`), the query, its leading filter and the rest. */
function parseListFilter(text: string) {
  let rawFilter: unknown;
  try {
    rawFilter = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'Invalid filter: not JSON');
  }
  const query: MongoQuery = parseMongoQuery(rawFilter);
  const { filter, rest } = query.pipeline ? leadingMatch(query.pipeline) : { filter: query.filter, rest: [] };
  return { rawFilter, query, filter, rest };
}

/**
 * Parameters → bounded paging (limit 0 = all, up to MAX_LIMIT); `sort` must be one of `sortable`;
 * `projection` may name the resource's `keys`.
 */
export function paging(
  q: ListParams,
  sortable: readonly string[],
  defaultSort = 'public_id',
  keys: readonly string[] = [],
): Paging {
  const sort = q.sort ?? defaultSort;
  if (!sortable.includes(sort)) throw new AppError('BAD_REQUEST', `Cannot sort by '${sort.slice(0, 64)}'`);
  const limit = q.limit === 0 ? MAX_LIMIT : Math.min(q.limit, MAX_LIMIT);
  const { rawFilter, query, filter, rest } = q.filter?.trim()
    ? cachedParse('mongo', q.filter, parseListFilter)
    : { rawFilter: {}, query: undefined, filter: undefined, rest: [] };
  const projection = projector(q.projection, keys);
  return {
    limit,
    offset: (q.page - 1) * limit,
    page: q.page,
    sort,
    descending: q.order === -1,
    natural: defaultSort,
    filter,
    stages: rest,
    query,
    rawFilter,
    projection: projection?.spec,
    project: <T>(items: T[]) => (projection ? (items.map(projection.apply) as T[]) : items),
  };
}

/**
 * A link to `path` (with its query) for DATAGERRY's answers (Location, pager links): under the configured
 * `PUBLIC_URL` when there is one, else root-relative, so it resolves against the origin the client called.
 * Never built from the request's `Host` header, which a client chooses.
 */
export function publicLink(c: Context<AppEnv>, path: string): string {
  const base = c.env.PUBLIC_URL?.trim();
  if (base && /^https?:\/\/[^/?#\s]+/i.test(base)) return `${base.replace(/\/+$/, '')}${path}`;
  return path;
}

/** The list envelope, X-Total-Count and a Link header (first/prev/next/last), set on the context. */
export function listResponse<T>(...args: Parameters<typeof listEnvelope<T>>) {
  const [c] = args;
  const { body, headers } = listEnvelope(...args);
  c.header('X-Total-Count', headers['X-Total-Count']);
  c.header('Link', headers.Link);
  return body;
}

/** The list envelope and its headers (X-Total-Count, Link), for an answer built in one step (jsonAnswer). */
export function listEnvelope<T>(
  c: Context<AppEnv>,
  model: string,
  p: Paging,
  results: T[],
  total: number,
  q: ListParams,
  optional: Record<string, unknown> = {},
) {
  const totalPages = Math.max(1, Math.ceil(total / p.limit));
  // The request's path and query as `new URL(url)` gives them (workerd's request URL is already normalised),
  // without parsing the URL, and one set of parameters for the four page links.
  const raw = c.req.url;
  const start = raw.indexOf('/', raw.indexOf('//') + 2);
  const mark = raw.indexOf('?', start);
  const pathname = start < 0 ? '/' : raw.slice(start, mark < 0 ? undefined : mark);
  const search = mark < 0 || mark === raw.length - 1 ? '' : raw.slice(mark);
  // The parameters serialised once with `page` set (where URLSearchParams.set puts it), that pair then
  // replaced per link: four serialisations cost more than the rest of the envelope.
  const params = new URLSearchParams(search);
  params.set('page', '0');
  const pairs = String(params).split('&');
  const at = pairs.indexOf('page=0');
  const pageUrl = (page: number) => {
    pairs[at] = `page=${page}`;
    return publicLink(c, `${pathname}?${pairs.join('&')}`);
  };
  const pagination = {
    current: publicLink(c, `${pathname}${search}`),
    first: pageUrl(1),
    prev: pageUrl(Math.max(1, p.page - 1)),
    next: pageUrl(Math.min(totalPages, p.page + 1)),
    last: pageUrl(totalPages),
  };
  const headers = {
    'X-Total-Count': String(total),
    Link: (['first', 'prev', 'next', 'last'] as const).map((rel) => `<${pagination[rel]}>; rel="${rel}"`).join(', '),
  };
  const body = {
    results,
    count: results.length,
    total,
    parameters: {
      limit: q.limit,
      sort: p.sort,
      order: q.order,
      page: p.page,
      filter: p.rawFilter,
      optional,
      ...(p.projection === undefined ? {} : { projection: p.projection }),
    },
    pager: { page: p.page, page_size: p.limit, total_pages: totalPages },
    pagination,
    response_type: 'GET',
    model,
    time: now(),
  };
  return { body, headers };
}

export const one = <T>(model: string, result: T) => ({ result, response_type: 'GET', model, time: now() });
export const inserted = <T>(model: string, id: number | string, raw: T) => ({
  result_id: id,
  raw,
  response_type: 'INSERT',
  model,
  time: now(),
});
export const updated = <T>(model: string, result: T) => ({ result, response_type: 'UPDATE', model, time: now() });
export const deleted = <T>(model: string, entry: T) => ({
  deleted_entry: entry,
  response_type: 'DELETE',
  model,
  time: now(),
});

/** Envelope schemas for the docs. */
const Parameters = z
  .object({
    limit: z.number().int(),
    sort: z.string(),
    order: z.number().int(),
    page: z.number().int(),
    filter: z.unknown().openapi({ description: 'The filter as given, parsed (`{}` when none).' }),
    optional: z
      .object({ view: z.string().optional() })
      .openapi({ description: 'List-specific parameters, such as `view`.' }),
    projection: z.unknown().optional().openapi({ description: 'The projection as given, parsed (only when given).' }),
  })
  .openapi('DgListParameters', { description: 'The list parameters in effect.' });
const Pager = z
  .object({ page: z.number().int(), page_size: z.number().int(), total_pages: z.number().int() })
  .openapi('DgPager');
const Pagination = z
  .object({ current: z.string(), first: z.string(), prev: z.string(), next: z.string(), last: z.string() })
  .openapi('DgPagination', { description: 'Page links (also sent in the `Link` header).' });
const envelope = {
  response_type: z.string().openapi({ description: 'GET, INSERT, UPDATE or DELETE.' }),
  model: z.string().openapi({ description: 'The resource: User, Group, Type, Object, …' }),
  time: z.string().openapi({ description: 'When the answer was made (ISO 8601).' }),
};
/** A list item, or (with `projection`) the same object with only some of its keys (each object of a union). */
const projectable = (item: z.ZodType): z.ZodType => {
  // Objects with a required key only: one that is all optional already is its own projection.
  const partial = (o: z.ZodType) =>
    o instanceof z.ZodObject && Object.values(o.shape).some((v) => !(v as z.ZodType).safeParse(undefined).success)
      ? [o.partial().openapi({ description: 'With `projection`: only the keys it selects.' })]
      : [];
  const options = item instanceof z.ZodUnion ? (item.options as z.ZodType[]) : [item];
  const partials = options.flatMap(partial);
  return partials.length ? z.union([...options, ...partials] as [z.ZodType, z.ZodType, ...z.ZodType[]]) : item;
};
export const ListOf = <T extends z.ZodType>(item: T) =>
  z.object({
    results: z
      .array(projectable(item) as T)
      .openapi({ description: 'The page of results; with `projection`, each keeps only the keys it selects.' }),
    count: z.number().int().openapi({ description: 'Results in this page.' }),
    total: z.number().int().openapi({ description: 'Results in all pages (also the `X-Total-Count` header).' }),
    parameters: Parameters,
    pager: Pager,
    pagination: Pagination,
    ...envelope,
  });
export const OneOf = <T extends z.ZodType>(item: T) => z.object({ result: item, ...envelope });
export const InsertOf = <T extends z.ZodType>(item: T) =>
  z.object({
    result_id: z.union([z.number().int(), z.string()]).openapi({ description: 'Id of the new resource.' }),
    raw: item,
    ...envelope,
  });
export const DeleteOf = <T extends z.ZodType>(item: T) => z.object({ deleted_entry: item, ...envelope });
