import { index, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { adForm, adRole } from './idempiere';
import { erpTable, flag } from './standard';

/**
 * iDempiere's application dictionary as data (migration 0045): references and their lists, windows with
 * their tabs and fields, info windows with their columns, processes and related info windows, and which role
 * may open which window or info window. System rows live in client 0 (shipped by the migration, generated
 * from the schema registry where iDempiere's own dictionary would say the same); a tenant may add its own.
 *
 * Where iDempiere stores SQL (a tab's or an info window's WHERE clause, a reference's table validation), the
 * columns here hold the `$filter` grammar with `@Variable@` context placeholders (as `AD_Val_Rule.Code` does),
 * and columns of tables are named (`ColumnName`, `KeyColumn`): Atrium never runs SQL from data, and AD_Table and
 * AD_Column are its dictionary module, not tables (`AD_Table_ID` holds that module's table id).
 */

/** A reference: a data type (`D`), a list (`L`, AD_Ref_List) or a table validation (`T`, AD_Ref_Table). */
export const adReference = erpTable(
  'AD_Reference',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    validationType: text('ValidationType').notNull().default('D'),
    vFormat: text('VFormat'),
    isOrderByValue: flag('IsOrderByValue'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [index('ad_reference_name').on(t.name)],
);

export const adRefList = erpTable(
  'AD_Ref_List',
  {
    adReferenceId: integer('AD_Reference_ID')
      .notNull()
      .references(() => adReference.id, { onDelete: 'cascade' }),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [uniqueIndex('ad_ref_list_value').on(t.adReferenceId, t.value)],
);

/** A table validation: the rows of a table (key and display column), filtered and sorted. */
export const adRefTable = erpTable(
  'AD_Ref_Table',
  {
    adReferenceId: integer('AD_Reference_ID')
      .notNull()
      .references(() => adReference.id, { onDelete: 'cascade' }),
    adTableId: integer('AD_Table_ID').notNull(),
    /** iDempiere's AD_Key and AD_Display (column ids there): the columns, by name. */
    keyColumn: text('KeyColumn').notNull(),
    displayColumn: text('DisplayColumn').notNull(),
    whereClause: text('WhereClause'),
    orderByClause: text('OrderByClause'),
    isValueDisplayed: flag('IsValueDisplayed'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [uniqueIndex('ad_ref_table_reference').on(t.adReferenceId)],
);

export const adWindow = erpTable('AD_Window', {
  name: text('Name').notNull(),
  description: text('Description'),
  help: text('Help'),
  /** M maintain, T transaction, Q query only (reference 108). */
  windowType: text('WindowType').notNull().default('M'),
  isSoTrx: flag('IsSOTrx', true),
  entityType: text('EntityType').notNull().default('D'),
});

export const adTab = erpTable(
  'AD_Tab',
  {
    adWindowId: integer('AD_Window_ID')
      .notNull()
      .references(() => adWindow.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    adTableId: integer('AD_Table_ID').notNull(),
    seqNo: integer('SeqNo').notNull().default(10),
    tabLevel: integer('TabLevel').notNull().default(0),
    isReadOnly: flag('IsReadOnly'),
    isInsertRecord: flag('IsInsertRecord', true),
    isDeleteable: flag('IsDeleteable', true),
    isSingleRow: flag('IsSingleRow'),
    /** The column linking a child tab's rows to the parent tab's record; empty: the foreign key to its table. */
    linkColumn: text('LinkColumn'),
    whereClause: text('WhereClause'),
    orderByClause: text('OrderByClause'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [index('ad_tab_window').on(t.adWindowId, t.seqNo)],
);

export const adField = erpTable(
  'AD_Field',
  {
    adTabId: integer('AD_Tab_ID')
      .notNull()
      .references(() => adTab.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    /** iDempiere's AD_Column_ID: the tab table's column, by name. */
    columnName: text('ColumnName').notNull(),
    seqNo: integer('SeqNo').notNull().default(0),
    isDisplayed: flag('IsDisplayed', true),
    isReadOnly: flag('IsReadOnly'),
    isMandatory: flag('IsMandatory'),
    adReferenceId: integer('AD_Reference_ID').references(() => adReference.id),
    adReferenceValueId: integer('AD_Reference_Value_ID').references(() => adReference.id),
    displayLogic: text('DisplayLogic'),
    mandatoryLogic: text('MandatoryLogic'),
    defaultValue: text('DefaultValue'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [uniqueIndex('ad_field_column').on(t.adTabId, t.columnName)],
);

/** The windows a role may open (IsReadWrite: and change records through); rows take the role's client. */
export const adWindowAccess = erpTable(
  'AD_Window_Access',
  {
    adRoleId: integer('AD_Role_ID')
      .notNull()
      .references(() => adRole.id, { onDelete: 'cascade' }),
    adWindowId: integer('AD_Window_ID')
      .notNull()
      .references(() => adWindow.id, { onDelete: 'cascade' }),
    isReadWrite: flag('IsReadWrite', true),
  },
  (t) => [uniqueIndex('ad_window_access_role').on(t.adRoleId, t.adWindowId)],
);

export const adInfoWindow = erpTable('AD_InfoWindow', {
  name: text('Name').notNull(),
  description: text('Description'),
  help: text('Help'),
  adTableId: integer('AD_Table_ID').notNull(),
  /** The table and its alias, as iDempiere shows it; the query reads AD_Table_ID's table. */
  fromClause: text('FromClause'),
  whereClause: text('WhereClause'),
  orderByClause: text('OrderByClause'),
  isDistinct: flag('IsDistinct'),
  isDefault: flag('IsDefault'),
  isShowInDashboard: flag('IsShowInDashboard'),
  isValid: flag('IsValid', true),
  pagingSize: integer('PagingSize'),
  maxQueryRecords: integer('MaxQueryRecords'),
  seqNo: integer('SeqNo').notNull().default(10),
  imageUrl: text('ImageURL'),
  adWindowId: integer('AD_Window_ID').references(() => adWindow.id),
  poWindowId: integer('PO_Window_ID').references(() => adWindow.id),
  entityType: text('EntityType').notNull().default('D'),
});

export const adInfoColumn = erpTable(
  'AD_InfoColumn',
  {
    adInfoWindowId: integer('AD_InfoWindow_ID')
      .notNull()
      .references(() => adInfoWindow.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    columnName: text('ColumnName').notNull(),
    /** The info table's column this shows (iDempiere: an SQL expression). */
    selectClause: text('SelectClause').notNull(),
    seqNo: integer('SeqNo').notNull().default(0),
    seqNoSelection: integer('SeqNoSelection'),
    adReferenceId: integer('AD_Reference_ID').references(() => adReference.id),
    adReferenceValueId: integer('AD_Reference_Value_ID').references(() => adReference.id),
    adValRuleId: integer('AD_Val_Rule_ID'),
    isKey: flag('IsKey'),
    isDisplayed: flag('IsDisplayed', true),
    isQueryCriteria: flag('IsQueryCriteria'),
    /** How a query parameter compares: `=`, `!=`, `Like`, `>`, `>=`, `<`, `<=` (reference 200034). */
    queryOperator: text('QueryOperator'),
    queryFunction: text('QueryFunction'),
    isMandatory: flag('IsMandatory'),
    isRange: flag('IsRange'),
    isReadOnly: flag('IsReadOnly', true),
    isIdentifier: flag('IsIdentifier'),
    defaultValue: text('DefaultValue'),
    placeholder: text('Placeholder'),
    displayLogic: text('DisplayLogic'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [uniqueIndex('ad_infocolumn_column').on(t.adInfoWindowId, t.columnName)],
);

/** A process an info window offers on its selected rows (AD_Process is the processes' table, when present). */
export const adInfoProcess = erpTable(
  'AD_InfoProcess',
  {
    adInfoWindowId: integer('AD_InfoWindow_ID')
      .notNull()
      .references(() => adInfoWindow.id, { onDelete: 'cascade' }),
    adProcessId: integer('AD_Process_ID').notNull(),
    adInfoColumnId: integer('AD_InfoColumn_ID').references(() => adInfoColumn.id),
    seqNo: integer('SeqNo').notNull().default(10),
    layoutType: text('LayoutType').notNull().default('B'),
    displayLogic: text('DisplayLogic'),
    imageUrl: text('ImageURL'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [index('ad_infoprocess_window').on(t.adInfoWindowId)],
);

/** An info window related to another: rows of `RelatedInfo_ID` whose column matches the parent row's. */
export const adInfoRelated = erpTable(
  'AD_InfoRelated',
  {
    adInfoWindowId: integer('AD_InfoWindow_ID')
      .notNull()
      .references(() => adInfoWindow.id, { onDelete: 'cascade' }),
    relatedInfoId: integer('RelatedInfo_ID')
      .notNull()
      .references(() => adInfoWindow.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    seqNo: integer('SeqNo').notNull().default(10),
    parentRelatedColumnId: integer('ParentRelatedColumn_ID').references(() => adInfoColumn.id),
    relatedColumnId: integer('RelatedColumn_ID').references(() => adInfoColumn.id),
    displayLogic: text('DisplayLogic'),
    entityType: text('EntityType').notNull().default('D'),
  },
  (t) => [index('ad_inforelated_window').on(t.adInfoWindowId)],
);

export const adInfoWindowAccess = erpTable(
  'AD_InfoWindow_Access',
  {
    adRoleId: integer('AD_Role_ID')
      .notNull()
      .references(() => adRole.id, { onDelete: 'cascade' }),
    adInfoWindowId: integer('AD_InfoWindow_ID')
      .notNull()
      .references(() => adInfoWindow.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('ad_infowindow_access_role').on(t.adRoleId, t.adInfoWindowId)],
);

/** A menu entry: a summary (folder) or an action on a window, info window, form, process, workflow or task. */
export const adMenu = erpTable('AD_Menu', {
  name: text('Name').notNull(),
  description: text('Description'),
  /** W window, I info, X form, P process, R report, F workflow, T task (reference 104); none for a summary. */
  action: text('Action'),
  isSummary: flag('IsSummary'),
  isSoTrx: flag('IsSOTrx'),
  isReadOnly: flag('IsReadOnly'),
  adWindowId: integer('AD_Window_ID').references(() => adWindow.id, { onDelete: 'cascade' }),
  adInfoWindowId: integer('AD_InfoWindow_ID').references(() => adInfoWindow.id, { onDelete: 'cascade' }),
  adFormId: integer('AD_Form_ID').references(() => adForm.id, { onDelete: 'cascade' }),
  adProcessId: integer('AD_Process_ID'),
  adWorkflowId: integer('AD_Workflow_ID'),
  adTaskId: integer('AD_Task_ID'),
  predefinedContextVariables: text('PredefinedContextVariables'),
  entityType: text('EntityType').notNull().default('D'),
});

export const adTree = erpTable('AD_Tree', {
  name: text('Name').notNull(),
  description: text('Description'),
  /** MM menu (the one tree type served). */
  treeType: text('TreeType').notNull().default('MM'),
  isAllNodes: flag('IsAllNodes', true),
  isDefault: flag('IsDefault'),
});

/** A node of a menu tree: the menu entry, its parent entry (0: the root) and its place among siblings. */
export const adTreeNodeMm = erpTable(
  'AD_TreeNodeMM',
  {
    adTreeId: integer('AD_Tree_ID')
      .notNull()
      .references(() => adTree.id, { onDelete: 'cascade' }),
    nodeId: integer('Node_ID')
      .notNull()
      .references(() => adMenu.id, { onDelete: 'cascade' }),
    parentId: integer('Parent_ID').notNull().default(0),
    seqNo: integer('SeqNo').notNull().default(0),
  },
  (t) => [uniqueIndex('ad_treenodemm_node').on(t.adTreeId, t.nodeId), index('ad_treenodemm_parent').on(t.parentId)],
);
