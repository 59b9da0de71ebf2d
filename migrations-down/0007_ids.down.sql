-- Undoes 0007_ids: the same tables are rebuilt the same way (rename, create, copy, drop, indexes) with their
-- 0002-0005 definitions, without AUTOINCREMENT; every row, index and default is kept. SQLite drops their
-- sqlite_sequence rows with the old tables, so at this version a new row may again take the id of the last
-- deleted one; upgrading again seeds the sequences from the current ids and the audit log.
PRAGMA defer_foreign_keys = on;--> statement-breakpoint
-- Liberty (each face: rename, create and copy parents first, drop old tables children first, indexes)
ALTER TABLE `LY_APPLICATIONS` RENAME TO `LY_APPLICATIONS__old`;--> statement-breakpoint
ALTER TABLE `LY_THEMES` RENAME TO `LY_THEMES__old`;--> statement-breakpoint
ALTER TABLE `LY_THEMES_COLORS` RENAME TO `LY_THEMES_COLORS__old`;--> statement-breakpoint
ALTER TABLE `atrium_revisions` RENAME TO `atrium_revisions__old`;--> statement-breakpoint
CREATE TABLE `LY_APPLICATIONS` (
  `APPS_ID` integer PRIMARY KEY,
  `APPS_NAME` text NOT NULL,
  `APPS_DESCRIPTION` text,
  `APPS_POOL` text NOT NULL DEFAULT 'default',
  `APPS_OFFSET` integer NOT NULL DEFAULT 5000,
  `APPS_LIMIT` integer NOT NULL DEFAULT 10000,
  `APPS_VERSION` integer NOT NULL DEFAULT 500,
  `APPS_DASHBOARD` integer,
  `APPS_THEME` text
);--> statement-breakpoint
INSERT INTO `LY_APPLICATIONS` SELECT * FROM `LY_APPLICATIONS__old`;--> statement-breakpoint
CREATE TABLE `LY_THEMES` (
  `THM_ID` integer PRIMARY KEY,
  `THM_NAME` text NOT NULL
);--> statement-breakpoint
INSERT INTO `LY_THEMES` SELECT * FROM `LY_THEMES__old`;--> statement-breakpoint
CREATE TABLE `LY_THEMES_COLORS` (
  `TCL_ID` integer PRIMARY KEY,
  `THM_ID` integer NOT NULL REFERENCES `LY_THEMES`(`THM_ID`) ON DELETE CASCADE,
  `TCL_KEY` text NOT NULL,
  `TCL_LIGHT` text,
  `TCL_DARK` text
);--> statement-breakpoint
INSERT INTO `LY_THEMES_COLORS` SELECT * FROM `LY_THEMES_COLORS__old`;--> statement-breakpoint
CREATE TABLE `atrium_revisions` (
  `id` integer PRIMARY KEY,
  `pool` text NOT NULL,
  `migration` text,
  `created_at` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `created_by` text
);--> statement-breakpoint
INSERT INTO `atrium_revisions` SELECT * FROM `atrium_revisions__old`;--> statement-breakpoint
DROP TABLE `atrium_revisions__old`;--> statement-breakpoint
DROP TABLE `LY_THEMES_COLORS__old`;--> statement-breakpoint
DROP TABLE `LY_THEMES__old`;--> statement-breakpoint
DROP TABLE `LY_APPLICATIONS__old`;--> statement-breakpoint
CREATE UNIQUE INDEX `ly_themes_name` ON `LY_THEMES` (`THM_NAME`);--> statement-breakpoint
CREATE INDEX `ly_themes_colors_theme` ON `LY_THEMES_COLORS` (`THM_ID`, `TCL_KEY`);--> statement-breakpoint
-- iDempiere
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
ALTER TABLE `wf_activity` RENAME TO `wf_activity__old`;--> statement-breakpoint
ALTER TABLE `wf_history` RENAME TO `wf_history__old`;--> statement-breakpoint
CREATE TABLE `AD_Client` (
  `AD_Client_ID` integer PRIMARY KEY,
  `AD_Client_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `AD_Language` text NOT NULL DEFAULT 'en_US',
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Client` SELECT * FROM `AD_Client__old`;--> statement-breakpoint
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
INSERT INTO `AD_Role` SELECT * FROM `AD_Role__old`;--> statement-breakpoint
CREATE TABLE `AD_Org` (
  `AD_Org_ID` integer PRIMARY KEY,
  `AD_Org_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Org` SELECT * FROM `AD_Org__old`;--> statement-breakpoint
CREATE TABLE `M_Warehouse` (
  `M_Warehouse_ID` integer PRIMARY KEY,
  `M_Warehouse_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `AD_Client_ID` integer NOT NULL REFERENCES `AD_Client`(`AD_Client_ID`),
  `AD_Org_ID` integer NOT NULL REFERENCES `AD_Org`(`AD_Org_ID`),
  `Value` text NOT NULL,
  `Name` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `M_Warehouse` SELECT * FROM `M_Warehouse__old`;--> statement-breakpoint
CREATE TABLE `AD_Table_Access` (
  `AD_Table_Access_ID` integer PRIMARY KEY,
  `AD_Role_ID` integer NOT NULL REFERENCES `AD_Role`(`AD_Role_ID`),
  `TableName` text NOT NULL,
  `IsReadOnly` boolean NOT NULL DEFAULT 1,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Table_Access` SELECT * FROM `AD_Table_Access__old`;--> statement-breakpoint
CREATE TABLE `AD_Val_Rule` (
  `AD_Val_Rule_ID` integer PRIMARY KEY,
  `AD_Val_Rule_UU` text NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  `Name` text NOT NULL,
  -- A WHERE fragment in the OData $filter grammar with @Var@ placeholders (filled from $context, bound).
  `Code` text NOT NULL,
  `IsActive` boolean NOT NULL DEFAULT 1
);--> statement-breakpoint
INSERT INTO `AD_Val_Rule` SELECT * FROM `AD_Val_Rule__old`;--> statement-breakpoint
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
INSERT INTO `AD_Form` SELECT * FROM `AD_Form__old`;--> statement-breakpoint
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
INSERT INTO `C_BP_Group` SELECT * FROM `C_BP_Group__old`;--> statement-breakpoint
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
INSERT INTO `C_BPartner` SELECT * FROM `C_BPartner__old`;--> statement-breakpoint
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
INSERT INTO `M_Product` SELECT * FROM `M_Product__old`;--> statement-breakpoint
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
INSERT INTO `C_Order` SELECT * FROM `C_Order__old`;--> statement-breakpoint
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
INSERT INTO `C_OrderLine` SELECT * FROM `C_OrderLine__old`;--> statement-breakpoint
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
INSERT INTO `wf_activity` SELECT * FROM `wf_activity__old`;--> statement-breakpoint
CREATE TABLE `wf_history` (
  `id` integer PRIMARY KEY,
  `activity_id` integer NOT NULL REFERENCES `wf_activity`(`id`) ON DELETE CASCADE,
  `action` text NOT NULL,
  `user_id` integer NOT NULL,
  `message` text,
  `value` text,
  `at` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);--> statement-breakpoint
INSERT INTO `wf_history` SELECT * FROM `wf_history__old`;--> statement-breakpoint
DROP TABLE `wf_history__old`;--> statement-breakpoint
DROP TABLE `wf_activity__old`;--> statement-breakpoint
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
CREATE INDEX `wf_activity_user_state` ON `wf_activity` (`user_id`, `state`);--> statement-breakpoint
CREATE INDEX `wf_history_activity` ON `wf_history` (`activity_id`);--> statement-breakpoint
-- DATAGERRY
ALTER TABLE `dg_types` RENAME TO `dg_types__old`;--> statement-breakpoint
ALTER TABLE `dg_objects` RENAME TO `dg_objects__old`;--> statement-breakpoint
ALTER TABLE `dg_categories` RENAME TO `dg_categories__old`;--> statement-breakpoint
CREATE TABLE `dg_types` (
  `public_id` integer PRIMARY KEY,
  `name` text NOT NULL,
  `label` text,
  `description` text,
  `active` integer NOT NULL DEFAULT 1,
  `author_id` integer,
  `creation_time` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `version` text NOT NULL DEFAULT '1.0.0',
  `render_meta` text NOT NULL DEFAULT '{}',
  `fields` text NOT NULL DEFAULT '[]',
  `acl` text NOT NULL DEFAULT '{"activated":false,"groups":{"includes":{}}}'
);--> statement-breakpoint
INSERT INTO `dg_types` SELECT * FROM `dg_types__old`;--> statement-breakpoint
CREATE TABLE `dg_objects` (
  `public_id` integer PRIMARY KEY,
  `type_id` integer NOT NULL REFERENCES `dg_types`(`public_id`),
  `status` integer,
  `version` text NOT NULL DEFAULT '1.0.0',
  `creation_time` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `author_id` integer,
  `last_edit_time` text,
  `editor_id` integer,
  `active` integer NOT NULL DEFAULT 1,
  `fields` text NOT NULL DEFAULT '[]',
  `views` integer NOT NULL DEFAULT 0
);--> statement-breakpoint
INSERT INTO `dg_objects` SELECT * FROM `dg_objects__old`;--> statement-breakpoint
CREATE TABLE `dg_categories` (
  `public_id` integer PRIMARY KEY,
  `name` text NOT NULL,
  `label` text,
  `meta` text NOT NULL DEFAULT '{"icon":"","order":null}',
  `parent` integer REFERENCES `dg_categories`(`public_id`) ON DELETE SET NULL,
  `types` text NOT NULL DEFAULT '[]'
);--> statement-breakpoint
INSERT INTO `dg_categories` SELECT * FROM `dg_categories__old`;--> statement-breakpoint
DROP TABLE `dg_categories__old`;--> statement-breakpoint
DROP TABLE `dg_objects__old`;--> statement-breakpoint
DROP TABLE `dg_types__old`;--> statement-breakpoint
CREATE UNIQUE INDEX `dg_types_name` ON `dg_types` (`name`);--> statement-breakpoint
CREATE INDEX `dg_objects_type` ON `dg_objects` (`type_id`, `public_id`);--> statement-breakpoint
CREATE INDEX `dg_objects_active` ON `dg_objects` (`active`, `public_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `dg_categories_name` ON `dg_categories` (`name`);--> statement-breakpoint
-- Ribbon2
ALTER TABLE `r2_directories` RENAME TO `r2_directories__old`;--> statement-breakpoint
ALTER TABLE `r2_access` RENAME TO `r2_access__old`;--> statement-breakpoint
ALTER TABLE `r2_messages` RENAME TO `r2_messages__old`;--> statement-breakpoint
ALTER TABLE `r2_message_dirs` RENAME TO `r2_message_dirs__old`;--> statement-breakpoint
ALTER TABLE `r2_message_tags` RENAME TO `r2_message_tags__old`;--> statement-breakpoint
ALTER TABLE `r2_properties` RENAME TO `r2_properties__old`;--> statement-breakpoint
ALTER TABLE `r2_io_assignments` RENAME TO `r2_io_assignments__old`;--> statement-breakpoint
CREATE TABLE `r2_directories` (
  `id` integer PRIMARY KEY,
  `name` text NOT NULL,
  `full_name` text NOT NULL,
  `parent_id` integer REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  `description` text,
  `created` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  `created_by` text
);--> statement-breakpoint
INSERT INTO `r2_directories` SELECT * FROM `r2_directories__old`;--> statement-breakpoint
CREATE TABLE `r2_access` (
  `directory_id` integer NOT NULL REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  `subject_type` text NOT NULL,
  `subject_name` text NOT NULL DEFAULT '',
  `permission` text NOT NULL REFERENCES `r2_permissions`(`key`),
  `allowed` integer NOT NULL,
  PRIMARY KEY (`directory_id`, `subject_type`, `subject_name`, `permission`)
);--> statement-breakpoint
INSERT INTO `r2_access` SELECT * FROM `r2_access__old`;--> statement-breakpoint
CREATE TABLE `r2_messages` (
  `id` integer PRIMARY KEY,
  `uid` text NOT NULL,
  `parent_uid` text,
  `header` text NOT NULL,
  `content` text NOT NULL DEFAULT '',
  `created` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  `created_by` text NOT NULL,
  `updated` text,
  `updated_by` text
);--> statement-breakpoint
INSERT INTO `r2_messages` SELECT * FROM `r2_messages__old`;--> statement-breakpoint
CREATE TABLE `r2_message_dirs` (
  `message_id` integer NOT NULL REFERENCES `r2_messages`(`id`) ON DELETE CASCADE,
  `directory_id` integer NOT NULL REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  PRIMARY KEY (`message_id`, `directory_id`)
);--> statement-breakpoint
INSERT INTO `r2_message_dirs` SELECT * FROM `r2_message_dirs__old`;--> statement-breakpoint
CREATE TABLE `r2_message_tags` (
  `message_id` integer NOT NULL REFERENCES `r2_messages`(`id`) ON DELETE CASCADE,
  `tag` text NOT NULL,
  PRIMARY KEY (`message_id`, `tag`)
);--> statement-breakpoint
INSERT INTO `r2_message_tags` SELECT * FROM `r2_message_tags__old`;--> statement-breakpoint
CREATE TABLE `r2_properties` (
  `id` integer PRIMARY KEY,
  `uid` text NOT NULL,
  `message_id` integer NOT NULL REFERENCES `r2_messages`(`id`) ON DELETE CASCADE,
  `type` text NOT NULL REFERENCES `r2_property_types`(`type`),
  `content` text NOT NULL DEFAULT '',
  `created` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  `created_by` text NOT NULL
);--> statement-breakpoint
INSERT INTO `r2_properties` SELECT * FROM `r2_properties__old`;--> statement-breakpoint
CREATE TABLE `r2_io_assignments` (
  `protocol` text NOT NULL,
  `name` text NOT NULL,
  `directory_id` integer NOT NULL REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  PRIMARY KEY (`protocol`, `name`, `directory_id`)
);--> statement-breakpoint
INSERT INTO `r2_io_assignments` SELECT * FROM `r2_io_assignments__old`;--> statement-breakpoint
DROP TABLE `r2_io_assignments__old`;--> statement-breakpoint
DROP TABLE `r2_properties__old`;--> statement-breakpoint
DROP TABLE `r2_message_tags__old`;--> statement-breakpoint
DROP TABLE `r2_message_dirs__old`;--> statement-breakpoint
DROP TABLE `r2_messages__old`;--> statement-breakpoint
DROP TABLE `r2_access__old`;--> statement-breakpoint
DROP TABLE `r2_directories__old`;--> statement-breakpoint
CREATE UNIQUE INDEX `r2_directories_full_name` ON `r2_directories` (`full_name`);--> statement-breakpoint
CREATE INDEX `r2_directories_parent` ON `r2_directories` (`parent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `r2_messages_uid` ON `r2_messages` (`uid`);--> statement-breakpoint
CREATE INDEX `r2_message_dirs_directory` ON `r2_message_dirs` (`directory_id`, `message_id`);--> statement-breakpoint
CREATE INDEX `r2_message_tags_tag` ON `r2_message_tags` (`tag`, `message_id`);--> statement-breakpoint
CREATE INDEX `r2_properties_message` ON `r2_properties` (`message_id`);
