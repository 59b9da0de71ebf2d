import { createRoute, z } from '@hono/zod-openapi';
import {
  deleteSectionTemplate,
  insertSectionTemplate,
  listSectionTemplates,
  readSectionTemplate,
  SECTION_TEMPLATE_RIGHTS,
  SECTION_TEMPLATE_SORT,
  sectionTemplateUsage,
  updateSectionTemplate,
} from '../../core/cmdb/section-templates';
import type { TypeField } from '../../core/cmdb/types';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import {
  DgError,
  errorResponses,
  json,
  ListOf,
  listQueryWith,
  listResponse,
  now,
  paging,
  publicLink,
} from './envelope';
import { TypeField as TypeFieldModel } from './models';
import { TAGS } from './openapi';

/**
 * Section templates (`/section_templates/`), answered as DATAGERRY's backend answers them: an insert the
 * new id, the list its envelope, one template and its usage their plain bodies, an update `{result,
 * failed}` (202), a delete `true`. The web UI sends `fields` as JSON text and the flags as booleans or
 * text; both are taken. The logic is the core's (core/cmdb/section-templates.ts).
 */

const MODEL = 'Section_Template';
const SectionTemplate = z
  .object({
    public_id: z.number().int(),
    name: z.string(),
    label: z.string().nullable(),
    type: z.string().openapi({ description: 'Always `section`.' }),
    is_global: z.boolean(),
    predefined: z.boolean(),
    fields: z.array(TypeFieldModel),
  })
  .openapi('DgSectionTemplate');

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
  .transform((v) => v === true || v === 'true' || v === 'True');
const Field = z
  .object({ type: z.string().max(32), name: z.string().min(1).max(64), label: z.string().max(200).optional() })
  .passthrough();
const Input = z
  .object({
    name: z.string().trim().min(1).max(120),
    label: z.string().max(200).nullish(),
    is_global: flag.optional(),
    predefined: flag.optional(),
    fields: z.union([z.string().max(200_000), z.array(Field).max(200)]),
  })
  .passthrough()
  .openapi('DgSectionTemplateInput');
const EXAMPLE = {
  name: 'network',
  label: 'Network',
  is_global: false,
  predefined: false,
  fields: '[{"type":"text","name":"ip","label":"IP address"}]',
};

/** `fields` as the UI sends it (JSON text) or as a list: a list of field definitions, else 400. */
function fieldsOf(raw: string | z.infer<typeof Field>[]): TypeField[] {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new AppError('BAD_REQUEST', 'fields: not JSON');
    }
  }
  const parsed = z.array(Field).max(200).safeParse(value);
  if (!parsed.success) throw new AppError('BAD_REQUEST', 'fields: a list of field definitions {type, name, label}');
  return parsed.data as TypeField[];
}
const inputOf = (body: z.infer<typeof Input>) => ({
  name: body.name,
  label: body.label,
  is_global: body.is_global,
  predefined: body.predefined,
  fields: fieldsOf(body.fields),
});

const Id = z.object({
  public_id: z.coerce.number().int().positive().openapi({ description: "The template's public id.", example: 1 }),
});
const tags = [TAGS.sectionTemplates.name];
const security = SECURITY.datagerry;
const can = (right: string) => [dgAuth, requireRight(right)];

