/**
 * GardenWorld's rows in the data model of migration 0040 (local dev and tests only), loaded after the base
 * demo (demo.ts) in the same bootstrap: locations for the partners, organisations and the bank; document
 * types, price lists with a version and every product's price, product categories, tax categories and taxes
 * (with their accounts), the accounting schema's accounts, invoices for the orders with their lines and
 * facts, order taxes, a bank with accounts and check books, a cash book and journal, jobs, labels, interest
 * areas, the organisation access of the GardenWorld User role, and workflow nodes for admin. Ids are iDempiere's GardenWorld ids where
 * the reference collection names them (C_Tax 106 and 107, C_TaxCategory 107, C_DocType 132, C_Invoice 104,
 * C_BPartner_Location 117, C_Location 125, C_Bank 100, C_Cash 101), so it runs with few changes. System rows
 * (client 0: languages, currencies, countries, regions, units) come with the migration itself.
 */

const CLIENT = 11;
/** GardenWorld's taxes are dated as in iDempiere's seed (the reference filters on this instant). */
const SEEDED = '2003-01-08T15:06:11.000Z';
/** iDempiere's AD_Table_ID of C_Invoice and AD_User (dictionary.ts): facts and labels name records by table. */
const INVOICE_TABLE = 318;
const USER_TABLE = 114;
const BPARTNER_TABLE = 291;

type Row = (string | number | null)[];

/** `insert or ignore` of many rows (every row of a table in one statement, under D1's 100 bound values). */
function rows(db: D1Database, table: string, columns: string[], values: Row[]): D1PreparedStatement[] {
  const per = Math.max(1, Math.floor(90 / columns.length));
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < values.length; i += per) {
    const chunk = values.slice(i, i + per);
    const marks = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    out.push(
      db.prepare(`insert or ignore into ${table} (${columns.join(', ')}) values ${marks}`).bind(...chunk.flat()),
    );
  }
  return out;
}

const PARTNER_IDS = Array.from({ length: 30 }, (_, i) => 114 + i);
const PRODUCT_IDS = Array.from({ length: 24 }, (_, i) => 122 + i);
const STREETS = ['Oak St', 'Elm St', 'Main St', 'Park Ave', 'River Rd', 'Hill Rd'];
const CITIES = ['Portland', 'Springfield', 'Riverside', 'Fairview', 'Georgetown'];

/** Product categories: 105 Standard (the default) and the GardenWorld ones, by product. */
function categoryOf(productId: number): number {
  if ([122, 123, 124, 132, 133].includes(productId)) return 107; // trees and bushes
  if ([125, 126, 134, 135, 136].includes(productId)) return 109; // chemicals, seed, fertilizer
  if ([127, 128, 144].includes(productId)) return 110; // patio
  return 105;
}

