import { createRoute, z } from '@hono/zod-openapi';
import { deleteLink, insertLink, LINK_SORT, listLinks } from '../../core/cmdb/links';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import {
  DeleteOf,
  DgError,
  errorResponses,
  InsertOf,
  json,
  ListOf,
  listQueryWith,
  listResponse,
  now,
  paging,
  publicLink,
} from './envelope';
import { TAGS } from './openapi';

/**
 * Object links (`/objects/links/`), as DATAGERRY's backend answers them: the list envelope, an insert's
 * `{result_id, raw}` (201) and a delete's `{raw}` (202). Mounted before the object routes, which would
 * read `links` as an object id. The logic is the core's (core/cmdb/links.ts).
 */

const ObjectLink = z
  .object({
    public_id: z.number().int(),
    primary: z.number().int().openapi({ description: 'One linked object.' }),
    secondary: z.number().int().openapi({ description: 'The other linked object.' }),
    creation_time: z.object({ $date: z.number() }).openapi({ description: 'When the link was made.' }),
  })
  .openapi('DgObjectLink');
const LinkInput = z
  .object({ primary: z.number().int().positive(), secondary: z.number().int().positive() })
  .passthrough()
  .openapi('DgObjectLinkInput');
const tags = [TAGS.objects.name];
const security = SECURITY.datagerry;

export function linkRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/links',
      operationId: 'datagerryListObjectLinks',
      tags,
      summary: 'Object links',
      description:
        'A page of the links between objects the caller may read (right `base.framework.object.view`, both objects readable under their type ACL). `filter` on `public_id`, `primary`, `secondary`, `creation_time`: the web UI asks `{"$or": [{"primary": 1}, {"secondary": 1}]}` for one object\'s links.',
      security,
      middleware: [dgAuth, requireRight('base.framework.object.view')],
      request: {
        query: listQueryWith({
          sort: 'public_id',
          filter: '{"$or":[{"primary":1},{"secondary":1}]}',
          projection: '{"public_id":1,"primary":1,"secondary":1}',
        }),
      },
      responses: { 200: json(ListOf(ObjectLink).openapi('DgObjectLinkList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, LINK_SORT, 'public_id', Object.keys(ObjectLink.shape));
      const page = await listLinks(c.var.data.d1(), actorOf(c), {
        limit: p.limit,
        offset: p.offset,
        sort: p.sort,
        descending: p.descending,
        filter: p.filter,
      });
      return c.json(listResponse(c, 'ObjectLink', p, p.project(page.links), page.total, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/objects/links',
      operationId: 'datagerryCreateObjectLink',
      tags,
      summary: 'Link two objects',
      description:
        "Links two objects (right `base.framework.object.add` and the type ACL's CREATE on both objects' types; a read-only user links nothing). An object the caller cannot read is refused like a missing one (400); a pair is linked once either way round (409). Answers 201 with `{result_id, raw}` and `Location`, as DATAGERRY.",
      security,
      middleware: [dgAuth, requireRight('base.framework.object.add')],
      request: {
        body: {
          content: { 'application/json': { schema: LinkInput, example: { primary: 1, secondary: 3 } } },
          required: true,
        },
      },
      responses: {
        201: json(InsertOf(ObjectLink).openapi('DgObjectLinkInserted'), 'Linked'),
        409: json(DgError, 'The objects are already linked'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const link = await insertLink(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      c.header('Location', publicLink(c, `/rest/objects/links/${link.public_id}`));
      return c.json(
        { result_id: link.public_id, raw: link, response_type: 'INSERT', model: 'ObjectLink', time: now() },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/objects/links/{public_id}',
      operationId: 'datagerryDeleteObjectLink',
      tags,
      summary: 'Remove a link',
      description:
        "Removes a link (right `base.framework.object.delete` and the type ACL's DELETE on both objects' types); a link the caller cannot see is 404. Answers 202 with the removed link as `raw`, as DATAGERRY.",
      security,
      middleware: [dgAuth, requireRight('base.framework.object.delete')],
      request: {
        params: z.object({
          public_id: z.coerce.number().int().positive().openapi({ description: "The link's public id.", example: 1 }),
        }),
      },
      responses: {
        202: json(
          DeleteOf(ObjectLink).omit({ deleted_entry: true }).extend({ raw: ObjectLink }).openapi('DgObjectLinkDeleted'),
          'Removed',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const link = await deleteLink(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      return c.json({ raw: link, response_type: 'DELETE', model: 'ObjectLink', time: now() }, 202);
    },
  );
  return app;
}
