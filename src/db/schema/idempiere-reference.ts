import { index, integer, real, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { erpTable, flag } from './standard';

/**
 * iDempiere reference data (migration 0041): languages, currencies, countries, regions, locations, units of
 * measure, images, jobs, labels and interest areas. Most rows are System data (client 0) that ships with the
 * migration; tenants read them and add their own. Every table has the standard columns (standard.ts).
 */

export const adLanguage = erpTable(
  'AD_Language',
  {
    /** The language code (`en_US`); iDempiere's key, unique here (the integer id addresses rows). */
    adLanguage: text('AD_Language').notNull(),
    name: text('Name').notNull(),
    languageIso: text('LanguageISO'),
    countryCode: text('CountryCode'),
    isBaseLanguage: flag('IsBaseLanguage'),
    isSystemLanguage: flag('IsSystemLanguage'),
    isLoginLocale: flag('IsLoginLocale'),
    isDecimalPoint: flag('IsDecimalPoint', true),
    datePattern: text('DatePattern'),
    timePattern: text('TimePattern'),
  },
  (t) => [uniqueIndex('ad_language_code').on(t.adLanguage)],
);

export const cCurrency = erpTable(
  'C_Currency',
  {
    isoCode: text('ISO_Code').notNull(),
    curSymbol: text('CurSymbol'),
    description: text('Description').notNull(),
    stdPrecision: integer('StdPrecision').notNull().default(2),
    costingPrecision: integer('CostingPrecision').notNull().default(4),
    isEuro: flag('IsEuro'),
    isEmuMember: flag('IsEMUMember'),
  },
  (t) => [uniqueIndex('c_currency_iso').on(t.adClientId, t.isoCode)],
);

export const cCountry = erpTable(
  'C_Country',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    countryCode: text('CountryCode').notNull(),
    hasRegion: flag('HasRegion'),
    regionName: text('RegionName'),
    displaySequence: text('DisplaySequence').notNull().default('@C@, @R@ @P@'),
    cCurrencyId: integer('C_Currency_ID').references(() => cCurrency.id),
    adLanguage: text('AD_Language'),
    isDefault: flag('IsDefault'),
  },
  (t) => [uniqueIndex('c_country_code').on(t.countryCode)],
);

export const cRegion = erpTable(
  'C_Region',
  {
    cCountryId: integer('C_Country_ID')
      .notNull()
      .references(() => cCountry.id),
    name: text('Name').notNull(),
    description: text('Description'),
    isDefault: flag('IsDefault'),
  },
  (t) => [index('c_region_country').on(t.cCountryId)],
);

export const cLocation = erpTable('C_Location', {
  address1: text('Address1'),
  address2: text('Address2'),
  address3: text('Address3'),
  address4: text('Address4'),
  address5: text('Address5'),
  city: text('City'),
  postal: text('Postal'),
  postalAdd: text('Postal_Add'),
  cCountryId: integer('C_Country_ID')
    .notNull()
    .references(() => cCountry.id),
  cRegionId: integer('C_Region_ID').references(() => cRegion.id),
  regionName: text('RegionName'),
  /** iDempiere's C_City is not modelled: the city is the `City` text. */
  cCityId: integer('C_City_ID'),
  comments: text('Comments'),
});

export const cUom = erpTable(
  'C_UOM',
  {
    x12de355: text('X12DE355').notNull(),
    uomSymbol: text('UOMSymbol'),
    name: text('Name').notNull(),
    description: text('Description'),
    stdPrecision: integer('StdPrecision').notNull().default(0),
    costingPrecision: integer('CostingPrecision').notNull().default(0),
    isDefault: flag('IsDefault'),
    uomType: text('UOMType'),
  },
  (t) => [uniqueIndex('c_uom_code').on(t.adClientId, t.x12de355)],
);

export const adImage = erpTable('AD_Image', {
  name: text('Name').notNull(),
  imageUrl: text('ImageURL'),
  /** The image's bytes, base64 (iDempiere stores a blob; the REST face sends and reads base64). */
  binaryData: text('BinaryData'),
  description: text('Description'),
  entityType: text('EntityType').notNull().default('U'),
});

export const cJob = erpTable('C_Job', {
  name: text('Name').notNull(),
  description: text('Description'),
  isEmployee: flag('IsEmployee', true),
});

export const adLabel = erpTable(
  'AD_Label',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    /** The table the label is meant for (AD_Table_ID), or none: any. */
    adTableId: integer('AD_Table_ID'),
  },
  (t) => [uniqueIndex('ad_label_name').on(t.adClientId, t.name)],
);

export const rInterestArea = erpTable('R_InterestArea', {
  value: text('Value'),
  name: text('Name').notNull(),
  description: text('Description'),
  isSelfService: flag('IsSelfService', true),
});

export const cTaxCategory = erpTable('C_TaxCategory', {
  name: text('Name').notNull(),
  description: text('Description'),
  commodityCode: text('CommodityCode'),
  isDefault: flag('IsDefault'),
});

export const mProductCategory = erpTable(
  'M_Product_Category',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    isDefault: flag('IsDefault'),
    plannedMargin: real('PlannedMargin').notNull().default(0),
  },
  (t) => [uniqueIndex('m_product_category_value').on(t.adClientId, t.value)],
);
