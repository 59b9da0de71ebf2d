import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { adOrg, adRole, cBpartner, cBpartnerLocation, cOrder, cOrderLine, mProduct, mWarehouse } from './idempiere';
import {
  cAcctSchema,
  cCashBook,
  cDocType,
  cElementValue,
  cTax,
  mPriceList,
  mPriceListVersion,
} from './idempiere-accounting';
import { adLabel, cCurrency, cUom, rInterestArea } from './idempiere-reference';
import { erpTable, flag } from './standard';
import { boolean, nowIso, timestamp } from './types';

/**
 * iDempiere documents and the rows that hang off other records (migration 0040): product prices, order
 * taxes, invoices with their lines, accounting facts, label assignments, a role's organisations, contact
 * interests and cash journals. Users are the AD_User view (no declared foreign key to a view: the registry
 * links `AD_User_ID`, `SalesRep_ID`, `CreatedBy` and `UpdatedBy` to it, src/core/records/policy.ts).
 */

/** A product's prices in a price list version (iDempiere keys it by both; `M_ProductPrice_ID` here). */
export const mProductPrice = erpTable(
  'M_ProductPrice',
  {
    mPriceListVersionId: integer('M_PriceList_Version_ID')
      .notNull()
      .references(() => mPriceListVersion.id, { onDelete: 'cascade' }),
    mProductId: integer('M_Product_ID')
      .notNull()
      .references(() => mProduct.id, { onDelete: 'cascade' }),
    priceList: real('PriceList').notNull().default(0),
    priceStd: real('PriceStd').notNull().default(0),
    priceLimit: real('PriceLimit').notNull().default(0),
  },
  (t) => [uniqueIndex('m_productprice_version_product').on(t.mPriceListVersionId, t.mProductId)],
);

/** An order's tax totals, one row per tax (iDempiere keys it by order and tax; `C_OrderTax_ID` here). */
export const cOrderTax = erpTable(
  'C_OrderTax',
  {
    cOrderId: integer('C_Order_ID')
      .notNull()
      .references(() => cOrder.id, { onDelete: 'cascade' }),
    cTaxId: integer('C_Tax_ID')
      .notNull()
      .references(() => cTax.id),
    taxBaseAmt: real('TaxBaseAmt').notNull().default(0),
    taxAmt: real('TaxAmt').notNull().default(0),
    isTaxIncluded: flag('IsTaxIncluded'),
    processed: flag('Processed'),
  },
  (t) => [uniqueIndex('c_ordertax_order_tax').on(t.cOrderId, t.cTaxId)],
);

export const cInvoice = erpTable(
  'C_Invoice',
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
    isPaid: flag('IsPaid'),
    posted: flag('Posted'),
    dateInvoiced: timestamp('DateInvoiced').notNull().default(nowIso),
    dateAcct: timestamp('DateAcct'),
    cBpartnerId: integer('C_BPartner_ID')
      .notNull()
      .references(() => cBpartner.id),
    cBpartnerLocationId: integer('C_BPartner_Location_ID').references(() => cBpartnerLocation.id),
    cOrderId: integer('C_Order_ID').references(() => cOrder.id),
    adUserId: integer('AD_User_ID'),
    salesRepId: integer('SalesRep_ID'),
    mPriceListId: integer('M_PriceList_ID').references(() => mPriceList.id),
    cCurrencyId: integer('C_Currency_ID').references(() => cCurrency.id),
    paymentRule: text('PaymentRule').notNull().default('P'),
    isTaxIncluded: flag('IsTaxIncluded'),
    totalLines: real('TotalLines').notNull().default(0),
    grandTotal: real('GrandTotal').notNull().default(0),
  },
  (t) => [index('c_invoice_bpartner').on(t.cBpartnerId), index('c_invoice_order').on(t.cOrderId)],
);

export const cInvoiceLine = erpTable(
  'C_InvoiceLine',
  {
    cInvoiceId: integer('C_Invoice_ID')
      .notNull()
      .references(() => cInvoice.id, { onDelete: 'cascade' }),
    line: integer('Line').notNull(),
    description: text('Description'),
    cOrderLineId: integer('C_OrderLine_ID').references(() => cOrderLine.id),
    mProductId: integer('M_Product_ID').references(() => mProduct.id),
    cUomId: integer('C_UOM_ID').references(() => cUom.id),
    qtyEntered: real('QtyEntered').notNull().default(1),
    qtyInvoiced: real('QtyInvoiced').notNull().default(1),
    priceEntered: real('PriceEntered').notNull().default(0),
    priceActual: real('PriceActual').notNull().default(0),
    priceList: real('PriceList').notNull().default(0),
    lineNetAmt: real('LineNetAmt').notNull().default(0),
    cTaxId: integer('C_Tax_ID').references(() => cTax.id),
    processed: flag('Processed'),
  },
  (t) => [index('c_invoiceline_invoice').on(t.cInvoiceId, t.line)],
);

/**
 * Accounting facts: one posting line each, for the document named by `AD_Table_ID` and `Record_ID`
 * (iDempiere's generic record reference; `$expand=Fact_Acct.Record_ID` follows it).
 */
