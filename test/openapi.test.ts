import { describe, expect, it } from 'vitest';
import committed from '../client/openapi.json';
import { contract, firstError, type OperationObject, validatorAt } from './support/contract';
import { bearer, call, tokenFor } from './support/worker';

/**
 * The OpenAPI document clients generate from: every operation documented well enough to generate a
 * client (stable ids, descriptions, declared tags, security), and the committed copy in client/ is what
 * the Worker serves (`npm run client` rewrites it; scripts/openapi-check.mjs lints it and checks the types).
 */

interface Parameter {
  name: string;
  in: string;
  description?: string;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: Record<string, unknown> }> };
}
interface Document {
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  'x-tagGroups'?: { name: string; tags: string[] }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

async function served(): Promise<Document> {
  const res = await call('/openapi.json');
  expect(res.status).toBe(200);
  return res.json<Document>();
}

function operations(doc: Document) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op, name: `${method.toUpperCase()} ${path}` })),
  );
}

/** The operationId prefix of the face a path belongs to. */
function faceOf(path: string): string {
  if (path.startsWith('/api/v1/')) return 'idempiere';
  if (path === '/rest' || path.startsWith('/rest/')) return 'datagerry';
  if (/^\/(auth$|api\/(account|user|group|directory|direcotry|message|io)(\/|$))/.test(path)) return 'ribbon2';
  if (/^\/api\/(auth|db|fmw|logs|setup|export|ai)(\/|$)/.test(path)) return 'liberty';
  return 'atrium';
}