export function sectionTemplateRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/section_templates',
      operationId: 'datagerryListSectionTemplates',
      tags,
      summary: 'Section templates',
      description:
        'A page of section templates (right `base.framework.sectionTemplate.view`); `filter` on `public_id`, `name`, `label`, `type`, `is_global`, `predefined`.',
      security,
      middleware: can(SECTION_TEMPLATE_RIGHTS.view),
      request: { query: listQueryWith({ sort: 'public_id', filter: '{}', projection: '{"public_id":1,"name":1}' }) },
      responses: { 200: json(ListOf(SectionTemplate).openapi('DgSectionTemplateList')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging(q, SECTION_TEMPLATE_SORT, 'public_id', Object.keys(SectionTemplate.shape));
      const page = await listSectionTemplates(c.var.data.d1(), actorOf(c), {
        limit: p.limit,
        offset: p.offset,
        sort: p.sort,
        descending: p.descending,
        filter: p.filter,
      });
      return c.json(listResponse(c, MODEL, p, p.project(page.templates), page.total, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/section_templates/{public_id}',
      operationId: 'datagerryGetSectionTemplate',
      tags,
      summary: 'One section template',
      description: 'One section template (right `base.framework.sectionTemplate.view`), its plain body.',
      security,
      middleware: can(SECTION_TEMPLATE_RIGHTS.view),
      request: { params: Id },
      responses: { 200: json(SectionTemplate), ...errorResponses },
    }),
    async (c) => c.json(await readSectionTemplate(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/section_templates/{public_id}/count',
      operationId: 'datagerryCountSectionTemplateUse',
      tags,
      summary: 'Types and objects using a global template',
      description:
        'For a global template, the readable types having a section of its name and their objects (0 and 0 otherwise).',
      security,
      middleware: can(SECTION_TEMPLATE_RIGHTS.view),
      request: { params: Id },
      responses: {
        200: json(z.object({ types: z.number().int(), objects: z.number().int() }).openapi('DgSectionTemplateUsage')),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await sectionTemplateUsage(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/section_templates',
      operationId: 'datagerryCreateSectionTemplate',
      tags,
      summary: 'Create a section template (answers its id)',
      description:
        'Creates a section template (right `base.framework.sectionTemplate.add`; a read-only user creates none) and answers its public id, as DATAGERRY. A name in use is a 409.',
      security,
      middleware: can(SECTION_TEMPLATE_RIGHTS.add),
      request: { body: { content: { 'application/json': { schema: Input, example: EXAMPLE } }, required: true } },
      responses: {
        200: json(z.number().int().openapi({ description: 'The new public id.' }), 'Created'),
        409: json(DgError, 'A template of that name exists'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const template = await insertSectionTemplate(c.var.data.d1(), actorOf(c), inputOf(c.req.valid('json')));
      c.header('Location', publicLink(c, `/rest/section_templates/${template.public_id}`));
      return c.json(template.public_id, 200);
    },
  );

  for (const method of ['put', 'patch'] as const)
    app.openapi(
      createRoute({
        method,
        path: '/section_templates',
        operationId: method === 'put' ? 'datagerryUpdateSectionTemplate' : 'datagerryPatchSectionTemplate',
        tags,
        summary: `Update a section template (public_id in the body)${method === 'patch' ? ' (PATCH: same as PUT)' : ''}`,
        description:
          "Replaces the template named by the body's `public_id` (right `base.framework.sectionTemplate.edit`). Answers 202 `{result, failed: null}`, as DATAGERRY. Types keep their own copy of the fields.",
        security,
        middleware: can(SECTION_TEMPLATE_RIGHTS.edit),
        request: {
          body: {
            content: {
              'application/json': {
                schema: Input.extend({ public_id: z.coerce.number().int().positive() }).openapi(
                  'DgSectionTemplateUpdate',
                ),
                example: { ...EXAMPLE, public_id: 1 },
              },
            },
            required: true,
          },
        },
        responses: {
          202: json(
            z
              .object({
                result: SectionTemplate,
                failed: z.null(),
                response_type: z.literal('UPDATE'),
                model: z.string(),
                time: z.string(),
              })
              .openapi('DgSectionTemplateUpdated'),
            'Updated',
          ),
          409: json(DgError, 'A template of that name exists'),
          ...errorResponses,
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const result = await updateSectionTemplate(c.var.data.d1(), actorOf(c), body.public_id, inputOf(body));
        return c.json({ result, failed: null, response_type: 'UPDATE' as const, model: MODEL, time: now() }, 202);
      },
    );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/section_templates/{public_id}',
      operationId: 'datagerryDeleteSectionTemplate',
      tags,
      summary: 'Delete a section template',
      description:
        'Deletes a section template (right `base.framework.sectionTemplate.delete`); a predefined one stays (409). Answers `true`, as DATAGERRY.',
      security,
      middleware: can(SECTION_TEMPLATE_RIGHTS.delete),
      request: { params: Id },
      responses: {
        200: json(z.boolean(), 'Deleted'),
        409: json(DgError, 'A predefined template'),
        ...errorResponses,
      },
    }),
    async (c) => {
      await deleteSectionTemplate(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      return c.json(true, 200);
    },
  );
  return app;
}
