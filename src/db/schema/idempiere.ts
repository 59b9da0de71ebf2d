import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cDocType, cTax, mPriceList } from './idempiere-accounting';
import { cCurrency, cLocation, cTaxCategory, cUom, mProductCategory } from './idempiere-reference';
import { erpTable, flag } from './standard';
import { AD_USER_UU_PREFIX, boolean, nowIso, randomUuid, timestamp } from './types';

/**
 * iDempiere face (migration 0003; AUTOINCREMENT since 0007; rebuilt with iDempiere's standard columns by
 * 0040): the login context tables (clients, roles = core groups, organizations, warehouses), per-role table
 * access, validation rules, forms, GardenWorld-style business tables with iDempiere's column names (so the
 * generic models API exposes them), the AD_User view and workflow bookkeeping (wf_*, internal). Every table
 * but the wf_* ones is an `erpTable` (standard.ts): key, standard columns, its own, `<Table>_UU`. Reference
 * and financial tables are in idempiere-reference.ts and idempiere-accounting.ts, documents in
 * idempiere-documents.ts. Demo rows come from the face's demo loader. Flags are declared `boolean` and dates
 * `timestamp`, as the registry types them.
 */

const uu = (name: string) => text(name).notNull().default(randomUuid);

export const adClient = erpTable(
  'AD_Client',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    adLanguage: text('AD_Language').notNull().default('en_US'),
  },
  (t) => [uniqueIndex('ad_client_value').on(t.value)],
  { client: false },
);

export const adRole = erpTable(
  'AD_Role',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    /** The core group that holds this role (membership = the role is granted); System roles (client 0): base.*. */
    groupName: text('Group_Name').notNull(),
    /** Every table of the pool is readable and writable (iDempiere's "access all" roles). */
    isAccessAllTables: flag('IsAccessAllTables'),
    /** Every organisation of the client, and logging in to organisation 0 (`*`); else AD_Role_OrgAccess. */
    isAccessAllOrgs: flag('IsAccessAllOrgs'),
  },
  (t) => [uniqueIndex('ad_role_name').on(t.adClientId, t.name)],
);

export const adOrg = erpTable(
  'AD_Org',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    isSummary: flag('IsSummary'),
  },
  (t) => [uniqueIndex('ad_org_value').on(t.adClientId, t.value)],
  { org: false },
);

export const mWarehouse = erpTable(
  'M_Warehouse',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    cLocationId: integer('C_Location_ID').references(() => cLocation.id),
  },
  (t) => [uniqueIndex('m_warehouse_value').on(t.adClientId, t.value)],
);

export const adTableAccess = erpTable(
  'AD_Table_Access',
  {
    adRoleId: integer('AD_Role_ID')
      .notNull()
      .references(() => adRole.id, { onDelete: 'cascade' }),
    tableName: text('TableName').notNull(),
    isReadOnly: flag('IsReadOnly', true),
  },
  // Table names are matched case-insensitively, as iDempiere clients write them in any case.
  (t) => [uniqueIndex('ad_table_access_role_table').on(t.adRoleId, sql`lower(${t.tableName})`)],
);

export const adValRule = erpTable('AD_Val_Rule', {
  name: text('Name').notNull(),
  description: text('Description'),
  /** A WHERE fragment in the OData $filter grammar with @Var@ placeholders (filled from $context, bound). */
  code: text('Code').notNull(),
  entityType: text('EntityType').notNull().default('U'),
});

export const adForm = erpTable('AD_Form', {
  name: text('Name').notNull(),
  description: text('Description'),
  help: text('Help'),
  classname: text('Classname'),
  entityType: text('EntityType').notNull().default('U'),
});

export const cBpGroup = erpTable(
  'C_BP_Group',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    isDefault: flag('IsDefault'),
  },
  (t) => [uniqueIndex('c_bp_group_value').on(t.adClientId, t.value)],
);

export const cBpartner = erpTable(
  'C_BPartner',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    name2: text('Name2'),
    description: text('Description'),
    isSummary: flag('IsSummary'),
    /** The standard group when omitted (iDempiere's default business partner group). */
    cBpGroupId: integer('C_BP_Group_ID')
      .notNull()
      .default(103)
      .references(() => cBpGroup.id),
    isCustomer: flag('IsCustomer', true),
    isVendor: flag('IsVendor'),
    isEmployee: flag('IsEmployee'),
    isSalesRep: flag('IsSalesRep'),
    /** A user (AD_User is a view over the user store: the registry links it, src/core/records/policy.ts). */
    salesRepId: integer('SalesRep_ID'),
    taxId: text('TaxID'),
    soCreditLimit: real('SO_CreditLimit').notNull().default(0),
    totalOpenBalance: real('TotalOpenBalance').notNull().default(0),
    mPriceListId: integer('M_PriceList_ID').references(() => mPriceList.id),
  },
  (t) => [
    index('c_bpartner_active_name').on(t.isActive, t.name),
    index('c_bpartner_name').on(t.name),
    index('c_bpartner_group').on(t.cBpGroupId),
    uniqueIndex('c_bpartner_value').on(t.adClientId, t.value),
  ],
);

