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
  AD_Val_Rule: { id: 108, name: 'Dynamic Validation', description: 'Dynamic Validation Rule' },
  AD_Client: { id: 112, name: 'Tenant', description: 'Tenant for this installation.' },
  AD_User: {
    id: 114,
    name: 'User/Contact',
    description: 'User within the system - Internal or Business Partner Contact',
  },
  AD_Org: { id: 155, name: 'Organization', description: 'Organizational entity within tenant' },
  AD_Role: { id: 156, name: 'Role', description: 'Responsibility Role' },
  M_Warehouse: { id: 190, name: 'Warehouse', description: 'Storage Warehouse and Service Point' },
  M_Product: { id: 208, name: 'Product', description: 'Product, Service, Item' },
  C_Order: { id: 259, name: 'Order', description: 'Order' },
  C_OrderLine: { id: 260, name: 'Order Line', description: 'Sales Order Line' },
  C_BPartner: { id: 291, name: 'Business Partner', description: 'Identifies a Business Partner' },
  AD_Form: { id: 376, name: 'Form', description: 'Special Form' },
  C_BP_Group: { id: 394, name: 'Business Partner Group', description: 'Business Partner Group' },
  AD_Table_Access: { id: 565, name: 'Table Access', description: 'Restrict Access to Tables' },
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
  EntityType: 'Entity Type',
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
};

/** The label of a column: its AD_Element name, else its name in words (`Parent_Tax_ID` → `Parent Tax`). */
export function columnLabel(column: string): string {
  const known = COLUMN_LABELS[column];
  if (known) return known;
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

/** AD_Table_ID of a table (workflow nodes name the table of their record). */
export function tableId(name: string): number {
  return TABLES[name]?.id ?? derivedId(name);
}
