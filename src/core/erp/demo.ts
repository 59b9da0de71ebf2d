import type { Orm } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { SYSTEM_ACTOR } from '../identity/actor';
import { createGroup, findGroupByName } from '../identity/groups';
import { findUserByLogin, findUserWithGroups, updateUser } from '../identity/users';
import { loadErpModelDemo } from './demo-model';

/**
 * GardenWorld demo data (local dev and tests only): client 11 with roles GardenWorld Admin (102, held by
 * `admin`, every organisation) and GardenWorld User (103, held by `demo`, table access listed below),
 * organization HQ (11), warehouse HQ (103), business partner groups, 30 partners, 24 products, 5 orders with lines, one
 * validation rule, one form, and order 1001 waiting for approval by admin.
 */

const PARTNERS = [
  'Joe Block',
  'Seed Farm Inc.',
  'Patio Fun Inc.',
  'Tree Farm Inc.',
  'C&W Construction',
  'Agri-Tech',
  'Garden Gallery',
  'Green Thumbs',
  'Hedge Masters',
  'Lawn Pros',
  'Mulch Depot',
  'Orchard Supply',
  'Petal Pushers',
  'Root Works',
  'Sod Brothers',
  'Sprinkler World',
  'Sunny Acres',
  'Topsoil Traders',
  'Urban Oasis',
  'Vine & Co',
  'Water Wise',
  'Weed Warriors',
  'Xeriscape Ltd',
  'Yard Kings',
  'Zen Gardens',
  'Blossom Bay',
  'Cactus Corner',
  'Daisy Chain',
  'Evergreen Estates',
  'Fern Hollow',
];
const PRODUCTS = [
  'Oak Tree',
  'Elm Tree',
  'Rose Bush',
  'Mulch 10#',
  'Fertilizer #50',
  'Patio Chair',
  'Patio Table',
  'Hoe',
  'Rake',
  'Seeder',
  // iDempiere's GardenWorld ids run on: the reference collection names 124, 128, 137 and deletes 144.
  'Azalea Bush',
  'Holly Bush',
  'Grass Seed Container',
  'Lawn Fertilizer',
  'Plant Food',
  'Weeder',
  'Garden Hose',
  'Sprinkler',
  'Watering Can',
  'Garden Gloves',
  'Pruning Shears',
  'Wheelbarrow',
  'Patio Set',
  'Planter Box',
];

async function ensureGroup(orm: Orm, name: string, rights: string[]): Promise<void> {
  if (await findGroupByName(orm, name)) return;
  try {
    await createGroup(orm, { name, label: name, rights }, SYSTEM_ACTOR);
  } catch (error) {
    if (!(await findGroupByName(orm, name))) throw error;
  }
}

async function grantGroup(orm: Orm, login: string, groupName: string): Promise<void> {
  const user = await findUserByLogin(orm, login);
  const group = await findGroupByName(orm, groupName);
  if (!user || !group) return;
  const current = await findUserWithGroups(orm, user.id);
  if (!current || current.groupIds.includes(group.id)) return;
  await updateUser(orm, user.id, { groupIds: [...current.groupIds, group.id] }, SYSTEM_ACTOR);
}

async function hasColumn(db: D1Database, table: string, column: string): Promise<boolean> {
  const row = await db.prepare('select 1 as one from pragma_table_info(?) where name = ?').bind(table, column).first();
  return row !== null;
}

