import { createRoute, z } from '@hono/zod-openapi';
import { quickSearchCount, searchObjects } from '../../core/cmdb/search';
import { objectsPerType } from '../../core/cmdb/summary';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { errorResponses, json } from './envelope';
import { RenderedObject } from './models';
import { TAGS } from './openapi';
import { OnlyActive, onlyActive } from './system.routes';
import { forTables } from './web-ui';

/**
 * The web UI's object search and counts: `POST /search/` (its query builder's terms), `GET
 * /search/quick/count/` (the search bar's preview) and `GET /objects/group/type_id` (the dashboard chart).
 * Plain bodies, as DATAGERRY's backend answers them; the terms are compiled by the core
 * (core/cmdb/search.ts) through the filter engine, bounded by the caller's type ACL.
 */

const Term = z
  .object({
    searchText: z.union([z.string().max(500), z.number()]).optional(),
    searchForm: z.enum(['text', 'regex', 'type', 'category', 'disjunction', 'publicID']),
    searchLabel: z.unknown().optional(),
    settings: z
      .object({
        types: z.array(z.number().int()).max(50).optional(),
        categories: z.array(z.number().int()).max(50).optional(),
      })
      .passthrough()
      .nullish(),
    disjunction: z.boolean().optional(),
  })
  .passthrough()
  .openapi('DgSearchTerm', {
    description:
      '`text`/`regex`: field values (and those of the objects its ref fields point to) containing `searchText`, literally and ignoring case; `type`: `settings.types`; `category`: the types of `settings.categories`; `publicID`: the object `searchText`. Terms are ANDed; `type` terms with `disjunction: true` are ORed with each other.',
  });
const SearchResult = z
  .object({
    limit: z.number().int(),
    skip: z.number().int(),
    groups: z.array(
      z.object({
        searchText: z.string(),
        searchForm: z.literal('type'),
        searchLabel: z.string(),
        settings: z.object({ types: z.array(z.number().int()) }),
        total: z.number().int(),
      }),
    ),
    total_results: z.number().int(),
    number_of_results: z.number().int(),
    results: z.array(
      z.object({
        result: RenderedObject,
        matches: z.array(z.unknown()).nullable().openapi({ description: 'The rendered fields a text matched.' }),
      }),
    ),
  })
  .openapi('DgSearchResult');
const Counts = z
  .object({ active: z.number().int(), inactive: z.number().int(), total: z.number().int() })
  .openapi('DgSearchCount');
const tags = [TAGS.search.name];
const security = SECURITY.datagerry;
const can = [dgAuth, requireRight('base.framework.object.view')];

export function searchRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/search',
      operationId: 'datagerrySearch',
      tags,
      summary: "Search objects with the query builder's terms",
      description:
        'One page (`skip`, `limit` up to 100) of the objects the terms match among those the caller may read (right `base.framework.object.view`, type ACL READ), rendered, each with the fields a text matched; the number of all matches and the matches per type (`groups`). `onlyActiveObjCookie=true` keeps active objects only.',
      security,
      middleware: can,
      request: {
        query: OnlyActive.extend({
          limit: z.coerce
            .number()
            .int()
            .min(0)
            .max(100)
            .default(10)
            .openapi({ description: 'Results per page.', example: 10 }),
          skip: z.coerce
            .number()
            .int()
            .min(0)
            .max(1_000_000)
            .default(0)
            .openapi({ description: 'Results to skip.', example: 0 }),
          resolve: z.string().max(10).optional().openapi({ description: 'Accepted; references are always resolved.' }),
        }),
        body: {
          content: {
            'application/json': {
              schema: z.array(Term).max(20),
              example: [{ searchText: 'server', searchForm: 'text', searchLabel: 'server' }],
            },
          },
          required: true,
        },
      },
      responses: { 200: json(SearchResult), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await searchObjects(c.var.data.d1(), actorOf(c), c.req.valid('json'), {
        limit: q.limit,
        skip: q.skip,
        onlyActive: onlyActive(q.onlyActiveObjCookie),
      });
      const results = result.results.map(({ result: r, matches }) => ({
        result: forTables(r),
        matches: matches?.map((m) => (m.type === 'number' ? { ...m, type: 'text' } : m)) ?? null,
      }));
      return c.json({ ...result, results }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/search/quick/count',
      operationId: 'datagerryQuickSearchCount',
      tags,
      summary: 'How many objects contain a text (active, inactive)',
      description:
        'The number of readable objects whose field values (or those of the objects they reference) contain `searchValue`, as the search bar previews it (right `base.framework.object.view`).',
      security,
      middleware: can,
      request: {
        query: OnlyActive.extend({
          searchValue: z.string().max(500).default('').openapi({ description: 'The text.', example: 'server' }),
        }),
      },
      responses: { 200: json(Counts), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await quickSearchCount(c.var.data.d1(), actorOf(c), q.searchValue, onlyActive(q.onlyActiveObjCookie)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/group/{value}',
      operationId: 'datagerryCountObjectsPerType',
      tags: [TAGS.objects.name],
      summary: 'Objects per type (the dashboard chart)',
      description:
        "The caller's readable objects counted per type, the five largest, each `{_id: <type id>, count, label}` (right `base.framework.object.view`). Only `type_id` can be grouped by (else 400).",
      security,
      middleware: can,
      request: {
        params: z.object({
          value: z.string().max(64).openapi({ description: 'What to group by: `type_id`.', example: 'type_id' }),
        }),
        query: OnlyActive,
      },
      responses: {
        200: json(
          z
            .array(z.object({ _id: z.number().int(), count: z.number().int(), label: z.string() }))
            .openapi('DgObjectGroups'),
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await objectsPerType(
          c.var.data.d1(),
          actorOf(c),
          c.req.valid('param').value,
          onlyActive(c.req.valid('query').onlyActiveObjCookie),
        ),
        200,
      ),
  );
  return app;
}
