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
