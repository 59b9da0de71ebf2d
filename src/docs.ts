import { createRoute, type OpenAPIObjectConfigure, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DATAGERRY_TAGS } from './faces/datagerry/openapi';
import { IDEMPIERE_TAGS } from './faces/idempiere/openapi';
import { LIBERTY_TAGS } from './faces/liberty/openapi';
import { RIBBON2_TAGS } from './faces/ribbon2/openapi';
import { BASIC, BEARER, type FaceTags, RIBBON2_HEADER, SECURITY } from './lib/openapi';
import { APP_NAME, APP_VERSION } from './lib/version';
import type { AppEnv, AppOpenAPI } from './middleware/env';
import { createRouter } from './middleware/router';

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.ico">${head}</head>` +
  `<body>${body}</body></html>`;

// The UIs' files are static assets (public/docs/, copied from their npm packages): no CDN, not in the bundle.
// Nothing outside this origin is loaded (Swagger's online validator is off; Redoc's footer logo is removed
// at copy time, scripts/copy-docs-assets.mjs; `npm run test:docs` watches the browser's requests).
const REDOC_HTML = page(
  `${APP_NAME} API`,
  '<style>body{margin:0}</style>',
  '<redoc spec-url="/openapi.json"></redoc><script src="/docs/redoc.standalone.js"></script>',
);
// `filter`: a search box over the tags (the document has well over a hundred operations).
const SWAGGER_HTML = page(
  `${APP_NAME} API: try it`,
  '<link rel="stylesheet" href="/docs/swagger-ui.css">',
  '<div id="swagger-ui"></div><script src="/docs/swagger-ui-bundle.js"></script>' +
    "<script>window.ui=SwaggerUIBundle({url:'/openapi.json',dom_id:'#swagger-ui',persistAuthorization:true,filter:true,validatorUrl:null});</script>",
);

// Inline scripts above are ours and static; the docs pages get their own CSP.
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:";

const InfoSchema = z
  .object({
    name: z.string().openapi({ example: APP_NAME }),
    version: z.string().openapi({ example: APP_VERSION }),
    docs: z.object({ redoc: z.string(), swagger: z.string(), openapi: z.string() }),
  })
  .openapi('ServiceInfo');

const ATRIUM_TAGS: FaceTags = {
  face: 'Atrium',
  tags: [
    { name: 'Atrium', 'x-displayName': 'Service', description: 'Service information and links to this documentation.' },
  ],
};
/** Every face's tags, grouped per face for Redoc (`x-tagGroups`). */
const FACES = [ATRIUM_TAGS, LIBERTY_TAGS, IDEMPIERE_TAGS, DATAGERRY_TAGS, RIBBON2_TAGS];

const rootRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'atriumGetServiceInfo',
  tags: ['Atrium'],
  security: SECURITY.none,
  summary: 'Service name, version and links to the API documentation',
  description: 'The service name and version, and where the documentation lives: Redoc, Swagger UI and this document.',
  responses: { 200: { description: 'Service information', content: { 'application/json': { schema: InfoSchema } } } },
});

export function docsRouter() {
  return createRouter().openapi(rootRoute, (c) =>
    c.json(
      { name: APP_NAME, version: APP_VERSION, docs: { redoc: '/api', swagger: '/api/test', openapi: '/openapi.json' } },
      200,
    ),
  );
}

/** The document-level part of /openapi.json; the paths come from the routes (scripts/lib/openapi.mjs uses it too). */
export const DOCUMENT_CONFIG: Exclude<OpenAPIObjectConfigure<AppEnv, string>, (...args: never[]) => unknown> = {
  openapi: '3.1.0',
  info: {
    title: `${APP_NAME} API`,
    version: APP_VERSION,
    description: [
      'One data API speaking the Liberty, iDempiere REST, DATAGERRY and Ribbon2 APIs over one shared data model.',
      'Each face keeps its own paths, bodies, error shapes and login: Liberty under `/api/{auth,db,fmw,logs,setup,export,ai}`,',
      'iDempiere under `/api/v1`, DATAGERRY under `/rest`, Ribbon2 at `/auth` and `/api/{account,user,group,directory,message,io}`.',
      "Every face's login answers a JWT the other faces accept too (iDempiere data is scoped by the client chosen at its own login).",
    ].join(' '),
  },
  servers: [{ url: '/', description: 'The server that serves this document (`npm run dev`: http://localhost:8787)' }],
  tags: FACES.flatMap((f) => f.tags),
  'x-tagGroups': FACES.map((f) => ({ name: f.face, tags: f.tags.map((t) => t.name) })),
};

/** /openapi.json (generated from the zod routes), Redoc at /api, Swagger UI at /api/test. */
export function registerDocs(app: AppOpenAPI) {
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "The JWT any face's login answers, as `Authorization: Bearer <token>`.",
  });
  app.openAPIRegistry.registerComponent('securitySchemes', BASIC, {
    type: 'http',
    scheme: 'basic',
    description: 'DATAGERRY only: user name and password (throttled like a login).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', RIBBON2_HEADER, {
    type: 'apiKey',
    in: 'header',
    name: 'x-ribbon2-auth',
    description:
      'Ribbon2 only: the raw JWT from `POST /auth` in the `x-ribbon2-auth` header (the header name is configurable: `RIBBON2_AUTH_HEADER`).',
  });
  app.doc31('/openapi.json', DOCUMENT_CONFIG);
  const html = (body: string) => (c: Context<AppEnv>) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(body);
  };
  app.get('/api', html(REDOC_HTML));
  app.get('/api/test', html(SWAGGER_HTML));
}
