import { type AnySQLiteColumn, index, integer, real, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cCountry, cCurrency, cLocation, cRegion, cTaxCategory } from './idempiere-reference';
import { erpTable, flag } from './standard';
import { timestamp } from './types';

/**
 * iDempiere's financial setup (migration 0041): document types, price lists, the accounting schema with
 * its accounts and combinations, taxes with their accounts, banks with their accounts and check books, cash
 * books. GardenWorld's rows (client 11) come from the demo loader; ids are iDempiere's where the reference
 * collection names them (C_Tax 106, C_DocType 132, C_Bank 100).
 */

export const cDocType = erpTable(
  'C_DocType',
  {
    name: text('Name').notNull(),
    printName: text('PrintName').notNull(),
    description: text('Description'),
    /** iDempiere's base types: SOO sales order, POO purchase order, ARI/API invoices, ARR/APP payments, GLJ… */
    docBaseType: text('DocBaseType').notNull(),
    /** Sales order sub type: SO standard, WR POS, OB quotation… */
    docSubTypeSo: text('DocSubTypeSO'),
    isSoTrx: flag('IsSOTrx'),
    isDocNoControlled: flag('IsDocNoControlled', true),
    isDefault: flag('IsDefault'),
    cDocTypeInvoiceId: integer('C_DocTypeInvoice_ID').references((): AnySQLiteColumn => cDocType.id),
  },
  (t) => [uniqueIndex('c_doctype_name').on(t.adClientId, t.name)],
);

export const mPriceList = erpTable(
  'M_PriceList',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    cCurrencyId: integer('C_Currency_ID')
      .notNull()
      .references(() => cCurrency.id),
    isSoPriceList: flag('IsSOPriceList'),
    isTaxIncluded: flag('IsTaxIncluded'),
    isDefault: flag('IsDefault'),
    pricePrecision: integer('PricePrecision').notNull().default(2),
    enforcePriceLimit: flag('EnforcePriceLimit'),
  },
  (t) => [uniqueIndex('m_pricelist_name').on(t.adClientId, t.name)],
);

export const mPriceListVersion = erpTable(
  'M_PriceList_Version',
  {
    mPriceListId: integer('M_PriceList_ID')
      .notNull()
      .references(() => mPriceList.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    validFrom: timestamp('ValidFrom').notNull(),
  },
  (t) => [index('m_pricelist_version_list').on(t.mPriceListId)],
);

export const cAcctSchema = erpTable('C_AcctSchema', {
  name: text('Name').notNull(),
  description: text('Description'),
  gaap: text('GAAP').notNull().default('US'),
  costingMethod: text('CostingMethod').notNull().default('S'),
  cCurrencyId: integer('C_Currency_ID')
    .notNull()
    .references(() => cCurrency.id),
});

export const cElementValue = erpTable(
  'C_ElementValue',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    /** A asset, L liability, O owner's equity, R revenue, E expense, M memo. */
    accountType: text('AccountType').notNull().default('E'),
    accountSign: text('AccountSign').notNull().default('N'),
    isSummary: flag('IsSummary'),
  },
  (t) => [uniqueIndex('c_elementvalue_value').on(t.adClientId, t.value)],
);

export const cValidCombination = erpTable('C_ValidCombination', {
  cAcctSchemaId: integer('C_AcctSchema_ID')
    .notNull()
    .references(() => cAcctSchema.id),
  accountId: integer('Account_ID')
    .notNull()
    .references(() => cElementValue.id),
  combination: text('Combination'),
  description: text('Description'),
  alias: text('Alias'),
  isFullyQualified: flag('IsFullyQualified', true),
});

const combination = (name: string) => integer(name).references(() => cValidCombination.id);

