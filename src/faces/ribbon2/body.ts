import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../lib/errors';
import type { AppEnv } from '../../middleware/env';
import { DEFAULT_BODY_LIMIT } from '../../middleware/router';

const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i;

/** The body as text, refused (413) past `limit` bytes without reading further. */
async function capped(request: Request, limit: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError('PAYLOAD_TOO_LARGE', `Request body exceeds ${limit} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Ribbon2's gateway parses a write's body as JSON whatever `Content-Type` says: `curl -d` (form type) and
 * Java's HttpURLConnection (form encoding by default) send JSON that way. A body in another declared type
 * (or none) is read here and, when it is JSON, handed on as `application/json`; one that is not JSON is a
 * 400 in Ribbon2's shape, as a malformed JSON body is. `/auth` reads its form fields itself. Reads and JSON
 * requests pass untouched (no work on them).
 */
export const jsonWhateverType: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { method } = c.req;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
  const raw = c.req.raw;
  const type = raw.headers.get('content-type') ?? '';
  if (JSON_TYPE.test(type) || !raw.body || c.req.path === '/auth' || c.req.path.startsWith('/auth/')) return next();
  const limit = Number(c.env.MAX_BODY_BYTES) || DEFAULT_BODY_LIMIT;
  const text = await capped(raw, limit);
  const headers = new Headers(raw.headers);
  headers.delete('content-length');
  if (text === '') {
    // No body after all: as if none was sent.
    headers.delete('content-type');
    c.req.raw = new Request(raw.url, { method, headers });
    return next();
  }
  try {
    JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'Malformed JSON in request body', {
      details: { target: 'json', issues: [{ path: [], message: 'Malformed JSON in request body' }] },
    });
  }
  headers.set('content-type', 'application/json');
  c.req.raw = new Request(raw.url, { method, headers, body: text });
  return next();
};
