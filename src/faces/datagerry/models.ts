import { z } from '@hono/zod-openapi';

/**
 * Response schemas of DATAGERRY's CMDB (types, objects, categories), as src/core/cmdb answers them.
 * Documentation only: request bodies are validated by the input schemas of types.routes.ts,
 * objects.routes.ts and categories.routes.ts.
 */

const Acl = z
  .object({
    activated: z.boolean().openapi({ description: 'Whether the ACL applies (otherwise rights alone decide).' }),
    groups: z.object({
      includes: z.record(z.string(), z.array(z.string())).openapi({
        description:
          'Group id → the permissions its members hold on objects of the type: CREATE, READ, UPDATE, DELETE.',
        example: { '2': ['READ'] },
      }),
    }),
  })
  .openapi('DgTypeAcl');

export const TypeField = z
  .looseObject({
    type: z
      .string()
      .openapi({ description: 'Field type: text, password, textarea, number, checkbox, radio, select, date, ref.' }),
    name: z.string(),
    label: z.string().optional(),
    required: z.boolean().optional(),
    options: z
      .array(z.object({ name: z.string(), label: z.string().optional() }))
      .optional()
      .openapi({ description: 'Choices of a radio or select field.' }),
    ref_types: z.array(z.number().int()).optional().openapi({ description: 'Types a `ref` field may point to.' }),
  })
  .openapi('DgTypeField');

const Section = z
  .object({ type: z.string(), name: z.string(), label: z.string().optional(), fields: z.array(z.string()) })
  .openapi('DgTypeSection');
const External = z
  .object({
    name: z.string(),
    href: z.string().openapi({
      description:
        "Link template, filled with the values of `fields` in order: `{}` takes the next one, `{0}` a given one, `{<field name>}` that field's; `{{`/`}}` are literal braces. Rendered, a link whose fields are not all set is left out.",
    }),
    label: z.string().optional(),
    icon: z.string().optional(),
    fields: z.array(z.string()),
  })
  .openapi('DgTypeExternal');

export const TypeModel = z
  .object({
    public_id: z.number().int(),
    name: z.string(),
    label: z.string().nullable(),
    description: z.string().nullable(),
    active: z.boolean(),
    author_id: z.number().int().nullable(),
    creation_time: z.string(),
    version: z.string(),
    render_meta: z.object({
      icon: z.string().optional(),
      sections: z.array(Section).optional(),
      externals: z.array(External).optional(),
      summary: z
        .object({ fields: z.array(z.string()) })
        .optional()
        .openapi({ description: 'Fields shown in the summary line.' }),
    }),
    fields: z.array(TypeField),
    acl: Acl,
  })
  .openapi('DgType');

const FieldValue = z
  .object({
    name: z.string(),
    value: z.unknown().openapi({ description: 'Any JSON value; a password field is answered as `********`.' }),
  })
  .openapi('DgObjectField');

const MongoDate = z
  .object({ $date: z.number().openapi({ description: 'Milliseconds since 1970.' }) })
  .nullable()
  .openapi('DgDate', { description: 'A time as MongoDB extended JSON; null when there is none.' });

export const ObjectModel = z
  .object({
    public_id: z.number().int(),
    type_id: z.number().int(),
    status: z.boolean().nullable().openapi({ description: 'A boolean, as DATAGERRY has it (null: not set).' }),
    version: z.string().openapi({ description: 'Semantic version, bumped by how much an update changed.' }),
    creation_time: z.string(),
    author_id: z.number().int().nullable(),
    last_edit_time: z.string().nullable(),
    editor_id: z.number().int().nullable(),
    active: z.boolean(),
    fields: z.array(FieldValue),
    views: z.number().int(),
  })
  .openapi('DgObject', { description: 'An object in its native form.' });

/** `GET /objects/{id}/native`: the times in MongoDB's extended JSON, as the seed's example shows. */
// A new object, not `ObjectModel.extend`: the document would render that as allOf [DgObject, …], which
// also requires DgObject's string times.
export const NativeObject = z
  .object({ ...ObjectModel.shape, creation_time: MongoDate, last_edit_time: MongoDate })
  .openapi('DgNativeObject', { description: 'One object in its native form; times as `{"$date": <milliseconds>}`.' });

