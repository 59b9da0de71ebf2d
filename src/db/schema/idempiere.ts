import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { AD_USER_UU_PREFIX, boolean, nowIso, randomUuid, timestamp } from './types';

/**
 * iDempiere face (migration 0003, ids AUTOINCREMENT since 0007): GardenWorld-style business tables (real
 * tables with iDempiere column names, so the generic models API exposes them), the login context tables
 * (clients, roles = core groups, organizations, warehouses), per-role table access, validation rules,
 * forms, the AD_User view and workflow bookkeeping (wf_*, internal). Demo rows come from the face's demo
 * loader. Flags are declared `boolean` and dates `timestamp`, as the registry types them. Every UUID column
 * has a unique index (migration 0010), as in iDempiere: records are found by UUID.
 */

const uu = (name: string) => text(name).notNull().default(randomUuid);
const isActive = () => boolean('IsActive').notNull().default(sql`1`);

export const adClient = sqliteTable(
  'AD_Client',
  {
    adClientId: integer('AD_Client_ID').primaryKey({ autoIncrement: true }),
    adClientUu: uu('AD_Client_UU'),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    adLanguage: text('AD_Language').notNull().default('en_US'),
    isActive: isActive(),
  },
  (t) => [uniqueIndex('ad_client_uu').on(t.adClientUu)],
);

export const adRole = sqliteTable(
  'AD_Role',
  {
    adRoleId: integer('AD_Role_ID').primaryKey({ autoIncrement: true }),
    adRoleUu: uu('AD_Role_UU'),
    adClientId: integer('AD_Client_ID')
      .notNull()
      .references(() => adClient.adClientId),
    name: text('Name').notNull(),
    /** The core group that holds this role (membership = the role is granted). */
    groupName: text('Group_Name').notNull(),
    /** Every table of the pool is readable and writable (iDempiere's "access all" roles). */
    isAccessAllTables: boolean('IsAccessAllTables').notNull().default(sql`0`),
    isActive: isActive(),
    /** The role may log in to organisation 0 (`*`, every organisation of its client); migration 0010. */
    isAccessAllOrgs: boolean('IsAccessAllOrgs').notNull().default(sql`0`),
  },
  (t) => [uniqueIndex('ad_role_uu').on(t.adRoleUu)],
);

export const adOrg = sqliteTable(
  'AD_Org',
  {
    adOrgId: integer('AD_Org_ID').primaryKey({ autoIncrement: true }),
    adOrgUu: uu('AD_Org_UU'),
    adClientId: integer('AD_Client_ID')
      .notNull()
      .references(() => adClient.adClientId),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    isActive: isActive(),
  },
  (t) => [uniqueIndex('ad_org_uu').on(t.adOrgUu)],
);

export const mWarehouse = sqliteTable(
  'M_Warehouse',
  {
    mWarehouseId: integer('M_Warehouse_ID').primaryKey({ autoIncrement: true }),
    mWarehouseUu: uu('M_Warehouse_UU'),
    adClientId: integer('AD_Client_ID')
      .notNull()
      .references(() => adClient.adClientId),
    adOrgId: integer('AD_Org_ID')
      .notNull()
      .references(() => adOrg.adOrgId),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    isActive: isActive(),
  },
  (t) => [uniqueIndex('m_warehouse_uu').on(t.mWarehouseUu)],
);

export const adTableAccess = sqliteTable(
  'AD_Table_Access',
  {
    adTableAccessId: integer('AD_Table_Access_ID').primaryKey({ autoIncrement: true }),
    adRoleId: integer('AD_Role_ID')
      .notNull()
      .references(() => adRole.adRoleId),
    tableName: text('TableName').notNull(),
    isReadOnly: boolean('IsReadOnly').notNull().default(sql`1`),
    isActive: isActive(),
  },
  // Table names are matched case-insensitively, as iDempiere clients write them in any case.
  (t) => [uniqueIndex('ad_table_access_role_table').on(t.adRoleId, sql`lower(${t.tableName})`)],
);

export const adValRule = sqliteTable(
  'AD_Val_Rule',
  {
    adValRuleId: integer('AD_Val_Rule_ID').primaryKey({ autoIncrement: true }),
    adValRuleUu: uu('AD_Val_Rule_UU'),
    name: text('Name').notNull(),
    /** A WHERE fragment in the OData $filter grammar with @Var@ placeholders (filled from $context, bound). */
    code: text('Code').notNull(),
    isActive: isActive(),
  },
  (t) => [uniqueIndex('ad_val_rule_uu').on(t.adValRuleUu)],
);

export const adForm = sqliteTable(
  'AD_Form',
  {
    adFormId: integer('AD_Form_ID').primaryKey({ autoIncrement: true }),
    adFormUu: uu('AD_Form_UU'),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    classname: text('Classname'),
    entityType: text('EntityType').notNull().default('U'),
    isActive: isActive(),
  },
  (t) => [uniqueIndex('ad_form_uu').on(t.adFormUu)],
);

export const cBpGroup = sqliteTable(
  'C_BP_Group',
  {
    cBpGroupId: integer('C_BP_Group_ID').primaryKey({ autoIncrement: true }),
    cBpGroupUu: uu('C_BP_Group_UU'),
    adClientId: integer('AD_Client_ID').notNull().default(11),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    isDefault: boolean('IsDefault').notNull().default(sql`0`),
    isActive: isActive(),
    created: timestamp('Created').notNull().default(nowIso),
    updated: timestamp('Updated'),
  },
  (t) => [uniqueIndex('c_bp_group_uu').on(t.cBpGroupUu)],
);

