-- iDempiere face: GardenWorld-style business tables (real tables with iDempiere column names, so the
-- generic models API exposes them), the login context tables (clients, roles = core groups,
-- organizations, warehouses), per-role table access, validation rules, forms, and workflow bookkeeping
-- (wf_*, internal). Demo rows are loaded by the face's demo loader, not here.
CREATE TABLE `AD_Client` (
  `AD_Client_ID` integer PRIMARY KEY,
  `AD_Client_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `AD_Language` text NOT NULL DEFAULT 'en_US',
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE TABLE `AD_Role` (
  `AD_Role_ID` integer PRIMARY KEY,
  `AD_Role_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `Name` text NOT NULL,
  -- The core group that holds this role (membership = the role is granted).
  `Group_Name` text NOT NULL,
  -- Y: every table of the pool is readable and writable (iDempiere's "access all" roles).
  `IsAccessAllTables` boolean NOT NULL DEFAULT 0,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE TABLE `AD_Org` (
  `AD_Org_ID` integer PRIMARY KEY,
  `AD_Org_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE TABLE `M_Warehouse` (
  `M_Warehouse_ID` integer PRIMARY KEY,
  `M_Warehouse_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `AD_Org_ID` integer NOT NULL REFERENCES `AD_Org`(`AD_Org_ID`),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE TABLE `AD_Table_Access` (
  `AD_Table_Access_ID` integer PRIMARY KEY,
  `AD_Role_ID` integer NOT NULL REFERENCES `AD_Role`(`AD_Role_ID`),
  `TableName` text NOT NULL,
  `IsReadOnly` boolean NOT NULL DEFAULT 1,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_table_access_role_table` ON `AD_Table_Access` (`AD_Role_ID`, lower(`TableName`));--> statement-breakpoint
CREATE TABLE `AD_Val_Rule` (
  `AD_Val_Rule_ID` integer PRIMARY KEY,
  `AD_Val_Rule_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Name` text NOT NULL,
  -- A WHERE fragment in the OData $filter grammar with @Var@ placeholders (filled from $context, bound).
  `Code` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE TABLE `AD_Form` (
  `AD_Form_ID` integer PRIMARY KEY,
  `AD_Form_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Name` text NOT NULL,
  `Description` text,
  `Help` text,
  `Classname` text,
  `EntityType` text NOT NULL DEFAULT 'U',
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE TABLE `C_BP_Group` (
  `C_BP_Group_ID` integer PRIMARY KEY,
  `C_BP_Group_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsDefault` boolean NOT NULL DEFAULT 0,
  `IsActive` boolean NOT NULL DEFAULT 1,
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
);--> statement-breakpoint
CREATE TABLE `C_BPartner` (
  `C_BPartner_ID` integer PRIMARY KEY,
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
CREATE INDEX `c_bpartner_active_name` ON `C_BPartner` (`IsActive`, `Name`);--> statement-breakpoint
CREATE INDEX `c_bpartner_name` ON `C_BPartner` (`Name`);--> statement-breakpoint
CREATE INDEX `c_bpartner_group` ON `C_BPartner` (`C_BP_Group_ID`);--> statement-breakpoint
CREATE UNIQUE INDEX `c_bpartner_uu` ON `C_BPartner` (`C_BPartner_UU`);--> statement-breakpoint
CREATE TABLE `M_Product` (
  `M_Product_ID` integer PRIMARY KEY,
  `M_Product_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL DEFAULT 11,
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `ProductType` text NOT NULL DEFAULT 'I',
  `IsActive` boolean NOT NULL DEFAULT 1,
  `Created` timestamp NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `Updated` timestamp
);--> statement-breakpoint
CREATE INDEX `m_product_name` ON `M_Product` (`Name`);--> statement-breakpoint
CREATE TABLE `C_Order` (
  `C_Order_ID` integer PRIMARY KEY,
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
CREATE INDEX `c_order_bpartner` ON `C_Order` (`C_BPartner_ID`);--> statement-breakpoint
CREATE TABLE `C_OrderLine` (
  `C_OrderLine_ID` integer PRIMARY KEY,
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
);--> statement-breakpoint
CREATE INDEX `c_orderline_order` ON `C_OrderLine` (`C_Order_ID`, `Line`);--> statement-breakpoint
-- AD_User is a read view over the one user store (no password material); writes go through the
-- identity core.
CREATE VIEW `AD_User` AS SELECT
  `id` AS `AD_User_ID`,
  `login` AS `Name`,
  `first_name` AS `FirstName`,
  `last_name` AS `LastName`,
  `email` AS `EMail`,
  `description` AS `Description`,
  `enabled` AS `IsActive`,
  `language` AS `AD_Language`,
  `registration_time` AS `Created`,
  `updated_at` AS `Updated`
FROM `users`;--> statement-breakpoint
-- Workflow bookkeeping: one row per activity node (state mirrored from its WorkflowDO) and its history.
CREATE TABLE `wf_activity` (
  `id` integer PRIMARY KEY,
  `uid` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `process_id` text NOT NULL,
  `table_name` text NOT NULL,
  `record_id` integer NOT NULL,
  `node_name` text NOT NULL,
  `node_description` text,
  `node_help` text,
  `priority` integer NOT NULL DEFAULT 5,
  `summary` text,
  `column_name` text NOT NULL DEFAULT 'IsApproved',
  `node_type` text NOT NULL DEFAULT 'approval',
  `user_id` integer NOT NULL,
  `state` text NOT NULL DEFAULT 'pending',
  `created` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `processed` text
);--> statement-breakpoint
CREATE INDEX `wf_activity_user_state` ON `wf_activity` (`user_id`, `state`);--> statement-breakpoint
CREATE TABLE `wf_history` (
  `id` integer PRIMARY KEY,
  `activity_id` integer NOT NULL REFERENCES `wf_activity`(`id`) ON DELETE CASCADE,
  `action` text NOT NULL,
  `user_id` integer NOT NULL,
  `message` text,
  `value` text,
  `at` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);--> statement-breakpoint
CREATE INDEX `wf_history_activity` ON `wf_history` (`activity_id`);--> statement-breakpoint
CREATE TABLE `atrium_refresh_tokens` (
  `jti` text PRIMARY KEY,
  `family` text NOT NULL,
  `user_id` integer NOT NULL,
  `expires_at` integer NOT NULL,
  `access_jti` text,
  `used_at` text
);--> statement-breakpoint
CREATE INDEX `atrium_refresh_tokens_family` ON `atrium_refresh_tokens` (`family`);
