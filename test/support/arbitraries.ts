import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of the served OpenAPI document (test/contract.test.ts):
 * values that satisfy a schema (mostly: `pattern` and `format` are not generated, the schema's example is
 * offered alongside instead), and junk that a careless or hostile client sends.
 */

export type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  example?: unknown;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

export type Components = Record<string, unknown>;

const resolve = (schema: Schema, components: Components): Schema => {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) s = (components[s.$ref.replace('#/components/schemas/', '')] ?? {}) as Schema;
  return s;
};

/** Strings that break naive parsers, SQL, paths and encodings. */
export const JUNK_STRINGS = [
  '',
  ' ',
  "'",
  "' or '1'='1",
  '"; drop table users; --',
  '%00',
  '\u0000',
  '../../etc/passwd',
  '{"$where":"1"}',
  '[]',
  '{}',
  'null',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999',
  'NaN',
  '\u{1F600}\u202e',
  'x'.repeat(5000),
];

export const junkString = fc.constantFrom(...JUNK_STRINGS);

/** Any JSON value, small: the wrong type for almost every field. */
export const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  fc.constantFrom(null, true, false, 0, -1, 2 ** 53, 1.5, [], {}, [null], { '': null }, { __proto__: 1 }),
  fc.jsonValue({ maxDepth: 2 }),
);

function stringArb(s: Schema): fc.Arbitrary<string> {
  if (s.format === 'date-time') return fc.constantFrom('2025-01-27T08:14:13.809Z', '2024-02-29T00:00:00Z');
  if (s.format === 'date') return fc.constantFrom('2025-01-27', '2024-02-29');
  if (s.format === 'email') return fc.constantFrom('jane@example.com', 'a.b@example.org');
  if (s.format === 'uuid') return fc.uuid();
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 24, 24));
  return fc.string({ minLength, maxLength, unit: 'grapheme-ascii' });
}

function numberArb(s: Schema, integer: boolean): fc.Arbitrary<number> {
  const lo = s.minimum ?? (s.exclusiveMinimum === undefined ? -1000 : s.exclusiveMinimum + 1);
  const hi = s.maximum ?? (s.exclusiveMaximum === undefined ? 100_000 : s.exclusiveMaximum - 1);
  const min = Math.ceil(Math.max(lo, -1e9));
  const max = Math.floor(Math.min(hi, 1e9));
  if (integer || min > max) return fc.integer({ min: Math.min(min, max), max: Math.max(min, max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values of `schema` (depth-bounded), with its example and default offered as often as generated ones. */
export function valuesOf(schema: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const known = [s.example, ...(s.examples ?? []), s.default].filter((v) => v !== undefined);
  const generated = generate(s, components, depth);
  return known.length ? fc.oneof(fc.constantFrom(...known), generated) : generated;
}

function generate(s: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valuesOf(a, components, depth + 1)));
  if (s.allOf?.length) {
    const parts = s.allOf.map((a) => resolve(a, components));
    const merged: Schema = {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
    return generate(merged, components, depth);
  }
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => generate({ ...s, type }, components, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'string':
      return stringArb(s);
    case 'array': {
      const minLength = s.minItems ?? 0;
      if (depth > 3) return fc.constant(Array.from({ length: minLength }, () => null));
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 3, 3));
      return fc.array(valuesOf(s.items ?? {}, components, depth + 1), { minLength, maxLength });
    }
    case 'object':
    case undefined: {
      if (!s.properties) return types[0] === 'object' ? fc.constant({}) : fc.jsonValue({ maxDepth: 1 });
      if (depth > 3) return fc.constant({});
      const record = Object.fromEntries(
        Object.entries(s.properties).map(([k, v]) => [k, valuesOf(v, components, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in record) });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** A value as a path segment, query value or header: strings as they are, anything else as JSON. */
export const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