export const cBpartner = sqliteTable(
  'C_BPartner',
  {
    cBpartnerId: integer('C_BPartner_ID').primaryKey({ autoIncrement: true }),
    cBpartnerUu: uu('C_BPartner_UU'),
    adClientId: integer('AD_Client_ID').notNull().default(11),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    isActive: isActive(),
    isCustomer: boolean('IsCustomer').notNull().default(sql`1`),
    isVendor: boolean('IsVendor').notNull().default(sql`0`),
    soCreditLimit: real('SO_CreditLimit').notNull().default(0),
    /** The standard group when omitted (iDempiere's default business partner group). */
    cBpGroupId: integer('C_BP_Group_ID')
      .notNull()
      .default(103)
      .references(() => cBpGroup.cBpGroupId),
    created: timestamp('Created').notNull().default(nowIso),
    updated: timestamp('Updated'),
  },
  (t) => [
    index('c_bpartner_active_name').on(t.isActive, t.name),
    index('c_bpartner_name').on(t.name),
    index('c_bpartner_group').on(t.cBpGroupId),
    uniqueIndex('c_bpartner_uu').on(t.cBpartnerUu),
  ],
);

export const mProduct = sqliteTable(
  'M_Product',
  {
    mProductId: integer('M_Product_ID').primaryKey({ autoIncrement: true }),
    mProductUu: uu('M_Product_UU'),
    adClientId: integer('AD_Client_ID').notNull().default(11),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    productType: text('ProductType').notNull().default('I'),
    isActive: isActive(),
    created: timestamp('Created').notNull().default(nowIso),
    updated: timestamp('Updated'),
  },
  (t) => [index('m_product_name').on(t.name), uniqueIndex('m_product_uu').on(t.mProductUu)],
);

export const cOrder = sqliteTable(
  'C_Order',
  {
    cOrderId: integer('C_Order_ID').primaryKey({ autoIncrement: true }),
    cOrderUu: uu('C_Order_UU'),
    adClientId: integer('AD_Client_ID').notNull().default(11),
    documentNo: text('DocumentNo').notNull(),
    cBpartnerId: integer('C_BPartner_ID')
      .notNull()
      .references(() => cBpartner.cBpartnerId),
    dateOrdered: timestamp('DateOrdered').notNull().default(nowIso),
    docStatus: text('DocStatus').notNull().default('DR'),
    isApproved: boolean('IsApproved').notNull().default(sql`0`),
    grandTotal: real('GrandTotal').notNull().default(0),
    isActive: isActive(),
    created: timestamp('Created').notNull().default(nowIso),
    updated: timestamp('Updated'),
  },
  (t) => [index('c_order_bpartner').on(t.cBpartnerId), uniqueIndex('c_order_uu').on(t.cOrderUu)],
);

export const cOrderLine = sqliteTable(
  'C_OrderLine',
  {
    cOrderLineId: integer('C_OrderLine_ID').primaryKey({ autoIncrement: true }),
    cOrderLineUu: uu('C_OrderLine_UU'),
    adClientId: integer('AD_Client_ID').notNull().default(11),
    cOrderId: integer('C_Order_ID')
      .notNull()
      .references(() => cOrder.cOrderId, { onDelete: 'cascade' }),
    line: integer('Line').notNull(),
    mProductId: integer('M_Product_ID').references(() => mProduct.mProductId),
    qtyOrdered: real('QtyOrdered').notNull().default(1),
    priceEntered: real('PriceEntered').notNull().default(0),
    isActive: isActive(),
    created: timestamp('Created').notNull().default(nowIso),
    updated: timestamp('Updated'),
    /** The quantity as entered (migration 0010); the same as QtyOrdered, as there is no unit conversion. */
    qtyEntered: real('QtyEntered').notNull().default(1),
  },
  (t) => [index('c_orderline_order').on(t.cOrderId, t.line), uniqueIndex('c_orderline_uu').on(t.cOrderLineUu)],
);

/**
 * AD_User: a read view over the one user store (no password material); writes go through the identity
 * core. The definition is the migration's text, so drizzle-kit sees exactly what the database holds.
 * `AD_User_UU` is derived from the user id (ids are never reused), in the UUID format; SQLite reports a view
 * column's source type, so the flags and dates are typed here (the registry reads views' types from this
 * declaration, src/core/records/policy.ts).
 */
export const adUser = sqliteView('AD_User', {
  adUserId: integer('AD_User_ID'),
  adUserUu: text('AD_User_UU'),
  name: text('Name'),
  firstName: text('FirstName'),
  lastName: text('LastName'),
  eMail: text('EMail'),
  description: text('Description'),
  isActive: boolean('IsActive'),
  adLanguage: text('AD_Language'),
  created: timestamp('Created'),
  updated: timestamp('Updated'),
}).as(
  sql.raw(`SELECT
  \`id\` AS \`AD_User_ID\`,
  '${AD_USER_UU_PREFIX}' || printf('%012x', \`id\`) AS \`AD_User_UU\`,
  \`login\` AS \`Name\`,
  \`first_name\` AS \`FirstName\`,
  \`last_name\` AS \`LastName\`,
  \`email\` AS \`EMail\`,
  \`description\` AS \`Description\`,
  \`enabled\` AS \`IsActive\`,
  \`language\` AS \`AD_Language\`,
  \`registration_time\` AS \`Created\`,
  \`updated_at\` AS \`Updated\`
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
