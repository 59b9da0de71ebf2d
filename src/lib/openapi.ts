import { z } from '@hono/zod-openapi';

/**
 * Shared pieces of the OpenAPI documentation (src/docs.ts assembles the document). Each face declares its
 * own tags, examples and filter grammars in `src/faces/<face>/openapi.ts`; test/openapi.test.ts fails when
 * an operation lacks an operationId, a description, a declared tag or a parameter description.
 */

/** A declared tag. Redoc groups the tags per face (`x-tagGroups`) and shows `x-displayName` in the group. */
export interface TagDoc {
  name: string;
  'x-displayName': string;
  description: string;
}

/** One face's tags, in the order Redoc lists them. */
export interface FaceTags {
  face: string;
  tags: readonly TagDoc[];
}

/** Security scheme names (registered in src/docs.ts). */
/** A JSON response of `schema` (every face's success and error answers are declared with it). */
export function json<T extends z.ZodType>(schema: T, description = 'Successful response') {
  return { description, content: { 'application/json': { schema } } };
}

export const BEARER = 'bearerAuth';
export const BASIC = 'basicAuth';
export const RIBBON2_HEADER = 'ribbon2Auth';

type Requirement = Record<string, string[]>;

/** Security requirements of the operations. `none` marks a login route explicitly: no credentials. */
export const SECURITY: Record<'none' | 'bearer' | 'optionalBearer' | 'datagerry' | 'ribbon2', Requirement[]> = {
  none: [],
  bearer: [{ [BEARER]: [] }],
  /** A token when one is at hand, or nothing (iDempiere's logout takes the token from its body). */
  optionalBearer: [{ [BEARER]: [] }, {}],
  /** DATAGERRY: a bearer token or HTTP Basic with user name and password. */
  datagerry: [{ [BEARER]: [] }, { [BASIC]: [] }],
  /** Ribbon2: the token in `x-ribbon2-auth` (the seed's header) or as a bearer token. */
  ribbon2: [{ [RIBBON2_HEADER]: [] }, { [BEARER]: [] }],
};

/**
 * Conditional requests (src/middleware/conditional.ts), documented the same way on every face: the `ETag`
 * of a single resource, `If-None-Match` on its GET (304), `If-Match` on its writes (412 in the face's
 * error shape).
 */
const ETAG_DESCRIPTION =
  'The resource\'s version as a weak entity tag (`W/"<table>.<id>.<version>"`): the id of its newest audit row, so every face that shows the row answers the same tag.';
export const ETAG_HEADER = {
  ETag: { description: ETAG_DESCRIPTION, schema: { type: 'string' as const, example: 'W/"dg_objects.1.42"' } },
};
export const IF_NONE_MATCH = z.object({
  'if-none-match': z.string().max(2000).optional().openapi({
    description: 'An ETag from an earlier answer: when it is still the current version the answer is 304, no body.',
    example: 'W/"dg_objects.1.42"',
  }),
});
export const IF_MATCH = z.object({
  'if-match': z.string().max(2000).optional().openapi({
    description:
      "An ETag from an earlier answer: the write happens only if the resource still has that version (checked in the write's own transaction), else 412 and nothing is written. `*`: only that it exists.",
    example: 'W/"dg_objects.1.42"',
  }),
});
/** A 200 (or other success) answer that carries the resource's ETag. */
export function withEtag<T extends object>(response: T): T & { headers: typeof ETAG_HEADER } {
  return { ...response, headers: ETAG_HEADER };
}
export const NOT_MODIFIED = {
  304: { description: 'Not Modified: `If-None-Match` names the current version; no body.', headers: ETAG_HEADER },
} as const;
/** 412 in the face's own error body. */
export function preconditionFailedResponse<S extends z.ZodType>(schema: S) {
  return {
    412: {
      description: 'Precondition Failed: `If-Match` names a version the resource no longer has; nothing was written.',
      content: { 'application/json': { schema } },
    },
  } as const;
}

/** The live-feed stream routes (one per face), described alike. */
export const STREAM_DESCRIPTION = [
  'A WebSocket (send `Upgrade: websocket`; without it the answer is 400). The token comes as usual or, since a browser cannot set',
  'headers on a WebSocket, in the `token` query parameter. Each committed write then sends one JSON text message',
  '`{action, id, at, by, row}`: `INSERT`, `UPDATE` or `DELETE`, the id, when and by whom, and the row as this subscriber',
  "would read it (null for a deletion). Access is checked per event with the subscriber's own rights and rules, so an event",
  'it may not read is not sent, and a token that stops authenticating closes the socket (code 4401). Send `ping` for a `pong`.',
].join(' ');

/** The stream routes' `token` query parameter (browsers cannot set headers on a WebSocket). */
export const STREAM_TOKEN = z
  .string()
  .max(8192)
  .optional()
  .openapi({ description: 'The token, for clients that cannot set a header (browsers).' });

/** The stream routes' one success: the upgrade. */
export const STREAM_SWITCHED = {
  101: { description: 'Switching Protocols: the WebSocket; events arrive as JSON text messages.' },
} as const;

/**
 * One entry of a record's history (issue 17), as every face that has history shows it; `prefix` names the
 * face's component schemas (`IdHistoryEntry`, `DgHistoryEntry`), `changes` says what its keys are.
 */
