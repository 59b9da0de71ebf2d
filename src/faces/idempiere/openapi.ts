import { z } from '@hono/zod-openapi';
import type { FaceTags } from '../../lib/openapi';

/** iDempiere's documentation: tags, the `$filter` grammar and request examples (seed 004 where it has them). */

export const TAGS = {
  auth: {
    name: 'iDempiere Auth',
    'x-displayName': 'Authentication',
    description: [
      "Two-step login as the original: `POST /auth/tokens` (or `/auth`) with `{userName, password}` answers the user's clients and a token good only for the `/auth` calls;",
      '`PUT` with that token and `{clientId, roleId, organizationId, warehouseId, language}` answers the API token and a refresh token.',
      '`/auth/roles`, `/auth/organizations` and `/auth/warehouses` list the choices in between. Send tokens as `Authorization: Bearer <token>`.',
    ].join(' '),
  },
  models: {
    name: 'iDempiere Models',
    'x-displayName': 'Models',
    description:
      "Every table the schema registry exposes, as iDempiere models (PO json records): query with `$filter`, `$select`, `$orderby`, `$top`, `$skip`, `$expand`, `$valrule`; insert, update, delete. The role's table access decides what is visible and writable.",
  },
  system: {
    name: 'iDempiere System',
    'x-displayName': 'Forms, caches and health',
    description: "Forms (`AD_Form`), the server's named caches, and its health for monitors.",
  },
  batch: {
    name: 'iDempiere Batch',
    'x-displayName': 'Batch',
    description:
      'Several model writes in one request: in one transaction (all or nothing, the default) or each on its own.',
  },
  uploads: {
    name: 'iDempiere Uploads',
    'x-displayName': 'Uploads',
    description:
      "Chunked uploads: initiate a session, `PUT` its numbered chunks (each with its SHA-256), watch its status (the chunks received: resumable), read the file, copy it into a record's attachments, cancel it. A session is its user's own and expires when abandoned.",
  },
  windows: {
    name: 'iDempiere Windows',
    'x-displayName': 'Windows',
    description:
      "The application dictionary's windows (AD_Window, AD_Tab, AD_Field) by slug: their tabs and fields, and records read and written through a window's tabs (the tab's where clause, read-only flags and child tabs; the role's window access, then the models' rights, table access and tenant).",
  },
  infos: {
    name: 'iDempiere Info Windows',
    'x-displayName': 'Info windows',
    description:
      "Info windows (AD_InfoWindow): search a table through the info window's columns, where clause and query parameters; its columns, processes and related info windows.",
  },
  references: {
    name: 'iDempiere References and Menus',
    'x-displayName': 'References and menus',
    description:
      "A reference's list values or table rows (AD_Reference), and the menu tree (AD_Menu in AD_Tree) as the role may use it.",
  },
  dashboards: {
    name: 'iDempiere Status Lines and Charts',
    'x-displayName': 'Status lines and charts',
    description:
      "Status lines (a message whose values are measures of the session's records) and charts (AD_Chart: data computed from the session's records, as JSON or a PNG image).",
  },
  views: {
    name: 'iDempiere Views',
    'x-displayName': 'Views',
    description:
      'REST views (REST_View): named projections of a table or a database view, their columns under their own names, read like models.',
  },
  processes: {
    name: 'iDempiere Processes',
    'x-displayName': 'Processes, files and print',
    description:
      "Processes and reports (AD_Process): list, describe and run them, in the request or in the background; their output files (`/files`); a document's print (`/models/{t}/{id}/print`, a PDF); the built-in tasks.",
  },
  servers: {
    name: 'iDempiere Servers',
    'x-displayName': 'Servers, schedulers and nodes',
    description:
      'Schedulers (AD_Scheduler) as server jobs of the one node of this deployment: state, runs, logs; the node and its logs (the log store).',
  },
  workflow: {
    name: 'iDempiere Workflow',
    'x-displayName': 'Workflow',
    description:
      'Pending workflow nodes and their transitions: approve, reject, forward, acknowledge, set the user choice. `PUT /models/C_Order/{id}` with `doc-action: PR` sends an order to approval.',
  },
} as const;

export const IDEMPIERE_TAGS: FaceTags = { face: 'iDempiere', tags: Object.values(TAGS) };

