import { createRoute, z } from '@hono/zod-openapi';
import { SECURITY } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './errors';
import { contextOf, tableFor } from './models-read';
import { TableParam } from './models-schemas';
import { TAGS } from './openapi';
import { modelYaml } from './yaml';

/**
 * `GET /models/{tableName}/yaml`: the model as an OpenAPI-style YAML document. Registered before the
 * models' routes, which would otherwise read `yaml` as a record id.
 */
export function yamlRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}/yaml',
      operationId: 'idempiereGetModelYaml',
      tags: [TAGS.models.name],
      summary: "A model's schema and paths, as an OpenAPI document in YAML",
      description:
        "The model as the original's `yaml` answers it: an OpenAPI 3 document (`application/yaml`) with the record's schema (one property per visible column; foreign keys as `{propertyLabel, id, identifier, model-name}`; read-only and mandatory columns marked) and the model's paths. Needs read access to the table (403 otherwise).",
      middleware: [authenticate()] as const,
      security: SECURITY.bearer,
      request: { params: TableParam },
      responses: {
        200: {
          description: 'The OpenAPI document',
          content: {
            'application/yaml': {
              schema: z.string().openapi({ example: 'openapi: 3.0.0\ninfo:\n  title: models/AD_User\n' }),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = await contextOf(c);
      const { table } = await tableFor(ctx, c.req.valid('param').tableName, 'read', 'table');
      const base = `${new URL(c.req.url).origin}/api/v1`;
      return c.body(modelYaml(table, base), 200, { 'content-type': 'application/yaml; charset=utf-8' });
    },
  );
  return app;
}
