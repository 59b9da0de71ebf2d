import { documentDemo } from './demo-documents';
import { CLIENT, type Row, rows, SEEDED } from './demo-rows';

/**
 * GardenWorld's rows in the data model of migration 0040 (local dev and tests only), loaded after the base
 * demo (demo.ts) in the same bootstrap, in one batch: the roles' table access, locations for the partners,
 * organisations and the bank; document types, price lists with a version and every product's price, product
 * categories, tax categories and taxes (with their accounts), the accounting schema's accounts; then the
 * documents and what hangs off them (demo-documents.ts). Ids are iDempiere's GardenWorld ids where the
 * reference collection names them (C_Tax 106 and 107, C_TaxCategory 107, C_DocType 132, C_BPartner_Location
 * 117, C_Location 125), so it runs with few changes. System rows (client 0: languages, currencies, countries,
 * regions, units) come with the migration itself.
 */

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
  );
  s.push(...documentDemo(db, adminId));
  await db.batch(s);
}
