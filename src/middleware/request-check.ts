import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { core as zodCore } from 'zod';
import { AppError } from '../lib/errors';
import type { AppEnv } from './env';
import { parseWith, quickParse } from './quick-parse';

/**
 * The request parts read without a body (query, path parameters, declared headers), validated in one
 * synchronous step instead of zod-validator's one composed layer and asynchronous parse each: the same
 * values (hono's query and params; the declared headers only, as zod-validator's header schema keeps), the
 * same schemas, the same order (query, params, headers) and the same failure (the shared hook's 400).
 * A schema that turns out to need an asynchronous parse (none does today) is parsed asynchronously from
 * then on.
 */
type Target = 'query' | 'param' | 'header';
type Check = (c: Context<AppEnv>) => void | Promise<void>;

/** The shared hook's failure: each face's renderer shows the issues in its own shape. */
export function validationFailed(target: string, issues: unknown): AppError {
  return new AppError('VALIDATION', 'Request validation failed', { details: { target, issues } });
}

function checkPart(target: Target, schema: z.ZodType): Check | undefined {
  const def = (schema as { _zod?: { def?: { type?: string; catchall?: unknown; shape?: object } } })._zod?.def;
  // Headers: a plain object schema (unknown keys stripped) only, else zod-validator's copy of every header.
  const plain = def?.type === 'object' && def.catchall === undefined && def.shape;
  if (target === 'header' && !plain) return undefined;
  const headerKeys = target === 'header' && def?.shape ? Object.keys(def.shape) : undefined;
  const read = (c: Context<AppEnv>): Record<string, unknown> => {
    if (target === 'param') return c.req.param();
    // No prototype: a `__proto__` parameter is an own (unknown) key, as in Object.fromEntries.
    const value: Record<string, unknown> = Object.create(null);
    if (headerKeys) {
      for (const key of headerKeys) {
        const header = c.req.raw.headers.get(key);
        if (header !== null) value[key] = header;
      }
      return value;
    }
    const queries = c.req.queries();
    for (const key in queries) value[key] = queries[key].length === 1 ? queries[key][0] : queries[key];
    return value;
  };
  const accept = (c: Context<AppEnv>, result: z.ZodSafeParseResult<unknown>) => {
    if (!result.success) throw validationFailed(target, result.error.issues);
    c.req.addValidatedData(target, result.data as Record<string, unknown>);
  };
  let async = false;
  const quick = quickParse(schema);
  // Whether the schema takes `{}` as `{}` (every key optional, no default): then a request without any
  // (most have no query and no conditional header) needs no parse. Learned from the first such request.
  let emptyIsEmpty: boolean | undefined;
  return (c) => {
    const value = read(c);
    if (emptyIsEmpty && isEmpty(value)) return void c.req.addValidatedData(target, {});
    if (emptyIsEmpty === undefined && isEmpty(value)) {
      try {
        const result = schema.safeParse(value);
        emptyIsEmpty = result.success && isEmpty(result.data as object);
      } catch {
        emptyIsEmpty = false;
      }
    }
    if (!async) {
      try {
        return accept(c, parseWith(schema, quick, value));
      } catch (error) {
        if (!(error instanceof zodCore.$ZodAsyncError)) throw error;
        async = true;
      }
    }
    return schema.safeParseAsync(value).then((result) => accept(c, result));
  };
}

function isEmpty(value: object): boolean {
  for (const _ in value) return false;
  return true;
}

/** One check for the declared query, params and headers, in zod-openapi's order; undefined without any. */
function partsCheck(request: DeclaredRequest | undefined): Check | undefined | null {
  const parts = (
    [
      ['query', request?.query],
      ['param', request?.params],
      ['header', request?.headers],
    ] as const
  )
    .filter(([, schema]) => schema !== undefined)
    .map(([target, schema]) => checkPart(target, schema as z.ZodType));
  // null: a part this cannot check (the stock validators then check them all); undefined: no part.
  if (parts.some((part) => part === undefined)) return null;
  if (!parts.length) return undefined;
  const checks = parts as Check[];
  return (c) => {
    for (let i = 0; i < checks.length; i++) {
      const pending = checks[i](c);
      // Only a schema that needs the asynchronous parse answers a promise: the rest follow it.
      if (pending)
        return checks.slice(i + 1).reduce<Promise<void>>((chain, part) => chain.then(() => part(c)), pending);
    }
  };
}

/** zod-openapi's test of a JSON request's Content-Type, and hono's validator's of its media type. */
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/** Whether the request has a body of at least one byte (zod-openapi's test, for a request without a type). */
async function hasBody(c: Context<AppEnv>): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * A required JSON body, as zod-openapi's two layers check it (its media-type gate, then hono's JSON validator
 * with the shared hook), in one step: another type, or a body without one, is a 415; unparsable JSON hono's
 * 400 (which each face renders as its validation error); then the schema.
 */
function jsonBodyCheck(schema: z.ZodType): Check {
  return async (c) => {
    const type = c.req.header('content-type');
    if (type ? !JSON_REQUEST.test(type) : await hasBody(c))
      throw new HTTPException(415, { message: 'Unsupported Media Type' });
    let value: unknown = {};
    if (type && JSON_MEDIA.test(type.split(';')[0].trim().toLowerCase())) {
      try {
        value = await c.req.json();
      } catch {
        throw new HTTPException(400, { message: 'Malformed JSON in request body' });
      }
    }
    const result = await schema.safeParseAsync(value);
    if (!result.success) throw validationFailed('json', result.error.issues);
    c.req.addValidatedData('json', result.data as Record<string, unknown>);
  };
}

interface DeclaredRequest {
  query?: unknown;
  params?: unknown;
  headers?: unknown;
  cookies?: unknown;
  body?: { content?: object; required?: boolean };
}

/**
 * The route's request checks in one step: query, params and headers (partsCheck) and, when the body is
 * one required `application/json` zod schema, the body too. `body` is what remains for zod-openapi's own
 * validators (another body), checked after these. Undefined: nothing to check here, or a header schema
 * this cannot take (the stock validators then do it all).
 */
export function requestCheck(
  request: DeclaredRequest | undefined,
): { check: Check; body?: DeclaredRequest['body'] } | undefined {
  // Cookies are left to the stock validators, with everything else (no route declares any).
  if (request?.cookies !== undefined) return undefined;
  const parts = partsCheck(request);
  if (parts === null) return undefined;
  const content = request?.body?.content as Record<string, { schema?: unknown } | undefined> | undefined;
  const types = content ? Object.keys(content) : [];
  const json = types.length === 1 && types[0] === 'application/json' && request?.body?.required === true;
  const schema = json ? (content?.['application/json']?.schema as z.ZodType | undefined) : undefined;
  const body = schema && '_zod' in schema ? jsonBodyCheck(schema) : undefined;
  if (!body) return parts ? { check: parts, body: request?.body } : undefined;
  if (!parts) return { check: body };
  return {
    check: (c) => {
      const pending = parts(c);
      return pending ? pending.then(() => body(c)) : body(c);
    },
  };
}
