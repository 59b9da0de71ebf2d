import type { TableInfo } from '../records/types';

/**
 * A small application dictionary, iDempiere's AD_Table and AD_Element for the tables the demo has: what
 * `GET /api/v1/models` lists (id, uid, name, description) and the labels foreign keys render with
 * (`propertyLabel`). Ids and names are iDempiere's own; a table or column it does not know gets stable
 * derived values (an id from its name, words from its column name).
 */

interface TableEntry {
  id: number;
  name: string;
  description?: string;
}

const TABLES: Record<string, TableEntry> = {
  AD_Reference: { id: 102, name: 'Reference', description: 'System Reference and Validation' },
  AD_Ref_Table: { id: 103, name: 'Reference Table', description: 'Table Validation' },
  AD_Ref_List: { id: 104, name: 'Reference List', description: 'Reference List based on Table' },
  AD_Window: { id: 105, name: 'Window', description: 'Data entry or display window' },
  AD_Tab: { id: 106, name: 'Tab', description: 'Tab within a Window' },
  AD_Field: { id: 107, name: 'Field', description: 'Field on a database table' },
  AD_Message: { id: 109, name: 'Message', description: 'System Message' },
  AD_Menu: { id: 116, name: 'Menu', description: 'Identifies a Menu' },
  AD_User_Roles: { id: 157, name: 'User Roles', description: 'Roles a user holds' },
  AD_Window_Access: { id: 201, name: 'Window Access', description: 'Window Access' },
  AD_Tree: { id: 288, name: 'Tree', description: 'Identifies a Tree' },
  AD_TreeNodeMM: { id: 452, name: 'Tree Node (Menu)', description: 'Menu tree node' },
  AD_InfoWindow: { id: 895, name: 'Info Window', description: 'Info and search/select Window' },
  AD_InfoColumn: { id: 897, name: 'Info Column', description: 'Info Window Column' },
  AD_Chart: { id: 53284, name: 'Chart', description: 'Chart' },
  AD_Val_Rule: { id: 108, name: 'Dynamic Validation', description: 'Dynamic Validation Rule' },
  AD_Language: { id: 111, name: 'Language', description: 'Language for this entity' },
  AD_Client: { id: 112, name: 'Tenant', description: 'Tenant for this installation.' },
  AD_User: {
    id: 114,
    name: 'User/Contact',
    description: 'User within the system - Internal or Business Partner Contact',
  },
  C_Currency: { id: 141, name: 'Currency', description: 'The Currency for this record' },
  C_UOM: { id: 146, name: 'UOM', description: 'Unit of Measure' },
  AD_Org: { id: 155, name: 'Organization', description: 'Organizational entity within tenant' },
  AD_Role: { id: 156, name: 'Role', description: 'Responsibility Role' },
  C_Location: { id: 162, name: 'Address', description: 'Location or Address' },
  C_Region: { id: 164, name: 'Region', description: 'Identifies a geographical Region' },
  C_Country: { id: 170, name: 'Country', description: 'Country' },
  C_ValidCombination: { id: 176, name: 'Account Combination', description: 'Valid Account Combination' },
  C_ElementValue: { id: 188, name: 'Account Element', description: 'Account Element' },
  M_Warehouse: { id: 190, name: 'Warehouse', description: 'Storage Warehouse and Service Point' },
  M_Product: { id: 208, name: 'Product', description: 'Product, Service, Item' },
  M_Product_Category: { id: 209, name: 'Product Category', description: 'Category of a Product' },
  C_DocType: { id: 217, name: 'Document Type', description: 'Document type or rules' },
  M_ProductPrice: {
    id: 251,
    name: 'Product Price',
    description: 'Intersection between a Product and a Price List Version',
  },
  C_TaxCategory: { id: 252, name: 'Tax Category', description: 'Tax Category' },
  M_PriceList: { id: 255, name: 'Price List', description: 'Unique identifier of a Price List' },
  C_Order: { id: 259, name: 'Order', description: 'Order' },
  C_OrderLine: { id: 260, name: 'Order Line', description: 'Sales Order Line' },
  C_Tax: { id: 261, name: 'Tax', description: 'Tax identifier' },
  C_AcctSchema: { id: 265, name: 'Accounting Schema', description: 'Rules for accounting' },
  Fact_Acct: { id: 270, name: 'Accounting Fact', description: 'Accounting Fact' },
  C_BPartner: { id: 291, name: 'Business Partner', description: 'Identifies a Business Partner' },
  C_BPartner_Location: {
    id: 293,
    name: 'Partner Location',
    description: 'Identifies the (ship to) address for this Business Partner',
  },
  M_PriceList_Version: {
    id: 295,
    name: 'Price List Version',
    description: 'Identifies a unique instance of a Price List',
  },
  C_Bank: { id: 296, name: 'Bank', description: 'Bank' },
  C_BankAccount: { id: 297, name: 'Bank Account', description: 'Account at the Bank' },
  C_OrderTax: { id: 314, name: 'Order Tax', description: 'Order Tax' },
  C_Invoice: { id: 318, name: 'Invoice', description: 'Invoice Identifier' },
  C_InvoiceLine: { id: 333, name: 'Invoice Line', description: 'Invoice Detail Line' },
  AD_Form: { id: 376, name: 'Form', description: 'Special Form' },
  C_BP_Group: { id: 394, name: 'Business Partner Group', description: 'Business Partner Group' },
  C_Tax_Acct: { id: 399, name: 'C_Tax_Acct', description: 'Tax Accounting' },
  C_Cash: { id: 407, name: 'Cash Journal', description: 'Cash Journal' },
  C_CashBook: { id: 408, name: 'Cash Book', description: 'Cash Book for recording petty cash transactions' },
  AD_Role_OrgAccess: { id: 422, name: 'Org Access', description: 'Organization Access' },
  C_BankAccountDoc: { id: 455, name: 'Bank Account Document', description: 'Checks, Transfers, etc.' },
  AD_Image: { id: 461, name: 'Image', description: 'Image or Icon' },
  R_ContactInterest: { id: 528, name: 'Contact Interest', description: 'Contact Interest' },
  R_InterestArea: { id: 530, name: 'Interest Area', description: 'Interest Area or Topic' },
  AD_Table_Access: { id: 565, name: 'Table Access', description: 'Restrict Access to Tables' },
  C_Job: { id: 789, name: 'Position', description: 'Job Position' },
  AD_Label: { id: 200373, name: 'Label', description: 'Label' },
  AD_LabelAssignment: { id: 200375, name: 'Label Assignment', description: 'Label Assignment' },
};