export async function loadErpDemo(orm: Orm, env: Bindings): Promise<void> {
  await ensureGroup(orm, 'GardenWorld Admin', []);
  await ensureGroup(orm, 'GardenWorld User', ['base.framework.record.view', 'base.framework.workflow.view']);
  await grantGroup(orm, 'admin', 'GardenWorld Admin');
  await grantGroup(orm, 'demo', 'GardenWorld User');

  const db = env.DB;
  const marker = await db.prepare('select 1 as one from AD_Client where AD_Client_ID = 11').first();
  if (marker) return;
  const admin = await findUserByLogin(orm, 'admin');
  // The loader also runs on databases at earlier migrations (test/core/ops/ids-migration.test.ts): columns
  // added later are filled only where they exist.
  const allOrgs = (await hasColumn(db, 'AD_Role', 'IsAccessAllOrgs')) ? ', IsAccessAllOrgs' : '';
  const entered = await hasColumn(db, 'C_OrderLine', 'QtyEntered');
  const statements: D1PreparedStatement[] = [
    db.prepare(
      "insert or ignore into AD_Client (AD_Client_ID, Value, Name, AD_Language) values (11, 'GardenWorld', 'GardenWorld', 'en_US')",
    ),
    db.prepare(
      `insert or ignore into AD_Role (AD_Role_ID, AD_Client_ID, Name, Group_Name, IsAccessAllTables${allOrgs}) values (102, 11, 'GardenWorld Admin', 'GardenWorld Admin', 1${allOrgs && ', 1'}), (103, 11, 'GardenWorld User', 'GardenWorld User', 0${allOrgs && ', 0'})`,
    ),
    db.prepare(
      "insert or ignore into AD_Org (AD_Org_ID, AD_Client_ID, Value, Name) values (11, 11, 'HQ', 'HQ'), (12, 11, 'Store', 'Store Central')",
    ),
    db.prepare(
      "insert or ignore into M_Warehouse (M_Warehouse_ID, AD_Client_ID, AD_Org_ID, Value, Name) values (103, 11, 11, 'HQ', 'HQ Warehouse'), (104, 11, 12, 'Store', 'Store Warehouse')",
    ),
    db.prepare(
      `insert or ignore into AD_Table_Access (AD_Role_ID, TableName, IsReadOnly) values
        (103, 'C_BPartner', 0), (103, 'C_BP_Group', 1), (103, 'M_Product', 1), (103, 'C_Order', 1), (103, 'C_OrderLine', 1)`,
    ),
    db.prepare(
      "insert or ignore into AD_Val_Rule (AD_Val_Rule_ID, Name, Code) values (1, 'Active partners of a group', 'IsActive eq true and C_BP_Group_ID eq @C_BP_Group_ID@')",
    ),
    db.prepare(
      "insert or ignore into AD_Form (AD_Form_ID, Name, Description, Help, Classname, EntityType) values (101, 'Material Receipt', 'Receive goods for open orders', 'Select the order lines to receive.', 'org.compiere.apps.form.VMatch', 'D'), (102, 'Payment Allocation', 'Allocate payments to invoices', null, 'org.compiere.apps.form.VAllocation', 'D')",
    ),
    db.prepare(
      "insert or ignore into C_BP_Group (C_BP_Group_ID, AD_Client_ID, Value, Name, IsDefault) values (103, 11, 'Standard', 'Standard', 1), (104, 11, 'Gold', 'Gold Customers', 0), (105, 11, 'Vendors', 'Vendors', 0)",
    ),
  ];
  PARTNERS.forEach((name, i) => {
    statements.push(
      db
        .prepare(
          'insert or ignore into C_BPartner (C_BPartner_ID, AD_Client_ID, Value, Name, IsActive, IsVendor, SO_CreditLimit, C_BP_Group_ID) values (?, 11, ?, ?, ?, ?, ?, ?)',
        )
        .bind(
          114 + i,
          name.replace(/[^A-Za-z]/g, '').slice(0, 10),
          name,
          i % 7 === 6 ? 0 : 1,
          i % 5 === 4 ? 1 : 0,
          (i % 6) * 1000,
          i % 3 === 0 ? 104 : i % 5 === 4 ? 105 : 103,
        ),
    );
  });
  PRODUCTS.forEach((name, i) => {
    statements.push(
      db
        .prepare('insert or ignore into M_Product (M_Product_ID, AD_Client_ID, Value, Name) values (?, 11, ?, ?)')
        .bind(122 + i, name.replace(/[^A-Za-z0-9]/g, ''), name),
    );
  });
  for (let o = 0; o < 5; o++) {
    const id = 1001 + o;
    statements.push(
      db
        .prepare(
          'insert or ignore into C_Order (C_Order_ID, AD_Client_ID, DocumentNo, C_BPartner_ID, DocStatus, IsApproved, GrandTotal) values (?, 11, ?, ?, ?, ?, ?)',
        )
        .bind(id, String(80000 + o), 114 + o, o === 0 ? 'IP' : 'CO', o === 0 ? 0 : 1, 100 * (o + 1)),
      db
        .prepare(
          'insert or ignore into C_OrderLine (C_OrderLine_ID, AD_Client_ID, C_Order_ID, Line, M_Product_ID, QtyOrdered, PriceEntered) values (?, 11, ?, 10, ?, ?, 10), (?, 11, ?, 20, ?, 1, 25)',
        )
        .bind(2001 + o * 2, id, 122 + o, o + 1, 2002 + o * 2, id, 123 + o),
    );
  }
  if (entered)
    statements.push(
      db.prepare('update C_OrderLine set QtyEntered = QtyOrdered where C_OrderLine_ID between 2001 and 2010'),
    );
  if (admin)
    statements.push(
      db
        .prepare(
          `insert or ignore into wf_activity (id, process_id, table_name, record_id, node_name, node_description, node_help, priority, summary, column_name, node_type, user_id)
           values (1, 'C_Order-1001', 'C_Order', 1001, 'Approve', 'Approve the sales order', 'Approve or reject the order 80000.', 5, 'Order 80000 for Joe Block: 100.00', 'IsApproved', 'approval', ?)`,
        )
        .bind(admin.id),
    );
  await db.batch(statements);
  // The data model of migration 0040 (reference, accounting, documents), where the database has it.
  if (await hasColumn(db, 'C_Order', 'SalesRep_ID')) await loadErpModelDemo(db, admin?.id ?? 0);
}
