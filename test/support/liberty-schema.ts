// The reference's response schemas, extracted into the repo (test/fixtures: see its $comment for the origin).
import reference from '../fixtures/liberty-reference-schemas.json';

/**
 * A small JSON-schema checker (type, properties, required, items, anyOf, $ref) for the subset the
 * Liberty reference document uses: our answers are checked against the original's response schemas.
 */
type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
};

const components = (reference as { components: { schemas: Record<string, Schema> } }).components.schemas;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.$ref) return schemaErrors(components[schema.$ref.split('/').pop() as string], value, path);
  if (schema.anyOf)
    return schema.anyOf.some((s) => schemaErrors(s, value, path).length === 0)
      ? []
      : [`${path}: matches no anyOf branch`];
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type && schema.type !== actual && !(schema.type === 'number' && actual === 'integer'))
    return [`${path}: expected ${schema.type}, got ${actual}`];
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, sub] of Object.entries(schema.properties ?? {}))
      if (key in record) errors.push(...schemaErrors(sub, record[key], `${path}.${key}`));
  }
  if (actual === 'array' && schema.items)
    for (const [i, item] of (value as unknown[]).entries())
      errors.push(...schemaErrors(schema.items as Schema, item, `${path}[${i}]`));
  return errors;
}

/** The reference's 200 schema of an operation. */
export function responseSchema(method: string, path: string): Schema {
  const op = (
    reference as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
      >;
    }
  ).paths[path]?.[method];
  const schema = op?.responses['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no 200 schema for ${method} ${path}`);
  return schema;
}