export function historyEntrySchema(prefix: string, changes: string, exampleChanges: Record<string, unknown>) {
  const Change = z
    .object({
      before: z.unknown().openapi({ description: 'The value before the change (null for a creation).' }),
      after: z.unknown().openapi({ description: 'The value after it (null for a deletion).' }),
    })
    .openapi(`${prefix}HistoryChange`);
  return z
    .object({
      id: z.number().int().openapi({ description: 'The history entry (audit row) id: what a revert names.' }),
      at: z.string().openapi({ description: 'When it happened (ISO 8601, UTC).' }),
      user: z.string().nullable().openapi({ description: 'Who made the change (login).' }),
      action: z.enum(['INSERT', 'UPDATE', 'DELETE', 'SNAPSHOT']),
      changes: z.record(z.string(), Change).openapi({ description: changes }),
    })
    .openapi(`${prefix}HistoryEntry`, {
      example: { id: 42, at: '2025-01-27T08:14:13.809Z', user: 'admin', action: 'UPDATE', changes: exampleChanges },
    });
}

/**
 * How a face answers the statuses any of its routes can meet whatever the route (issue "First hour and the
 * contract"): a face registers its error body schema once, and `createRouter` (the router factory every face uses) declares
 * these answers on every route whose own 400/401/404 uses that schema, so the document says what the
 * server answers without each route repeating it. A route's own declaration of a status wins.
 */
export interface FaceErrors {
  /** Prefix of the face's shared response components (`Id` → `#/components/responses/IdUnavailable`). */
  prefix: string;
  /** The error schema's component name (`IdError`). */
  schemaName: string;
  /** The status of a platform outage (D1, KV). */
  unavailable: 503 | 504;
  /** The status of a body in a media type the route does not take: 415, or Liberty's (FastAPI's) 422. */
  mediaType: 415 | 422;
}

const faceErrors = new WeakMap<object, FaceErrors>();

/** Registers a face's error body schema and how it answers (by default 503 and 415). */
export function declareFaceErrors(
  schema: z.ZodType,
  errors: Pick<FaceErrors, 'prefix' | 'schemaName'> & Partial<FaceErrors>,
): void {
  faceErrors.set(schema, { unavailable: 503, mediaType: 415, ...errors });
}

interface RouteShape {
  method: string;
  request?: { body?: unknown };
  security?: Record<string, string[]>[];
  responses: Record<string | number, unknown>;
}

/** The face error schema a route declares (its 401, 400 or 404 body), when it is a registered face's. */
function faceSchemaOf(route: RouteShape): z.ZodType | undefined {
  for (const status of [401, 400, 404, 403]) {
    const schema = (route.responses[status] as { content?: Record<string, { schema?: unknown }> } | undefined)
      ?.content?.['application/json']?.schema;
    if (schema && faceErrors.has(schema as object)) return schema as z.ZodType;
  }
  return undefined;
}

const GENERAL = {
  Unavailable:
    'Service Unavailable: the database or another store is temporarily unavailable; retry after `Retry-After` seconds.',
  PayloadTooLarge: 'Payload Too Large: the body exceeds `MAX_BODY_BYTES` (default 1 MiB).',
  UnsupportedMediaType: 'Unsupported Media Type: the body is not in a media type this operation takes.',
  Conflict:
    'Conflict: the write clashes with existing data (a duplicate, a missing or still used reference), or a request with the same `Idempotency-Key` is still running.',
  IdempotencyKeyReused: 'Unprocessable: this `Idempotency-Key` was used for a different request.',
  BasicThrottled:
    'Too Many Requests: too many failed password checks (HTTP Basic is throttled like a login); see `Retry-After`.',
} as const;

export interface GeneralResponses {
  /** status → `{ $ref: '#/components/responses/<name>' }` */
  responses: Record<number, { $ref: string }>;
  /** The response components they name, to register once per router. */
  components: Record<string, { description: string; content: { 'application/json': { schema: { $ref: string } } } }>;
}

/**
 * The answers a route can give beyond its own (see FaceErrors), as shared response components of its
 * face: the outage status on every route; 413 on every method that may carry a body; the media-type status
 * where the route takes a body; 409 on writes (a duplicate or a missing reference, or an Idempotency-Key
 * still in use); 422 where a POST takes an Idempotency-Key (one reused for another request); 429 where HTTP Basic is
 * accepted (throttled like a login).
 */
export function generalResponses(route: RouteShape, options: { idempotencyKey?: boolean } = {}): GeneralResponses {
  const out: GeneralResponses = { responses: {}, components: {} };
  const schema = faceSchemaOf(route);
  const face = schema && faceErrors.get(schema);
  if (!schema || !face) return out;
  const add = (status: number, name: keyof typeof GENERAL) => {
    const component = `${face.prefix}${name}`;
    out.responses[status] = { $ref: `#/components/responses/${component}` };
    const ref = { $ref: `#/components/schemas/${face.schemaName}` };
    out.components[component] = { description: GENERAL[name], content: { 'application/json': { schema: ref } } };
  };
  add(face.unavailable, 'Unavailable');
  if (route.method !== 'get') add(413, 'PayloadTooLarge');
  if (route.request?.body) add(face.mediaType, 'UnsupportedMediaType');
  if (['post', 'put', 'patch', 'delete'].includes(route.method)) add(409, 'Conflict');
  if (options.idempotencyKey) add(422, 'IdempotencyKeyReused');
  if (route.security?.some((r) => BASIC in r)) add(429, 'BasicThrottled');
  return out;
}

/** A login route's 429 (core/identity/throttle.ts), in the face's error body. */
export function loginThrottled<S extends z.ZodType>(schema: S) {
  return {
    429: {
      description:
        'Too Many Requests: too many failed logins for this name from this address, or from this address; see `Retry-After`.',
      content: { 'application/json': { schema } },
    },
  } as const;
}
