import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from './env';
import { SECURE_HEADERS } from './secure-headers';

/** The secure headers as one record: a Response takes a record in one native call. */
const SECURE: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(SECURE_HEADERS));

/**
 * A JSON answer built in one step with every header the frame adds (the request id, the secure headers) and
 * the route's own (paging figures, ETag). hono's `c.header` + `c.json` build a Headers object, copy it into
 * the Response, and the frame then sets eleven more headers, one native call each; the hot read routes
 * answer this way instead. The frame knows the answer (the `framed` variable) and leaves its headers as
 * they are; anything later (the D1 bookmark, CORS) is set on it as on any other. As with the frame, the secure
 * headers and the request id win over a route's own. A route that answers this way must not call
 * `c.header` first: hono keeps those for its own `c.json` (a conditional read takes `versionTag`).
 */
export function jsonAnswer<T, S extends ContentfulStatusCode = 200>(
  c: Context<AppEnv>,
  body: T,
  status: S = 200 as S,
  headers?: Readonly<Record<string, string>>,
): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  const response = new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers, ...SECURE, 'x-request-id': c.get('requestId') },
  });
  c.set('framed', response);
  // Typed as c.json types its answers (the route's declared schema checks the body).
  return response as Response & TypedResponse<JSONParsed<T>, S, 'json'>;
}
