-- Undoes 0040: the new tables go, the rebuilt ones get back their earlier columns (rows kept, the same way:
-- rename all, create, copy parents first, drop children first), with their indexes, UUID triggers and data
-- versions; the user store loses its new columns and the AD_User view its earlier shape.
PRAGMA defer_foreign_keys = on;--> statement-breakpoint
DROP VIEW IF EXISTS `atrium_role_orgs`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_users_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_users_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Client_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Client_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Form_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Form_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Image_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Image_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Label_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Label_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_LabelAssignment_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_LabelAssignment_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Language_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Language_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Org_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Org_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Role_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Role_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Role_OrgAccess_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Role_OrgAccess_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Table_Access_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Table_Access_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Val_Rule_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_AD_Val_Rule_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_AcctSchema_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_AcctSchema_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BP_Group_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BP_Group_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BPartner_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BPartner_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BPartner_Location_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BPartner_Location_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Bank_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Bank_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BankAccount_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BankAccount_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BankAccountDoc_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_BankAccountDoc_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Cash_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Cash_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_CashBook_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_CashBook_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Country_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Country_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Currency_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Currency_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_DocType_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_DocType_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_ElementValue_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_ElementValue_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Invoice_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Invoice_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_InvoiceLine_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_InvoiceLine_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Job_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Job_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Location_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Location_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Order_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Order_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_OrderLine_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_OrderLine_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_OrderTax_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_OrderTax_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Region_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Region_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Tax_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Tax_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_TaxCategory_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_TaxCategory_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Tax_Acct_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_Tax_Acct_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_UOM_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_UOM_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_ValidCombination_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_C_ValidCombination_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_Fact_Acct_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_Fact_Acct_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_PriceList_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_PriceList_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_PriceList_Version_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_PriceList_Version_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_Product_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_Product_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_ProductPrice_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_ProductPrice_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_Product_Category_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_Product_Category_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_Warehouse_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_M_Warehouse_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_R_ContactInterest_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_R_ContactInterest_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_R_InterestArea_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_stamp_R_InterestArea_insert`;--> statement-breakpoint
DROP TABLE IF EXISTS `atrium_actor`;--> statement-breakpoint
DROP TABLE IF EXISTS `R_InterestArea`;--> statement-breakpoint
DROP TABLE IF EXISTS `M_Product_Category`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_UOM`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_TaxCategory`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Region`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Location`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Job`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Currency`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Country`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Language`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Label`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Image`;--> statement-breakpoint
DROP TABLE IF EXISTS `R_ContactInterest`;--> statement-breakpoint
DROP TABLE IF EXISTS `M_ProductPrice`;--> statement-breakpoint
DROP TABLE IF EXISTS `Fact_Acct`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_OrderTax`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_InvoiceLine`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Invoice`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Cash`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Role_OrgAccess`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_LabelAssignment`;--> statement-breakpoint
DROP TABLE IF EXISTS `M_PriceList_Version`;--> statement-breakpoint
DROP TABLE IF EXISTS `M_PriceList`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_ValidCombination`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Tax_Acct`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Tax`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_ElementValue`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_DocType`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_CashBook`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_BankAccountDoc`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_BankAccount`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Bank`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_AcctSchema`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_BPartner_Location`;--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_BPartner_Location';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_AcctSchema';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Bank';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_BankAccount';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_BankAccountDoc';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_CashBook';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_DocType';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_ElementValue';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Tax';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Tax_Acct';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_ValidCombination';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'M_PriceList';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'M_PriceList_Version';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'AD_LabelAssignment';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'AD_Role_OrgAccess';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Cash';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Invoice';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_InvoiceLine';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_OrderTax';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'Fact_Acct';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'M_ProductPrice';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'R_ContactInterest';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'AD_Image';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'AD_Label';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'AD_Language';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Country';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Currency';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Job';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Location';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_Region';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_TaxCategory';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'C_UOM';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'M_Product_Category';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` = 'R_InterestArea';--> statement-breakpoint
ALTER TABLE `AD_Client` RENAME TO `AD_Client__old`;--> statement-breakpoint
ALTER TABLE `AD_Role` RENAME TO `AD_Role__old`;--> statement-breakpoint
ALTER TABLE `AD_Org` RENAME TO `AD_Org__old`;--> statement-breakpoint
ALTER TABLE `M_Warehouse` RENAME TO `M_Warehouse__old`;--> statement-breakpoint
ALTER TABLE `AD_Table_Access` RENAME TO `AD_Table_Access__old`;--> statement-breakpoint
ALTER TABLE `AD_Val_Rule` RENAME TO `AD_Val_Rule__old`;--> statement-breakpoint
ALTER TABLE `AD_Form` RENAME TO `AD_Form__old`;--> statement-breakpoint
ALTER TABLE `C_BP_Group` RENAME TO `C_BP_Group__old`;--> statement-breakpoint
ALTER TABLE `C_BPartner` RENAME TO `C_BPartner__old`;--> statement-breakpoint
ALTER TABLE `M_Product` RENAME TO `M_Product__old`;--> statement-breakpoint
ALTER TABLE `C_Order` RENAME TO `C_Order__old`;--> statement-breakpoint
ALTER TABLE `C_OrderLine` RENAME TO `C_OrderLine__old`;--> statement-breakpoint
CREATE TABLE `AD_Client` (
  `AD_Client_ID` integer PRIMARY KEY AUTOINCREMENT,
  `AD_Client_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `AD_Language` text NOT NULL DEFAULT 'en_US',
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Client` (`AD_Client_ID`, `AD_Client_UU`, `Value`, `Name`, `AD_Language`, `IsActive`) SELECT o.`AD_Client_ID`, o.`AD_Client_UU`, o.`Value`, o.`Name`, o.`AD_Language`, o.`IsActive` FROM `AD_Client__old` o ORDER BY o.`AD_Client_ID`;--> statement-breakpoint
CREATE TABLE `AD_Role` (
  `AD_Role_ID` integer PRIMARY KEY AUTOINCREMENT,
  `AD_Role_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `Name` text NOT NULL,
  -- The core group that holds this role (membership = the role is granted).
  `Group_Name` text NOT NULL,
  -- Y: every table of the pool is readable and writable (iDempiere's "access all" roles).
  `IsAccessAllTables` boolean NOT NULL DEFAULT 0,
  `IsActive` boolean NOT NULL DEFAULT 1
, `IsAccessAllOrgs` boolean DEFAULT 0 NOT NULL);--> statement-breakpoint
INSERT INTO `AD_Role` (`AD_Role_ID`, `AD_Role_UU`, `AD_Client_ID`, `Name`, `Group_Name`, `IsAccessAllTables`, `IsActive`, `IsAccessAllOrgs`) SELECT o.`AD_Role_ID`, o.`AD_Role_UU`, o.`AD_Client_ID`, o.`Name`, o.`Group_Name`, o.`IsAccessAllTables`, o.`IsActive`, o.`IsAccessAllOrgs` FROM `AD_Role__old` o ORDER BY o.`AD_Role_ID`;--> statement-breakpoint
CREATE TABLE `AD_Org` (
  `AD_Org_ID` integer PRIMARY KEY AUTOINCREMENT,
  `AD_Org_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Org` (`AD_Org_ID`, `AD_Org_UU`, `AD_Client_ID`, `Value`, `Name`, `IsActive`) SELECT o.`AD_Org_ID`, o.`AD_Org_UU`, o.`AD_Client_ID`, o.`Value`, o.`Name`, o.`IsActive` FROM `AD_Org__old` o ORDER BY o.`AD_Org_ID`;--> statement-breakpoint
CREATE TABLE `M_Warehouse` (
  `M_Warehouse_ID` integer PRIMARY KEY AUTOINCREMENT,
  `M_Warehouse_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `AD_Org_ID` integer NOT NULL REFERENCES `AD_Org`(`AD_Org_ID`),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `M_Warehouse` (`M_Warehouse_ID`, `M_Warehouse_UU`, `AD_Client_ID`, `AD_Org_ID`, `Value`, `Name`, `IsActive`) SELECT o.`M_Warehouse_ID`, o.`M_Warehouse_UU`, o.`AD_Client_ID`, o.`AD_Org_ID`, o.`Value`, o.`Name`, o.`IsActive` FROM `M_Warehouse__old` o ORDER BY o.`M_Warehouse_ID`;--> statement-breakpoint
CREATE TABLE `AD_Table_Access` (
  `AD_Table_Access_ID` integer PRIMARY KEY AUTOINCREMENT,
  `AD_Role_ID` integer NOT NULL REFERENCES `AD_Role`(`AD_Role_ID`),
  `TableName` text NOT NULL,
  `IsReadOnly` boolean NOT NULL DEFAULT 1,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Table_Access` (`AD_Table_Access_ID`, `AD_Role_ID`, `TableName`, `IsReadOnly`, `IsActive`) SELECT o.`AD_Table_Access_ID`, o.`AD_Role_ID`, o.`TableName`, o.`IsReadOnly`, o.`IsActive` FROM `AD_Table_Access__old` o ORDER BY o.`AD_Table_Access_ID`;--> statement-breakpoint
CREATE TABLE `AD_Val_Rule` (
  `AD_Val_Rule_ID` integer PRIMARY KEY AUTOINCREMENT,
  `AD_Val_Rule_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Name` text NOT NULL,
  -- A WHERE fragment in the OData $filter grammar with @Var@ placeholders (filled from $context, bound).
  `Code` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Val_Rule` (`AD_Val_Rule_ID`, `AD_Val_Rule_UU`, `Name`, `Code`, `IsActive`) SELECT o.`AD_Val_Rule_ID`, o.`AD_Val_Rule_UU`, o.`Name`, o.`Code`, o.`IsActive` FROM `AD_Val_Rule__old` o ORDER BY o.`AD_Val_Rule_ID`;--> statement-breakpoint
CREATE TABLE `AD_Form` (
  `AD_Form_ID` integer PRIMARY KEY AUTOINCREMENT,
  `AD_Form_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Name` text NOT NULL,
  `Description` text,
  `Help` text,
  `Classname` text,
  `EntityType` text NOT NULL DEFAULT 'U',
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Form` (`AD_Form_ID`, `AD_Form_UU`, `Name`, `Description`, `Help`, `Classname`, `EntityType`, `IsActive`) SELECT o.`AD_Form_ID`, o.`AD_Form_UU`, o.`Name`, o.`Description`, o.`Help`, o.`Classname`, o.`EntityType`, o.`IsActive` FROM `AD_Form__old` o ORDER BY o.`AD_Form_ID`;--> statement-breakpoint
CREATE TABLE `C_BP_Group` (
  `C_BP_Group_ID` integer PRIMARY KEY AUTOINCREMENT,
  `C_BP_Group_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsDefault` boolean NOT NULL DEFAULT 0,
  `IsActive` boolean NOT NULL DEFAULT 1,
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
);--> statement-breakpoint
INSERT INTO `C_BP_Group` (`C_BP_Group_ID`, `C_BP_Group_UU`, `AD_Client_ID`, `Value`, `Name`, `IsDefault`, `IsActive`, `Created`, `Updated`) SELECT o.`C_BP_Group_ID`, o.`C_BP_Group_UU`, o.`AD_Client_ID`, o.`Value`, o.`Name`, o.`IsDefault`, o.`IsActive`, o.`Created`, CASE WHEN o.`Updated` = o.`Created` THEN NULL ELSE o.`Updated` END FROM `C_BP_Group__old` o ORDER BY o.`C_BP_Group_ID`;--> statement-breakpoint
CREATE TABLE `C_BPartner` (
  `C_BPartner_ID` integer PRIMARY KEY AUTOINCREMENT,
  `C_BPartner_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `Description` text,
  `IsActive` boolean NOT NULL DEFAULT 1,
  `IsCustomer` boolean NOT NULL DEFAULT 1,
  `IsVendor` boolean NOT NULL DEFAULT 0,
  `SO_CreditLimit` real NOT NULL DEFAULT 0,
  -- The standard group when omitted (iDempiere's default business partner group).
  `C_BP_Group_ID` integer NOT NULL DEFAULT 103 REFERENCES `C_BP_Group`(`C_BP_Group_ID`),
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
);--> statement-breakpoint
INSERT INTO `C_BPartner` (`C_BPartner_ID`, `C_BPartner_UU`, `AD_Client_ID`, `Value`, `Name`, `Description`, `IsActive`, `IsCustomer`, `IsVendor`, `SO_CreditLimit`, `C_BP_Group_ID`, `Created`, `Updated`) SELECT o.`C_BPartner_ID`, o.`C_BPartner_UU`, o.`AD_Client_ID`, o.`Value`, o.`Name`, o.`Description`, o.`IsActive`, o.`IsCustomer`, o.`IsVendor`, o.`SO_CreditLimit`, o.`C_BP_Group_ID`, o.`Created`, CASE WHEN o.`Updated` = o.`Created` THEN NULL ELSE o.`Updated` END FROM `C_BPartner__old` o ORDER BY o.`C_BPartner_ID`;--> statement-breakpoint
CREATE TABLE `M_Product` (
  `M_Product_ID` integer PRIMARY KEY AUTOINCREMENT,
  `M_Product_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `ProductType` text NOT NULL DEFAULT 'I',
  `IsActive` boolean NOT NULL DEFAULT 1,
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
);--> statement-breakpoint
INSERT INTO `M_Product` (`M_Product_ID`, `M_Product_UU`, `AD_Client_ID`, `Value`, `Name`, `ProductType`, `IsActive`, `Created`, `Updated`) SELECT o.`M_Product_ID`, o.`M_Product_UU`, o.`AD_Client_ID`, o.`Value`, o.`Name`, o.`ProductType`, o.`IsActive`, o.`Created`, CASE WHEN o.`Updated` = o.`Created` THEN NULL ELSE o.`Updated` END FROM `M_Product__old` o ORDER BY o.`M_Product_ID`;--> statement-breakpoint
CREATE TABLE `C_Order` (
  `C_Order_ID` integer PRIMARY KEY AUTOINCREMENT,
  `C_Order_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `DocumentNo` text NOT NULL,
  `C_BPartner_ID` integer NOT NULL REFERENCES `C_BPartner`(`C_BPartner_ID`),
  `DateOrdered` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `DocStatus` text NOT NULL DEFAULT 'DR',
  `IsApproved` boolean NOT NULL DEFAULT 0,
  `GrandTotal` real NOT NULL DEFAULT 0,
  `IsActive` boolean NOT NULL DEFAULT 1,
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
);--> statement-breakpoint
INSERT INTO `C_Order` (`C_Order_ID`, `C_Order_UU`, `AD_Client_ID`, `DocumentNo`, `C_BPartner_ID`, `DateOrdered`, `DocStatus`, `IsApproved`, `GrandTotal`, `IsActive`, `Created`, `Updated`) SELECT o.`C_Order_ID`, o.`C_Order_UU`, o.`AD_Client_ID`, o.`DocumentNo`, o.`C_BPartner_ID`, o.`DateOrdered`, o.`DocStatus`, o.`IsApproved`, o.`GrandTotal`, o.`IsActive`, o.`Created`, CASE WHEN o.`Updated` = o.`Created` THEN NULL ELSE o.`Updated` END FROM `C_Order__old` o ORDER BY o.`C_Order_ID`;--> statement-breakpoint
CREATE TABLE `C_OrderLine` (
  `C_OrderLine_ID` integer PRIMARY KEY AUTOINCREMENT,
  `C_OrderLine_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `C_Order_ID` integer NOT NULL REFERENCES `C_Order`(`C_Order_ID`) ON DELETE CASCADE,
  `Line` integer NOT NULL,
  `M_Product_ID` integer REFERENCES `M_Product`(`M_Product_ID`),
  `QtyOrdered` real NOT NULL DEFAULT 1,
  `PriceEntered` real NOT NULL DEFAULT 0,
  `IsActive` boolean NOT NULL DEFAULT 1,
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
, `QtyEntered` real DEFAULT 1 NOT NULL);--> statement-breakpoint
INSERT INTO `C_OrderLine` (`C_OrderLine_ID`, `C_OrderLine_UU`, `AD_Client_ID`, `C_Order_ID`, `Line`, `M_Product_ID`, `QtyOrdered`, `PriceEntered`, `IsActive`, `Created`, `Updated`, `QtyEntered`) SELECT o.`C_OrderLine_ID`, o.`C_OrderLine_UU`, o.`AD_Client_ID`, o.`C_Order_ID`, o.`Line`, o.`M_Product_ID`, o.`QtyOrdered`, o.`PriceEntered`, o.`IsActive`, o.`Created`, CASE WHEN o.`Updated` = o.`Created` THEN NULL ELSE o.`Updated` END, o.`QtyEntered` FROM `C_OrderLine__old` o ORDER BY o.`C_OrderLine_ID`;--> statement-breakpoint
DROP TABLE `C_OrderLine__old`;--> statement-breakpoint
DROP TABLE `C_Order__old`;--> statement-breakpoint
DROP TABLE `M_Product__old`;--> statement-breakpoint
DROP TABLE `C_BPartner__old`;--> statement-breakpoint
DROP TABLE `C_BP_Group__old`;--> statement-breakpoint
DROP TABLE `AD_Form__old`;--> statement-breakpoint
DROP TABLE `AD_Val_Rule__old`;--> statement-breakpoint
DROP TABLE `AD_Table_Access__old`;--> statement-breakpoint
DROP TABLE `M_Warehouse__old`;--> statement-breakpoint
DROP TABLE `AD_Org__old`;--> statement-breakpoint
DROP TABLE `AD_Role__old`;--> statement-breakpoint
DROP TABLE `AD_Client__old`;--> statement-breakpoint
CREATE UNIQUE INDEX `ad_table_access_role_table` ON `AD_Table_Access` (`AD_Role_ID`, lower(`TableName`));--> statement-breakpoint
CREATE INDEX `c_bpartner_active_name` ON `C_BPartner` (`IsActive`, `Name`);--> statement-breakpoint
CREATE INDEX `c_bpartner_name` ON `C_BPartner` (`Name`);--> statement-breakpoint
CREATE INDEX `c_bpartner_group` ON `C_BPartner` (`C_BP_Group_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bpartner_uu` ON `C_BPartner` (`C_BPartner_UU`);--> statement-breakpoint
CREATE INDEX `m_product_name` ON `M_Product` (`Name`);--> statement-breakpoint
CREATE INDEX `c_order_bpartner` ON `C_Order` (`C_BPartner_ID`);--> statement-breakpoint
CREATE INDEX `c_orderline_order` ON `C_OrderLine` (`C_Order_ID`, `Line`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_client_uu` ON `AD_Client` (`AD_Client_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_form_uu` ON `AD_Form` (`AD_Form_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_org_uu` ON `AD_Org` (`AD_Org_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_role_uu` ON `AD_Role` (`AD_Role_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_val_rule_uu` ON `AD_Val_Rule` (`AD_Val_Rule_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bp_group_uu` ON `C_BP_Group` (`C_BP_Group_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_order_uu` ON `C_Order` (`C_Order_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_orderline_uu` ON `C_OrderLine` (`C_OrderLine_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_product_uu` ON `M_Product` (`M_Product_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_warehouse_uu` ON `M_Warehouse` (`M_Warehouse_UU`);--> statement-breakpoint
CREATE TRIGGER `ad_client_uuid` AFTER INSERT ON `AD_Client` WHEN length(NEW.`AD_Client_UU`) = 32 BEGIN
  UPDATE `AD_Client` SET `AD_Client_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `ad_role_uuid` AFTER INSERT ON `AD_Role` WHEN length(NEW.`AD_Role_UU`) = 32 BEGIN
  UPDATE `AD_Role` SET `AD_Role_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `ad_org_uuid` AFTER INSERT ON `AD_Org` WHEN length(NEW.`AD_Org_UU`) = 32 BEGIN
  UPDATE `AD_Org` SET `AD_Org_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `m_warehouse_uuid` AFTER INSERT ON `M_Warehouse` WHEN length(NEW.`M_Warehouse_UU`) = 32 BEGIN
  UPDATE `M_Warehouse` SET `M_Warehouse_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `ad_val_rule_uuid` AFTER INSERT ON `AD_Val_Rule` WHEN length(NEW.`AD_Val_Rule_UU`) = 32 BEGIN
  UPDATE `AD_Val_Rule` SET `AD_Val_Rule_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `ad_form_uuid` AFTER INSERT ON `AD_Form` WHEN length(NEW.`AD_Form_UU`) = 32 BEGIN
  UPDATE `AD_Form` SET `AD_Form_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `c_bp_group_uuid` AFTER INSERT ON `C_BP_Group` WHEN length(NEW.`C_BP_Group_UU`) = 32 BEGIN
  UPDATE `C_BP_Group` SET `C_BP_Group_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `c_bpartner_uuid` AFTER INSERT ON `C_BPartner` WHEN length(NEW.`C_BPartner_UU`) = 32 BEGIN
  UPDATE `C_BPartner` SET `C_BPartner_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `m_product_uuid` AFTER INSERT ON `M_Product` WHEN length(NEW.`M_Product_UU`) = 32 BEGIN
  UPDATE `M_Product` SET `M_Product_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `c_order_uuid` AFTER INSERT ON `C_Order` WHEN length(NEW.`C_Order_UU`) = 32 BEGIN
  UPDATE `C_Order` SET `C_Order_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `c_orderline_uuid` AFTER INSERT ON `C_OrderLine` WHEN length(NEW.`C_OrderLine_UU`) = 32 BEGIN
  UPDATE `C_OrderLine` SET `C_OrderLine_UU` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Client_insert` AFTER INSERT ON `AD_Client` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Client'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Client_update` AFTER UPDATE ON `AD_Client` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Client'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Client_delete` AFTER DELETE ON `AD_Client` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Client'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Form_insert` AFTER INSERT ON `AD_Form` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Form'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Form_update` AFTER UPDATE ON `AD_Form` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Form'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Form_delete` AFTER DELETE ON `AD_Form` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Form'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Org_insert` AFTER INSERT ON `AD_Org` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Org'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Org_update` AFTER UPDATE ON `AD_Org` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Org'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Org_delete` AFTER DELETE ON `AD_Org` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Org'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_insert` AFTER INSERT ON `AD_Role` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_update` AFTER UPDATE ON `AD_Role` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_delete` AFTER DELETE ON `AD_Role` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Table_Access_insert` AFTER INSERT ON `AD_Table_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Table_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Table_Access_update` AFTER UPDATE ON `AD_Table_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Table_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Table_Access_delete` AFTER DELETE ON `AD_Table_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Table_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Val_Rule_insert` AFTER INSERT ON `AD_Val_Rule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Val_Rule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Val_Rule_update` AFTER UPDATE ON `AD_Val_Rule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Val_Rule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Val_Rule_delete` AFTER DELETE ON `AD_Val_Rule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Val_Rule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BP_Group_insert` AFTER INSERT ON `C_BP_Group` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BP_Group'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BP_Group_update` AFTER UPDATE ON `C_BP_Group` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BP_Group'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BP_Group_delete` AFTER DELETE ON `C_BP_Group` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BP_Group'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_insert` AFTER INSERT ON `C_BPartner` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_update` AFTER UPDATE ON `C_BPartner` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_delete` AFTER DELETE ON `C_BPartner` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Order_insert` AFTER INSERT ON `C_Order` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Order'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Order_update` AFTER UPDATE ON `C_Order` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Order'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Order_delete` AFTER DELETE ON `C_Order` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Order'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderLine_insert` AFTER INSERT ON `C_OrderLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderLine_update` AFTER UPDATE ON `C_OrderLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderLine_delete` AFTER DELETE ON `C_OrderLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_insert` AFTER INSERT ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_update` AFTER UPDATE ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_delete` AFTER DELETE ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_insert` AFTER INSERT ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_update` AFTER UPDATE ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_delete` AFTER DELETE ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
DELETE FROM `AD_Role` WHERE `AD_Role_ID` = 0;--> statement-breakpoint
DELETE FROM `AD_Org` WHERE `AD_Org_ID` = 0;--> statement-breakpoint
DELETE FROM `AD_Client` WHERE `AD_Client_ID` = 0;--> statement-breakpoint
DROP VIEW `AD_User`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `ad_image_id`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `c_job_id`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `c_bpartner_id`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `ad_org_id`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `ad_client_id`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `updated_by`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `created_by`;--> statement-breakpoint
CREATE VIEW `AD_User` AS SELECT
  `id` AS `AD_User_ID`,
  'a5d0e1c2-7b3f-4e91-9c6d-' || printf('%012x', `id`) AS `AD_User_UU`,
  `login` AS `Name`,
  `first_name` AS `FirstName`,
  `last_name` AS `LastName`,
  `email` AS `EMail`,
  `description` AS `Description`,
  `enabled` AS `IsActive`,
  `language` AS `AD_Language`,
  `registration_time` AS `Created`,
  `updated_at` AS `Updated`
FROM `users`;
