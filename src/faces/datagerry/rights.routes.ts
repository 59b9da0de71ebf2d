import { createRoute, z } from '@hono/zod-openapi';
import { listRightsFiltered } from '../../core/cmdb/directory';
import { findRight, type Right } from '../../core/identity/groups';
import { isMasterRight, SECURITY_LEVELS } from '../../core/identity/rights';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { errorResponses, json, ListOf, listQueryWith, listResponse, OneOf, one, paging } from './envelope';
import { TAGS } from './openapi';
import { listPage, treeFilterOnly } from './pipelines';
import { notFound } from './route-common';

export const RightModel = z
  .object({
    level: z.number().int().openapi({ description: 'Security level (see `/rights/levels`).' }),
    name: z.string().openapi({ example: 'base.framework.object.view' }),
    label: z.string(),
    description: z.string(),
    is_master: z.boolean().openapi({ description: 'A wildcard right (`….*`) that covers the rights under it.' }),
  })
  .openapi('DgRight');
type RightNodeType = z.infer<typeof RightModel> & { children?: RightNodeType[] };
/** `view=tree`: master rights with the rights under them. */
const RightNode: z.ZodType<RightNodeType> = z
  .object({
    ...RightModel.shape,
    get children() {
      return z.array(RightNode).optional().openapi({ description: 'Rights under this master right (`view=tree`).' });
    },
  })
  .openapi('DgRightNode');
const SecurityLevels = z
  .object({
    CRITICAL: z.number().int(),
    DANGER: z.number().int(),
    SECURE: z.number().int(),
    PROTECTED: z.number().int(),
    PERMISSION: z.number().int(),
    NOTSET: z.number().int(),
  })
  .openapi('DgSecurityLevels');

export const renderRight = (r: Right) => ({
  level: r.level,
  name: r.name,
  label: r.label,
  description: r.description,
  is_master: isMasterRight(r.name),
});

/** DATAGERRY's rights (`/rights`, `/rights/levels`, `/rights/{name}`): the catalogue and the security levels. */
export function rightRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  const can = (right: string) => [dgAuth, requireRight(right)];

  // Rights
  app.openapi(
    createRoute({
      method: 'get',
      path: '/rights/levels',
      operationId: 'datagerryListSecurityLevels',
      tags: [TAGS.rights.name],
      description: 'The security levels and their numbers.',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'Security levels',
      responses: { 200: json(OneOf(SecurityLevels).openapi('DgSecurityLevelsResult')), ...errorResponses },
    }),
    (c) => c.json(one('Security-Level', SECURITY_LEVELS), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/rights',
      operationId: 'datagerryListRights',
      tags: [TAGS.rights.name],
      description:
        'A page of the rights catalogue, as a list or (`view=tree`) master rights with their children. `filter` applies to `name`, `level`, `label`, `description` and `is_master` (a tree is built from the rights it keeps). Answers 202, as the seed shows for this route.',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'The rights catalogue (view=list|tree)',
      request: {
        query: listQueryWith({
          sort: 'name',
          filter: '{"name":{"$regex":"^base"}}',
          projection: '{"name":1,"level":1}',
        }).extend({
          view: z
            .enum(['list', 'tree'])
            .default('list')
            .openapi({ description: '`list` (flat) or `tree` (master rights with their `children`).' }),
        }),
      },
      responses: {
        202: json(ListOf(RightNode).openapi('DgRightList'), 'The page (202, as the seed shows)'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, ['name', 'level'], 'name', [...Object.keys(RightModel.shape), 'children']);
      const all = (await listRightsFiltered(c.var.data.d1(), actorOf(c), p.filter)).map(renderRight);
      const order = (sort: string, descending: boolean) =>
        all.sort(
          (a, b) => (sort === 'level' ? a.level - b.level : a.name.localeCompare(b.name)) * (descending ? -1 : 1),
        );
      order(p.sort, p.descending);
      if (q.view === 'tree') {
        treeFilterOnly(p);
        type Node = ReturnType<typeof renderRight> & { children?: Node[] };
        const parentOf = (name: string) =>
          all
            .filter((r) => r.is_master && r.name !== name && name.startsWith(r.name.slice(0, -1)))
            .sort((a, b) => b.name.length - a.name.length)[0]?.name;
        const nodes = new Map<string, Node>(all.map((r) => [r.name, { ...r }]));
        const roots: Node[] = [];
        for (const r of all) {
          const parent = parentOf(r.name);
          const node = nodes.get(r.name) as Node;
          if (parent) (nodes.get(parent) as Node).children = [...((nodes.get(parent) as Node).children ?? []), node];
          else roots.push(node);
        }
        const results = p.project(roots.slice(p.offset, p.offset + p.limit));
        return c.json(listResponse(c, 'Right', p, results, roots.length, q, { view: 'tree' }), 202);
      }
      const page = await listPage(c, p, async (o) => ({
        results: order(o.sort, o.descending).slice(o.offset, o.offset + o.limit),
        total: all.length,
      }));
      return c.json(listResponse(c, 'Right', p, p.project(page.results), page.total, q, { view: 'list' }), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/rights/{name}',
      operationId: 'datagerryGetRight',
      tags: [TAGS.rights.name],
      description: 'One right by name.',
      security,
      middleware: can('base.user-management.group.view'),
      summary: 'One right',
      request: {
        params: z.object({
          name: z
            .string()
            .regex(/^[a-z0-9.*-]{1,120}$/)
            .openapi({ description: "The right's name.", example: 'base.framework.object.view' }),
        }),
      },
      responses: { 200: json(OneOf(RightModel).openapi('DgRightResult')), ...errorResponses },
    }),
    async (c) => {
      const right = await findRight(c.var.data.orm(), c.req.valid('param').name);
      if (!right) throw notFound('Right', c.req.valid('param').name);
      return c.json(one('Right', renderRight(right)), 200);
    },
  );
  return app;
}
