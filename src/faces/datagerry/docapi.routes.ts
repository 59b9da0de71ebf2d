import { createRoute, z } from '@hono/zod-openapi';
import {
  DOC_TEMPLATE_SORT,
  DOCAPI_RIGHTS,
  deleteDocTemplate,
  docTemplateByName,
  docTemplatesBy,
  insertDocTemplate,
  listDocTemplates,
  readDocTemplate,
  updateDocTemplate,
} from '../../core/cmdb/docapi';
import { renderDocTemplate } from '../../core/cmdb/docapi-render';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { DgError, errorResponses, json, ListOf, listQueryWith, listResponse, paging, publicLink } from './envelope';
import { TAGS } from './openapi';

/**
 * DocAPI templates, answered as DATAGERRY's backend answers them: the list (`/docs/template`) its
 * envelope, everything else plain bodies (an insert the new id, an update the template, a delete `true`).
 * The logic is the core's (core/cmdb/docapi.ts); rendering a template to PDF is not here yet.
 */

const DocTemplate = z
  .object({
    public_id: z.number().int(),
    name: z.string(),
    label: z.string().nullable(),
    description: z.string().nullable(),
    active: z.boolean(),
    author_id: z.number().int().nullable(),
    template_data: z.string().openapi({ description: 'The document (HTML).' }),
    template_style: z.string().openapi({ description: 'Its style sheet.' }),
    template_type: z.string().openapi({ description: '`OBJECT`: a document for one object.' }),
    template_parameters: z
      .record(z.string(), z.unknown())
      .openapi({ description: '`{type: <type id>}` for an OBJECT template.' }),
  })
  .openapi('DgDocTemplate');
const Input = z
  .object({
    name: z.string().trim().min(1).max(120),
    label: z.string().max(200).nullish(),
    description: z.string().max(5000).nullish(),
    active: z.boolean().optional(),
    template_data: z.string().max(500_000).optional(),
    template_style: z.string().max(100_000).optional(),
    template_type: z.enum(['OBJECT']).optional(),
    template_parameters: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough()
  .openapi('DgDocTemplateInput');
const EXAMPLE = {
  name: 'server-sheet',
  label: 'Server sheet',
  description: '',
  active: true,
  template_data: '<h1>Server</h1>',
  template_style: '',
  template_type: 'OBJECT',
  template_parameters: { type: 1 },
};
const fields = ({ public_id: _, ...rest }: z.infer<typeof Input> & { public_id?: number }) => ({
  name: rest.name,
  label: rest.label,
  description: rest.description,
  active: rest.active,
  template_data: rest.template_data,
  template_style: rest.template_style,
  template_type: rest.template_type,
  template_parameters: rest.template_parameters,
});
const Id = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The template's public id.", example: 1 }),
});
const tags = [TAGS.docapi.name];
const security = SECURITY.datagerry;
const can = (right: string) => [dgAuth, requireRight(right)];

