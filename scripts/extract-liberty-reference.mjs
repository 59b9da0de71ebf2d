// Writes test/fixtures/liberty-reference-schemas.json: the 200 response schemas of the Liberty reference
// OpenAPI document (../shared/reference/liberty-api.openapi.json, the original project's own document) and
// the component schemas they use, cut down to the keywords test/support/liberty-schema.ts checks. The
// tests read that file, so they run in a clone without ../shared. Re-run when the reference changes:
//   node scripts/extract-liberty-reference.mjs [path/to/liberty-api.openapi.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '..', 'shared', 'reference', 'liberty-api.openapi.json');
const reference = JSON.parse(readFileSync(source, 'utf8'));
const KEYWORDS = ['$ref', 'type', 'properties', 'required', 'items', 'anyOf'];

/** A schema with only the checked keywords; collects the components it references. */
function trim(schema, refs) {
  const out = {};
  for (const key of KEYWORDS) {
    if (!(key in schema)) continue;
    const value = schema[key];
    if (key === '$ref') {
      out.$ref = value;
      refs.add(value.split('/').pop());
    } else if (key === 'properties')
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v, refs)]));
    else if (key === 'items') out.items = trim(value, refs);
    else if (key === 'anyOf') out.anyOf = value.map((s) => trim(s, refs));
    else out[key] = value;
  }
  return out;
}

const refs = new Set();
const paths = {};
for (const [path, operations] of Object.entries(reference.paths)) {
  for (const [method, operation] of Object.entries(operations)) {
    const schema = operation.responses?.['200']?.content?.['application/json']?.schema;
    if (!schema) continue;
    paths[path] ??= {};
    paths[path][method] = { responses: { 200: { content: { 'application/json': { schema: trim(schema, refs) } } } } };
  }
}
const schemas = {};
for (const queue = [...refs]; queue.length; ) {
  const name = queue.shift();
  if (schemas[name]) continue;
  const found = new Set();
  schemas[name] = trim(reference.components.schemas[name], found);
  queue.push(...[...found].filter((n) => !schemas[n]));
}

const out = {
  $comment:
    'Extracted by scripts/extract-liberty-reference.mjs from the Liberty reference OpenAPI document ' +
    `(shared/reference/liberty-api.openapi.json, "${reference.info.title}" ${reference.info.version}): ` +
    '200 response schemas and the components they use, keywords type/properties/required/items/anyOf/$ref only.',
  paths,
  components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) },
};
const target = join(root, 'test', 'fixtures', 'liberty-reference-schemas.json');
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${target}: ${Object.keys(paths).length} paths, ${Object.keys(schemas).length} component schemas`);
