import { z } from '@hono/zod-openapi';
import { filterParam } from './openapi';

/**
 * The zod schemas of /api/v1/models: records, pages, parameters and the query options. Query objects are
 * strict: an option the route does not know is a 400, never silently ignored (a misspelt `$filter` or a
 * `label` that would not filter must not answer every row).
 */

const PO_DESCRIPTION = [
  'A PO json record: `id`, `uid` and `model-name`, then one property per column (a null column is left out).',
  'Yes/No columns are booleans, timestamps ISO 8601 strings; a foreign key is an object',
  '`{propertyLabel, id, identifier, model-name}`. `$expand` adds child records as arrays named after the child table.',
].join(' ');
/** Records are genuinely dynamic (one property per column of the table): the fixed part, then anything. */
export const Record = z
  .looseObject({
    id: z
      .union([z.number().int(), z.string()])
      .optional()
      .openapi({ description: 'The record id (its key column); always present.' }),
    uid: z.string().optional().openapi({ description: "The record's UUID (`<Table>_UU`), when the table has one." }),
    'model-name': z.string().optional().openapi({ description: 'The table, in lower case; always present.' }),
  })
  .openapi('IdRecord', { description: PO_DESCRIPTION });
export const RecordInput = z.record(z.string(), z.unknown()).openapi('IdRecordInput', {
  description: [
    'Column values by column name, case-insensitive. Yes/No as true/false, timestamps as ISO 8601; a foreign key as its',
    'id, `{id}` or `{identifier, tableName}` (looked up by identifier). An array named after a child table writes child',
    'records with the record, in one transaction: POST inserts them; PUT inserts entries without `id`, updates entries',
    'with it and deletes entries with `"(delete)": true`. `id`, `uid`, `model-name` and `tableName` are ignored;',
    '`doc-action: PR` on `C_Order` sends the order to approval (PUT).',
  ].join(' '),
});
export const select = z.string().max(2000).optional().openapi({
  description: 'Comma-separated columns to return (`id` and `uid` always come).',
  example: 'Name,Value,IsVendor',
});
export const expand = z.string().max(2000).optional().openapi({
  description:
    'Related records to include, comma-separated: a child table (records pointing here, as an array) or a foreign-key column (the parent record). Options in parentheses, separated by `;`: `$select`, `$filter`, `$orderby`, `$top`, `$skip`, `$expand` (nested; the depth is limited). At most 10 items.',
  example: 'C_Order($select=DocumentNo,GrandTotal;$orderby=DocumentNo)',
});
/**
 * Options every model read accepts. `showsql` is accepted and answers no SQL: Atrium never shows its
 * statements (`showsql=nodata` still answers the data). `locale` is accepted: names and labels exist in
 * English only.
 */
export const COMMON_OPTIONS = {
  showsql: z.string().max(16).optional().openapi({
    description: "Accepted for compatibility; the SQL is never shown (the original's debugging aid).",
    example: 'y',
  }),
  locale: z.string().max(16).optional().openapi({
    description: 'The language of labels; Atrium has them in English only (`en_US`).',
    example: 'en_US',
  }),
};

export const SHOW_LABEL = z.string().max(500).optional().openapi({
  description:
    'Adds `assigned-labels` to each record that has labels: present and empty, the labels as records; one column (`Name`), their values; several (`Name,Description`), objects with those columns. Needs read access to AD_Label.',
  example: 'Name',
});

export const ListQuery = z
  .object({
    $select: select,
    $filter: filterParam("IsActive eq true and contains(Name,'Block')"),
    $orderby: z.string().max(500).optional().openapi({
      description: 'Sort: comma-separated columns, each optionally `asc` or `desc` (at most 10).',
      example: 'Name desc,Value',
    }),
    $top: z.coerce.number().int().min(0).optional().openapi({
      description:
        "Records per page; 0 or absent: the server's maximum (`REST_MAX_RECORDS_SIZE`, default 100), which also caps it.",
      example: 10,
    }),
    $skip: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: 'Records to skip (paging with `$top`).', example: 0 }),
    $expand: expand,
    $valrule: z.string().max(64).optional().openapi({
      description: 'A validation rule (`AD_Val_Rule` id or UUID) whose code is ANDed with `$filter`.',
      example: '1',
    }),
    $context: z.string().max(2000).optional().openapi({
      description:
        "Values for the validation rule's `@Name@` variables: comma-separated `Name:value` pairs (values as OData literals).",
      example: 'C_BP_Group_ID:104',
    }),
    ...COMMON_OPTIONS,
    label: z.string().max(2000).optional().openapi({
      description:
        "Only records carrying a label (AD_Label, assigned through AD_LabelAssignment) that matches this filter, in the `$filter` grammar over AD_Label's columns. Needs read access to AD_Label.",
      example: "Name eq '#Customer'",
    }),
    showlabel: SHOW_LABEL,
  })
  .strict();
export const TableParam = z.object({
  tableName: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
    .openapi({ description: 'The model: a table name, case-insensitive.', example: 'C_BPartner' }),
});
export const RecordParam = TableParam.extend({
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .openapi({ description: 'The record id, or its UUID.', example: '114' }),
});
export const Page = z
  .object({
    'page-count': z.number().int().openapi({ description: 'Pages needed for every record at this page size.' }),
    'records-size': z.number().int().openapi({ description: 'Records per page.' }),
    'skip-records': z.number().int().openapi({ description: 'Records skipped.' }),
    'row-count': z.number().int().openapi({ description: 'Records matching, in total.' }),
    'array-count': z.number().int().openapi({ description: 'Records in this answer.' }),
    records: z.array(Record),
  })
  .openapi('IdRecordPage');
export const Models = z
  .object({
    models: z.array(
      z.object({
        id: z
          .number()
          .int()
          .openapi({ description: "The table's id (iDempiere's AD_Table_ID for the tables it has)." }),
        uid: z.string().openapi({ description: "The table's UUID." }),
        'model-name': z.string().openapi({ description: 'The table name, in lower case.' }),
        name: z.string().openapi({ description: "The model's name (`Business Partner` for C_BPartner)." }),
        description: z.string().optional().openapi({ description: "The model's description, when it has one." }),
      }),
    ),
  })
  .openapi('IdModels');
