import { CLIENT, rows, SEEDED } from './demo-rows';

/**
 * GardenWorld's documents and the rows around them (local dev and tests only; after demo-model.ts in the same
 * batch): jobs, interest areas, labels, the GardenWorld User role's organisations, a bank with accounts and
 * check books, a cash book and journal, iDempiere's validation rule 210, the orders' organisations, types,
 * locations and prices, an order tax and an invoice per order with its lines and accounting facts, the demo
 * users as contacts, label assignments, contact interests and workflow nodes for admin under the ids the
 * reference collection acts on (C_Invoice 104, C_Bank 100, C_Cash 101, nodes 100, 101, 1000000, …).
 */

/** iDempiere's AD_Table_ID of C_Invoice, AD_User and C_BPartner (dictionary.ts): facts and labels name records by table. */
const INVOICE_TABLE = 318;
const USER_TABLE = 114;
const BPARTNER_TABLE = 291;

export function documentDemo(db: D1Database, adminId: number): D1PreparedStatement[] {
  const s: D1PreparedStatement[] = [];
  const c = CLIENT;
  s.push(
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
    // What the invoices cover is invoiced (iDempiere keeps it on the order), so C_Invoice_Generate skips it.
    db.prepare(
      `update C_OrderLine set QtyInvoiced = QtyOrdered
       where C_OrderLine_ID in (select C_OrderLine_ID from C_InvoiceLine where C_Invoice_ID between 100 and 104)`,
    ),
    db.prepare(
      'update C_Order set IsInvoiced = 1 where C_Order_ID in (select C_Order_ID from C_Invoice where C_Invoice_ID between 100 and 104)',
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
        [105, c, 100, BPARTNER_TABLE, 114, null],
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
  return s;
}
