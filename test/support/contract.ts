import { exports } from 'cloudflare:workers';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The response contract: every answer a test receives through `call` (test/support/worker.ts) is checked
 * against its operation in the served /openapi.json: the status is declared, the content type is one the
 * status declares, and a JSON body validates against the declared schema. A mismatch fails the test that
 * made the call, naming the operation, the status and the first schema error.
 *
 * The document is read once per run (vitest shares this module between files) and each (operation,
 * status, media type) schema is compiled once, on first use, by Ajv (JSON Schema 2020-12, OpenAPI 3.1's
 * dialect; unknown keywords such as `example` are ignored).
 */

const DOC_ID = 'https://atrium.test/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface MediaObject {
  schema?: unknown;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaObject>;
}
export interface OperationObject {
  operationId: string;
  responses: Record<string, ResponseObject>;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; example?: unknown }[];
  requestBody?: {
    required?: boolean;
    content: Record<string, { schema?: unknown; example?: unknown; examples?: Record<string, { value?: unknown }> }>;
  };
  security?: Record<string, string[]>[];
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, ResponseObject> };
}

export interface Operation {
  method: string;
  /** The path template, as the document names it (`/rest/objects/{public_id}`). */
  path: string;
  op: OperationObject;
  /** Literal segments (null for a parameter): a literal beats a parameter where two templates match. */
  segments: (string | null)[];
}

export interface Contract {
  doc: OpenApiDocument;
  operations: Operation[];
  ajv: Ajv2020;
  validators: Map<string, ValidateFunction>;
}

let loading: Promise<Contract> | undefined;

/** The served document and its compiler, once per run. */
export function contract(): Promise<Contract> {
  loading ??= (async () => {
    const res = await exports.default.fetch(new Request('http://atrium.test/openapi.json'));
    if (res.status !== 200) throw new Error(`contract: GET /openapi.json answered ${res.status}`);
    const doc = await res.json<OpenApiDocument>();
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false, logger: false });
    addFormats(ajv);
    ajv.addSchema({ ...doc, $id: DOC_ID });
    const operations: Operation[] = [];
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const segments = path
          .split('/')
          .slice(1)
          .map((s) => (/^\{[^}]+\}$/.test(s) ? null : s));
        operations.push({ method, path, op, segments });
      }
    return { doc, operations, ajv, validators: new Map() };
  })();
  return loading;
}

/** The operation that serves `method pathname`: the matching template with the earliest literal segment wins. */
export function operationFor(c: Contract, method: string, pathname: string): Operation | undefined {
  const parts = pathname.split('/').slice(1);
  let best: Operation | undefined;
  for (const o of c.operations) {
    if (o.method !== method || o.segments.length !== parts.length) continue;
    if (!o.segments.every((s, i) => (s === null ? parts[i] !== '' : s === decodeURIComponent(parts[i])))) continue;
    if (!best || moreLiteral(o.segments, best.segments)) best = o;
  }
  return best;
}

function moreLiteral(a: (string | null)[], b: (string | null)[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] === null) !== (b[i] === null)) return a[i] !== null;
  return false;
}

const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');

/** The compiled validator of a schema inside the document (`#/paths/…`), compiled once per run. */
export function validatorAt(c: Contract, ...parts: string[]): ValidateFunction {
  const key = pointer(...parts);
  let validate = c.validators.get(key);
  if (!validate) {
    validate = c.ajv.getSchema(`${DOC_ID}#/${key}`);
    if (!validate) throw new Error(`contract: no schema at #/${parts.join('/')}`);
    c.validators.set(key, validate);
  }
  return validate;
}

/** The most telling of Ajv's errors: the deepest instance path (inside an anyOf, the branch that got furthest). */
export function firstError(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'invalid';
  const deepest = errors.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
  const params = deepest.keyword === 'additionalProperties' ? ` (${JSON.stringify(deepest.params)})` : '';
  return `${deepest.instancePath || '(the body)'} ${deepest.message}${params} [schema ${deepest.schemaPath}]`;
}

/**
 * The declared response for a status (exact, then `4XX`-style ranges, then `default`): its key, the
 * response (a shared `#/components/responses/…` one resolved) and the JSON pointer parts to it.
 */
function declaredResponse(
  c: Contract,
  found: Operation,
  status: number,
): { key: string; res: ResponseObject; at: string[] } | undefined {
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => found.op.responses[k]);
  if (!key) return undefined;
  const res = found.op.responses[key];
  const shared = res.$ref?.match(/^#\/components\/responses\/(.+)$/)?.[1];
  if (shared) return { key, res: c.doc.components.responses?.[shared] ?? {}, at: ['components', 'responses', shared] };
  return { key, res, at: ['paths', found.path, found.method, 'responses', key] };
}

/**
 * What is wrong with one answer, or undefined when it conforms (or answers no operation of the document:
 * the docs pages, unknown paths, a method the path does not have, a preflight or a HEAD).
 */
export async function contractProblem(request: Request, response: Response, body: string): Promise<string | undefined> {
  const method = request.method.toLowerCase();
  if (!(METHODS as readonly string[]).includes(method)) return undefined;
  const c = await contract();
  const pathname = new URL(request.url).pathname;
  const found = operationFor(c, method, pathname);
  if (!found) return undefined;
  const { op, path } = found;
  const where = `${request.method} ${pathname} (${op.operationId}, ${request.method} ${path})`;
  const declared = declaredResponse(c, found, response.status);
  if (!declared)
    return `${where} answered ${response.status}, which the operation does not declare (it declares ${Object.keys(op.responses).join(', ')}): add it to the route's \`responses\` with the face's error schema, or fix the answer`;
  const { key, res, at } = declared;
  const content = res.content ?? {};
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!Object.keys(content).length) {
    if (body.length && response.status !== 101)
      return `${where} answered ${response.status} with a ${type || 'untyped'} body, but status ${key} declares no content`;
    return undefined;
  }
  // The media type as declared: exactly, or by a range (`text/*`, `*/*`: a file in its own type).
  const declaredType = [type, `${type.split('/')[0]}/*`, '*/*'].find((t) => content[t]);
  if (!declaredType || !type)
    return `${where} answered ${response.status} as ${type || 'no content type'}; status ${key} declares ${Object.keys(content).join(', ')}`;
  if (declaredType !== type || !/[/+]json$/.test(type) || content[type].schema === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return `${where} answered ${response.status} as ${type} with a body that is not JSON: ${body.slice(0, 80)}`;
  }
  const validate = validatorAt(c, ...at, 'content', type, 'schema');
  if (validate(value)) return undefined;
  return `${where} answered ${response.status} with a body that does not match its declared schema (${type}): ${firstError(validate.errors)}`;
}