export async function loadErpModelDemo(db: D1Database, adminId: number): Promise<void> {
  const s: D1PreparedStatement[] = [];
  const c = CLIENT;
  // The roles' table access belongs to their client; GardenWorld User reads the new tables too.
  s.push(
    db.prepare('update AD_Table_Access set AD_Client_ID = ? where AD_Role_ID in (102, 103)').bind(c),
    ...rows(
      db,
      'AD_Table_Access',
      ['AD_Client_ID', 'AD_Role_ID', 'TableName', 'IsReadOnly'],
      [
        'C_BPartner_Location',
        'C_Location',
        'C_Invoice',
        'C_InvoiceLine',
        'C_OrderTax',
        'C_Tax',
        'C_TaxCategory',
        'C_DocType',
        'M_PriceList',
        'M_ProductPrice',
        'M_Product_Category',
        'C_Country',
        'C_Region',
        'C_Currency',
        'C_UOM',
      ].map((table): Row => [c, 103, table, table === 'C_BPartner_Location' || table === 'C_Location' ? 0 : 1]),
    ),
  );
  // Locations: HQ (100), the store (101), the bank (102), one per partner (its own id).
  s.push(
    ...rows(
      db,
      'C_Location',
      ['C_Location_ID', 'AD_Client_ID', 'Address1', 'City', 'Postal', 'C_Country_ID', 'C_Region_ID'],
      [
        [100, c, '1 GardenWorld Plaza', 'Portland', '97201', 100, null],
        [101, c, '25 Store Central', 'Springfield', '01101', 100, 101],
        [102, c, '500 Bank Street', 'New York', '10001', 100, 102],
        ...PARTNER_IDS.map(
          (id, i): Row => [
            id,
            c,
            `${100 + i} ${STREETS[i % STREETS.length]}`,
            CITIES[i % CITIES.length],
            String(10000 + i * 37),
            100,
            100 + (i % 5),
          ],
        ),
      ],
    ),
    ...rows(
      db,
      'C_BPartner_Location',
      ['C_BPartner_Location_ID', 'AD_Client_ID', 'C_BPartner_ID', 'C_Location_ID', 'Name', 'Phone'],
      PARTNER_IDS.map(
        (id, i): Row => [id, c, id, id, CITIES[i % CITIES.length], `555-01${String(i).padStart(2, '0')}`],
      ),
    ),
    db.prepare('update M_Warehouse set C_Location_ID = 100 where M_Warehouse_ID = 103'),
    db.prepare('update M_Warehouse set C_Location_ID = 101 where M_Warehouse_ID = 104'),
    ...rows(
      db,
      'C_DocType',
      ['C_DocType_ID', 'AD_Client_ID', 'Name', 'PrintName', 'DocBaseType', 'DocSubTypeSO', 'IsSOTrx', 'IsDefault'],
      [
        [116, c, 'AR Invoice', 'Invoice', 'ARI', null, 1, 1],
        [123, c, 'AP Invoice', 'Vendor Invoice', 'API', null, 0, 1],
        [126, c, 'Purchase Order', 'Purchase Order', 'POO', null, 0, 1],
        [119, c, 'AR Receipt', 'Receipt', 'ARR', null, 1, 1],
        [132, c, 'Standard Order', 'Order Confirmation', 'SOO', 'SO', 1, 1],
        [135, c, 'POS Order', 'Order Confirmation', 'SOO', 'WR', 1, 0],
      ],
    ),
    db.prepare('update C_DocType set C_DocTypeInvoice_ID = 116 where C_DocType_ID in (132, 135)'),
    ...rows(
      db,
      'M_PriceList',
      ['M_PriceList_ID', 'AD_Client_ID', 'Name', 'Description', 'C_Currency_ID', 'IsSOPriceList', 'IsDefault'],
      [
        [101, c, 'Standard', 'Sales price list', 100, 1, 1],
        [102, c, 'Purchase', 'Purchase price list', 100, 0, 0],
      ],
    ),
    ...rows(
      db,
      'M_PriceList_Version',
      ['M_PriceList_Version_ID', 'AD_Client_ID', 'M_PriceList_ID', 'Name', 'ValidFrom'],
      [
        [104, c, 101, 'Standard 2003', '2003-01-01T00:00:00.000Z'],
        [105, c, 102, 'Purchase 2003', '2003-01-01T00:00:00.000Z'],
      ],
    ),
    ...rows(
      db,
      'M_Product_Category',
      ['M_Product_Category_ID', 'AD_Client_ID', 'Value', 'Name', 'IsDefault', 'PlannedMargin'],
      [
        [105, c, 'Standard', 'Standard', 1, 0],
        [107, c, 'Bushes', 'Bushes & Trees', 0, 30],
        [109, c, 'Chemicals', 'Chemicals & Seed', 0, 20],
        [110, c, 'Patio', 'Patio Furniture', 0, 40],
      ],
    ),
    ...rows(
      db,
      'C_TaxCategory',
      ['C_TaxCategory_ID', 'AD_Client_ID', 'Name', 'Description', 'IsDefault'],
      [
        [107, c, 'Standard', 'Standard tax category', 1],
        [108, c, 'Exempt', 'Tax exempt goods', 0],
      ],
    ),
  );
  for (const id of PRODUCT_IDS)
    s.push(
      db
        .prepare(
          'update M_Product set M_Product_Category_ID = ?, C_UOM_ID = 100, C_TaxCategory_ID = 107, Description = ? where M_Product_ID = ?',
        )
        .bind(categoryOf(id), `GardenWorld product ${id}`, id),
    );
  s.push(
    ...rows(
      db,
      'M_ProductPrice',
      [
        'M_ProductPrice_ID',
        'AD_Client_ID',
        'M_PriceList_Version_ID',
        'M_Product_ID',
        'PriceList',
        'PriceStd',
        'PriceLimit',
      ],
      PRODUCT_IDS.flatMap((id, i): Row[] => {
        const price = 10 + (i % 8) * 5;
        return [
          [100 + i, c, 104, id, price + 5, price, price - 2],
          [200 + i, c, 105, id, price - 3, price - 4, price - 5],
        ];
      }),
    ),
    ...rows(
      db,
      'C_Tax',
      [
        'C_Tax_ID',
        'AD_Client_ID',
        'Name',
        'Description',
        'TaxIndicator',
        'ValidFrom',
        'IsSummary',
        'Rate',
        'Parent_Tax_ID',
        'C_Country_ID',
        'To_Country_ID',
        'C_TaxCategory_ID',
        'IsDefault',
        'IsTaxExempt',
        'SOPOType',
        'IsSalesTax',
        'Created',
        'Updated',
      ],
      [
        [
          104,
          c,
          'Standard',
          'Standard (no tax)',
          'S',
          '2001-01-01T00:00:00.000Z',
          0,
          0,
          null,
          null,
          null,
          107,
          1,
          0,
          'B',
          0,
          SEEDED,
          SEEDED,
        ],
        [
          105,
          c,
          'Exempt',
          'Tax exempt',
          'E',
          '2001-01-01T00:00:00.000Z',
          0,
          0,
          null,
          null,
          null,
          108,
          0,
          1,
          'B',
          0,
          SEEDED,
          SEEDED,
        ],
        [
          108,
          c,
          'GST/PST',
          'Canadian GST and PST',
          'GP',
          '2001-01-01T00:00:00.000Z',
          1,
          0,
          null,
          109,
          109,
          107,
          0,
          0,
          'B',
          1,
          SEEDED,
          SEEDED,
        ],
        [
          106,
          c,
          'GST',
          'Canadian Federal Sales Tax',
          'GST',
          '2001-01-01T00:00:00.000Z',
          0,
          7,
          108,
          109,
          109,
          107,
          0,
          0,
          'B',
          1,
          SEEDED,
          SEEDED,
        ],
        [
          107,
          c,
          'PST',
          'Canadian Provincial Sales Tax',
          'PST',
          '2001-01-01T00:00:00.000Z',
          0,
          8,
          108,
          109,
          109,
          107,
          0,
          0,
          'B',
          1,
          SEEDED,
          SEEDED,
        ],
        [
          109,
          c,
          'CT Sales',
          'Connecticut sales tax',
          'CT',
          '2001-01-01T00:00:00.000Z',
          0,
          6.35,
          null,
          100,
          100,
          107,
          0,
          0,
          'S',
          1,
          SEEDED,
          SEEDED,
        ],
      ],
    ),
    ...rows(
      db,
      'C_AcctSchema',
      ['C_AcctSchema_ID', 'AD_Client_ID', 'Name', 'C_Currency_ID'],
      [[101, c, 'GardenWorld US/A/US Dollar', 100]],
    ),
    ...rows(
      db,
      'C_ElementValue',
      ['C_ElementValue_ID', 'AD_Client_ID', 'Value', 'Name', 'AccountType', 'AccountSign'],
      [
        [100, c, '11100', 'Checking Account', 'A', 'D'],
        [101, c, '12110', 'Accounts Receivable - Trade', 'A', 'D'],
        [102, c, '21610', 'Tax due', 'L', 'C'],
        [103, c, '12610', 'Tax credit A/R', 'A', 'D'],
        [104, c, '41000', 'Trade Revenue', 'R', 'C'],
        [105, c, '79100', 'Tax expense', 'E', 'D'],
        [106, c, '21100', 'Accounts Payable - Trade', 'L', 'C'],
      ],
    ),
    ...rows(
      db,
      'C_ValidCombination',
      ['C_ValidCombination_ID', 'AD_Client_ID', 'C_AcctSchema_ID', 'Account_ID', 'Combination', 'Description'],
      [100, 101, 102, 103, 104, 105, 106].map((id): Row => [id, c, 101, id, `HQ-${id}`, `HQ account ${id}`]),
    ),
    ...rows(
      db,
      'C_Tax_Acct',
      [
        'C_Tax_Acct_ID',
        'AD_Client_ID',
        'C_Tax_ID',
        'C_AcctSchema_ID',
        'T_Due_Acct',
        'T_Credit_Acct',
        'T_Expense_Acct',
        'C_Tax_Acct_UU',
      ],
      [104, 105, 106, 107, 108, 109].map(
        (id): Row => [
          id,
          c,
          id,
          101,
          102,
          103,
          105,
          // The reference collection reads tax 106's accounts by this UUID.
          id === 106 ? '7df64952-88e0-4ebf-9f56-9cb899b555f8' : `0d5e7a10-3c44-4a1e-9b0f-00000000${id}`,
        ],
      ),
    ),
    ...rows(
      db,
      'C_Job',
      ['C_Job_ID', 'AD_Client_ID', 'Name', 'Description'],
      [
        [100, c, 'Manager', 'Store manager'],
        [101, c, 'Sales Representative', 'Field sales'],
        [102, c, 'Gardener', 'Garden care'],
      ],
    ),
    ...rows(
      db,
      'R_InterestArea',
      ['R_InterestArea_ID', 'AD_Client_ID', 'Value', 'Name', 'Description'],
      [
        [100, c, 'News', 'Newsletter', 'Monthly newsletter'],
        [101, c, 'Launch', 'Product Launches', 'New products'],
      ],
    ),
    ...rows(
      db,
      'AD_Label',
      ['AD_Label_ID', 'AD_Client_ID', 'Name', 'Description'],
      [
        [100, c, '#Customer', 'A customer of ours'],
        [101, c, '#Manager', 'Manages an account'],
        [102, c, '#VIP', 'Very important partner'],
        [103, c, '#Supplier', 'Supplies us'],
      ],
    ),
    ...rows(
      db,
      'AD_Role_OrgAccess',
      ['AD_Role_OrgAccess_ID', 'AD_Client_ID', 'AD_Role_ID', 'AD_Org_ID', 'IsReadOnly'],
      [
        [100, c, 103, 11, 0],
        [101, c, 103, 12, 0],
      ],
    ),
    ...rows(
      db,
      'C_Bank',
      ['C_Bank_ID', 'AD_Client_ID', 'Name', 'Description', 'RoutingNo', 'SwiftCode', 'C_Location_ID'],
      [[100, c, 'Our Bank', 'GardenWorld house bank', '123456789', 'OURBUS33', 102]],
    ),
    ...rows(
      db,
      'C_BankAccount',
      [
        'C_BankAccount_ID',
        'AD_Client_ID',
        'C_Bank_ID',
        'Value',
        'Name',
        'C_Currency_ID',
        'BankAccountType',
        'AccountNo',
        'CurrentBalance',
        'IsDefault',
      ],
      [
        [100, c, 100, 'Checking', 'Checking Account', 100, 'C', '1234567890', 10000, 1],
        [101, c, 100, 'Savings', 'Savings Account', 100, 'S', '1234567891', 25000, 0],
      ],
    ),
    ...rows(
      db,
      'C_BankAccountDoc',
      [
        'C_BankAccountDoc_ID',
        'AD_Client_ID',
        'C_BankAccount_ID',
        'Name',
        'Description',
        'PaymentRule',
        'CurrentNext',
        'Check_PrintFormat_ID',
      ],
      [
        [100, c, 100, 'Check Book', 'Checks of the checking account', 'S', 1000, 124],
        [101, c, 100, 'Direct Deposit', 'Transfers', 'T', 1, null],
      ],
    ),
    ...rows(
      db,
      'C_CashBook',
      ['C_CashBook_ID', 'AD_Client_ID', 'AD_Org_ID', 'Name', 'C_Currency_ID', 'IsDefault'],
      [[100, c, 11, 'HQ Cash Book', 100, 1]],
    ),
    ...rows(
      db,
      'C_Cash',
      [
        'C_Cash_ID',
        'AD_Client_ID',
        'AD_Org_ID',
        'C_CashBook_ID',
        'Name',
        'StatementDate',
        'DateAcct',
        'BeginningBalance',
        'EndingBalance',
        'DocStatus',
        'Processed',
      ],
      [[101, c, 11, 100, 'Cash journal 2003-01-08', SEEDED, SEEDED, 0, 150, 'CO', 1]],
    ),
  );
  // iDempiere's validation rule 210 (units of a product), as the reference queries C_UOM with it. Without unit
  // conversions every active unit is the product's; `$context` names the product all the same.
  s.push(
    db.prepare(
      "insert or ignore into AD_Val_Rule (AD_Val_Rule_ID, AD_Client_ID, Name, Description, Code, EntityType) values (210, 0, 'C_UOM of Product', 'Units the product may use (@M_Product_ID@)', 'IsActive eq true', 'D')",
    ),
  );
  // Orders: organisation (1005 belongs to the store), document type, partner location, sales rep, prices.
  s.push(
    db
      .prepare(
        `update C_Order set AD_Org_ID = case when C_Order_ID = 1005 then 12 else 11 end, C_DocType_ID = 132, C_DocTypeTarget_ID = 132,
           C_BPartner_Location_ID = C_BPartner_ID, Bill_BPartner_ID = C_BPartner_ID, Bill_Location_ID = C_BPartner_ID,
           SalesRep_ID = ?, M_Warehouse_ID = case when C_Order_ID = 1005 then 104 else 103 end, M_PriceList_ID = 101,
           C_Currency_ID = 100, TotalLines = GrandTotal, DateAcct = DateOrdered, DatePromised = DateOrdered,
           Description = 'Order ' || DocumentNo, Processed = case when DocStatus = 'CO' then 1 else 0 end
         where C_Order_ID between 1001 and 1005`,
      )
      .bind(adminId),
    db.prepare(
      `update C_OrderLine set AD_Org_ID = (select o.AD_Org_ID from C_Order o where o.C_Order_ID = C_OrderLine.C_Order_ID),
         C_UOM_ID = 100, C_Tax_ID = 104, PriceActual = PriceEntered, PriceList = PriceEntered, LineNetAmt = QtyOrdered * PriceEntered
       where C_Order_ID between 1001 and 1005`,
    ),
    db.prepare(
      `insert or ignore into C_OrderTax (C_OrderTax_ID, AD_Client_ID, AD_Org_ID, C_Order_ID, C_Tax_ID, TaxBaseAmt, TaxAmt, Processed)
       select C_Order_ID - 900, AD_Client_ID, AD_Org_ID, C_Order_ID, 104, TotalLines, 0, Processed from C_Order where C_Order_ID between 1001 and 1005`,
    ),
    // An invoice per order (100–104), its lines from the order's, three facts each (receivable, revenue, tax).
    db.prepare(
      `insert or ignore into C_Invoice (C_Invoice_ID, AD_Client_ID, AD_Org_ID, DocumentNo, C_DocType_ID, C_DocTypeTarget_ID, DocStatus, Processed,
         Posted, DateInvoiced, DateAcct, C_BPartner_ID, C_BPartner_Location_ID, C_Order_ID, SalesRep_ID, M_PriceList_ID, C_Currency_ID, TotalLines, GrandTotal, Description)
       select C_Order_ID - 901, AD_Client_ID, AD_Org_ID, 'INV-' || DocumentNo, 116, 116, 'CO', 1, 1, DateOrdered, DateOrdered, C_BPartner_ID,
         C_BPartner_Location_ID, C_Order_ID, SalesRep_ID, 101, 100, TotalLines, GrandTotal, 'Invoice of order ' || DocumentNo
       from C_Order where C_Order_ID between 1001 and 1005`,
    ),
    db.prepare(
      `insert or ignore into C_InvoiceLine (C_InvoiceLine_ID, AD_Client_ID, AD_Org_ID, C_Invoice_ID, Line, C_OrderLine_ID, M_Product_ID, C_UOM_ID,
         QtyEntered, QtyInvoiced, PriceEntered, PriceActual, PriceList, LineNetAmt, C_Tax_ID, Processed)
       select C_OrderLine_ID - 1901, AD_Client_ID, AD_Org_ID, C_Order_ID - 901, Line, C_OrderLine_ID, M_Product_ID, C_UOM_ID,
         QtyEntered, QtyOrdered, PriceEntered, PriceActual, PriceList, LineNetAmt, C_Tax_ID, 1
       from C_OrderLine where C_Order_ID between 1001 and 1005`,
    ),
    db
      .prepare(
        `insert or ignore into Fact_Acct (Fact_Acct_ID, AD_Client_ID, AD_Org_ID, C_AcctSchema_ID, Account_ID, DateTrx, DateAcct, AD_Table_ID,
           Record_ID, PostingType, C_Currency_ID, AmtSourceDr, AmtSourceCr, AmtAcctDr, AmtAcctCr, C_BPartner_ID, C_Tax_ID, Description)
         select 100 + (i.C_Invoice_ID - 100) * 3 + f.n, i.AD_Client_ID, i.AD_Org_ID, 101, f.account, i.DateInvoiced, i.DateAcct, ?, i.C_Invoice_ID,
           'A', 100, case f.n when 0 then i.GrandTotal else 0 end, case f.n when 1 then i.TotalLines else 0 end,
           case f.n when 0 then i.GrandTotal else 0 end, case f.n when 1 then i.TotalLines else 0 end, i.C_BPartner_ID,
           case f.n when 2 then 104 end, i.DocumentNo
         from C_Invoice i, (select 0 as n, 101 as account union all select 1, 104 union all select 2, 102) f
         where i.C_Invoice_ID between 100 and 104`,
      )
      .bind(INVOICE_TABLE),
  );
  // Contacts: admin manages Patio Fun (116, a `#Customer`), demo is Seed Farm's (115) gardener.
  s.push(
    db.prepare("update users set c_bpartner_id = 116, c_job_id = 100 where lower(login) = 'admin'"),
    db.prepare("update users set c_bpartner_id = 115, c_job_id = 102 where lower(login) = 'demo'"),
    ...rows(
      db,
      'AD_LabelAssignment',
      ['AD_LabelAssignment_ID', 'AD_Client_ID', 'AD_Label_ID', 'AD_Table_ID', 'Record_ID', 'Record_UU'],
      [
        [100, c, 100, BPARTNER_TABLE, 116, null],
        [101, c, 100, BPARTNER_TABLE, 119, null],
        [102, c, 102, BPARTNER_TABLE, 119, null],
        [103, c, 103, BPARTNER_TABLE, 118, null],
        [104, c, 101, USER_TABLE, adminId, null],
      ],
    ),
    db.prepare(
      'update AD_LabelAssignment set Record_UU = (select C_BPartner_UU from C_BPartner where C_BPartner_ID = Record_ID) where AD_Table_ID = 291',
    ),
    db.prepare(
      'update AD_LabelAssignment set Record_UU = (select AD_User_UU from AD_User where AD_User_ID = Record_ID) where AD_Table_ID = 114',
    ),
    // Workflow nodes for admin on the invoices, under the ids the reference collection acts on: two approvals
    // (approve, reject), one to forward, a notice to acknowledge, a choice to make.
    ...rows(
      db,
      'wf_activity',
      [
        'id',
        'process_id',
        'table_name',
        'record_id',
        'node_name',
        'node_description',
        'summary',
        'column_name',
        'node_type',
        'user_id',
      ],
      [
        [
          100,
          'C_Invoice-100',
          'C_Invoice',
          100,
          'Approve',
          'Approve the invoice',
          'Invoice INV-80000',
          'IsApproved',
          'approval',
          adminId,
        ],
        [
          101,
          'C_Invoice-101',
          'C_Invoice',
          101,
          'Approve',
          'Approve the invoice',
          'Invoice INV-80001',
          'IsApproved',
          'approval',
          adminId,
        ],
        [
          1000000,
          'C_Invoice-102',
          'C_Invoice',
          102,
          'Approve',
          'Approve the invoice',
          'Invoice INV-80002',
          'IsApproved',
          'approval',
          adminId,
        ],
        [
          1001203,
          'C_Invoice-103',
          'C_Invoice',
          103,
          'Notice',
          'The invoice was posted',
          'Invoice INV-80003',
          'Posted',
          'notification',
          adminId,
        ],
        [
          1001223,
          'C_Invoice-104',
          'C_Invoice',
          104,
          'Choose',
          'Choose the payment rule',
          'Invoice INV-80004',
          'PaymentRule',
          'userchoice',
          adminId,
        ],
      ],
    ),
    ...rows(
      db,
      'R_ContactInterest',
      ['R_ContactInterest_ID', 'AD_Client_ID', 'R_InterestArea_ID', 'AD_User_ID', 'SubscribeDate'],
      [[100, c, 101, adminId, SEEDED]],
    ),
  );
  await db.batch(s);
}
