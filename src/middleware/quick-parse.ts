import type { z } from '@hono/zod-openapi';

/**
 * A quick first pass over a request part (query, path parameters, headers) before zod. Workers forbid
 * `new Function`, so zod parses objects with its generic walk: every key of the shape, present or not,
 * through a payload object, a result handler and the unknown-key pass, about 30 µs for a list's query.
 * Here a flat object schema of plain leaves (strings, numbers, booleans, enums and literals, optional or
 * with a default, and the same zod check objects on them) compiles once to a closure that answers zod's
 * output when every value passes, and nothing otherwise: zod then parses as before, so a failure always
 * has zod's issues. Anything else (unions, transforms, pipes, nested objects…) is not compiled.
 * test/app.test.ts checks the outputs against zod's over every route's schemas with generated inputs.
 */
export type QuickParse = (input: Record<string, unknown>) => Record<string, unknown> | undefined;

const MISS = Symbol('miss');
type Leaf = (value: unknown) => unknown;

interface ZodInternals {
  def: {
    type: string;
    checks?: { _zod: CheckInternals }[];
    coerce?: boolean;
    innerType?: { _zod: ZodInternals };
    shape?: Record<string, { _zod: ZodInternals }>;
    catchall?: { _zod: ZodInternals };
    entries?: Record<string, unknown>;
    values?: unknown[];
    defaultValue?: unknown;
  };
  traits: Set<string>;
  optin?: string;
}
interface CheckInternals {
  def: { when?: (payload: Payload) => boolean };
  check: (payload: Payload) => unknown;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const internals = (schema: unknown) => (schema as { _zod: ZodInternals })._zod;

/** The schema's checks as zod runs them (a string format is itself its first check). */
function checksOf(zod: ZodInternals): CheckInternals[] {
  const own = (zod.def.checks ?? []).map((check) => check._zod);
  return zod.traits.has('$ZodCheck') ? [zod as unknown as CheckInternals, ...own] : own;
}

/** Runs the checks on a value that passed its type: the (possibly rewritten) value, or MISS on any issue. */
function withChecks(checks: CheckInternals[], typed: Leaf): Leaf {
  if (!checks.length) return typed;
  return (value) => {
    const start = typed(value);
    if (start === MISS) return MISS;
    const payload: Payload = { value: start, issues: [] };
    for (const check of checks) {
      if (check.def.when && !check.def.when(payload)) continue;
      // A check answering anything (an asynchronous refinement's promise) is left to zod; that promise is
      // dropped, so its failure must not surface as an unhandled rejection.
      const answer = check.check(payload);
      if (answer !== undefined) {
        if (answer instanceof Promise) answer.catch(() => {});
        return MISS;
      }
      if (payload.issues.length) return MISS;
    }
    return payload.value;
  };
}

/** The type test of a plain leaf, as zod's parse of that type does it; undefined for any other type. */
function typeTest(zod: ZodInternals): Leaf | undefined {
  const { def } = zod;
  switch (def.type) {
    case 'string':
      return def.coerce ? undefined : (value) => (typeof value === 'string' ? value : MISS);
    case 'number':
      return (value) => {
        let n = value;
        if (def.coerce)
          try {
            n = Number(value);
          } catch {
            return MISS;
          }
        return typeof n === 'number' && Number.isFinite(n) ? n : MISS;
      };
    case 'boolean':
      return def.coerce ? (value) => Boolean(value) : (value) => (typeof value === 'boolean' ? value : MISS);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      // zod's enum of a TypeScript numeric enum drops the reverse mappings: not compiled.
      if ([...values].some((v) => typeof v !== 'string')) return undefined;
      return (value) => (values.has(value) ? value : MISS);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (value) => (values.has(value) ? value : MISS);
    }
    default:
      return undefined;
  }
}

function leaf(zod: ZodInternals): Leaf | undefined {
  const typed = typeTest(zod);
  return typed && withChecks(checksOf(zod), typed);
}

/** A property: how it reads a present value, and what an absent key gives (MISS: required). */
interface Field {
  key: string;
  present: Leaf;
  absent: 'skip' | 'required' | (() => unknown);
}

function field(key: string, schema: { _zod: ZodInternals }): Field | undefined {
  const zod = schema._zod;
  // Wrappers with checks of their own, exact optionals and defaults of objects are zod's.
  if (zod.def.checks?.length && (zod.def.type === 'optional' || zod.def.type === 'default')) return undefined;
  if (zod.def.type === 'optional' && !zod.traits.has('$ZodExactOptional')) {
    const inner = zod.def.innerType?._zod;
    const present = inner && inner.optin === undefined ? leaf(inner) : undefined;
    return present && { key, present: (value) => (value === undefined ? undefined : present(value)), absent: 'skip' };
  }
  if (zod.def.type === 'default') {
    const inner = zod.def.innerType?._zod;
    const read = inner && inner.optin === undefined ? leaf(inner) : undefined;
    const { def } = zod;
    const initial = def.defaultValue;
    if (!read || (initial !== null && typeof initial === 'object')) return undefined;
    const fallback = () => def.defaultValue;
    return {
      key,
      present: (value) => {
        if (value === undefined) return fallback();
        const out = read(value);
        return out === undefined ? fallback() : out;
      },
      absent: fallback,
    };
  }
  const present = zod.optin === undefined ? leaf(zod) : undefined;
  return present && { key, present, absent: 'required' };
}

/** The quick pass of an object schema (strict or stripping unknown keys), or undefined when it has none. */
export function quickParse(schema: unknown): QuickParse | undefined {
  const zod = internals(schema);
  if (zod?.def.type !== 'object' || zod.def.checks?.length || !zod.def.shape) return undefined;
  const catchall = zod.def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'never') return undefined;
  const shape = zod.def.shape;
  if (Object.getOwnPropertySymbols(shape).length || Object.hasOwn(shape, '__proto__')) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    const compiled = field(key, shape[key]);
    if (!compiled) return undefined;
    fields.push(compiled);
  }
  const keys = catchall === 'never' ? new Set(Object.keys(shape)) : undefined;
  return (input) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const { key, present, absent } = fields[i];
      if (key in input) {
        const value = present(input[key]);
        if (value === MISS) return undefined;
        out[key] = value;
      } else if (absent === 'required') return undefined;
      else if (absent !== 'skip') out[key] = absent();
    }
    // A strict schema refuses unknown keys: zod names them.
    if (keys) for (const key in input) if (!keys.has(key)) return undefined;
    return out;
  };
}

/** zod's parse of `value`, with the quick pass first when the schema has one. */
export function parseWith(
  schema: z.ZodType,
  quick: QuickParse | undefined,
  value: Record<string, unknown>,
): z.ZodSafeParseResult<unknown> {
  const data = quick?.(value);
  return data ? { success: true, data } : schema.safeParse(value);
}