export function docapiRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/docs/template',
      operationId: 'datagerryListDocTemplates',
      tags,
      summary: 'Document templates',
      description:
        'A page of document templates (right `base.docapi.template.view`); `filter` on `public_id`, `name`, `label`, `description`, `active`, `author_id`, `template_type`, `template_parameters.type`.',
      security,
      middleware: can(DOCAPI_RIGHTS.view),
      request: { query: listQueryWith({ sort: 'public_id', filter: '{}', projection: '{"public_id":1,"name":1}' }) },
      responses: { 200: json(ListOf(DocTemplate).openapi('DgDocTemplateList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, DOC_TEMPLATE_SORT, 'public_id', Object.keys(DocTemplate.shape));
      const page = await listDocTemplates(c.var.data.d1(), actorOf(c), {
        limit: p.limit,
        offset: p.offset,
        sort: p.sort,
        descending: p.descending,
        filter: p.filter,
      });
      return c.json(listResponse(c, 'DocapiTemplate', p, p.project(page.templates), page.total, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/docapi/template/by/{searchfilter}',
      operationId: 'datagerryFindDocTemplates',
      tags,
      summary: 'Templates equal to the given keys (the object page asks for its type)',
      description:
        'The templates equal, key by key, to the JSON document in the path (right `base.docapi.template.view`): `{"template_type":"OBJECT","template_parameters":{"type":1}}` finds the templates for objects of type 1 (an embedded document equals as a whole). Keys: `public_id`, `name`, `label`, `active`, `template_type`, `template_parameters`.',
      security,
      middleware: can(DOCAPI_RIGHTS.view),
      request: {
        params: z.object({
          searchfilter: z.string().max(1000).openapi({
            description: 'A JSON document of keys and values.',
            example: '{"template_type":"OBJECT","template_parameters":{"type":1}}',
          }),
        }),
      },
      responses: { 200: json(z.array(DocTemplate).openapi('DgDocTemplates')), ...errorResponses },
    }),
    async (c) => {
      let requirements: unknown;
      try {
        requirements = JSON.parse(c.req.valid('param').searchfilter);
      } catch {
        throw new AppError('BAD_REQUEST', 'The filter is not JSON');
      }
      if (!requirements || typeof requirements !== 'object' || Array.isArray(requirements))
        throw new AppError('BAD_REQUEST', 'The filter is a JSON object');
      return c.json(await docTemplatesBy(c.var.data.d1(), actorOf(c), requirements as Record<string, unknown>), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/docapi/template/name/{name}',
      operationId: 'datagerryGetDocTemplateByName',
      tags,
      summary: 'The template of a name',
      description: 'The template of that name (right `base.docapi.template.view`); 404 when there is none.',
      security,
      middleware: can(DOCAPI_RIGHTS.view),
      request: {
        params: z.object({
          name: z.string().max(120).openapi({ description: "The template's name.", example: 'server-sheet' }),
        }),
      },
      responses: { 200: json(DocTemplate), ...errorResponses },
    }),
    async (c) => c.json(await docTemplateByName(c.var.data.d1(), actorOf(c), c.req.valid('param').name), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/docapi/template/{public_id}',
      operationId: 'datagerryGetDocTemplate',
      tags,
      summary: 'One document template',
      description: 'One template (right `base.docapi.template.view`).',
      security,
      middleware: can(DOCAPI_RIGHTS.view),
      request: { params: Id },
      responses: { 200: json(DocTemplate), ...errorResponses },
    }),
    async (c) => c.json(await readDocTemplate(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/docapi/template/{public_id}/render/{object_id}',
      operationId: 'datagerryRenderDocTemplate',
      tags,
      summary: 'A document template of one object, as a PDF',
      description:
        "The template with its placeholders filled from the object (`{{id}}`, `{{fields['name']}}`, a reference's `{{fields['uplink']['fields']['name']}}`, three references deep; `{% … %}` statements are left out) as a PDF download (`output.pdf`, as DATAGERRY): headings, paragraphs, lists and tables; styles and images are not drawn. Rights `base.framework.object.view` and `base.docapi.template.view`; the object under its type's ACL (hidden: 404 like missing); password values print as `********`, references the caller cannot read as nothing.",
      security,
      middleware: [dgAuth, requireRight('base.framework.object.view'), requireRight(DOCAPI_RIGHTS.view)],
      request: {
        params: Id.extend({
          object_id: z.coerce.number().int().positive().openapi({ description: "The object's public id.", example: 1 }),
        }),
      },
      responses: {
        200: {
          description: 'The PDF',
          content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { public_id, object_id } = c.req.valid('param');
      const pdf = await renderDocTemplate(c.var.data.d1(), actorOf(c), public_id, object_id);
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename=output.pdf',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/docapi/template',
      operationId: 'datagerryCreateDocTemplate',
      tags,
      summary: 'Create a document template (answers its id)',
      description:
        'Creates a template, its author the caller (right `base.docapi.template.add`; a read-only user creates none), and answers its public id, as DATAGERRY. A name in use is a 409.',
      security,
      middleware: can(DOCAPI_RIGHTS.add),
      request: { body: { content: { 'application/json': { schema: Input, example: EXAMPLE } }, required: true } },
      responses: {
        200: json(z.number().int().openapi({ description: 'The new public id.' }), 'Created'),
        409: json(DgError, 'A template of that name exists'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const template = await insertDocTemplate(c.var.data.d1(), actorOf(c), fields(c.req.valid('json')));
      c.header('Location', publicLink(c, `/rest/docapi/template/${template.public_id}`));
      return c.json(template.public_id, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/docapi/template',
      operationId: 'datagerryUpdateDocTemplate',
      tags,
      summary: 'Update a document template (public_id in the body)',
      description:
        "Replaces the template named by the body's `public_id` (right `base.docapi.template.edit`) and answers it, as DATAGERRY.",
      security,
      middleware: can(DOCAPI_RIGHTS.edit),
      request: {
        body: {
          content: {
            'application/json': {
              schema: Input.extend({ public_id: z.number().int().positive() }).openapi('DgDocTemplateUpdate'),
              example: { ...EXAMPLE, public_id: 1 },
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(DocTemplate, 'Updated'),
        409: json(DgError, 'A template of that name exists'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await updateDocTemplate(c.var.data.d1(), actorOf(c), body.public_id, fields(body)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/docapi/template/{public_id}',
      operationId: 'datagerryDeleteDocTemplate',
      tags,
      summary: 'Delete a document template',
      description: 'Deletes a template (right `base.docapi.template.delete`); answers `true`, as DATAGERRY.',
      security,
      middleware: can(DOCAPI_RIGHTS.delete),
      request: { params: Id },
      responses: { 200: json(z.boolean(), 'Deleted'), ...errorResponses },
    }),
    async (c) => {
      await deleteDocTemplate(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      return c.json(true, 200);
    },
  );
  return app;
}