/** AD_Element names of the demo's columns. */
const COLUMN_LABELS: Record<string, string> = {
  AD_Client_ID: 'Tenant',
  AD_Org_ID: 'Organization',
  AD_Role_ID: 'Role',
  AD_User_ID: 'User/Contact',
  AD_Form_ID: 'Special Form',
  AD_Val_Rule_ID: 'Dynamic Validation',
  AD_Language: 'Language',
  M_Warehouse_ID: 'Warehouse',
  M_Product_ID: 'Product',
  C_BPartner_ID: 'Business Partner',
  C_BP_Group_ID: 'Business Partner Group',
  C_Order_ID: 'Order',
  C_OrderLine_ID: 'Sales Order Line',
  AD_Window_ID: 'Window',
  AD_Tab_ID: 'Tab',
  AD_Field_ID: 'Field',
  AD_Reference_ID: 'Reference',
  AD_Reference_Value_ID: 'Reference Key',
  AD_Ref_List_ID: 'Reference List',
  AD_InfoWindow_ID: 'Info Window',
  AD_InfoColumn_ID: 'Info Column',
  AD_Process_ID: 'Process',
  AD_Menu_ID: 'Menu',
  AD_Tree_ID: 'Tree',
  AD_Message_ID: 'Message',
  AD_StatusLine_ID: 'Status Line',
  AD_Chart_ID: 'Chart',
  REST_View_ID: 'REST View',
  REST_ReferenceView_ID: 'Reference View',
  REST_RelatedRestView_ID: 'Related View',
  RelatedInfo_ID: 'Related Info Window',
  ParentRelatedColumn_ID: 'Parent Related Column',
  RelatedColumn_ID: 'Related Column',
  PO_Window_ID: 'PO Window',
  Node_ID: 'Node',
  Parent_ID: 'Parent',
  SeqNo: 'Sequence',
  TabLevel: 'Tab Level',
  WindowType: 'Window Type',
  ValidationType: 'Validation type',
  EntityType: 'Entity Type',
  SQLStatement: 'Sql SELECT',
  MsgText: 'Message Text',
  IsSOTrx: 'Sales Transaction',
  Value: 'Search Key',
  DocumentNo: 'Document No',
  DocStatus: 'Document Status',
  DateOrdered: 'Date Ordered',
  GrandTotal: 'Grand Total',
  IsActive: 'Active',
  IsApproved: 'Approved',
  IsDefault: 'Default',
  IsCustomer: 'Customer',
  IsVendor: 'Vendor',
  Line: 'Line No',
  QtyEntered: 'Quantity',
  QtyOrdered: 'Ordered Quantity',
  PriceEntered: 'Price',
  SO_CreditLimit: 'Credit Limit',
  CreatedBy: 'Created By',
  UpdatedBy: 'Updated By',
  SalesRep_ID: 'Sales Representative',
  Bill_BPartner_ID: 'Invoice Partner',
  Bill_Location_ID: 'Invoice Location',
  C_BPartner_Location_ID: 'Partner Location',
  C_Location_ID: 'Address',
  C_Country_ID: 'Country',
  To_Country_ID: 'To',
  C_Region_ID: 'Region',
  C_Currency_ID: 'Currency',
  C_UOM_ID: 'UOM',
  C_DocType_ID: 'Document Type',
  C_DocTypeTarget_ID: 'Target Document Type',
  C_Tax_ID: 'Tax',
  Parent_Tax_ID: 'Parent Tax',
  C_TaxCategory_ID: 'Tax Category',
  M_PriceList_ID: 'Price List',
  M_PriceList_Version_ID: 'Price List Version',
  M_Product_Category_ID: 'Product Category',
  C_Invoice_ID: 'Invoice',
  C_AcctSchema_ID: 'Accounting Schema',
  Account_ID: 'Account',
  C_Bank_ID: 'Bank',
  C_BankAccount_ID: 'Bank Account',
  C_CashBook_ID: 'Cash Book',
  C_Job_ID: 'Position',
  AD_Image_ID: 'Image',
  AD_Label_ID: 'Label',
  AD_Table_ID: 'Table',
  Record_ID: 'Record ID',
  R_InterestArea_ID: 'Interest Area',
  LineNetAmt: 'Line Amount',
  PriceActual: 'Unit Price',
  PriceList: 'List Price',
  TotalLines: 'Total Lines',
  Description: 'Description',
};

