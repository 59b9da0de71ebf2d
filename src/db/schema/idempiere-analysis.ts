import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { erpTable, flag } from './standard';
import { boolean, timestamp } from './types';

/**
 * What iDempiere computes from the records for its dashboards and clients (migration 0045): messages, status
 * lines (a message whose `{0}`… are measures of the session's records), charts with their data sources, and
 * REST views (the iDempiere REST plugin's REST_View: a named projection of a table or database view, its
 * columns under their own names, with related views). Measures and data sources are the `$filter` grammar and
 * `fn(Column)` aggregates over a table of the registry, never SQL (docs/faces/idempiere.md); the core runs
 * them within the session's client and organisations.
 *
 * Two database views ship with them, registered like tables (readable through /models and /views): RV_C_Order
 * (orders with their year and month) and AD_User_Roles (which user holds which role, as iDempiere's table of
 * that name; here derived from the core group memberships that grant roles).
 */

export const adMessage = erpTable(
  'AD_Message',
  {
    value: text('Value').notNull(),
    msgText: text('MsgText').notNull(),
    msgTip: text('MsgTip'),
    /** I information, E error, M menu. */
    msgType: text('MsgType').notNull().default('I'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [uniqueIndex('ad_message_value').on(t.adClientId, t.value)],
);

export const adStatusLine = erpTable('AD_StatusLine', {
  name: text('Name').notNull(),
  adMessageId: integer('AD_Message_ID')
    .notNull()
    .references(() => adMessage.id),
  /** The measures `{0}`, `{1}`… of the message: `count(C_Order) where IsSOTrx eq true; …` (never SQL). */
  sqlStatement: text('SQLStatement').notNull(),
  entityType: text('EntityType').notNull().default('D'),
});

export const adChart = erpTable('AD_Chart', {
  name: text('Name').notNull(),
  description: text('Description'),
  /** BC bar, BS stacked bar, LC line, AC area, PC pie, RC ring, WC waterfall (reference 53315). */
  chartType: text('ChartType').notNull().default('BC'),
  chartOrientation: text('ChartOrientation').notNull().default('V'),
  domainLabel: text('DomainLabel'),
  rangeLabel: text('RangeLabel'),
  isDisplayLegend: flag('IsDisplayLegend', true),
  isTimeSeries: flag('IsTimeSeries'),
  /** D day, W week, M month, Q quarter, Y year. */
  timeUnit: text('TimeUnit').notNull().default('M'),
  /** Periods back from now a time series covers (0: every period with data). */
  timeScope: integer('TimeScope').notNull().default(0),
  winHeight: integer('WinHeight'),
  entityType: text('EntityType').notNull().default('D'),
});

/** One series of a chart: an aggregate of a table's rows, by category (a column) or by period. */
export const adChartDatasource = erpTable(
  'AD_ChartDatasource',
  {
    adChartId: integer('AD_Chart_ID')
      .notNull()
      .references(() => adChart.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    adTableId: integer('AD_Table_ID').notNull(),
    fromClause: text('FromClause'),
    whereClause: text('WhereClause'),
    categoryColumn: text('CategoryColumn'),
    dateColumn: text('DateColumn'),
    /** `count(Column)`, `sum(Column)`, `avg`, `min`, `max`. */
    valueColumn: text('ValueColumn').notNull(),
    seriesColumn: text('SeriesColumn'),
    keyColumn: text('KeyColumn'),
    timeOffset: integer('TimeOffset').notNull().default(0),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [index('ad_chartdatasource_chart').on(t.adChartId)],
);

export const restView = erpTable(
  'REST_View',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    adTableId: integer('AD_Table_ID').notNull(),
    whereClause: text('WhereClause'),
    entityType: text('EntityType').notNull().default('U'),
  },
  (t) => [uniqueIndex('rest_view_name').on(t.adClientId, t.name)],
);

export const restViewColumn = erpTable(
  'REST_ViewColumn',
  {
    restViewId: integer('REST_View_ID')
      .notNull()
      .references(() => restView.id, { onDelete: 'cascade' }),
    /** The table's column (iDempiere: AD_Column_ID), shown as `Name`. */
    columnName: text('ColumnName').notNull(),
    name: text('Name').notNull(),
    seqNo: integer('SeqNo').notNull().default(0),
    restReferenceViewId: integer('REST_ReferenceView_ID').references(() => restView.id),
    entityType: text('EntityType').notNull().default('U'),
  },
  (t) => [uniqueIndex('rest_viewcolumn_name').on(t.restViewId, t.name)],
);

export const restViewRelated = erpTable(
  'REST_ViewRelated',
  {
    restViewId: integer('REST_View_ID')
      .notNull()
      .references(() => restView.id, { onDelete: 'cascade' }),
    restRelatedRestViewId: integer('REST_RelatedRestView_ID')
      .notNull()
      .references(() => restView.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    seqNo: integer('SeqNo').notNull().default(10),
    isRestAutoExpand: flag('IsRestAutoExpand'),
    entityType: text('EntityType').notNull().default('U'),
  },
  (t) => [index('rest_viewrelated_view').on(t.restViewId)],
);

/** Orders with the year and month they were ordered in (iDempiere's RV_ report views are database views). */
export const rvCOrder = sqliteView('RV_C_Order', {
  rvCOrderId: integer('RV_C_Order_ID'),
  adClientId: integer('AD_Client_ID'),
  adOrgId: integer('AD_Org_ID'),
  isActive: boolean('IsActive'),
  created: timestamp('Created'),
  createdBy: integer('CreatedBy'),
  updated: timestamp('Updated'),
  updatedBy: integer('UpdatedBy'),
  documentNo: text('DocumentNo'),
  isSoTrx: boolean('IsSOTrx'),
  docStatus: text('DocStatus'),
  dateOrdered: timestamp('DateOrdered'),
  orderYear: integer('OrderYear'),
  orderMonth: text('OrderMonth'),
  cBpartnerId: integer('C_BPartner_ID'),
  salesRepId: integer('SalesRep_ID'),
  totalLines: real('TotalLines'),
  grandTotal: real('GrandTotal'),
  rvCOrderUu: text('RV_C_Order_UU'),
}).as(
  sql.raw(`SELECT o.\`C_Order_ID\` AS \`RV_C_Order_ID\`, o.\`AD_Client_ID\` AS \`AD_Client_ID\`, o.\`AD_Org_ID\` AS \`AD_Org_ID\`,
  o.\`IsActive\` AS \`IsActive\`, o.\`Created\` AS \`Created\`, o.\`CreatedBy\` AS \`CreatedBy\`, o.\`Updated\` AS \`Updated\`,
  o.\`UpdatedBy\` AS \`UpdatedBy\`, o.\`DocumentNo\` AS \`DocumentNo\`, o.\`IsSOTrx\` AS \`IsSOTrx\`, o.\`DocStatus\` AS \`DocStatus\`,
  o.\`DateOrdered\` AS \`DateOrdered\`, CAST(strftime('%Y', o.\`DateOrdered\`) AS integer) AS \`OrderYear\`,
  strftime('%Y-%m', o.\`DateOrdered\`) AS \`OrderMonth\`, o.\`C_BPartner_ID\` AS \`C_BPartner_ID\`,
  o.\`SalesRep_ID\` AS \`SalesRep_ID\`, o.\`TotalLines\` AS \`TotalLines\`, o.\`GrandTotal\` AS \`GrandTotal\`,
  o.\`C_Order_UU\` AS \`RV_C_Order_UU\`
FROM \`C_Order\` o`),
);

/**
 * Who holds which role: members of the core group a role names (`Group_Name`), and members of the core admin
 * group (1) every role of a tenant. System roles (client 0) are for holders of `base.*`, decided at login; they
 * are listed here by their group like any other. The key is the user and the role in one number.
 */
export const adUserRoles = sqliteView('AD_User_Roles', {
  adUserRolesId: integer('AD_User_Roles_ID'),
  adClientId: integer('AD_Client_ID'),
  adOrgId: integer('AD_Org_ID'),
  isActive: boolean('IsActive'),
  created: timestamp('Created'),
  createdBy: integer('CreatedBy'),
  updated: timestamp('Updated'),
  updatedBy: integer('UpdatedBy'),
  adUserId: integer('AD_User_ID'),
  adRoleId: integer('AD_Role_ID'),
}).as(
  sql.raw(`SELECT u.\`id\` * 10000000 + r.\`AD_Role_ID\` AS \`AD_User_Roles_ID\`, r.\`AD_Client_ID\` AS \`AD_Client_ID\`,
  0 AS \`AD_Org_ID\`, CASE WHEN u.\`enabled\` = 1 AND r.\`IsActive\` = 1 THEN 1 ELSE 0 END AS \`IsActive\`,
  r.\`Created\` AS \`Created\`, r.\`CreatedBy\` AS \`CreatedBy\`, r.\`Updated\` AS \`Updated\`, r.\`UpdatedBy\` AS \`UpdatedBy\`,
  u.\`id\` AS \`AD_User_ID\`, r.\`AD_Role_ID\` AS \`AD_Role_ID\`
FROM \`users\` u JOIN \`AD_Role\` r ON (
  EXISTS (SELECT 1 FROM \`user_groups\` ug JOIN \`groups\` g ON g.\`id\` = ug.\`group_id\`
    WHERE ug.\`user_id\` = u.\`id\` AND lower(g.\`name\`) = lower(r.\`Group_Name\`))
  OR (r.\`AD_Client_ID\` <> 0 AND EXISTS (SELECT 1 FROM \`user_groups\` ug WHERE ug.\`user_id\` = u.\`id\` AND ug.\`group_id\` = 1)))`),
);