export const cBpartnerLocation = erpTable(
  'C_BPartner_Location',
  {
    cBpartnerId: integer('C_BPartner_ID')
      .notNull()
      .references(() => cBpartner.id, { onDelete: 'cascade' }),
    cLocationId: integer('C_Location_ID')
      .notNull()
      .references(() => cLocation.id),
    name: text('Name').notNull(),
    isBillTo: flag('IsBillTo', true),
    isShipTo: flag('IsShipTo', true),
    isPayFrom: flag('IsPayFrom', true),
    isRemitTo: flag('IsRemitTo', true),
    phone: text('Phone'),
    fax: text('Fax'),
  },
  (t) => [index('c_bpartner_location_partner').on(t.cBpartnerId)],
);

export const mProduct = erpTable(
  'M_Product',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    upc: text('UPC'),
    sku: text('SKU'),
    /** I item, S service, R resource, E expense type, O online. */
    productType: text('ProductType').notNull().default('I'),
    mProductCategoryId: integer('M_Product_Category_ID').references(() => mProductCategory.id),
    cUomId: integer('C_UOM_ID').references(() => cUom.id),
    cTaxCategoryId: integer('C_TaxCategory_ID').references(() => cTaxCategory.id),
    isStocked: flag('IsStocked', true),
    isPurchased: flag('IsPurchased', true),
    isSold: flag('IsSold', true),
    isSummary: flag('IsSummary'),
    weight: real('Weight').notNull().default(0),
    volume: real('Volume').notNull().default(0),
  },
  (t) => [index('m_product_name').on(t.name), uniqueIndex('m_product_value').on(t.adClientId, t.value)],
);

export const cOrder = erpTable(
  'C_Order',
  {
    documentNo: text('DocumentNo').notNull(),
    description: text('Description'),
    poReference: text('POReference'),
    cDocTypeId: integer('C_DocType_ID').references(() => cDocType.id),
    cDocTypeTargetId: integer('C_DocTypeTarget_ID').references(() => cDocType.id),
    isSoTrx: flag('IsSOTrx', true),
    docStatus: text('DocStatus').notNull().default('DR'),
    docAction: text('DocAction').notNull().default('CO'),
    processed: flag('Processed'),
    isApproved: flag('IsApproved'),
    dateOrdered: timestamp('DateOrdered').notNull().default(nowIso),
    datePromised: timestamp('DatePromised'),
    dateAcct: timestamp('DateAcct'),
    cBpartnerId: integer('C_BPartner_ID')
      .notNull()
      .references(() => cBpartner.id),
    cBpartnerLocationId: integer('C_BPartner_Location_ID').references(() => cBpartnerLocation.id),
    billBpartnerId: integer('Bill_BPartner_ID').references(() => cBpartner.id),
    billLocationId: integer('Bill_Location_ID').references(() => cBpartnerLocation.id),
    /** Users (the AD_User view; linked by the registry). */
    adUserId: integer('AD_User_ID'),
    salesRepId: integer('SalesRep_ID'),
    mWarehouseId: integer('M_Warehouse_ID').references(() => mWarehouse.id),
    mPriceListId: integer('M_PriceList_ID').references(() => mPriceList.id),
    cCurrencyId: integer('C_Currency_ID').references(() => cCurrency.id),
    /** P on credit, B cash, S check, K credit card, T direct deposit, D direct debit. */
    paymentRule: text('PaymentRule').notNull().default('P'),
    deliveryRule: text('DeliveryRule').notNull().default('A'),
    deliveryViaRule: text('DeliveryViaRule').notNull().default('P'),
    invoiceRule: text('InvoiceRule').notNull().default('I'),
    freightCostRule: text('FreightCostRule').notNull().default('I'),
    priorityRule: text('PriorityRule').notNull().default('5'),
    isTaxIncluded: flag('IsTaxIncluded'),
    isDelivered: flag('IsDelivered'),
    isInvoiced: flag('IsInvoiced'),
    totalLines: real('TotalLines').notNull().default(0),
    grandTotal: real('GrandTotal').notNull().default(0),
  },
  (t) => [
    index('c_order_bpartner').on(t.cBpartnerId),
    index('c_order_salesrep').on(t.salesRepId),
    index('c_order_documentno').on(t.adClientId, t.documentNo),
  ],
);