/** The label of a column: its AD_Element name, else its name in words (`Parent_Tax_ID` → `Parent Tax`). */
export function columnLabel(column: string): string {
  const known = COLUMN_LABELS[column] ?? derivedLabels.get(column);
  if (known) return known;
  const label = deriveLabel(column);
  // Once per isolate and column name (a page renders each foreign key's label on every row).
  if (derivedLabels.size < 5000) derivedLabels.set(column, label);
  return label;
}

const derivedLabels = new Map<string, string>();

function deriveLabel(column: string): string {
  const words = column
    .replace(/_ID$/i, '')
    .replace(/^(Is)(?=[A-Z])/, '')
    .split('_')
    .flatMap((part) => part.split(/(?<=[a-z])(?=[A-Z])/))
    .filter(Boolean);
  return words.length ? words.join(' ') : column;
}

/** Model ids of tables the dictionary does not know: from the name (FNV-1a), above iDempiere's own range. */
function derivedId(name: string): number {
  let hash = 0x811c9dc5;
  for (const ch of name.toLowerCase()) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 1_000_000 + (hash % 9_000_000);
}

/** `AD_Table_UU`: the table id in the UUID format (stable, unique per id). */
const TABLE_UU_PREFIX = 'c3a9f1e0-52d4-4b8a-8e17-';
export const tableUuid = (id: number) => `${TABLE_UU_PREFIX}${id.toString(16).padStart(12, '0')}`;

export interface ModelInfo {
  id: number;
  uid: string;
  'model-name': string;
  name: string;
  description?: string;
}

/** The models of a set of tables (a derived id that collides moves to the next free one, by name order). */
export function modelsOf(tables: TableInfo[]): ModelInfo[] {
  const used = new Set<number>();
  const sorted = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  for (const t of sorted) if (TABLES[t.name]) used.add(TABLES[t.name].id);
  return sorted.map((t) => {
    const entry = TABLES[t.name];
    let id = entry?.id ?? derivedId(t.name);
    if (!entry) {
      while (used.has(id)) id += 1;
      used.add(id);
    }
    return {
      id,
      uid: tableUuid(id),
      'model-name': t.name.toLowerCase(),
      name: entry?.name ?? t.name,
      ...(entry?.description ? { description: entry.description } : {}),
    };
  });
}

/** A column's id (iDempiere's AD_Column_ID; AD_Column is not a table here): stable, from the table and column. */
export function columnId(table: string, column: string): number {
  return derivedId(`${table}.${column}`);
}

/** AD_Table_ID of a table (workflow nodes name the table of their record). */
export function tableId(name: string): number {
  return TABLES[name]?.id ?? derivedId(name);
}