export const factAcct = erpTable(
  'Fact_Acct',
  {
    cAcctSchemaId: integer('C_AcctSchema_ID')
      .notNull()
      .references(() => cAcctSchema.id),
    accountId: integer('Account_ID')
      .notNull()
      .references(() => cElementValue.id),
    dateTrx: timestamp('DateTrx').notNull(),
    dateAcct: timestamp('DateAcct').notNull(),
    adTableId: integer('AD_Table_ID').notNull(),
    recordId: integer('Record_ID').notNull(),
    lineId: integer('Line_ID'),
    /** A actual, B budget, E encumbrance, S statistical. */
    postingType: text('PostingType').notNull().default('A'),
    cCurrencyId: integer('C_Currency_ID')
      .notNull()
      .references(() => cCurrency.id),
    amtSourceDr: real('AmtSourceDr').notNull().default(0),
    amtSourceCr: real('AmtSourceCr').notNull().default(0),
    amtAcctDr: real('AmtAcctDr').notNull().default(0),
    amtAcctCr: real('AmtAcctCr').notNull().default(0),
    cUomId: integer('C_UOM_ID').references(() => cUom.id),
    qty: real('Qty').notNull().default(0),
    mProductId: integer('M_Product_ID').references(() => mProduct.id),
    cBpartnerId: integer('C_BPartner_ID').references(() => cBpartner.id),
    cTaxId: integer('C_Tax_ID').references(() => cTax.id),
    description: text('Description'),
  },
  (t) => [index('fact_acct_record').on(t.adTableId, t.recordId)],
);

/** A label on a record of any table (by `AD_Table_ID` and `Record_ID`/`Record_UU`). */
export const adLabelAssignment = erpTable(
  'AD_LabelAssignment',
  {
    adLabelId: integer('AD_Label_ID')
      .notNull()
      .references(() => adLabel.id, { onDelete: 'cascade' }),
    adTableId: integer('AD_Table_ID').notNull(),
    recordId: integer('Record_ID').notNull(),
    recordUu: text('Record_UU'),
  },
  (t) => [
    uniqueIndex('ad_labelassignment_record').on(t.adTableId, t.recordId, t.adLabelId),
    index('ad_labelassignment_label').on(t.adLabelId),
  ],
);

/** The organisations a role without IsAccessAllOrgs may use (iDempiere keys it by both; an id here). */
export const adRoleOrgAccess = erpTable(
  'AD_Role_OrgAccess',
  {
    adRoleId: integer('AD_Role_ID')
      .notNull()
      .references(() => adRole.id, { onDelete: 'cascade' }),
    /** The organisation the role may use: iDempiere's `AD_Org_ID` of this table is that organisation. */
    accessOrgId: integer('AD_Org_ID')
      .notNull()
      .references(() => adOrg.id, { onDelete: 'cascade' }),
    isReadOnly: flag('IsReadOnly'),
  },
  (t) => [uniqueIndex('ad_role_orgaccess_role_org').on(t.adRoleId, t.accessOrgId)],
  { org: false },
);

/** A contact's subscription to an interest area (iDempiere keys it by both; an id here). */
export const rContactInterest = erpTable(
  'R_ContactInterest',
  {
    rInterestAreaId: integer('R_InterestArea_ID')
      .notNull()
      .references(() => rInterestArea.id, { onDelete: 'cascade' }),
    adUserId: integer('AD_User_ID').notNull(),
    subscribeDate: timestamp('SubscribeDate'),
    optOutDate: timestamp('OptOutDate'),
  },
  (t) => [index('r_contactinterest_user').on(t.adUserId)],
);

export const cCash = erpTable(
  'C_Cash',
  {
    cCashBookId: integer('C_CashBook_ID')
      .notNull()
      .references(() => cCashBook.id),
    name: text('Name').notNull(),
    description: text('Description'),
    statementDate: timestamp('StatementDate').notNull(),
    dateAcct: timestamp('DateAcct').notNull(),
    beginningBalance: real('BeginningBalance').notNull().default(0),
    endingBalance: real('EndingBalance').notNull().default(0),
    statementDifference: real('StatementDifference').notNull().default(0),
    docStatus: text('DocStatus').notNull().default('DR'),
    docAction: text('DocAction').notNull().default('CO'),
    processed: flag('Processed'),
    posted: flag('Posted'),
    mWarehouseId: integer('M_Warehouse_ID').references(() => mWarehouse.id),
  },
  (t) => [index('c_cash_cashbook').on(t.cCashBookId)],
);

/**
 * The organisations each role may use (internal: `atrium_`): every organisation of its client for a role
 * with IsAccessAllOrgs, else its AD_Role_OrgAccess rows within its client; inactive roles none. The records
 * core's organisation scope reads it in the same statement as the data (src/core/records/scope.ts).
 */
export const roleOrgs = sqliteView('atrium_role_orgs', {
  adRoleId: integer('AD_Role_ID'),
  adOrgId: integer('AD_Org_ID'),
  isReadOnly: boolean('IsReadOnly'),
}).as(
  sql.raw(`SELECT r.\`AD_Role_ID\` AS \`AD_Role_ID\`, o.\`AD_Org_ID\` AS \`AD_Org_ID\`, 0 AS \`IsReadOnly\`
FROM \`AD_Role\` r JOIN \`AD_Org\` o ON o.\`AD_Client_ID\` = r.\`AD_Client_ID\`
WHERE r.\`IsActive\` = 1 AND r.\`IsAccessAllOrgs\` = 1 AND o.\`AD_Org_ID\` <> 0
UNION ALL
SELECT r.\`AD_Role_ID\`, a.\`AD_Org_ID\`, a.\`IsReadOnly\`
FROM \`AD_Role_OrgAccess\` a JOIN \`AD_Role\` r ON r.\`AD_Role_ID\` = a.\`AD_Role_ID\`
  JOIN \`AD_Org\` o ON o.\`AD_Org_ID\` = a.\`AD_Org_ID\` AND o.\`AD_Client_ID\` = r.\`AD_Client_ID\`
WHERE r.\`IsActive\` = 1 AND r.\`IsAccessAllOrgs\` = 0 AND a.\`IsActive\` = 1`),
);