export const cOrderLine = erpTable(
  'C_OrderLine',
  {
    cOrderId: integer('C_Order_ID')
      .notNull()
      .references(() => cOrder.id, { onDelete: 'cascade' }),
    line: integer('Line').notNull(),
    description: text('Description'),
    mProductId: integer('M_Product_ID').references(() => mProduct.id),
    cUomId: integer('C_UOM_ID').references(() => cUom.id),
    /** The quantity as entered; the same as QtyOrdered, as there is no unit conversion. */
    qtyEntered: real('QtyEntered').notNull().default(1),
    qtyOrdered: real('QtyOrdered').notNull().default(1),
    qtyDelivered: real('QtyDelivered').notNull().default(0),
    qtyInvoiced: real('QtyInvoiced').notNull().default(0),
    priceEntered: real('PriceEntered').notNull().default(0),
    priceActual: real('PriceActual').notNull().default(0),
    priceList: real('PriceList').notNull().default(0),
    lineNetAmt: real('LineNetAmt').notNull().default(0),
    cTaxId: integer('C_Tax_ID').references(() => cTax.id),
    processed: flag('Processed'),
  },
  (t) => [index('c_orderline_order').on(t.cOrderId, t.line)],
);

/**
 * AD_User: a read view over the one user store (no password material); writes go through the identity
 * core. The definition is the migration's text, so drizzle-kit sees exactly what the database holds.
 * `AD_User_UU` is derived from the user id (ids are never reused), in the UUID format; the standard columns
 * come from the user store's own (`created_by`, `updated_by` are kept by the identity core on every write,
 * through any face). SQLite reports a view column's source type, so the flags and dates are typed here
 * (the registry reads views' types from this declaration, src/core/records/policy.ts).
 */
export const adUser = sqliteView('AD_User', {
  adUserId: integer('AD_User_ID'),
  adClientId: integer('AD_Client_ID'),
  adOrgId: integer('AD_Org_ID'),
  isActive: boolean('IsActive'),
  created: timestamp('Created'),
  createdBy: integer('CreatedBy'),
  updated: timestamp('Updated'),
  updatedBy: integer('UpdatedBy'),
  name: text('Name'),
  description: text('Description'),
  eMail: text('EMail'),
  firstName: text('FirstName'),
  lastName: text('LastName'),
  adLanguage: text('AD_Language'),
  cBpartnerId: integer('C_BPartner_ID'),
  cJobId: integer('C_Job_ID'),
  adImageId: integer('AD_Image_ID'),
  adUserUu: text('AD_User_UU'),
}).as(
  sql.raw(`SELECT
  \`id\` AS \`AD_User_ID\`,
  \`ad_client_id\` AS \`AD_Client_ID\`,
  \`ad_org_id\` AS \`AD_Org_ID\`,
  \`enabled\` AS \`IsActive\`,
  \`registration_time\` AS \`Created\`,
  \`created_by\` AS \`CreatedBy\`,
  coalesce(\`updated_at\`, \`registration_time\`) AS \`Updated\`,
  \`updated_by\` AS \`UpdatedBy\`,
  \`login\` AS \`Name\`,
  \`description\` AS \`Description\`,
  \`email\` AS \`EMail\`,
  \`first_name\` AS \`FirstName\`,
  \`last_name\` AS \`LastName\`,
  \`language\` AS \`AD_Language\`,
  \`c_bpartner_id\` AS \`C_BPartner_ID\`,
  \`c_job_id\` AS \`C_Job_ID\`,
  \`ad_image_id\` AS \`AD_Image_ID\`,
  '${AD_USER_UU_PREFIX}' || printf('%012x', \`id\`) AS \`AD_User_UU\`
FROM \`users\``),
);

/** Workflow bookkeeping: one row per activity node (state mirrored from its WorkflowDO) and its history. */
export const wfActivity = sqliteTable(
  'wf_activity',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: uu('uid'),
    processId: text('process_id').notNull(),
    tableName: text('table_name').notNull(),
    recordId: integer('record_id').notNull(),
    nodeName: text('node_name').notNull(),
    nodeDescription: text('node_description'),
    nodeHelp: text('node_help'),
    priority: integer('priority').notNull().default(5),
    summary: text('summary'),
    columnName: text('column_name').notNull().default('IsApproved'),
    nodeType: text('node_type').notNull().default('approval'),
    userId: integer('user_id').notNull(),
    state: text('state').notNull().default('pending'),
    created: text('created').notNull().default(nowIso),
    processed: text('processed'),
  },
  (t) => [index('wf_activity_user_state').on(t.userId, t.state), uniqueIndex('wf_activity_uid').on(t.uid)],
);

export const wfHistory = sqliteTable(
  'wf_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => wfActivity.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    userId: integer('user_id').notNull(),
    message: text('message'),
    value: text('value'),
    at: text('at').notNull().default(nowIso),
  },
  (t) => [index('wf_history_activity').on(t.activityId)],
);