export const cTax = erpTable(
  'C_Tax',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    taxIndicator: text('TaxIndicator'),
    isDocumentLevel: flag('IsDocumentLevel', true),
    validFrom: timestamp('ValidFrom').notNull(),
    isSummary: flag('IsSummary'),
    requiresTaxCertificate: flag('RequiresTaxCertificate'),
    rate: real('Rate').notNull().default(0),
    parentTaxId: integer('Parent_Tax_ID').references((): AnySQLiteColumn => cTax.id),
    cCountryId: integer('C_Country_ID').references(() => cCountry.id),
    cRegionId: integer('C_Region_ID').references(() => cRegion.id),
    toCountryId: integer('To_Country_ID').references(() => cCountry.id),
    toRegionId: integer('To_Region_ID').references(() => cRegion.id),
    cTaxCategoryId: integer('C_TaxCategory_ID')
      .notNull()
      .references(() => cTaxCategory.id),
    isDefault: flag('IsDefault'),
    isTaxExempt: flag('IsTaxExempt'),
    /** B both, S sales, P purchase. */
    soPoType: text('SOPOType').notNull().default('B'),
    isSalesTax: flag('IsSalesTax'),
  },
  (t) => [index('c_tax_category').on(t.cTaxCategoryId)],
);

/** One row per tax and accounting schema (iDempiere keys it by both; a `C_Tax_Acct_ID` addresses it here). */
export const cTaxAcct = erpTable(
  'C_Tax_Acct',
  {
    cTaxId: integer('C_Tax_ID')
      .notNull()
      .references(() => cTax.id, { onDelete: 'cascade' }),
    cAcctSchemaId: integer('C_AcctSchema_ID')
      .notNull()
      .references(() => cAcctSchema.id),
    tDueAcct: combination('T_Due_Acct'),
    tCreditAcct: combination('T_Credit_Acct'),
    tExpenseAcct: combination('T_Expense_Acct'),
    tLiabilityAcct: combination('T_Liability_Acct'),
    tReceivablesAcct: combination('T_Receivables_Acct'),
  },
  (t) => [uniqueIndex('c_tax_acct_tax_schema').on(t.cTaxId, t.cAcctSchemaId)],
);

export const cBank = erpTable('C_Bank', {
  name: text('Name').notNull(),
  description: text('Description'),
  routingNo: text('RoutingNo').notNull(),
  swiftCode: text('SwiftCode'),
  cLocationId: integer('C_Location_ID').references(() => cLocation.id),
  isOwnBank: flag('IsOwnBank', true),
});

export const cBankAccount = erpTable(
  'C_BankAccount',
  {
    cBankId: integer('C_Bank_ID')
      .notNull()
      .references(() => cBank.id, { onDelete: 'cascade' }),
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    cCurrencyId: integer('C_Currency_ID')
      .notNull()
      .references(() => cCurrency.id),
    /** C checking, S savings, B cash. */
    bankAccountType: text('BankAccountType').notNull().default('C'),
    accountNo: text('AccountNo').notNull(),
    currentBalance: real('CurrentBalance').notNull().default(0),
    creditLimit: real('CreditLimit').notNull().default(0),
    isDefault: flag('IsDefault'),
  },
  (t) => [index('c_bankaccount_bank').on(t.cBankId), uniqueIndex('c_bankaccount_value').on(t.adClientId, t.value)],
);

export const cBankAccountDoc = erpTable(
  'C_BankAccountDoc',
  {
    cBankAccountId: integer('C_BankAccount_ID')
      .notNull()
      .references(() => cBankAccount.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    /** S check, K credit card, T direct deposit, D direct debit, B cash, P on credit. */
    paymentRule: text('PaymentRule').notNull().default('S'),
    currentNext: integer('CurrentNext').notNull().default(1),
    /** iDempiere's print format for checks (AD_PrintFormat is not modelled here). */
    checkPrintFormatId: integer('Check_PrintFormat_ID'),
  },
  (t) => [index('c_bankaccountdoc_account').on(t.cBankAccountId)],
);

export const cCashBook = erpTable('C_CashBook', {
  name: text('Name').notNull(),
  description: text('Description'),
  cCurrencyId: integer('C_Currency_ID')
    .notNull()
    .references(() => cCurrency.id),
  isDefault: flag('IsDefault'),
});