export const FILTER_DESCRIPTION = [
  "Filter in iDempiere's OData subset. Compare a column with a literal: `eq`, `neq` (or `ne`), `gt`, `ge`, `lt`, `le`; `in (…)`;",
  "combine with `and`, `or`, parentheses and `not (…)`; text functions `contains(col,'x')`, `startswith(col,'x')`, `endswith(col,'x')`;",
  "wrap a column in `tolower(…)` or `toupper(…)`. Literals: `'text'` (double a quote inside), numbers, `true`, `false`, `null`, dates (`2024-01-31`, `2024-01-31T12:00:00Z`).",
  "Columns are the model's; values are always bound, never spliced into SQL.",
  '',
  "Examples: `Name eq 'Joe Block'`, `IsActive eq true and SO_CreditLimit gt 1000`, `contains(tolower(Name),'block')`, `C_BP_Group_ID in (103,104)`.",
].join('\n');

/** The `$filter` query parameter every iDempiere list takes (bounded; described once), with its example. */
export function filterParam(example: string, description = FILTER_DESCRIPTION) {
  return z.string().max(4000).optional().openapi({ description, example });
}

/** The seed's "PO json record" (POST/PUT): column values, foreign keys as ids or `{identifier, tableName}`. */
export const EXAMPLES = {
  login: { userName: 'admin', password: 'admin' },
  oneStepLogin: {
    userName: 'admin',
    password: 'admin',
    parameters: { clientId: 11, roleId: 102, organizationId: 11, warehouseId: 103, language: 'en_US' },
  },
  loginParameters: { clientId: 11, roleId: 102, organizationId: 11, warehouseId: 103, language: 'en_US' },
  refresh: { refresh_token: 'eyJhbGciOiJIUzI1NiJ9…' },
  logout: { token: 'eyJhbGciOiJIUzI1NiJ9…' },
  createPartner: {
    Value: 'JaneD',
    Name: 'Jane Doe',
    IsVendor: false,
    SO_CreditLimit: 5000,
    C_BP_Group_ID: { identifier: 'Standard', tableName: 'C_BP_Group' },
  },
  createOrderWithLines: {
    DocumentNo: '80010',
    C_BPartner_ID: 114,
    C_OrderLine: [
      { Line: 10, M_Product_ID: 122, QtyOrdered: 2, PriceEntered: 10 },
      { Line: 20, M_Product_ID: 123, QtyOrdered: 1, PriceEntered: 25 },
    ],
  },
  updatePartner: { Name: 'Jane Doe Ltd', SO_CreditLimit: 7500 },
  changeOrderLines: {
    C_OrderLine: [
      { id: 2001, '(delete)': true },
      { M_Product_ID: 128, QtyEntered: 1 },
    ],
  },
  sendToApproval: { 'doc-action': 'PR' },
  batch: [
    {
      method: 'POST',
      path: 'v1/models/C_Order',
      body: { C_BPartner_ID: 118, C_OrderLine: [{ M_Product_ID: 128, QtyEntered: 1 }] },
    },
    { method: 'PUT', path: 'v1/models/C_BPartner/117', body: { description: 'Test batch update' } },
  ],
  approve: { message: 'This is an example message for approval' },
  reject: { message: 'This is an example message for rejection' },
  forward: { userTo: 100, message: 'This is an example message for fowarding' },
  acknowledge: { message: 'This is an example message for acknowledge' },
  setuserchoice: {
    value: 'Value to be set in the corresponding column',
    message: 'This is an example message for userschoice',
  },
  // "Deliver before noon.\n" (21 bytes), as an attachment and as a one-chunk upload.
  addAttachment: { name: 'delivery-note.txt', data: 'RGVsaXZlciBiZWZvcmUgbm9vbi4K' },
  initiateUpload: {
    fileName: 'delivery-note.txt',
    contentType: 'text/plain',
    fileSize: 21,
    chunkSize: 1048576,
    sha256: '15adc8b3de59878780c6e082c6054cb8a1619ebba8b3cee9f83ad1a6a75616eb',
    uploadLocation: 'ARCHIVE',
    expiresInSeconds: 3600,
  },
  copyUpload: { copyLocation: 'ATTACHMENT', tableName: 'C_Order', recordId: '1001' },
} as const;
