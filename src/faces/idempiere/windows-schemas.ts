import { z } from '@hono/zod-openapi';
import { COMMON_OPTIONS, Record as PoRecordSchema } from './models-schemas';
import { FILTER_DESCRIPTION, filterParam } from './openapi';

/**
 * The zod schemas of /api/v1/windows (the reference's Window, WindowTab, TabField and record pages). Records
 * are PO json records of the tab's displayed fields.
 */

/** A foreign key or list value as the original renders it. */
const Reference = z
  .looseObject({
    propertyLabel: z.string().optional(),
    id: z.union([z.number(), z.string()]).optional(),
    identifier: z.string().optional(),
    'model-name': z.string().optional(),
  })
  .openapi('IdReferenceValue', {
    description: 'A foreign key or list value: `{propertyLabel, id, identifier, model-name}`.',
  });

const definition = {
  id: z.number().int().optional().openapi({ description: 'Record identifier (always present).', example: 158 }),
  uid: z.string().optional().openapi({ description: 'Unique identifier (UUID).' }),
  Name: z.string().optional().openapi({ description: 'The name (always present).', example: 'Bank/Cash' }),
  Description: z.string().optional(),
  Help: z.string().optional(),
  EntityType: z.string().optional().openapi({ description: 'The entity type (`D`: dictionary).' }),
  'model-name': z.string().optional().openapi({ description: 'The table, in lower case (always present).' }),
  slug: z
    .string()
    .optional()
    .openapi({ description: 'The slugified name, as the routes address it.', example: 'bank-cash' }),
};

export const WindowTab = z
  .looseObject({
    ...definition,
    SeqNo: z.number().int().optional(),
    TabLevel: z.number().int().optional().openapi({ description: 'Hierarchical tab level (from 0).' }),
  })
  .openapi('IdWindowTab', { description: 'A window tab.' });

export const Window = z
  .looseObject({
    ...definition,
    WindowType: Reference.optional(),
    tabs: z.array(WindowTab).optional(),
  })
  .openapi('IdWindow', { description: 'A window (AD_Window); with its tabs on `/tabs`.' });

export const TabField = z
  .looseObject({
    ...definition,
    AD_Reference_ID: Reference.optional(),
    AD_Column_ID: Reference.optional(),
    MandatoryLogic: z.string().optional(),
  })
  .openapi('IdTabField', {
    description: "A field of a tab (AD_Field): `AD_Column_ID` names the tab's column (`identifier` its name).",
  });

const figures = {
  'page-count': z.number().int().openapi({ description: 'Pages.', example: 1 }),
  'page-size': z.number().int().openapi({ description: 'Records per page.', example: 100 }),
  'page-number': z.number().int().openapi({ description: 'This page (from 0).', example: 0 }),
  'row-count': z.number().int().openapi({ description: 'Records in total.', example: 2 }),
};

export const WindowRecords = z
  .object({ ...figures, 'window-records': z.array(PoRecordSchema) })
  .openapi('IdWindowRecords', { description: "A page of the window's records (its first tab's)." });
export const ChildTabRecords = z
  .object({ ...figures, 'childtab-records': z.array(PoRecordSchema) })
  .openapi('IdChildTabRecords', { description: "A page of a child tab's records of one parent record." });

export const windowSlug = z
  .string()
  .regex(/^[a-z0-9_-]{1,120}$/)
  .openapi({ description: 'The slugified window name.', example: 'bank-cash' });
export const tabSlug = z
  .string()
  .regex(/^[a-z0-9_-]{1,120}$/)
  .openapi({ description: 'The slugified tab name.', example: 'bank-account-document' });
export const recordId = z
  .string()
  .regex(/^\d{1,15}$/)
  .openapi({ description: 'The record id.', example: '100' });

export const SAVE = z
  .object({
    $save: z.enum(['true', 'false']).optional().openapi({
      description:
        'false: a dry run. Every check is made and the record is answered as it would be written, with its defaults; nothing is written (200).',
      example: 'true',
    }),
    locale: COMMON_OPTIONS.locale,
  })
  .strict();

export const RecordsQuery = z
  .object({
    $filter: filterParam("Name eq 'Our Bank'", `${FILTER_DESCRIPTION}\n\nANDed with the tab's own where clause.`),
    $sort_column: z
      .string()
      .regex(/^!?[A-Za-z_][A-Za-z0-9_]{0,63}$/)
      .optional()
      .openapi({ description: 'The column to sort by; `!` before it sorts descending.', example: '!Name' }),
    $page_no: z.coerce
      .number()
      .int()
      .min(0)
      .max(100000)
      .optional()
      .openapi({ description: 'The page (from 0).', example: 0 }),
    locale: COMMON_OPTIONS.locale,
  })
  .strict();

export const WindowBody = z.record(z.string(), z.unknown()).openapi('IdWindowRecordInput', {
  description:
    "Column values by column name (case-insensitive), as on /models; an array named by a child tab's slug (`order-line`) writes that tab's records with it. `doc-action`: `CO` completes a document in the same write. Read-only fields are ignored on updates.",
});

export const SALES_ORDER_EXAMPLE = {
  isSOTrx: true,
  C_DocTypeTarget_ID: { identifier: 'Standard Order' },
  C_BPartner_ID: { identifier: 'C&W Construction' },
  deliveryViaRule: 'P',
  'order-line': [{ M_Product_ID: { identifier: 'Azalea Bush' }, qtyEntered: 1 }],
  'doc-action': 'CO',
};
export const CHECK_BOOK_EXAMPLE = {
  AD_Org_ID: { identifier: 'HQ' },
  name: 'My Check Book 2',
  isActive: true,
  paymentRule: { id: 'S' },
  currentNext: 1000,
  Check_PrintFormat_ID: { id: 124 },
};

export const ParamsWindow = z.object({ windowSlug });
export const ParamsTab = ParamsWindow.extend({ tabSlug });
export const ParamsRecord = ParamsWindow.extend({ id: recordId });
export const ParamsTabRecord = ParamsTab.extend({ id: recordId });
export const ParamsChild = ParamsTab.extend({
  tabSlug: tabSlug.openapi({ example: 'account' }),
  id: recordId,
  childTabSlug: tabSlug.openapi({ description: 'The slugified child tab name.', example: 'bank-account-document' }),
});
