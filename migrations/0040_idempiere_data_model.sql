-- iDempiere REST, part 1 (docs/decisions.md): iDempiere's standard columns on every table of the face, and the
-- data model the reference's examples use.
--
-- 1. The face's existing tables are rebuilt with the standard columns and their new columns, keeping every
--    row, as migration 0007 did: all of them are renamed to <name>__old first (SQLite rewrites the children's
--    REFERENCES to follow, so dropping a parent never cascades into a child: D1 enforces foreign keys), then
--    created again and filled parents first, then the old tables are dropped children first and the indexes
--    created. Values: Created/Updated from the row or, where the table had none, from its audit rows;
--    CreatedBy/UpdatedBy from the first and last audit row (0 = System when none); AD_Org_ID 0 (`*`) where the
--    table had none; AD_Client_ID 0 (System) for validation rules and forms, the role's client for table
--    access. New unique keys (client + Value, client + Name): a duplicate already stored gets `-<id>`
--    appended rather than being lost. The tenant columns no longer declare foreign keys (client 0 and org 0
--    are rows now, but iDempiere's dictionary links them; the registry does, src/core/records/policy.ts).
--    The UUID triggers of migration 0012 go with the old tables: the new default computes a version 4 UUID.
-- 2. New tables (reference data, accounting setup, documents), each an `erpTable` (src/db/schema/standard.ts):
--    key (AUTOINCREMENT), AD_Client_ID, AD_Org_ID, IsActive, Created, CreatedBy, Updated, UpdatedBy, its own
--    columns, <Table>_UU (a version 4 UUID by default, unique). Created after the renames (a rename rewrites
--    the REFERENCES naming the table, which would leave a new table pointing at a dropped __old one) and
--    before the copies (D1 checks that a foreign key's parent table exists when a row is inserted).
-- 3. The user store gets who created and last changed a user (every face's writes keep them) and the
--    contact columns of iDempiere's AD_User; the AD_User view shows them with the standard columns. The
--    view atrium_role_orgs lists the organisations each role may use (the records core's organisation scope).
-- 4. System data (client 0): the System client, organisation `*` and role (held by holders of base.*),
--    languages, currencies, countries, regions, units of measure.
-- 5. Data versions (migration 0013) for the new and rebuilt tables (a rebuilt table loses its triggers with
--    the old table), and sequences: new ids start at 1000000 in every table of the face, as in iDempiere,
--    and above any id used before (the largest id and the audit log's).
-- 6. Stamp triggers: a write that leaves Updated/UpdatedBy (users: updated_at/updated_by) as they were, such
--    as Liberty's stored SQL, gets them from atrium_actor, the one-row table its batch fills with its user.
--    A role's table and organisation access rows take the role's client whoever writes them (triggers).
-- Undone by migrations-down/0040_idempiere_data_model.down.sql.
PRAGMA defer_foreign_keys = on;--> statement-breakpoint
-- 1, 2. Rename the existing tables, then create every table (rebuilt and new: after the renames, so no
-- REFERENCES is rewritten), copy the rows parents first, drop the old tables children first, indexes
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
	`AD_Client_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`AD_Language` text DEFAULT 'en_US' NOT NULL,
	`AD_Client_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `AD_Role` (
	`AD_Role_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Group_Name` text NOT NULL,
	`IsAccessAllTables` boolean DEFAULT 0 NOT NULL,
	`IsAccessAllOrgs` boolean DEFAULT 0 NOT NULL,
	`AD_Role_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `AD_Org` (
	`AD_Org_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`IsSummary` boolean DEFAULT 0 NOT NULL,
	`AD_Org_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `M_Warehouse` (
	`M_Warehouse_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`C_Location_ID` integer,
	`M_Warehouse_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Location_ID`) REFERENCES `C_Location`(`C_Location_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `AD_Table_Access` (
	`AD_Table_Access_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Role_ID` integer NOT NULL,
	`TableName` text NOT NULL,
	`IsReadOnly` boolean DEFAULT 1 NOT NULL,
	`AD_Table_Access_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Role_ID`) REFERENCES `AD_Role`(`AD_Role_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `AD_Val_Rule` (
	`AD_Val_Rule_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Code` text NOT NULL,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`AD_Val_Rule_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `AD_Form` (
	`AD_Form_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`Classname` text,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`AD_Form_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_BP_Group` (
	`C_BP_Group_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_BP_Group_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_BPartner` (
	`C_BPartner_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Name2` text,
	`Description` text,
	`IsSummary` boolean DEFAULT 0 NOT NULL,
	`C_BP_Group_ID` integer DEFAULT 103 NOT NULL,
	`IsCustomer` boolean DEFAULT 1 NOT NULL,
	`IsVendor` boolean DEFAULT 0 NOT NULL,
	`IsEmployee` boolean DEFAULT 0 NOT NULL,
	`IsSalesRep` boolean DEFAULT 0 NOT NULL,
	`SalesRep_ID` integer,
	`TaxID` text,
	`SO_CreditLimit` real DEFAULT 0 NOT NULL,
	`TotalOpenBalance` real DEFAULT 0 NOT NULL,
	`M_PriceList_ID` integer,
	`C_BPartner_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_BP_Group_ID`) REFERENCES `C_BP_Group`(`C_BP_Group_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_PriceList_ID`) REFERENCES `M_PriceList`(`M_PriceList_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `M_Product` (
	`M_Product_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`UPC` text,
	`SKU` text,
	`ProductType` text DEFAULT 'I' NOT NULL,
	`M_Product_Category_ID` integer,
	`C_UOM_ID` integer,
	`C_TaxCategory_ID` integer,
	`IsStocked` boolean DEFAULT 1 NOT NULL,
	`IsPurchased` boolean DEFAULT 1 NOT NULL,
	`IsSold` boolean DEFAULT 1 NOT NULL,
	`IsSummary` boolean DEFAULT 0 NOT NULL,
	`Weight` real DEFAULT 0 NOT NULL,
	`Volume` real DEFAULT 0 NOT NULL,
	`M_Product_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`M_Product_Category_ID`) REFERENCES `M_Product_Category`(`M_Product_Category_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_UOM_ID`) REFERENCES `C_UOM`(`C_UOM_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_TaxCategory_ID`) REFERENCES `C_TaxCategory`(`C_TaxCategory_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_Order` (
	`C_Order_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`DocumentNo` text NOT NULL,
	`Description` text,
	`POReference` text,
	`C_DocType_ID` integer,
	`C_DocTypeTarget_ID` integer,
	`IsSOTrx` boolean DEFAULT 1 NOT NULL,
	`DocStatus` text DEFAULT 'DR' NOT NULL,
	`DocAction` text DEFAULT 'CO' NOT NULL,
	`Processed` boolean DEFAULT 0 NOT NULL,
	`IsApproved` boolean DEFAULT 0 NOT NULL,
	`DateOrdered` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`DatePromised` timestamp,
	`DateAcct` timestamp,
	`C_BPartner_ID` integer NOT NULL,
	`C_BPartner_Location_ID` integer,
	`Bill_BPartner_ID` integer,
	`Bill_Location_ID` integer,
	`AD_User_ID` integer,
	`SalesRep_ID` integer,
	`M_Warehouse_ID` integer,
	`M_PriceList_ID` integer,
	`C_Currency_ID` integer,
	`PaymentRule` text DEFAULT 'P' NOT NULL,
	`DeliveryRule` text DEFAULT 'A' NOT NULL,
	`DeliveryViaRule` text DEFAULT 'P' NOT NULL,
	`InvoiceRule` text DEFAULT 'I' NOT NULL,
	`FreightCostRule` text DEFAULT 'I' NOT NULL,
	`PriorityRule` text DEFAULT '5' NOT NULL,
	`IsTaxIncluded` boolean DEFAULT 0 NOT NULL,
	`IsDelivered` boolean DEFAULT 0 NOT NULL,
	`IsInvoiced` boolean DEFAULT 0 NOT NULL,
	`TotalLines` real DEFAULT 0 NOT NULL,
	`GrandTotal` real DEFAULT 0 NOT NULL,
	`C_Order_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_DocType_ID`) REFERENCES `C_DocType`(`C_DocType_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_DocTypeTarget_ID`) REFERENCES `C_DocType`(`C_DocType_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_BPartner_ID`) REFERENCES `C_BPartner`(`C_BPartner_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_BPartner_Location_ID`) REFERENCES `C_BPartner_Location`(`C_BPartner_Location_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`Bill_BPartner_ID`) REFERENCES `C_BPartner`(`C_BPartner_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`Bill_Location_ID`) REFERENCES `C_BPartner_Location`(`C_BPartner_Location_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_Warehouse_ID`) REFERENCES `M_Warehouse`(`M_Warehouse_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_PriceList_ID`) REFERENCES `M_PriceList`(`M_PriceList_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_OrderLine` (
	`C_OrderLine_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_Order_ID` integer NOT NULL,
	`Line` integer NOT NULL,
	`Description` text,
	`M_Product_ID` integer,
	`C_UOM_ID` integer,
	`QtyEntered` real DEFAULT 1 NOT NULL,
	`QtyOrdered` real DEFAULT 1 NOT NULL,
	`QtyDelivered` real DEFAULT 0 NOT NULL,
	`QtyInvoiced` real DEFAULT 0 NOT NULL,
	`PriceEntered` real DEFAULT 0 NOT NULL,
	`PriceActual` real DEFAULT 0 NOT NULL,
	`PriceList` real DEFAULT 0 NOT NULL,
	`LineNetAmt` real DEFAULT 0 NOT NULL,
	`C_Tax_ID` integer,
	`Processed` boolean DEFAULT 0 NOT NULL,
	`C_OrderLine_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Order_ID`) REFERENCES `C_Order`(`C_Order_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`M_Product_ID`) REFERENCES `M_Product`(`M_Product_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_UOM_ID`) REFERENCES `C_UOM`(`C_UOM_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Tax_ID`) REFERENCES `C_Tax`(`C_Tax_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_BPartner_Location` (
	`C_BPartner_Location_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_BPartner_ID` integer NOT NULL,
	`C_Location_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`IsBillTo` boolean DEFAULT 1 NOT NULL,
	`IsShipTo` boolean DEFAULT 1 NOT NULL,
	`IsPayFrom` boolean DEFAULT 1 NOT NULL,
	`IsRemitTo` boolean DEFAULT 1 NOT NULL,
	`Phone` text,
	`Fax` text,
	`C_BPartner_Location_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_BPartner_ID`) REFERENCES `C_BPartner`(`C_BPartner_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`C_Location_ID`) REFERENCES `C_Location`(`C_Location_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_AcctSchema` (
	`C_AcctSchema_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`GAAP` text DEFAULT 'US' NOT NULL,
	`CostingMethod` text DEFAULT 'S' NOT NULL,
	`C_Currency_ID` integer NOT NULL,
	`C_AcctSchema_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_Bank` (
	`C_Bank_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`RoutingNo` text NOT NULL,
	`SwiftCode` text,
	`C_Location_ID` integer,
	`IsOwnBank` boolean DEFAULT 1 NOT NULL,
	`C_Bank_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Location_ID`) REFERENCES `C_Location`(`C_Location_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_BankAccount` (
	`C_BankAccount_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_Bank_ID` integer NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`C_Currency_ID` integer NOT NULL,
	`BankAccountType` text DEFAULT 'C' NOT NULL,
	`AccountNo` text NOT NULL,
	`CurrentBalance` real DEFAULT 0 NOT NULL,
	`CreditLimit` real DEFAULT 0 NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_BankAccount_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Bank_ID`) REFERENCES `C_Bank`(`C_Bank_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_BankAccountDoc` (
	`C_BankAccountDoc_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_BankAccount_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`PaymentRule` text DEFAULT 'S' NOT NULL,
	`CurrentNext` integer DEFAULT 1 NOT NULL,
	`Check_PrintFormat_ID` integer,
	`C_BankAccountDoc_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_BankAccount_ID`) REFERENCES `C_BankAccount`(`C_BankAccount_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `C_CashBook` (
	`C_CashBook_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`C_Currency_ID` integer NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_CashBook_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_DocType` (
	`C_DocType_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`PrintName` text NOT NULL,
	`Description` text,
	`DocBaseType` text NOT NULL,
	`DocSubTypeSO` text,
	`IsSOTrx` boolean DEFAULT 0 NOT NULL,
	`IsDocNoControlled` boolean DEFAULT 1 NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_DocTypeInvoice_ID` integer,
	`C_DocType_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_DocTypeInvoice_ID`) REFERENCES `C_DocType`(`C_DocType_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_ElementValue` (
	`C_ElementValue_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`AccountType` text DEFAULT 'E' NOT NULL,
	`AccountSign` text DEFAULT 'N' NOT NULL,
	`IsSummary` boolean DEFAULT 0 NOT NULL,
	`C_ElementValue_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_Tax` (
	`C_Tax_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`TaxIndicator` text,
	`IsDocumentLevel` boolean DEFAULT 1 NOT NULL,
	`ValidFrom` timestamp NOT NULL,
	`IsSummary` boolean DEFAULT 0 NOT NULL,
	`RequiresTaxCertificate` boolean DEFAULT 0 NOT NULL,
	`Rate` real DEFAULT 0 NOT NULL,
	`Parent_Tax_ID` integer,
	`C_Country_ID` integer,
	`C_Region_ID` integer,
	`To_Country_ID` integer,
	`To_Region_ID` integer,
	`C_TaxCategory_ID` integer NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`IsTaxExempt` boolean DEFAULT 0 NOT NULL,
	`SOPOType` text DEFAULT 'B' NOT NULL,
	`IsSalesTax` boolean DEFAULT 0 NOT NULL,
	`C_Tax_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`Parent_Tax_ID`) REFERENCES `C_Tax`(`C_Tax_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Country_ID`) REFERENCES `C_Country`(`C_Country_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Region_ID`) REFERENCES `C_Region`(`C_Region_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`To_Country_ID`) REFERENCES `C_Country`(`C_Country_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`To_Region_ID`) REFERENCES `C_Region`(`C_Region_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_TaxCategory_ID`) REFERENCES `C_TaxCategory`(`C_TaxCategory_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_Tax_Acct` (
	`C_Tax_Acct_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_Tax_ID` integer NOT NULL,
	`C_AcctSchema_ID` integer NOT NULL,
	`T_Due_Acct` integer,
	`T_Credit_Acct` integer,
	`T_Expense_Acct` integer,
	`T_Liability_Acct` integer,
	`T_Receivables_Acct` integer,
	`C_Tax_Acct_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Tax_ID`) REFERENCES `C_Tax`(`C_Tax_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`C_AcctSchema_ID`) REFERENCES `C_AcctSchema`(`C_AcctSchema_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`T_Due_Acct`) REFERENCES `C_ValidCombination`(`C_ValidCombination_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`T_Credit_Acct`) REFERENCES `C_ValidCombination`(`C_ValidCombination_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`T_Expense_Acct`) REFERENCES `C_ValidCombination`(`C_ValidCombination_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`T_Liability_Acct`) REFERENCES `C_ValidCombination`(`C_ValidCombination_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`T_Receivables_Acct`) REFERENCES `C_ValidCombination`(`C_ValidCombination_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_ValidCombination` (
	`C_ValidCombination_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_AcctSchema_ID` integer NOT NULL,
	`Account_ID` integer NOT NULL,
	`Combination` text,
	`Description` text,
	`Alias` text,
	`IsFullyQualified` boolean DEFAULT 1 NOT NULL,
	`C_ValidCombination_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_AcctSchema_ID`) REFERENCES `C_AcctSchema`(`C_AcctSchema_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`Account_ID`) REFERENCES `C_ElementValue`(`C_ElementValue_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `M_PriceList` (
	`M_PriceList_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`C_Currency_ID` integer NOT NULL,
	`IsSOPriceList` boolean DEFAULT 0 NOT NULL,
	`IsTaxIncluded` boolean DEFAULT 0 NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`PricePrecision` integer DEFAULT 2 NOT NULL,
	`EnforcePriceLimit` boolean DEFAULT 0 NOT NULL,
	`M_PriceList_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `M_PriceList_Version` (
	`M_PriceList_Version_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`M_PriceList_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`ValidFrom` timestamp NOT NULL,
	`M_PriceList_Version_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`M_PriceList_ID`) REFERENCES `M_PriceList`(`M_PriceList_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `AD_LabelAssignment` (
	`AD_LabelAssignment_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Label_ID` integer NOT NULL,
	`AD_Table_ID` integer NOT NULL,
	`Record_ID` integer NOT NULL,
	`Record_UU` text,
	`AD_LabelAssignment_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Label_ID`) REFERENCES `AD_Label`(`AD_Label_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `AD_Role_OrgAccess` (
	`AD_Role_OrgAccess_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Role_ID` integer NOT NULL,
	`AD_Org_ID` integer NOT NULL,
	`IsReadOnly` boolean DEFAULT 0 NOT NULL,
	`AD_Role_OrgAccess_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Role_ID`) REFERENCES `AD_Role`(`AD_Role_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Org_ID`) REFERENCES `AD_Org`(`AD_Org_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `C_Cash` (
	`C_Cash_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_CashBook_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`StatementDate` timestamp NOT NULL,
	`DateAcct` timestamp NOT NULL,
	`BeginningBalance` real DEFAULT 0 NOT NULL,
	`EndingBalance` real DEFAULT 0 NOT NULL,
	`StatementDifference` real DEFAULT 0 NOT NULL,
	`DocStatus` text DEFAULT 'DR' NOT NULL,
	`DocAction` text DEFAULT 'CO' NOT NULL,
	`Processed` boolean DEFAULT 0 NOT NULL,
	`Posted` boolean DEFAULT 0 NOT NULL,
	`M_Warehouse_ID` integer,
	`C_Cash_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_CashBook_ID`) REFERENCES `C_CashBook`(`C_CashBook_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_Warehouse_ID`) REFERENCES `M_Warehouse`(`M_Warehouse_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_Invoice` (
	`C_Invoice_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`DocumentNo` text NOT NULL,
	`Description` text,
	`POReference` text,
	`C_DocType_ID` integer,
	`C_DocTypeTarget_ID` integer,
	`IsSOTrx` boolean DEFAULT 1 NOT NULL,
	`DocStatus` text DEFAULT 'DR' NOT NULL,
	`DocAction` text DEFAULT 'CO' NOT NULL,
	`Processed` boolean DEFAULT 0 NOT NULL,
	`IsApproved` boolean DEFAULT 0 NOT NULL,
	`IsPaid` boolean DEFAULT 0 NOT NULL,
	`Posted` boolean DEFAULT 0 NOT NULL,
	`DateInvoiced` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`DateAcct` timestamp,
	`C_BPartner_ID` integer NOT NULL,
	`C_BPartner_Location_ID` integer,
	`C_Order_ID` integer,
	`AD_User_ID` integer,
	`SalesRep_ID` integer,
	`M_PriceList_ID` integer,
	`C_Currency_ID` integer,
	`PaymentRule` text DEFAULT 'P' NOT NULL,
	`IsTaxIncluded` boolean DEFAULT 0 NOT NULL,
	`TotalLines` real DEFAULT 0 NOT NULL,
	`GrandTotal` real DEFAULT 0 NOT NULL,
	`C_Invoice_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_DocType_ID`) REFERENCES `C_DocType`(`C_DocType_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_DocTypeTarget_ID`) REFERENCES `C_DocType`(`C_DocType_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_BPartner_ID`) REFERENCES `C_BPartner`(`C_BPartner_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_BPartner_Location_ID`) REFERENCES `C_BPartner_Location`(`C_BPartner_Location_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Order_ID`) REFERENCES `C_Order`(`C_Order_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_PriceList_ID`) REFERENCES `M_PriceList`(`M_PriceList_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_InvoiceLine` (
	`C_InvoiceLine_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_Invoice_ID` integer NOT NULL,
	`Line` integer NOT NULL,
	`Description` text,
	`C_OrderLine_ID` integer,
	`M_Product_ID` integer,
	`C_UOM_ID` integer,
	`QtyEntered` real DEFAULT 1 NOT NULL,
	`QtyInvoiced` real DEFAULT 1 NOT NULL,
	`PriceEntered` real DEFAULT 0 NOT NULL,
	`PriceActual` real DEFAULT 0 NOT NULL,
	`PriceList` real DEFAULT 0 NOT NULL,
	`LineNetAmt` real DEFAULT 0 NOT NULL,
	`C_Tax_ID` integer,
	`Processed` boolean DEFAULT 0 NOT NULL,
	`C_InvoiceLine_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Invoice_ID`) REFERENCES `C_Invoice`(`C_Invoice_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`C_OrderLine_ID`) REFERENCES `C_OrderLine`(`C_OrderLine_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_Product_ID`) REFERENCES `M_Product`(`M_Product_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_UOM_ID`) REFERENCES `C_UOM`(`C_UOM_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Tax_ID`) REFERENCES `C_Tax`(`C_Tax_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_OrderTax` (
	`C_OrderTax_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_Order_ID` integer NOT NULL,
	`C_Tax_ID` integer NOT NULL,
	`TaxBaseAmt` real DEFAULT 0 NOT NULL,
	`TaxAmt` real DEFAULT 0 NOT NULL,
	`IsTaxIncluded` boolean DEFAULT 0 NOT NULL,
	`Processed` boolean DEFAULT 0 NOT NULL,
	`C_OrderTax_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Order_ID`) REFERENCES `C_Order`(`C_Order_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`C_Tax_ID`) REFERENCES `C_Tax`(`C_Tax_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `Fact_Acct` (
	`Fact_Acct_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_AcctSchema_ID` integer NOT NULL,
	`Account_ID` integer NOT NULL,
	`DateTrx` timestamp NOT NULL,
	`DateAcct` timestamp NOT NULL,
	`AD_Table_ID` integer NOT NULL,
	`Record_ID` integer NOT NULL,
	`Line_ID` integer,
	`PostingType` text DEFAULT 'A' NOT NULL,
	`C_Currency_ID` integer NOT NULL,
	`AmtSourceDr` real DEFAULT 0 NOT NULL,
	`AmtSourceCr` real DEFAULT 0 NOT NULL,
	`AmtAcctDr` real DEFAULT 0 NOT NULL,
	`AmtAcctCr` real DEFAULT 0 NOT NULL,
	`C_UOM_ID` integer,
	`Qty` real DEFAULT 0 NOT NULL,
	`M_Product_ID` integer,
	`C_BPartner_ID` integer,
	`C_Tax_ID` integer,
	`Description` text,
	`Fact_Acct_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_AcctSchema_ID`) REFERENCES `C_AcctSchema`(`C_AcctSchema_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`Account_ID`) REFERENCES `C_ElementValue`(`C_ElementValue_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_UOM_ID`) REFERENCES `C_UOM`(`C_UOM_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`M_Product_ID`) REFERENCES `M_Product`(`M_Product_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_BPartner_ID`) REFERENCES `C_BPartner`(`C_BPartner_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Tax_ID`) REFERENCES `C_Tax`(`C_Tax_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `M_ProductPrice` (
	`M_ProductPrice_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`M_PriceList_Version_ID` integer NOT NULL,
	`M_Product_ID` integer NOT NULL,
	`PriceList` real DEFAULT 0 NOT NULL,
	`PriceStd` real DEFAULT 0 NOT NULL,
	`PriceLimit` real DEFAULT 0 NOT NULL,
	`M_ProductPrice_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`M_PriceList_Version_ID`) REFERENCES `M_PriceList_Version`(`M_PriceList_Version_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`M_Product_ID`) REFERENCES `M_Product`(`M_Product_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `R_ContactInterest` (
	`R_ContactInterest_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`R_InterestArea_ID` integer NOT NULL,
	`AD_User_ID` integer NOT NULL,
	`SubscribeDate` timestamp,
	`OptOutDate` timestamp,
	`R_ContactInterest_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`R_InterestArea_ID`) REFERENCES `R_InterestArea`(`R_InterestArea_ID`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE TABLE `AD_Image` (
	`AD_Image_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`ImageURL` text,
	`BinaryData` text,
	`Description` text,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`AD_Image_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `AD_Label` (
	`AD_Label_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`AD_Table_ID` integer,
	`AD_Label_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `AD_Language` (
	`AD_Language_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Language` text NOT NULL,
	`Name` text NOT NULL,
	`LanguageISO` text,
	`CountryCode` text,
	`IsBaseLanguage` boolean DEFAULT 0 NOT NULL,
	`IsSystemLanguage` boolean DEFAULT 0 NOT NULL,
	`IsLoginLocale` boolean DEFAULT 0 NOT NULL,
	`IsDecimalPoint` boolean DEFAULT 1 NOT NULL,
	`DatePattern` text,
	`TimePattern` text,
	`AD_Language_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_Country` (
	`C_Country_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`CountryCode` text NOT NULL,
	`HasRegion` boolean DEFAULT 0 NOT NULL,
	`RegionName` text,
	`DisplaySequence` text DEFAULT '@C@, @R@ @P@' NOT NULL,
	`C_Currency_ID` integer,
	`AD_Language` text,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_Country_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Currency_ID`) REFERENCES `C_Currency`(`C_Currency_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_Currency` (
	`C_Currency_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`ISO_Code` text NOT NULL,
	`CurSymbol` text,
	`Description` text NOT NULL,
	`StdPrecision` integer DEFAULT 2 NOT NULL,
	`CostingPrecision` integer DEFAULT 4 NOT NULL,
	`IsEuro` boolean DEFAULT 0 NOT NULL,
	`IsEMUMember` boolean DEFAULT 0 NOT NULL,
	`C_Currency_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_Job` (
	`C_Job_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`IsEmployee` boolean DEFAULT 1 NOT NULL,
	`C_Job_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_Location` (
	`C_Location_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Address1` text,
	`Address2` text,
	`Address3` text,
	`Address4` text,
	`Address5` text,
	`City` text,
	`Postal` text,
	`Postal_Add` text,
	`C_Country_ID` integer NOT NULL,
	`C_Region_ID` integer,
	`RegionName` text,
	`C_City_ID` integer,
	`Comments` text,
	`C_Location_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Country_ID`) REFERENCES `C_Country`(`C_Country_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`C_Region_ID`) REFERENCES `C_Region`(`C_Region_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_Region` (
	`C_Region_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`C_Country_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_Region_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`C_Country_ID`) REFERENCES `C_Country`(`C_Country_ID`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE TABLE `C_TaxCategory` (
	`C_TaxCategory_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`CommodityCode` text,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`C_TaxCategory_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `C_UOM` (
	`C_UOM_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`X12DE355` text NOT NULL,
	`UOMSymbol` text,
	`Name` text NOT NULL,
	`Description` text,
	`StdPrecision` integer DEFAULT 0 NOT NULL,
	`CostingPrecision` integer DEFAULT 0 NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`UOMType` text,
	`C_UOM_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `M_Product_Category` (
	`M_Product_Category_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`PlannedMargin` real DEFAULT 0 NOT NULL,
	`M_Product_Category_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
CREATE TABLE `R_InterestArea` (
	`R_InterestArea_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text,
	`Name` text NOT NULL,
	`Description` text,
	`IsSelfService` boolean DEFAULT 1 NOT NULL,
	`R_InterestArea_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);--> statement-breakpoint
INSERT INTO `AD_Client` (`AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Value`, `Name`, `AD_Language`, `AD_Client_UU`)
  SELECT o.`AD_Client_ID`, 0, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Client' AND a.`record_id` = CAST(o.`AD_Client_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Client' AND a.`record_id` = CAST(o.`AD_Client_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Client' AND a.`record_id` = CAST(o.`AD_Client_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Client' AND a.`record_id` = CAST(o.`AD_Client_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `AD_Client__old` d WHERE d.`Value` = o.`Value` AND d.`AD_Client_ID` < o.`AD_Client_ID`) THEN o.`Value` || '-' || o.`AD_Client_ID` ELSE o.`Value` END, o.`Name`, o.`AD_Language`, o.`AD_Client_UU`
  FROM `AD_Client__old` o ORDER BY o.`AD_Client_ID`;--> statement-breakpoint
INSERT INTO `AD_Role` (`AD_Role_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Name`, `Group_Name`, `IsAccessAllTables`, `IsAccessAllOrgs`, `AD_Role_UU`)
  SELECT o.`AD_Role_ID`, o.`AD_Client_ID`, 0, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Role' AND a.`record_id` = CAST(o.`AD_Role_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Role' AND a.`record_id` = CAST(o.`AD_Role_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Role' AND a.`record_id` = CAST(o.`AD_Role_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Role' AND a.`record_id` = CAST(o.`AD_Role_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `AD_Role__old` d WHERE d.`AD_Client_ID` = o.`AD_Client_ID` AND d.`Name` = o.`Name` AND d.`AD_Role_ID` < o.`AD_Role_ID`) THEN o.`Name` || '-' || o.`AD_Role_ID` ELSE o.`Name` END, o.`Group_Name`, o.`IsAccessAllTables`, o.`IsAccessAllOrgs`, o.`AD_Role_UU`
  FROM `AD_Role__old` o ORDER BY o.`AD_Role_ID`;--> statement-breakpoint
INSERT INTO `AD_Org` (`AD_Org_ID`, `AD_Client_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Value`, `Name`, `AD_Org_UU`)
  SELECT o.`AD_Org_ID`, o.`AD_Client_ID`, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Org' AND a.`record_id` = CAST(o.`AD_Org_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Org' AND a.`record_id` = CAST(o.`AD_Org_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Org' AND a.`record_id` = CAST(o.`AD_Org_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Org' AND a.`record_id` = CAST(o.`AD_Org_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `AD_Org__old` d WHERE d.`AD_Client_ID` = o.`AD_Client_ID` AND d.`Value` = o.`Value` AND d.`AD_Org_ID` < o.`AD_Org_ID`) THEN o.`Value` || '-' || o.`AD_Org_ID` ELSE o.`Value` END, o.`Name`, o.`AD_Org_UU`
  FROM `AD_Org__old` o ORDER BY o.`AD_Org_ID`;--> statement-breakpoint
INSERT INTO `M_Warehouse` (`M_Warehouse_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Value`, `Name`, `M_Warehouse_UU`)
  SELECT o.`M_Warehouse_ID`, o.`AD_Client_ID`, o.`AD_Org_ID`, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'M_Warehouse' AND a.`record_id` = CAST(o.`M_Warehouse_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'M_Warehouse' AND a.`record_id` = CAST(o.`M_Warehouse_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'M_Warehouse' AND a.`record_id` = CAST(o.`M_Warehouse_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'M_Warehouse' AND a.`record_id` = CAST(o.`M_Warehouse_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `M_Warehouse__old` d WHERE d.`AD_Client_ID` = o.`AD_Client_ID` AND d.`Value` = o.`Value` AND d.`M_Warehouse_ID` < o.`M_Warehouse_ID`) THEN o.`Value` || '-' || o.`M_Warehouse_ID` ELSE o.`Value` END, o.`Name`, o.`M_Warehouse_UU`
  FROM `M_Warehouse__old` o ORDER BY o.`M_Warehouse_ID`;--> statement-breakpoint
INSERT INTO `AD_Table_Access` (`AD_Table_Access_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `AD_Role_ID`, `TableName`, `IsReadOnly`)
  SELECT o.`AD_Table_Access_ID`, (SELECT r.`AD_Client_ID` FROM `AD_Role__old` r WHERE r.`AD_Role_ID` = o.`AD_Role_ID`), 0, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Table_Access' AND a.`record_id` = CAST(o.`AD_Table_Access_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Table_Access' AND a.`record_id` = CAST(o.`AD_Table_Access_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Table_Access' AND a.`record_id` = CAST(o.`AD_Table_Access_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Table_Access' AND a.`record_id` = CAST(o.`AD_Table_Access_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), o.`AD_Role_ID`, o.`TableName`, o.`IsReadOnly`
  FROM `AD_Table_Access__old` o ORDER BY o.`AD_Table_Access_ID`;--> statement-breakpoint
INSERT INTO `AD_Val_Rule` (`AD_Val_Rule_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Name`, `Code`, `AD_Val_Rule_UU`)
  SELECT o.`AD_Val_Rule_ID`, 0, 0, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Val_Rule' AND a.`record_id` = CAST(o.`AD_Val_Rule_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Val_Rule' AND a.`record_id` = CAST(o.`AD_Val_Rule_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Val_Rule' AND a.`record_id` = CAST(o.`AD_Val_Rule_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Val_Rule' AND a.`record_id` = CAST(o.`AD_Val_Rule_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), o.`Name`, o.`Code`, o.`AD_Val_Rule_UU`
  FROM `AD_Val_Rule__old` o ORDER BY o.`AD_Val_Rule_ID`;--> statement-breakpoint
INSERT INTO `AD_Form` (`AD_Form_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Name`, `Description`, `Help`, `Classname`, `EntityType`, `AD_Form_UU`)
  SELECT o.`AD_Form_ID`, 0, 0, o.`IsActive`, coalesce((SELECT min(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Form' AND a.`record_id` = CAST(o.`AD_Form_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Form' AND a.`record_id` = CAST(o.`AD_Form_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce((SELECT max(a.`at`) FROM `audit_log` a WHERE a.`table_name` = 'AD_Form' AND a.`record_id` = CAST(o.`AD_Form_ID` AS text)), strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'AD_Form' AND a.`record_id` = CAST(o.`AD_Form_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), o.`Name`, o.`Description`, o.`Help`, o.`Classname`, o.`EntityType`, o.`AD_Form_UU`
  FROM `AD_Form__old` o ORDER BY o.`AD_Form_ID`;--> statement-breakpoint
INSERT INTO `C_BP_Group` (`C_BP_Group_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Value`, `Name`, `IsDefault`, `C_BP_Group_UU`)
  SELECT o.`C_BP_Group_ID`, o.`AD_Client_ID`, 0, o.`IsActive`, o.`Created`, coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_BP_Group' AND a.`record_id` = CAST(o.`C_BP_Group_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce(o.`Updated`, o.`Created`), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_BP_Group' AND a.`record_id` = CAST(o.`C_BP_Group_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `C_BP_Group__old` d WHERE d.`AD_Client_ID` = o.`AD_Client_ID` AND d.`Value` = o.`Value` AND d.`C_BP_Group_ID` < o.`C_BP_Group_ID`) THEN o.`Value` || '-' || o.`C_BP_Group_ID` ELSE o.`Value` END, o.`Name`, o.`IsDefault`, o.`C_BP_Group_UU`
  FROM `C_BP_Group__old` o ORDER BY o.`C_BP_Group_ID`;--> statement-breakpoint
INSERT INTO `C_BPartner` (`C_BPartner_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Value`, `Name`, `Description`, `C_BP_Group_ID`, `IsCustomer`, `IsVendor`, `SO_CreditLimit`, `C_BPartner_UU`)
  SELECT o.`C_BPartner_ID`, o.`AD_Client_ID`, 0, o.`IsActive`, o.`Created`, coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_BPartner' AND a.`record_id` = CAST(o.`C_BPartner_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce(o.`Updated`, o.`Created`), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_BPartner' AND a.`record_id` = CAST(o.`C_BPartner_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `C_BPartner__old` d WHERE d.`AD_Client_ID` = o.`AD_Client_ID` AND d.`Value` = o.`Value` AND d.`C_BPartner_ID` < o.`C_BPartner_ID`) THEN o.`Value` || '-' || o.`C_BPartner_ID` ELSE o.`Value` END, o.`Name`, o.`Description`, o.`C_BP_Group_ID`, o.`IsCustomer`, o.`IsVendor`, o.`SO_CreditLimit`, o.`C_BPartner_UU`
  FROM `C_BPartner__old` o ORDER BY o.`C_BPartner_ID`;--> statement-breakpoint
INSERT INTO `M_Product` (`M_Product_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `Value`, `Name`, `ProductType`, `M_Product_UU`)
  SELECT o.`M_Product_ID`, o.`AD_Client_ID`, 0, o.`IsActive`, o.`Created`, coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'M_Product' AND a.`record_id` = CAST(o.`M_Product_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce(o.`Updated`, o.`Created`), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'M_Product' AND a.`record_id` = CAST(o.`M_Product_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), CASE WHEN EXISTS (SELECT 1 FROM `M_Product__old` d WHERE d.`AD_Client_ID` = o.`AD_Client_ID` AND d.`Value` = o.`Value` AND d.`M_Product_ID` < o.`M_Product_ID`) THEN o.`Value` || '-' || o.`M_Product_ID` ELSE o.`Value` END, o.`Name`, o.`ProductType`, o.`M_Product_UU`
  FROM `M_Product__old` o ORDER BY o.`M_Product_ID`;--> statement-breakpoint
INSERT INTO `C_Order` (`C_Order_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `DocumentNo`, `DocStatus`, `IsApproved`, `DateOrdered`, `C_BPartner_ID`, `TotalLines`, `GrandTotal`, `C_Order_UU`)
  SELECT o.`C_Order_ID`, o.`AD_Client_ID`, 0, o.`IsActive`, o.`Created`, coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_Order' AND a.`record_id` = CAST(o.`C_Order_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce(o.`Updated`, o.`Created`), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_Order' AND a.`record_id` = CAST(o.`C_Order_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), o.`DocumentNo`, o.`DocStatus`, o.`IsApproved`, o.`DateOrdered`, o.`C_BPartner_ID`, o.`GrandTotal`, o.`GrandTotal`, o.`C_Order_UU`
  FROM `C_Order__old` o ORDER BY o.`C_Order_ID`;--> statement-breakpoint
INSERT INTO `C_OrderLine` (`C_OrderLine_ID`, `AD_Client_ID`, `AD_Org_ID`, `IsActive`, `Created`, `CreatedBy`, `Updated`, `UpdatedBy`, `C_Order_ID`, `Line`, `M_Product_ID`, `QtyEntered`, `QtyOrdered`, `PriceEntered`, `PriceActual`, `PriceList`, `LineNetAmt`, `C_OrderLine_UU`)
  SELECT o.`C_OrderLine_ID`, o.`AD_Client_ID`, 0, o.`IsActive`, o.`Created`, coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_OrderLine' AND a.`record_id` = CAST(o.`C_OrderLine_ID` AS text) AND a.`action` = 'INSERT' ORDER BY a.`id` LIMIT 1), 0), coalesce(o.`Updated`, o.`Created`), coalesce((SELECT a.`user_id` FROM `audit_log` a WHERE a.`table_name` = 'C_OrderLine' AND a.`record_id` = CAST(o.`C_OrderLine_ID` AS text) AND a.`action` <> 'DELETE' ORDER BY a.`id` DESC LIMIT 1), 0), o.`C_Order_ID`, o.`Line`, o.`M_Product_ID`, o.`QtyEntered`, o.`QtyOrdered`, o.`PriceEntered`, o.`PriceEntered`, o.`PriceEntered`, o.`QtyOrdered` * o.`PriceEntered`, o.`C_OrderLine_UU`
  FROM `C_OrderLine__old` o ORDER BY o.`C_OrderLine_ID`;--> statement-breakpoint
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
CREATE UNIQUE INDEX `ad_client_uu` ON `AD_Client` (`AD_Client_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_client_value` ON `AD_Client` (`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_role_uu` ON `AD_Role` (`AD_Role_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_role_name` ON `AD_Role` (`AD_Client_ID`,`Name`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_org_uu` ON `AD_Org` (`AD_Org_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_org_value` ON `AD_Org` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_warehouse_uu` ON `M_Warehouse` (`M_Warehouse_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_warehouse_value` ON `M_Warehouse` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_table_access_uu` ON `AD_Table_Access` (`AD_Table_Access_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_table_access_role_table` ON `AD_Table_Access` (`AD_Role_ID`,lower(`TableName`));--> statement-breakpoint
CREATE UNIQUE INDEX `ad_val_rule_uu` ON `AD_Val_Rule` (`AD_Val_Rule_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_form_uu` ON `AD_Form` (`AD_Form_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bp_group_uu` ON `C_BP_Group` (`C_BP_Group_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bp_group_value` ON `C_BP_Group` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bpartner_uu` ON `C_BPartner` (`C_BPartner_UU`);--> statement-breakpoint
CREATE INDEX `c_bpartner_active_name` ON `C_BPartner` (`IsActive`,`Name`);--> statement-breakpoint
CREATE INDEX `c_bpartner_name` ON `C_BPartner` (`Name`);--> statement-breakpoint
CREATE INDEX `c_bpartner_group` ON `C_BPartner` (`C_BP_Group_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bpartner_value` ON `C_BPartner` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_product_uu` ON `M_Product` (`M_Product_UU`);--> statement-breakpoint
CREATE INDEX `m_product_name` ON `M_Product` (`Name`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_product_value` ON `M_Product` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_order_uu` ON `C_Order` (`C_Order_UU`);--> statement-breakpoint
CREATE INDEX `c_order_bpartner` ON `C_Order` (`C_BPartner_ID`);--> statement-breakpoint
CREATE INDEX `c_order_salesrep` ON `C_Order` (`SalesRep_ID`);--> statement-breakpoint
CREATE INDEX `c_order_documentno` ON `C_Order` (`AD_Client_ID`,`DocumentNo`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_orderline_uu` ON `C_OrderLine` (`C_OrderLine_UU`);--> statement-breakpoint
CREATE INDEX `c_orderline_order` ON `C_OrderLine` (`C_Order_ID`,`Line`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bpartner_location_uu` ON `C_BPartner_Location` (`C_BPartner_Location_UU`);--> statement-breakpoint
CREATE INDEX `c_bpartner_location_partner` ON `C_BPartner_Location` (`C_BPartner_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_acctschema_uu` ON `C_AcctSchema` (`C_AcctSchema_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bank_uu` ON `C_Bank` (`C_Bank_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bankaccount_uu` ON `C_BankAccount` (`C_BankAccount_UU`);--> statement-breakpoint
CREATE INDEX `c_bankaccount_bank` ON `C_BankAccount` (`C_Bank_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bankaccount_value` ON `C_BankAccount` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bankaccountdoc_uu` ON `C_BankAccountDoc` (`C_BankAccountDoc_UU`);--> statement-breakpoint
CREATE INDEX `c_bankaccountdoc_account` ON `C_BankAccountDoc` (`C_BankAccount_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_cashbook_uu` ON `C_CashBook` (`C_CashBook_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_doctype_uu` ON `C_DocType` (`C_DocType_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_doctype_name` ON `C_DocType` (`AD_Client_ID`,`Name`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_elementvalue_uu` ON `C_ElementValue` (`C_ElementValue_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_elementvalue_value` ON `C_ElementValue` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_tax_uu` ON `C_Tax` (`C_Tax_UU`);--> statement-breakpoint
CREATE INDEX `c_tax_category` ON `C_Tax` (`C_TaxCategory_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_tax_acct_uu` ON `C_Tax_Acct` (`C_Tax_Acct_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_tax_acct_tax_schema` ON `C_Tax_Acct` (`C_Tax_ID`,`C_AcctSchema_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_validcombination_uu` ON `C_ValidCombination` (`C_ValidCombination_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_pricelist_uu` ON `M_PriceList` (`M_PriceList_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_pricelist_name` ON `M_PriceList` (`AD_Client_ID`,`Name`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_pricelist_version_uu` ON `M_PriceList_Version` (`M_PriceList_Version_UU`);--> statement-breakpoint
CREATE INDEX `m_pricelist_version_list` ON `M_PriceList_Version` (`M_PriceList_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_labelassignment_uu` ON `AD_LabelAssignment` (`AD_LabelAssignment_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_labelassignment_record` ON `AD_LabelAssignment` (`AD_Table_ID`,`Record_ID`,`AD_Label_ID`);--> statement-breakpoint
CREATE INDEX `ad_labelassignment_label` ON `AD_LabelAssignment` (`AD_Label_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_role_orgaccess_uu` ON `AD_Role_OrgAccess` (`AD_Role_OrgAccess_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_role_orgaccess_role_org` ON `AD_Role_OrgAccess` (`AD_Role_ID`,`AD_Org_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_cash_uu` ON `C_Cash` (`C_Cash_UU`);--> statement-breakpoint
CREATE INDEX `c_cash_cashbook` ON `C_Cash` (`C_CashBook_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_invoice_uu` ON `C_Invoice` (`C_Invoice_UU`);--> statement-breakpoint
CREATE INDEX `c_invoice_bpartner` ON `C_Invoice` (`C_BPartner_ID`);--> statement-breakpoint
CREATE INDEX `c_invoice_order` ON `C_Invoice` (`C_Order_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_invoiceline_uu` ON `C_InvoiceLine` (`C_InvoiceLine_UU`);--> statement-breakpoint
CREATE INDEX `c_invoiceline_invoice` ON `C_InvoiceLine` (`C_Invoice_ID`,`Line`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_ordertax_uu` ON `C_OrderTax` (`C_OrderTax_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_ordertax_order_tax` ON `C_OrderTax` (`C_Order_ID`,`C_Tax_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `fact_acct_uu` ON `Fact_Acct` (`Fact_Acct_UU`);--> statement-breakpoint
CREATE INDEX `fact_acct_record` ON `Fact_Acct` (`AD_Table_ID`,`Record_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_productprice_uu` ON `M_ProductPrice` (`M_ProductPrice_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_productprice_version_product` ON `M_ProductPrice` (`M_PriceList_Version_ID`,`M_Product_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `r_contactinterest_uu` ON `R_ContactInterest` (`R_ContactInterest_UU`);--> statement-breakpoint
CREATE INDEX `r_contactinterest_user` ON `R_ContactInterest` (`AD_User_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_image_uu` ON `AD_Image` (`AD_Image_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_label_uu` ON `AD_Label` (`AD_Label_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_label_name` ON `AD_Label` (`AD_Client_ID`,`Name`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_language_uu` ON `AD_Language` (`AD_Language_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_language_code` ON `AD_Language` (`AD_Language`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_country_uu` ON `C_Country` (`C_Country_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_country_code` ON `C_Country` (`CountryCode`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_currency_uu` ON `C_Currency` (`C_Currency_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_currency_iso` ON `C_Currency` (`AD_Client_ID`,`ISO_Code`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_job_uu` ON `C_Job` (`C_Job_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_location_uu` ON `C_Location` (`C_Location_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_region_uu` ON `C_Region` (`C_Region_UU`);--> statement-breakpoint
CREATE INDEX `c_region_country` ON `C_Region` (`C_Country_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_taxcategory_uu` ON `C_TaxCategory` (`C_TaxCategory_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_uom_uu` ON `C_UOM` (`C_UOM_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_uom_code` ON `C_UOM` (`AD_Client_ID`,`X12DE355`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_product_category_uu` ON `M_Product_Category` (`M_Product_Category_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_product_category_value` ON `M_Product_Category` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE UNIQUE INDEX `r_interestarea_uu` ON `R_InterestArea` (`R_InterestArea_UU`);--> statement-breakpoint
-- 3. The user store and the AD_User view
ALTER TABLE `users` ADD `created_by` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `updated_by` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `ad_client_id` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `ad_org_id` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `c_bpartner_id` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `c_job_id` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `ad_image_id` integer;--> statement-breakpoint
DROP VIEW `AD_User`;--> statement-breakpoint
CREATE VIEW `AD_User` AS SELECT
  `id` AS `AD_User_ID`,
  `ad_client_id` AS `AD_Client_ID`,
  `ad_org_id` AS `AD_Org_ID`,
  `enabled` AS `IsActive`,
  `registration_time` AS `Created`,
  `created_by` AS `CreatedBy`,
  coalesce(`updated_at`, `registration_time`) AS `Updated`,
  `updated_by` AS `UpdatedBy`,
  `login` AS `Name`,
  `description` AS `Description`,
  `email` AS `EMail`,
  `first_name` AS `FirstName`,
  `last_name` AS `LastName`,
  `language` AS `AD_Language`,
  `c_bpartner_id` AS `C_BPartner_ID`,
  `c_job_id` AS `C_Job_ID`,
  `ad_image_id` AS `AD_Image_ID`,
  'a5d0e1c2-7b3f-4e91-9c6d-' || printf('%012x', `id`) AS `AD_User_UU`
FROM `users`;--> statement-breakpoint
-- The organisations each role may use (src/core/records/scope.ts reads it with the data).
CREATE VIEW `atrium_role_orgs` AS SELECT r.`AD_Role_ID` AS `AD_Role_ID`, o.`AD_Org_ID` AS `AD_Org_ID`, 0 AS `IsReadOnly`
FROM `AD_Role` r JOIN `AD_Org` o ON o.`AD_Client_ID` = r.`AD_Client_ID`
WHERE r.`IsActive` = 1 AND r.`IsAccessAllOrgs` = 1 AND o.`AD_Org_ID` <> 0
UNION ALL
SELECT r.`AD_Role_ID`, a.`AD_Org_ID`, a.`IsReadOnly`
FROM `AD_Role_OrgAccess` a JOIN `AD_Role` r ON r.`AD_Role_ID` = a.`AD_Role_ID`
  JOIN `AD_Org` o ON o.`AD_Org_ID` = a.`AD_Org_ID` AND o.`AD_Client_ID` = r.`AD_Client_ID`
WHERE r.`IsActive` = 1 AND r.`IsAccessAllOrgs` = 0 AND a.`IsActive` = 1;--> statement-breakpoint
-- 4. System data (client 0)
INSERT OR IGNORE INTO `AD_Client` (`AD_Client_ID`, `AD_Org_ID`, `Value`, `Name`, `Description`, `AD_Language`) VALUES (0, 0, 'SYSTEM', 'System', 'System client: the data every client shares', 'en_US');--> statement-breakpoint
INSERT OR IGNORE INTO `AD_Org` (`AD_Org_ID`, `AD_Client_ID`, `Value`, `Name`, `Description`) VALUES (0, 0, '0', '*', 'Every organisation of a client');--> statement-breakpoint
-- The System role: held by holders of base.* (src/core/erp/context.ts), whatever Group_Name says.
INSERT OR IGNORE INTO `AD_Role` (`AD_Role_ID`, `AD_Client_ID`, `AD_Org_ID`, `Name`, `Description`, `Group_Name`, `IsAccessAllTables`, `IsAccessAllOrgs`) VALUES (0, 0, 0, 'System Administrator', 'System administration (holders of base.*)', 'admin', 1, 1);--> statement-breakpoint
INSERT OR IGNORE INTO `AD_Language` (`AD_Language_ID`, `AD_Language`, `Name`, `LanguageISO`, `CountryCode`, `IsBaseLanguage`, `IsSystemLanguage`, `IsLoginLocale`, `IsDecimalPoint`, `DatePattern`, `TimePattern`) VALUES
  (192, 'en_US', 'English (USA)', 'en', 'US', 1, 1, 1, 1, 'MM/dd/yyyy', 'h:mm:ss a'),
  (191, 'en_GB', 'English (UK)', 'en', 'GB', 0, 0, 0, 1, 'dd/MM/yyyy', 'HH:mm:ss'),
  (149, 'de_DE', 'Deutsch (Deutschland)', 'de', 'DE', 0, 1, 1, 0, 'dd.MM.yyyy', 'HH:mm:ss'),
  (158, 'fr_FR', 'Français (France)', 'fr', 'FR', 0, 1, 1, 0, 'dd/MM/yyyy', 'HH:mm:ss'),
  (134, 'es_CO', 'Español (Colombia)', 'es', 'CO', 0, 1, 1, 1, 'dd/MM/yyyy', 'hh:mm:ss a');--> statement-breakpoint
INSERT OR IGNORE INTO `C_Currency` (`C_Currency_ID`, `ISO_Code`, `CurSymbol`, `Description`, `StdPrecision`, `CostingPrecision`, `IsEuro`, `IsEMUMember`) VALUES
  (100, 'USD', '$', 'US Dollar', 2, 4, 0, 0),
  (102, 'EUR', '€', 'Euro', 2, 4, 1, 0),
  (114, 'GBP', '£', 'British Pound', 2, 4, 0, 0),
  (116, 'CAD', 'C$', 'Canadian Dollar', 2, 4, 0, 0);--> statement-breakpoint
INSERT OR IGNORE INTO `C_Country` (`C_Country_ID`, `Name`, `Description`, `CountryCode`, `HasRegion`, `RegionName`, `DisplaySequence`, `C_Currency_ID`, `AD_Language`, `IsDefault`) VALUES
  (100, 'United States', 'United States of America', 'US', 1, 'State', '@C@, @R@ @P@', 100, 'en_US', 1),
  (101, 'Germany', 'Deutschland', 'DE', 0, NULL, '@P@ @C@', 102, 'de_DE', 0),
  (102, 'France', 'France', 'FR', 0, NULL, '@P@ @C@', 102, 'fr_FR', 0),
  (109, 'Canada', 'Canada', 'CA', 1, 'Province', '@C@, @R@ @P@', 116, 'en_US', 0);--> statement-breakpoint
INSERT OR IGNORE INTO `C_Region` (`C_Region_ID`, `C_Country_ID`, `Name`, `Description`, `IsDefault`) VALUES
  (100, 100, 'CA', 'California', 0),
  (101, 100, 'MA', 'Massachusetts', 0),
  (102, 100, 'NY', 'New York', 1),
  (103, 100, 'CT', 'Connecticut', 0),
  (104, 100, 'TX', 'Texas', 0),
  (110, 109, 'ON', 'Ontario', 0),
  (111, 109, 'BC', 'British Columbia', 0),
  (112, 109, 'QC', 'Quebec', 0);--> statement-breakpoint
INSERT OR IGNORE INTO `C_UOM` (`C_UOM_ID`, `X12DE355`, `UOMSymbol`, `Name`, `Description`, `StdPrecision`, `CostingPrecision`, `IsDefault`, `UOMType`) VALUES
  (100, 'EA', 'Ea', 'Each', 'Each', 0, 0, 1, 'OT'),
  (101, 'HR', 'h', 'Hour', 'Hour', 2, 2, 0, 'TM'),
  (102, 'DA', 'd', 'Day', 'Day', 2, 2, 0, 'TM'),
  (103, 'MJ', 'm', 'Minute', 'Minute', 0, 0, 0, 'TM'),
  (109, 'KG', 'kg', 'Kilogram', 'Kilogram', 2, 4, 0, 'WT'),
  (110, 'LB', 'lb', 'Pound', 'Pound (weight)', 2, 4, 0, 'WT');--> statement-breakpoint
-- Roles without IsAccessAllOrgs keep the organisations they reached before: every one of their client's.
INSERT INTO `AD_Role_OrgAccess` (`AD_Client_ID`, `AD_Role_ID`, `AD_Org_ID`) SELECT r.`AD_Client_ID`, r.`AD_Role_ID`, o.`AD_Org_ID` FROM `AD_Role` r JOIN `AD_Org` o ON o.`AD_Client_ID` = r.`AD_Client_ID` WHERE r.`IsAccessAllOrgs` = 0 AND o.`AD_Org_ID` <> 0 ORDER BY r.`AD_Role_ID`, o.`AD_Org_ID`;--> statement-breakpoint
-- Every product counts in units (C_UOM 100 'Each', System data above).
UPDATE `M_Product` SET `C_UOM_ID` = 100 WHERE `C_UOM_ID` IS NULL;--> statement-breakpoint
-- 6. Who wrote: stamp triggers fill the standard columns where a statement left them as they were (Liberty
-- stored SQL, loaders); the writer names itself in atrium_actor for its batch (without one, UpdatedBy stays).
-- The records and identity cores stamp rows themselves.
CREATE TABLE `atrium_actor` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	CONSTRAINT "atrium_actor_one" CHECK("atrium_actor"."id" = 1)
);--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Client_update` AFTER UPDATE ON `AD_Client` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Client` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Client_insert` AFTER INSERT ON `AD_Client` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Client` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Form_update` AFTER UPDATE ON `AD_Form` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Form` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Form_insert` AFTER INSERT ON `AD_Form` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Form` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Image_update` AFTER UPDATE ON `AD_Image` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Image` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Image_insert` AFTER INSERT ON `AD_Image` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Image` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Label_update` AFTER UPDATE ON `AD_Label` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Label` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Label_insert` AFTER INSERT ON `AD_Label` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Label` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_LabelAssignment_update` AFTER UPDATE ON `AD_LabelAssignment` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_LabelAssignment` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_LabelAssignment_insert` AFTER INSERT ON `AD_LabelAssignment` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_LabelAssignment` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Language_update` AFTER UPDATE ON `AD_Language` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Language` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Language_insert` AFTER INSERT ON `AD_Language` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Language` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Org_update` AFTER UPDATE ON `AD_Org` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Org` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Org_insert` AFTER INSERT ON `AD_Org` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Org` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Role_update` AFTER UPDATE ON `AD_Role` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Role` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Role_insert` AFTER INSERT ON `AD_Role` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Role` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Role_OrgAccess_update` AFTER UPDATE ON `AD_Role_OrgAccess` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Role_OrgAccess` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Role_OrgAccess_insert` AFTER INSERT ON `AD_Role_OrgAccess` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Role_OrgAccess` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Table_Access_update` AFTER UPDATE ON `AD_Table_Access` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Table_Access` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Table_Access_insert` AFTER INSERT ON `AD_Table_Access` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Table_Access` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Val_Rule_update` AFTER UPDATE ON `AD_Val_Rule` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Val_Rule` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Val_Rule_insert` AFTER INSERT ON `AD_Val_Rule` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Val_Rule` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_AcctSchema_update` AFTER UPDATE ON `C_AcctSchema` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_AcctSchema` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_AcctSchema_insert` AFTER INSERT ON `C_AcctSchema` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_AcctSchema` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BP_Group_update` AFTER UPDATE ON `C_BP_Group` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_BP_Group` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BP_Group_insert` AFTER INSERT ON `C_BP_Group` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_BP_Group` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BPartner_update` AFTER UPDATE ON `C_BPartner` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_BPartner` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BPartner_insert` AFTER INSERT ON `C_BPartner` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_BPartner` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BPartner_Location_update` AFTER UPDATE ON `C_BPartner_Location` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_BPartner_Location` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BPartner_Location_insert` AFTER INSERT ON `C_BPartner_Location` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_BPartner_Location` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Bank_update` AFTER UPDATE ON `C_Bank` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Bank` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Bank_insert` AFTER INSERT ON `C_Bank` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Bank` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BankAccount_update` AFTER UPDATE ON `C_BankAccount` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_BankAccount` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BankAccount_insert` AFTER INSERT ON `C_BankAccount` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_BankAccount` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BankAccountDoc_update` AFTER UPDATE ON `C_BankAccountDoc` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_BankAccountDoc` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_BankAccountDoc_insert` AFTER INSERT ON `C_BankAccountDoc` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_BankAccountDoc` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Cash_update` AFTER UPDATE ON `C_Cash` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Cash` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Cash_insert` AFTER INSERT ON `C_Cash` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Cash` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_CashBook_update` AFTER UPDATE ON `C_CashBook` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_CashBook` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_CashBook_insert` AFTER INSERT ON `C_CashBook` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_CashBook` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Country_update` AFTER UPDATE ON `C_Country` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Country` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Country_insert` AFTER INSERT ON `C_Country` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Country` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Currency_update` AFTER UPDATE ON `C_Currency` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Currency` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Currency_insert` AFTER INSERT ON `C_Currency` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Currency` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_DocType_update` AFTER UPDATE ON `C_DocType` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_DocType` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_DocType_insert` AFTER INSERT ON `C_DocType` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_DocType` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_ElementValue_update` AFTER UPDATE ON `C_ElementValue` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_ElementValue` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_ElementValue_insert` AFTER INSERT ON `C_ElementValue` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_ElementValue` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Invoice_update` AFTER UPDATE ON `C_Invoice` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Invoice` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Invoice_insert` AFTER INSERT ON `C_Invoice` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Invoice` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_InvoiceLine_update` AFTER UPDATE ON `C_InvoiceLine` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_InvoiceLine` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_InvoiceLine_insert` AFTER INSERT ON `C_InvoiceLine` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_InvoiceLine` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Job_update` AFTER UPDATE ON `C_Job` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Job` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Job_insert` AFTER INSERT ON `C_Job` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Job` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Location_update` AFTER UPDATE ON `C_Location` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Location` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Location_insert` AFTER INSERT ON `C_Location` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Location` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Order_update` AFTER UPDATE ON `C_Order` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Order` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Order_insert` AFTER INSERT ON `C_Order` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Order` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_OrderLine_update` AFTER UPDATE ON `C_OrderLine` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_OrderLine` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_OrderLine_insert` AFTER INSERT ON `C_OrderLine` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_OrderLine` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_OrderTax_update` AFTER UPDATE ON `C_OrderTax` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_OrderTax` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_OrderTax_insert` AFTER INSERT ON `C_OrderTax` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_OrderTax` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Region_update` AFTER UPDATE ON `C_Region` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Region` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Region_insert` AFTER INSERT ON `C_Region` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Region` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Tax_update` AFTER UPDATE ON `C_Tax` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Tax` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Tax_insert` AFTER INSERT ON `C_Tax` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Tax` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_TaxCategory_update` AFTER UPDATE ON `C_TaxCategory` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_TaxCategory` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_TaxCategory_insert` AFTER INSERT ON `C_TaxCategory` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_TaxCategory` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Tax_Acct_update` AFTER UPDATE ON `C_Tax_Acct` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_Tax_Acct` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_Tax_Acct_insert` AFTER INSERT ON `C_Tax_Acct` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_Tax_Acct` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_UOM_update` AFTER UPDATE ON `C_UOM` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_UOM` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_UOM_insert` AFTER INSERT ON `C_UOM` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_UOM` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_ValidCombination_update` AFTER UPDATE ON `C_ValidCombination` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `C_ValidCombination` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_C_ValidCombination_insert` AFTER INSERT ON `C_ValidCombination` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `C_ValidCombination` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_Fact_Acct_update` AFTER UPDATE ON `Fact_Acct` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `Fact_Acct` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_Fact_Acct_insert` AFTER INSERT ON `Fact_Acct` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `Fact_Acct` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_PriceList_update` AFTER UPDATE ON `M_PriceList` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `M_PriceList` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_PriceList_insert` AFTER INSERT ON `M_PriceList` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `M_PriceList` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_PriceList_Version_update` AFTER UPDATE ON `M_PriceList_Version` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `M_PriceList_Version` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_PriceList_Version_insert` AFTER INSERT ON `M_PriceList_Version` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `M_PriceList_Version` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_Product_update` AFTER UPDATE ON `M_Product` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `M_Product` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_Product_insert` AFTER INSERT ON `M_Product` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `M_Product` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_ProductPrice_update` AFTER UPDATE ON `M_ProductPrice` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `M_ProductPrice` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_ProductPrice_insert` AFTER INSERT ON `M_ProductPrice` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `M_ProductPrice` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_Product_Category_update` AFTER UPDATE ON `M_Product_Category` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `M_Product_Category` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_Product_Category_insert` AFTER INSERT ON `M_Product_Category` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `M_Product_Category` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_Warehouse_update` AFTER UPDATE ON `M_Warehouse` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `M_Warehouse` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_M_Warehouse_insert` AFTER INSERT ON `M_Warehouse` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `M_Warehouse` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_R_ContactInterest_update` AFTER UPDATE ON `R_ContactInterest` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `R_ContactInterest` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_R_ContactInterest_insert` AFTER INSERT ON `R_ContactInterest` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `R_ContactInterest` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_R_InterestArea_update` AFTER UPDATE ON `R_InterestArea` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `R_InterestArea` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_R_InterestArea_insert` AFTER INSERT ON `R_InterestArea` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `R_InterestArea` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_users_update` AFTER UPDATE ON `users` WHEN NEW.`updated_by` IS OLD.`updated_by` AND NEW.`updated_at` IS OLD.`updated_at` BEGIN UPDATE `users` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `updated_by` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`updated_by`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_users_insert` AFTER INSERT ON `users` WHEN NEW.`created_by` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `users` SET `created_by` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `updated_by` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
-- A role's rows belong to the role's client, however they are written (plain SQL leaves the client 0).
CREATE TRIGGER `atrium_role_client_AD_Table_Access_insert` AFTER INSERT ON `AD_Table_Access` WHEN NEW.`AD_Client_ID` IS NOT (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) BEGIN UPDATE `AD_Table_Access` SET `AD_Client_ID` = (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_role_client_AD_Table_Access_update` AFTER UPDATE OF `AD_Role_ID`, `AD_Client_ID` ON `AD_Table_Access` WHEN NEW.`AD_Client_ID` IS NOT (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) BEGIN UPDATE `AD_Table_Access` SET `AD_Client_ID` = (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_role_client_AD_Role_OrgAccess_insert` AFTER INSERT ON `AD_Role_OrgAccess` WHEN NEW.`AD_Client_ID` IS NOT (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) BEGIN UPDATE `AD_Role_OrgAccess` SET `AD_Client_ID` = (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_role_client_AD_Role_OrgAccess_update` AFTER UPDATE OF `AD_Role_ID`, `AD_Client_ID` ON `AD_Role_OrgAccess` WHEN NEW.`AD_Client_ID` IS NOT (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) BEGIN UPDATE `AD_Role_OrgAccess` SET `AD_Client_ID` = (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
-- 5. Data versions and sequences
INSERT OR IGNORE INTO `atrium_table_versions` (`name`, `version`) VALUES
  ('AD_Client', random()),
  ('AD_Form', random()),
  ('AD_Image', random()),
  ('AD_Label', random()),
  ('AD_LabelAssignment', random()),
  ('AD_Language', random()),
  ('AD_Org', random()),
  ('AD_Role', random()),
  ('AD_Role_OrgAccess', random()),
  ('AD_Table_Access', random()),
  ('AD_Val_Rule', random()),
  ('C_AcctSchema', random()),
  ('C_BP_Group', random()),
  ('C_BPartner', random()),
  ('C_BPartner_Location', random()),
  ('C_Bank', random()),
  ('C_BankAccount', random()),
  ('C_BankAccountDoc', random()),
  ('C_Cash', random()),
  ('C_CashBook', random()),
  ('C_Country', random()),
  ('C_Currency', random()),
  ('C_DocType', random()),
  ('C_ElementValue', random()),
  ('C_Invoice', random()),
  ('C_InvoiceLine', random()),
  ('C_Job', random()),
  ('C_Location', random()),
  ('C_Order', random()),
  ('C_OrderLine', random()),
  ('C_OrderTax', random()),
  ('C_Region', random()),
  ('C_Tax', random()),
  ('C_TaxCategory', random()),
  ('C_Tax_Acct', random()),
  ('C_UOM', random()),
  ('C_ValidCombination', random()),
  ('Fact_Acct', random()),
  ('M_PriceList', random()),
  ('M_PriceList_Version', random()),
  ('M_Product', random()),
  ('M_ProductPrice', random()),
  ('M_Product_Category', random()),
  ('M_Warehouse', random()),
  ('R_ContactInterest', random()),
  ('R_InterestArea', random());--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Client_insert` AFTER INSERT ON `AD_Client` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Client'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Client_update` AFTER UPDATE ON `AD_Client` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Client'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Client_delete` AFTER DELETE ON `AD_Client` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Client'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Form_insert` AFTER INSERT ON `AD_Form` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Form'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Form_update` AFTER UPDATE ON `AD_Form` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Form'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Form_delete` AFTER DELETE ON `AD_Form` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Form'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Image_insert` AFTER INSERT ON `AD_Image` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Image'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Image_update` AFTER UPDATE ON `AD_Image` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Image'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Image_delete` AFTER DELETE ON `AD_Image` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Image'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Label_insert` AFTER INSERT ON `AD_Label` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Label'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Label_update` AFTER UPDATE ON `AD_Label` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Label'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Label_delete` AFTER DELETE ON `AD_Label` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Label'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_LabelAssignment_insert` AFTER INSERT ON `AD_LabelAssignment` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_LabelAssignment'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_LabelAssignment_update` AFTER UPDATE ON `AD_LabelAssignment` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_LabelAssignment'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_LabelAssignment_delete` AFTER DELETE ON `AD_LabelAssignment` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_LabelAssignment'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Language_insert` AFTER INSERT ON `AD_Language` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Language'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Language_update` AFTER UPDATE ON `AD_Language` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Language'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Language_delete` AFTER DELETE ON `AD_Language` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Language'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Org_insert` AFTER INSERT ON `AD_Org` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Org'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Org_update` AFTER UPDATE ON `AD_Org` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Org'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Org_delete` AFTER DELETE ON `AD_Org` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Org'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_insert` AFTER INSERT ON `AD_Role` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_update` AFTER UPDATE ON `AD_Role` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_delete` AFTER DELETE ON `AD_Role` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_OrgAccess_insert` AFTER INSERT ON `AD_Role_OrgAccess` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role_OrgAccess'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_OrgAccess_update` AFTER UPDATE ON `AD_Role_OrgAccess` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role_OrgAccess'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Role_OrgAccess_delete` AFTER DELETE ON `AD_Role_OrgAccess` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Role_OrgAccess'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Table_Access_insert` AFTER INSERT ON `AD_Table_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Table_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Table_Access_update` AFTER UPDATE ON `AD_Table_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Table_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Table_Access_delete` AFTER DELETE ON `AD_Table_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Table_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Val_Rule_insert` AFTER INSERT ON `AD_Val_Rule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Val_Rule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Val_Rule_update` AFTER UPDATE ON `AD_Val_Rule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Val_Rule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Val_Rule_delete` AFTER DELETE ON `AD_Val_Rule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Val_Rule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_AcctSchema_insert` AFTER INSERT ON `C_AcctSchema` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_AcctSchema'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_AcctSchema_update` AFTER UPDATE ON `C_AcctSchema` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_AcctSchema'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_AcctSchema_delete` AFTER DELETE ON `C_AcctSchema` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_AcctSchema'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BP_Group_insert` AFTER INSERT ON `C_BP_Group` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BP_Group'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BP_Group_update` AFTER UPDATE ON `C_BP_Group` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BP_Group'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BP_Group_delete` AFTER DELETE ON `C_BP_Group` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BP_Group'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_insert` AFTER INSERT ON `C_BPartner` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_update` AFTER UPDATE ON `C_BPartner` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_delete` AFTER DELETE ON `C_BPartner` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_Location_insert` AFTER INSERT ON `C_BPartner_Location` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner_Location'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_Location_update` AFTER UPDATE ON `C_BPartner_Location` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner_Location'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BPartner_Location_delete` AFTER DELETE ON `C_BPartner_Location` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BPartner_Location'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Bank_insert` AFTER INSERT ON `C_Bank` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Bank'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Bank_update` AFTER UPDATE ON `C_Bank` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Bank'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Bank_delete` AFTER DELETE ON `C_Bank` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Bank'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BankAccount_insert` AFTER INSERT ON `C_BankAccount` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BankAccount'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BankAccount_update` AFTER UPDATE ON `C_BankAccount` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BankAccount'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BankAccount_delete` AFTER DELETE ON `C_BankAccount` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BankAccount'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BankAccountDoc_insert` AFTER INSERT ON `C_BankAccountDoc` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BankAccountDoc'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BankAccountDoc_update` AFTER UPDATE ON `C_BankAccountDoc` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BankAccountDoc'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_BankAccountDoc_delete` AFTER DELETE ON `C_BankAccountDoc` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_BankAccountDoc'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Cash_insert` AFTER INSERT ON `C_Cash` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Cash'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Cash_update` AFTER UPDATE ON `C_Cash` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Cash'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Cash_delete` AFTER DELETE ON `C_Cash` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Cash'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_CashBook_insert` AFTER INSERT ON `C_CashBook` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_CashBook'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_CashBook_update` AFTER UPDATE ON `C_CashBook` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_CashBook'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_CashBook_delete` AFTER DELETE ON `C_CashBook` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_CashBook'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Country_insert` AFTER INSERT ON `C_Country` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Country'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Country_update` AFTER UPDATE ON `C_Country` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Country'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Country_delete` AFTER DELETE ON `C_Country` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Country'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Currency_insert` AFTER INSERT ON `C_Currency` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Currency'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Currency_update` AFTER UPDATE ON `C_Currency` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Currency'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Currency_delete` AFTER DELETE ON `C_Currency` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Currency'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_DocType_insert` AFTER INSERT ON `C_DocType` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_DocType'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_DocType_update` AFTER UPDATE ON `C_DocType` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_DocType'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_DocType_delete` AFTER DELETE ON `C_DocType` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_DocType'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_ElementValue_insert` AFTER INSERT ON `C_ElementValue` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_ElementValue'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_ElementValue_update` AFTER UPDATE ON `C_ElementValue` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_ElementValue'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_ElementValue_delete` AFTER DELETE ON `C_ElementValue` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_ElementValue'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Invoice_insert` AFTER INSERT ON `C_Invoice` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Invoice'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Invoice_update` AFTER UPDATE ON `C_Invoice` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Invoice'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Invoice_delete` AFTER DELETE ON `C_Invoice` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Invoice'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_InvoiceLine_insert` AFTER INSERT ON `C_InvoiceLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_InvoiceLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_InvoiceLine_update` AFTER UPDATE ON `C_InvoiceLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_InvoiceLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_InvoiceLine_delete` AFTER DELETE ON `C_InvoiceLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_InvoiceLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Job_insert` AFTER INSERT ON `C_Job` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Job'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Job_update` AFTER UPDATE ON `C_Job` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Job'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Job_delete` AFTER DELETE ON `C_Job` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Job'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Location_insert` AFTER INSERT ON `C_Location` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Location'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Location_update` AFTER UPDATE ON `C_Location` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Location'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Location_delete` AFTER DELETE ON `C_Location` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Location'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Order_insert` AFTER INSERT ON `C_Order` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Order'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Order_update` AFTER UPDATE ON `C_Order` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Order'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Order_delete` AFTER DELETE ON `C_Order` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Order'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderLine_insert` AFTER INSERT ON `C_OrderLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderLine_update` AFTER UPDATE ON `C_OrderLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderLine_delete` AFTER DELETE ON `C_OrderLine` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderLine'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderTax_insert` AFTER INSERT ON `C_OrderTax` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderTax'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderTax_update` AFTER UPDATE ON `C_OrderTax` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderTax'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_OrderTax_delete` AFTER DELETE ON `C_OrderTax` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_OrderTax'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Region_insert` AFTER INSERT ON `C_Region` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Region'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Region_update` AFTER UPDATE ON `C_Region` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Region'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Region_delete` AFTER DELETE ON `C_Region` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Region'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Tax_insert` AFTER INSERT ON `C_Tax` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Tax'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Tax_update` AFTER UPDATE ON `C_Tax` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Tax'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Tax_delete` AFTER DELETE ON `C_Tax` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Tax'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_TaxCategory_insert` AFTER INSERT ON `C_TaxCategory` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_TaxCategory'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_TaxCategory_update` AFTER UPDATE ON `C_TaxCategory` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_TaxCategory'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_TaxCategory_delete` AFTER DELETE ON `C_TaxCategory` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_TaxCategory'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Tax_Acct_insert` AFTER INSERT ON `C_Tax_Acct` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Tax_Acct'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Tax_Acct_update` AFTER UPDATE ON `C_Tax_Acct` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Tax_Acct'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_Tax_Acct_delete` AFTER DELETE ON `C_Tax_Acct` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_Tax_Acct'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_UOM_insert` AFTER INSERT ON `C_UOM` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_UOM'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_UOM_update` AFTER UPDATE ON `C_UOM` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_UOM'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_UOM_delete` AFTER DELETE ON `C_UOM` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_UOM'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_ValidCombination_insert` AFTER INSERT ON `C_ValidCombination` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_ValidCombination'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_ValidCombination_update` AFTER UPDATE ON `C_ValidCombination` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_ValidCombination'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_C_ValidCombination_delete` AFTER DELETE ON `C_ValidCombination` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'C_ValidCombination'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_Fact_Acct_insert` AFTER INSERT ON `Fact_Acct` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'Fact_Acct'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_Fact_Acct_update` AFTER UPDATE ON `Fact_Acct` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'Fact_Acct'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_Fact_Acct_delete` AFTER DELETE ON `Fact_Acct` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'Fact_Acct'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_PriceList_insert` AFTER INSERT ON `M_PriceList` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_PriceList'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_PriceList_update` AFTER UPDATE ON `M_PriceList` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_PriceList'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_PriceList_delete` AFTER DELETE ON `M_PriceList` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_PriceList'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_PriceList_Version_insert` AFTER INSERT ON `M_PriceList_Version` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_PriceList_Version'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_PriceList_Version_update` AFTER UPDATE ON `M_PriceList_Version` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_PriceList_Version'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_PriceList_Version_delete` AFTER DELETE ON `M_PriceList_Version` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_PriceList_Version'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_insert` AFTER INSERT ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_update` AFTER UPDATE ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_delete` AFTER DELETE ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_ProductPrice_insert` AFTER INSERT ON `M_ProductPrice` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_ProductPrice'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_ProductPrice_update` AFTER UPDATE ON `M_ProductPrice` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_ProductPrice'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_ProductPrice_delete` AFTER DELETE ON `M_ProductPrice` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_ProductPrice'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_Category_insert` AFTER INSERT ON `M_Product_Category` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product_Category'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_Category_update` AFTER UPDATE ON `M_Product_Category` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product_Category'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_Category_delete` AFTER DELETE ON `M_Product_Category` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product_Category'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_insert` AFTER INSERT ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_update` AFTER UPDATE ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_delete` AFTER DELETE ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_R_ContactInterest_insert` AFTER INSERT ON `R_ContactInterest` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'R_ContactInterest'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_R_ContactInterest_update` AFTER UPDATE ON `R_ContactInterest` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'R_ContactInterest'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_R_ContactInterest_delete` AFTER DELETE ON `R_ContactInterest` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'R_ContactInterest'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_R_InterestArea_insert` AFTER INSERT ON `R_InterestArea` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'R_InterestArea'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_R_InterestArea_update` AFTER UPDATE ON `R_InterestArea` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'R_InterestArea'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_R_InterestArea_delete` AFTER DELETE ON `R_InterestArea` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'R_InterestArea'; END;--> statement-breakpoint
DELETE FROM `sqlite_sequence` WHERE `name` IN ('C_BPartner_Location', 'C_AcctSchema', 'C_Bank', 'C_BankAccount', 'C_BankAccountDoc', 'C_CashBook', 'C_DocType', 'C_ElementValue', 'C_Tax', 'C_Tax_Acct', 'C_ValidCombination', 'M_PriceList', 'M_PriceList_Version', 'AD_LabelAssignment', 'AD_Role_OrgAccess', 'C_Cash', 'C_Invoice', 'C_InvoiceLine', 'C_OrderTax', 'Fact_Acct', 'M_ProductPrice', 'R_ContactInterest', 'AD_Image', 'AD_Label', 'AD_Language', 'C_Country', 'C_Currency', 'C_Job', 'C_Location', 'C_Region', 'C_TaxCategory', 'C_UOM', 'M_Product_Category', 'R_InterestArea', 'AD_Client', 'AD_Role', 'AD_Org', 'M_Warehouse', 'AD_Table_Access', 'AD_Val_Rule', 'AD_Form', 'C_BP_Group', 'C_BPartner', 'M_Product', 'C_Order', 'C_OrderLine');--> statement-breakpoint
WITH t(`name`, `top`) AS (VALUES
  ('C_BPartner_Location', (SELECT coalesce(max(`C_BPartner_Location_ID`), 0) FROM `C_BPartner_Location`)),
  ('C_AcctSchema', (SELECT coalesce(max(`C_AcctSchema_ID`), 0) FROM `C_AcctSchema`)),
  ('C_Bank', (SELECT coalesce(max(`C_Bank_ID`), 0) FROM `C_Bank`)),
  ('C_BankAccount', (SELECT coalesce(max(`C_BankAccount_ID`), 0) FROM `C_BankAccount`)),
  ('C_BankAccountDoc', (SELECT coalesce(max(`C_BankAccountDoc_ID`), 0) FROM `C_BankAccountDoc`)),
  ('C_CashBook', (SELECT coalesce(max(`C_CashBook_ID`), 0) FROM `C_CashBook`)),
  ('C_DocType', (SELECT coalesce(max(`C_DocType_ID`), 0) FROM `C_DocType`)),
  ('C_ElementValue', (SELECT coalesce(max(`C_ElementValue_ID`), 0) FROM `C_ElementValue`)),
  ('C_Tax', (SELECT coalesce(max(`C_Tax_ID`), 0) FROM `C_Tax`)),
  ('C_Tax_Acct', (SELECT coalesce(max(`C_Tax_Acct_ID`), 0) FROM `C_Tax_Acct`)),
  ('C_ValidCombination', (SELECT coalesce(max(`C_ValidCombination_ID`), 0) FROM `C_ValidCombination`)),
  ('M_PriceList', (SELECT coalesce(max(`M_PriceList_ID`), 0) FROM `M_PriceList`)),
  ('M_PriceList_Version', (SELECT coalesce(max(`M_PriceList_Version_ID`), 0) FROM `M_PriceList_Version`)),
  ('AD_LabelAssignment', (SELECT coalesce(max(`AD_LabelAssignment_ID`), 0) FROM `AD_LabelAssignment`)),
  ('AD_Role_OrgAccess', (SELECT coalesce(max(`AD_Role_OrgAccess_ID`), 0) FROM `AD_Role_OrgAccess`)),
  ('C_Cash', (SELECT coalesce(max(`C_Cash_ID`), 0) FROM `C_Cash`)),
  ('C_Invoice', (SELECT coalesce(max(`C_Invoice_ID`), 0) FROM `C_Invoice`)),
  ('C_InvoiceLine', (SELECT coalesce(max(`C_InvoiceLine_ID`), 0) FROM `C_InvoiceLine`)),
  ('C_OrderTax', (SELECT coalesce(max(`C_OrderTax_ID`), 0) FROM `C_OrderTax`)),
  ('Fact_Acct', (SELECT coalesce(max(`Fact_Acct_ID`), 0) FROM `Fact_Acct`)),
  ('M_ProductPrice', (SELECT coalesce(max(`M_ProductPrice_ID`), 0) FROM `M_ProductPrice`)),
  ('R_ContactInterest', (SELECT coalesce(max(`R_ContactInterest_ID`), 0) FROM `R_ContactInterest`)),
  ('AD_Image', (SELECT coalesce(max(`AD_Image_ID`), 0) FROM `AD_Image`)),
  ('AD_Label', (SELECT coalesce(max(`AD_Label_ID`), 0) FROM `AD_Label`)),
  ('AD_Language', (SELECT coalesce(max(`AD_Language_ID`), 0) FROM `AD_Language`)),
  ('C_Country', (SELECT coalesce(max(`C_Country_ID`), 0) FROM `C_Country`)),
  ('C_Currency', (SELECT coalesce(max(`C_Currency_ID`), 0) FROM `C_Currency`)),
  ('C_Job', (SELECT coalesce(max(`C_Job_ID`), 0) FROM `C_Job`)),
  ('C_Location', (SELECT coalesce(max(`C_Location_ID`), 0) FROM `C_Location`)),
  ('C_Region', (SELECT coalesce(max(`C_Region_ID`), 0) FROM `C_Region`)),
  ('C_TaxCategory', (SELECT coalesce(max(`C_TaxCategory_ID`), 0) FROM `C_TaxCategory`)),
  ('C_UOM', (SELECT coalesce(max(`C_UOM_ID`), 0) FROM `C_UOM`)),
  ('M_Product_Category', (SELECT coalesce(max(`M_Product_Category_ID`), 0) FROM `M_Product_Category`)),
  ('R_InterestArea', (SELECT coalesce(max(`R_InterestArea_ID`), 0) FROM `R_InterestArea`)),
  ('AD_Client', (SELECT coalesce(max(`AD_Client_ID`), 0) FROM `AD_Client`)),
  ('AD_Role', (SELECT coalesce(max(`AD_Role_ID`), 0) FROM `AD_Role`)),
  ('AD_Org', (SELECT coalesce(max(`AD_Org_ID`), 0) FROM `AD_Org`)),
  ('M_Warehouse', (SELECT coalesce(max(`M_Warehouse_ID`), 0) FROM `M_Warehouse`)),
  ('AD_Table_Access', (SELECT coalesce(max(`AD_Table_Access_ID`), 0) FROM `AD_Table_Access`)),
  ('AD_Val_Rule', (SELECT coalesce(max(`AD_Val_Rule_ID`), 0) FROM `AD_Val_Rule`)),
  ('AD_Form', (SELECT coalesce(max(`AD_Form_ID`), 0) FROM `AD_Form`)),
  ('C_BP_Group', (SELECT coalesce(max(`C_BP_Group_ID`), 0) FROM `C_BP_Group`)),
  ('C_BPartner', (SELECT coalesce(max(`C_BPartner_ID`), 0) FROM `C_BPartner`)),
  ('M_Product', (SELECT coalesce(max(`M_Product_ID`), 0) FROM `M_Product`)),
  ('C_Order', (SELECT coalesce(max(`C_Order_ID`), 0) FROM `C_Order`)),
  ('C_OrderLine', (SELECT coalesce(max(`C_OrderLine_ID`), 0) FROM `C_OrderLine`))
)
INSERT INTO `sqlite_sequence` (`name`, `seq`)
SELECT t.`name`, max(999999, t.`top`, coalesce((
  SELECT max(CAST(a.`record_id` AS integer)) FROM `audit_log` a
  WHERE a.`table_name` = t.`name` AND a.`record_id` <> '' AND a.`record_id` NOT GLOB '*[^0-9]*' AND length(a.`record_id`) <= 15
), 0))
FROM t;