/** `projection` keeps some keys of a native object. */
export const ObjectProjection = ObjectModel.partial().openapi('DgObjectProjection', {
  description: 'A native object with only the keys `projection` asked for.',
});

const RenderedField = z
  .looseObject({
    type: z.string(),
    name: z.string(),
    label: z.string(),
    value: z.unknown(),
    reference: z
      .object({
        type_id: z.number().int(),
        object_id: z.number().int().openapi({ description: '0: no reference, or one the caller cannot read.' }),
        type_label: z.string(),
        icon: z.string(),
        prefix: z.boolean(),
        line: z.string(),
        summaries: z.array(z.object({ value: z.string(), type: z.string() })),
      })
      .optional()
      .openapi({ description: "A ref field: what its target shows (its type's summary values)." }),
  })
  .openapi('DgRenderedField', {
    description:
      "The field's definition as its type holds it (`options`, `ref_types`, `required`…; a preset `value` as `default`) with the object's value.",
  });

export const RenderedObject = z
  .object({
    current_render_time: MongoDate,
    object_information: z.object({
      object_id: z.number().int(),
      creation_time: MongoDate,
      last_edit_time: MongoDate,
      author_id: z.number().int().nullable(),
      author_name: z.string().nullable(),
      editor_id: z.number().int().nullable(),
      editor_name: z.string().nullable(),
      active: z.boolean(),
      version: z.string(),
    }),
    type_information: z.object({
      type_id: z.number().int(),
      type_name: z.string().nullable(),
      type_label: z.string().nullable(),
      creation_time: MongoDate,
      author_id: z.number().int().nullable(),
      author_name: z.string().nullable(),
      icon: z.string(),
      active: z.boolean(),
      version: z.string().nullable(),
      acl: Acl,
    }),
    fields: z.array(RenderedField).openapi({ description: 'Every field of the type, with its label and value.' }),
    sections: z.array(Section),
    summaries: z.array(RenderedField),
    summary_line: z.string().openapi({ description: "The summary fields' values joined with ` | `." }),
    externals: z.array(External).openapi({ description: "The type's external links with the field values filled in." }),
  })
  .openapi('DgRenderedObject', {
    description: 'An object rendered with its type: labels, sections, summary, externals.',
  });

const categoryShape = {
  public_id: z.number().int(),
  name: z.string(),
  label: z.string().nullable(),
  meta: z.object({
    icon: z.string().optional(),
    order: z.number().int().nullable().optional().openapi({ description: 'Position among its siblings.' }),
  }),
  parent: z.number().int().nullable().openapi({ description: 'Parent category (null: a root).' }),
  types: z.array(z.number().int()).openapi({ description: 'Types in the category.' }),
};
export const CategoryModel = z.object(categoryShape).openapi('DgCategory');

/**
 * `view=tree`: DATAGERRY's tree nodes, as its web UI reads them: the category, its order, its child nodes
 * and its types in full (those the caller sees).
 */
export const CategoryNode: z.ZodType<CategoryNodeType> = z
  .object({
    category: CategoryModel,
    node_order: z.number().int().nullable().openapi({ description: "The category's `meta.order`." }),
    get children() {
      return z.array(CategoryNode).openapi({ description: 'Child nodes, by `meta.order`.' });
    },
    types: z.array(TypeModel).openapi({ description: "The category's types, in full." }),
  })
  .openapi('DgCategoryNode', { description: 'A node of the category tree (`view=tree`).' });
/** `children` typed loosely: hono's JSON typing of a recursive answer stops at a plain JSON value. */
type CategoryNodeType = {
  category: z.infer<typeof CategoryModel>;
  node_order: number | null;
  children: unknown;
  types: z.infer<typeof TypeModel>[];
};

/** A categories list entry: a category (`view=list`) or a tree node (`view=tree`). */
export const CategoryListItem = z.union([CategoryModel, CategoryNode]);
