import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter } from './lib/router';
import type { AppEnv, AppOpenAPI } from './lib/types';

export const APP_NAME = 'Atrium';
export const APP_VERSION = '0.1.0';

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
const SWAGGER_HTML = page(
  `${APP_NAME} API: try it`,
  '<link rel="stylesheet" href="/docs/swagger-ui.css">',
  '<div id="swagger-ui"></div><script src="/docs/swagger-ui-bundle.js"></script>' +
    "<script>window.ui=SwaggerUIBundle({url:'/openapi.json',dom_id:'#swagger-ui',persistAuthorization:true,validatorUrl:null});</script>",
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

const rootRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Atrium'],
  summary: 'Service name, version and links to the API documentation',
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

/** /openapi.json (generated from the zod routes), Redoc at /api, Swagger UI at /api/test. */
export function registerDocs(app: AppOpenAPI) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: `${APP_NAME} API`,
      version: APP_VERSION,
      description:
        'One data API speaking the Liberty, iDempiere REST, DATAGERRY and Ribbon2 APIs over one shared data model.',
    },
    tags: [{ name: 'Atrium', description: 'Service information' }],
  });
  const html = (body: string) => (c: Context<AppEnv>) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(body);
  };
  app.get('/api', html(REDOC_HTML));
  app.get('/api/test', html(SWAGGER_HTML));
}