describe('OpenAPI document', () => {
  it('is the committed client/openapi.json (run `npm run client` after changing a route)', async () => {
    expect(await served()).toEqual(committed);
  });

  it('gives every operation a unique camelCase operationId prefixed by its face', async () => {
    const ops = operations(await served());
    expect(ops.length).toBeGreaterThan(100);
    const missing = ops.filter(({ op }) => !op.operationId).map((o) => o.name);
    expect(missing).toEqual([]);
    const wrong = ops
      .filter(({ path, op }) => !new RegExp(`^${faceOf(path)}[A-Z][A-Za-z0-9]*$`).test(op.operationId ?? ''))
      .map((o) => `${o.name}: ${o.op.operationId}`);
    expect(wrong).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('describes every operation and every parameter', async () => {
    const ops = operations(await served());
    expect(ops.filter(({ op }) => !op.summary?.trim() || !op.description?.trim()).map((o) => o.name)).toEqual([]);
    const bare = ops.flatMap(({ name, op }) =>
      (op.parameters ?? []).filter((p) => !p.description?.trim()).map((p) => `${name} ${p.in} ${p.name}`),
    );
    expect(bare).toEqual([]);
  });

  it('explains the filter grammars with examples', async () => {
    const doc = await served();
    const param = (path: string, name: string) =>
      doc.paths[path].get.parameters?.find((p) => p.name === name)?.description ?? '';
    const odata = param('/api/v1/models/{tableName}', '$filter');
    for (const word of ['eq', 'contains', 'tolower', 'and', 'Examples']) expect(odata).toContain(word);
    const libertyQ = param('/api/db/query', 'q');
    for (const word of ['like', 'in', 'null', 'ANDed', 'Examples']) expect(libertyQ).toContain(word);
    const mongo = param('/rest/objects', 'filter');
    for (const word of ['$regex', '$in', '$or', 'fields.<name>', 'Examples']) expect(mongo).toContain(word);
  });

  it('declares every tag used, with a description, and groups them per face for Redoc', async () => {
    const doc = await served();
    const declared = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
    const used = new Set(operations(doc).flatMap(({ op }) => op.tags ?? []));
    expect(operations(doc).filter(({ op }) => !op.tags?.length)).toEqual([]);
    expect([...used].filter((t) => !declared.has(t))).toEqual([]);
    expect([...declared].filter(([, description]) => !description.trim())).toEqual([]);
    const groups = doc['x-tagGroups'] ?? [];
    expect(groups.map((g) => g.name)).toEqual(['Atrium', 'Liberty', 'iDempiere', 'DATAGERRY', 'Ribbon2']);
    expect(
      groups
        .flatMap((g) => g.tags)
        .slice()
        .sort(),
    ).toEqual([...declared.keys()].sort());
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('states the security of every operation: none on the login routes', async () => {
    const doc = await served();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['basicAuth', 'bearerAuth', 'ribbon2Auth']);
    expect(operations(doc).filter(({ op }) => !Array.isArray(op.security))).toEqual([]);
    const logins = [
      'POST /api/auth/token',
      'POST /api/v1/auth',
      'POST /api/v1/auth/tokens',
      'POST /api/v1/auth/refresh',
      // For monitors: it answers UP or DOWN and nothing else.
      'GET /api/v1/health',
      'GET /health',
      // The original's with IDEMPIERE_REST_EXPOSE_JWK=N: an empty key set, for anyone.
      'GET /api/v1/auth/jwk',
      'POST /rest/auth/login',
      // DATAGERRY's web UI asks these before anyone signs in: its connection check and regional settings.
      'GET /rest',
      'GET /rest/date',
      'POST /auth',
      'GET /',
    ];
    const open = operations(doc)
      .filter(({ op }) => op.security?.length === 0)
      .map((o) => o.name);
    expect(open.sort()).toEqual(logins.sort());
  });

  it('shows an example for every JSON request body', async () => {
    const bodies = operations(await served()).filter(({ op }) => op.requestBody?.content['application/json']);
    expect(bodies.length).toBeGreaterThan(40);
    const without = bodies.filter(({ op }) => {
      const json = op.requestBody?.content['application/json'];
      return json?.example === undefined && !Object.keys(json?.examples ?? {}).length;
    });
    expect(without.map((o) => o.name)).toEqual([]);
  });
});

/**
 * The document's examples work as shipped: Swagger UI's try-it pre-fills every parameter with its example,
 * so each GET operation is sent with all of its examples together, as admin, and must answer 2xx (and,
 * where the demo data has rows, a non-empty result). Each write's example body validates against its
 * request schema. Both are generated from the served document.
 */
describe('OpenAPI examples', () => {
  /** GETs whose example answers nothing in the demo data, and why. */
  const EMPTY_IN_DEMO: Record<string, string> = {
    idempiereGetRecordHistory: 'the demo rows are loaded without changes, so no record has history yet',
    datagerryGetObjectHistory: 'the demo objects are loaded without changes, so none has history yet',
    datagerryListUncleanObjects: "every demo object matches its type's fields",
    idempiereListUploads: "lists the caller's pending sessions; the demo's one upload is completed",
    datagerryListObjectLogs: 'object logs are the audit trail, and the demo objects have none yet',
    datagerryListLogsOfExistingObjects: 'object logs are the audit trail, and the demo objects have none yet',
    datagerryListLogsOfDeletedObjects: 'object logs are the audit trail, and no demo object was deleted',
    datagerryListDeleteLogs: 'object logs are the audit trail, and no demo object was deleted',
    // Follow-up for the DATAGERRY web-UI routes (they landed after this test): demo rows to add.
    datagerryListDocTemplates: 'no document template in the demo data yet',
    datagerryFindDocTemplates: 'no document template in the demo data yet',
    datagerryListSectionTemplates: 'no section template in the demo data yet',
    datagerryListObjectLinks: 'no object link in the demo data yet',
    datagerryListMediaFiles: 'no media file in the demo data (its bytes would live in the file store)',
  };
  /** GETs whose example names a row the demo data does not have (answered 404), and why. */
  const NO_DEMO_ROW: Record<string, string> = {
    datagerryGetObjectLog: 'object logs are the audit trail, and the demo objects have none yet',
    datagerryListCorrespondingLogs: 'object logs are the audit trail, and the demo objects have none yet',
    datagerryGetSectionTemplate: 'no section template in the demo data yet',
    datagerryCountSectionTemplateUse: 'no section template in the demo data yet',
    datagerryGetDocTemplateByName: 'no document template in the demo data yet',
    datagerryGetDocTemplate: 'no document template in the demo data yet',
    datagerryDownloadMediaFile: 'no media file in the demo data (its bytes would live in the file store)',
    datagerryRenderDocTemplate: 'no document template in the demo data yet',
    idempiereGetFile: 'a process output exists after its run only, and for a day (run rv_orderdetail first)',
    idempiereGetNodeLogFile: 'log files are per day and kept a week: a fixed example names a day long gone',
  };
  /** GETs that cannot be tried with a plain request, and why. */
  const NOT_TRIED: Record<string, string> = {
    ribbon2StreamMessages: 'a WebSocket upgrade (test/beyond/feed.test.ts)',
    datagerryStreamObjects: 'a WebSocket upgrade (test/beyond/feed.test.ts)',
    idempiereStreamRecords: 'a WebSocket upgrade (test/beyond/feed.test.ts)',
  };

  /** A request built from every example of an operation, as Swagger UI fills it in. */
  function exampleRequest(
    path: string,
    op: OperationObject,
  ): { url: string; headers: Record<string, string>; missing: string[] } {
    const missing: string[] = [];
    let url = path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const p of op.parameters ?? []) {
      const example = p.example ?? (p.schema as { example?: unknown } | undefined)?.example;
      if (example === undefined) {
        if (p.in === 'path') missing.push(p.name);
        continue;
      }
      const text = typeof example === 'string' ? example : JSON.stringify(example);
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(text));
      else if (p.in === 'query') query.set(p.name, text);
      else if (p.in === 'header') headers[p.name] = text;
    }
    const qs = query.toString();
    return { url: qs ? `${url}?${qs}` : url, headers, missing };
  }

  /** An empty list: an empty array, or an envelope whose list (`results`, `records`, `content`…) is empty. */
  function isEmpty(body: unknown): boolean {
    if (Array.isArray(body)) return body.length === 0;
    if (!body || typeof body !== 'object') return false;
    const lists = ['results', 'records', 'content', 'items', 'data', 'rows', 'nodes', 'entries'];
    return Object.entries(body).some(([k, v]) => lists.includes(k) && Array.isArray(v) && v.length === 0);
  }

  it('every GET operation answers 2xx with its examples as admin, with data where the demo has some', async () => {
    const { doc } = await contract();
    const token = await tokenFor('admin');
    // iDempiere operations with the token of its own one-step login example (client 11, role 102), as a
    // Swagger UI user of that face would: its data is scoped by the client chosen at login.
    const login = await call('/api/v1/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.240' },
      body: JSON.stringify(
        doc.paths['/api/v1/auth'].post.requestBody?.content['application/json'].examples?.oneStep?.value ?? {
          userName: 'admin',
          password: 'admin',
          parameters: { clientId: 11, roleId: 102, organizationId: 11, warehouseId: 103, language: 'en_US' },
        },
      ),
    });
    const erpToken = (await login.json<{ token: string }>()).token;
    const failures: string[] = [];
    let tried = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = item.get;
      if (!op || NOT_TRIED[op.operationId]) continue;
      const { url, headers, missing } = exampleRequest(path, op);
      if (missing.length) {
        failures.push(`${op.operationId}: no example for path parameter ${missing.join(', ')}`);
        continue;
      }
      tried += 1;
      const res = await call(url, {
        headers: { ...headers, ...bearer(path.startsWith('/api/v1/') ? erpToken : token) },
      });
      const text = await res.text();
      if (NO_DEMO_ROW[op.operationId] && res.status === 404) continue;
      if (res.status < 200 || res.status > 299) {
        failures.push(`${op.operationId}: GET ${url} answered ${res.status} ${text.slice(0, 160)}`);
        continue;
      }
      if (EMPTY_IN_DEMO[op.operationId] || !/json/.test(res.headers.get('content-type') ?? '')) continue;
      if (isEmpty(JSON.parse(text))) failures.push(`${op.operationId}: GET ${url} answered an empty result`);
    }
    expect(tried).toBeGreaterThan(60);
    expect(failures).toEqual([]);
  });

  it("every write's example bodies validate against its request schema", async () => {
    const c = await contract();
    const failures: string[] = [];
    let checked = 0;
    for (const [path, item] of Object.entries(c.doc.paths))
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const op = item[method];
        for (const [type, media] of Object.entries(op?.requestBody?.content ?? {})) {
          if (!op || media.schema === undefined) continue;
          const examples = [
            ...(media.example === undefined ? [] : [['example', media.example] as const]),
            ...Object.entries(media.examples ?? {}).map(([name, e]) => [name, e.value] as const),
          ];
          const validate = validatorAt(c, 'paths', path, method, 'requestBody', 'content', type, 'schema');
          for (const [name, value] of examples) {
            checked += 1;
            if (!validate(value)) failures.push(`${op.operationId} ${type} ${name}: ${firstError(validate.errors)}`);
          }
        }
      }
    expect(checked).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  });
});
