-- iDempiere conformance (issue 15):
-- - AD_Role.IsAccessAllOrgs: a role that may log in to organisation 0 (`*`); the roles that already reached
--   every table get it (before this column they were the unrestricted ones).
-- - C_OrderLine.QtyEntered (the quantity as entered; there is no unit conversion, so it is QtyOrdered).
-- - The AD_User view gets AD_User_UU: the user id in the UUID format (the user store has no UUID column).
-- - `*_UU` and wf_activity.uid become UUIDs: existing values (32 hex digits) get their dashes, so a client
--   holding an old value still finds the row (the dashes are all that changed); an AFTER INSERT trigger per
--   table gives every new row left with the 32-digit default a random version 4 UUID (SQLite cannot change
--   a column default without rebuilding the table). Undone by migrations-down/0012_idempiere_conformance.down.sql.
ALTER TABLE `AD_Role` ADD `IsAccessAllOrgs` boolean DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `AD_Role` SET `IsAccessAllOrgs` = 1 WHERE `IsAccessAllTables` = 1;--> statement-breakpoint
ALTER TABLE `C_OrderLine` ADD `QtyEntered` real DEFAULT 1 NOT NULL;--> statement-breakpoint
UPDATE `C_OrderLine` SET `QtyEntered` = `QtyOrdered`;--> statement-breakpoint
DROP VIEW `AD_User`;--> statement-breakpoint
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
FROM `users`;--> statement-breakpoint
UPDATE `AD_Client` SET `AD_Client_UU` = substr(`AD_Client_UU`, 1, 8) || '-' || substr(`AD_Client_UU`, 9, 4) || '-' || substr(`AD_Client_UU`, 13, 4) || '-' || substr(`AD_Client_UU`, 17, 4) || '-' || substr(`AD_Client_UU`, 21, 12)
  WHERE length(`AD_Client_UU`) = 32;--> statement-breakpoint
UPDATE `AD_Role` SET `AD_Role_UU` = substr(`AD_Role_UU`, 1, 8) || '-' || substr(`AD_Role_UU`, 9, 4) || '-' || substr(`AD_Role_UU`, 13, 4) || '-' || substr(`AD_Role_UU`, 17, 4) || '-' || substr(`AD_Role_UU`, 21, 12)
  WHERE length(`AD_Role_UU`) = 32;--> statement-breakpoint
UPDATE `AD_Org` SET `AD_Org_UU` = substr(`AD_Org_UU`, 1, 8) || '-' || substr(`AD_Org_UU`, 9, 4) || '-' || substr(`AD_Org_UU`, 13, 4) || '-' || substr(`AD_Org_UU`, 17, 4) || '-' || substr(`AD_Org_UU`, 21, 12)
  WHERE length(`AD_Org_UU`) = 32;--> statement-breakpoint
UPDATE `M_Warehouse` SET `M_Warehouse_UU` = substr(`M_Warehouse_UU`, 1, 8) || '-' || substr(`M_Warehouse_UU`, 9, 4) || '-' || substr(`M_Warehouse_UU`, 13, 4) || '-' || substr(`M_Warehouse_UU`, 17, 4) || '-' || substr(`M_Warehouse_UU`, 21, 12)
  WHERE length(`M_Warehouse_UU`) = 32;--> statement-breakpoint
UPDATE `AD_Val_Rule` SET `AD_Val_Rule_UU` = substr(`AD_Val_Rule_UU`, 1, 8) || '-' || substr(`AD_Val_Rule_UU`, 9, 4) || '-' || substr(`AD_Val_Rule_UU`, 13, 4) || '-' || substr(`AD_Val_Rule_UU`, 17, 4) || '-' || substr(`AD_Val_Rule_UU`, 21, 12)
  WHERE length(`AD_Val_Rule_UU`) = 32;--> statement-breakpoint
UPDATE `AD_Form` SET `AD_Form_UU` = substr(`AD_Form_UU`, 1, 8) || '-' || substr(`AD_Form_UU`, 9, 4) || '-' || substr(`AD_Form_UU`, 13, 4) || '-' || substr(`AD_Form_UU`, 17, 4) || '-' || substr(`AD_Form_UU`, 21, 12)
  WHERE length(`AD_Form_UU`) = 32;--> statement-breakpoint
UPDATE `C_BP_Group` SET `C_BP_Group_UU` = substr(`C_BP_Group_UU`, 1, 8) || '-' || substr(`C_BP_Group_UU`, 9, 4) || '-' || substr(`C_BP_Group_UU`, 13, 4) || '-' || substr(`C_BP_Group_UU`, 17, 4) || '-' || substr(`C_BP_Group_UU`, 21, 12)
  WHERE length(`C_BP_Group_UU`) = 32;--> statement-breakpoint
UPDATE `C_BPartner` SET `C_BPartner_UU` = substr(`C_BPartner_UU`, 1, 8) || '-' || substr(`C_BPartner_UU`, 9, 4) || '-' || substr(`C_BPartner_UU`, 13, 4) || '-' || substr(`C_BPartner_UU`, 17, 4) || '-' || substr(`C_BPartner_UU`, 21, 12)
  WHERE length(`C_BPartner_UU`) = 32;--> statement-breakpoint
UPDATE `M_Product` SET `M_Product_UU` = substr(`M_Product_UU`, 1, 8) || '-' || substr(`M_Product_UU`, 9, 4) || '-' || substr(`M_Product_UU`, 13, 4) || '-' || substr(`M_Product_UU`, 17, 4) || '-' || substr(`M_Product_UU`, 21, 12)
  WHERE length(`M_Product_UU`) = 32;--> statement-breakpoint
UPDATE `C_Order` SET `C_Order_UU` = substr(`C_Order_UU`, 1, 8) || '-' || substr(`C_Order_UU`, 9, 4) || '-' || substr(`C_Order_UU`, 13, 4) || '-' || substr(`C_Order_UU`, 17, 4) || '-' || substr(`C_Order_UU`, 21, 12)
  WHERE length(`C_Order_UU`) = 32;--> statement-breakpoint
UPDATE `C_OrderLine` SET `C_OrderLine_UU` = substr(`C_OrderLine_UU`, 1, 8) || '-' || substr(`C_OrderLine_UU`, 9, 4) || '-' || substr(`C_OrderLine_UU`, 13, 4) || '-' || substr(`C_OrderLine_UU`, 17, 4) || '-' || substr(`C_OrderLine_UU`, 21, 12)
  WHERE length(`C_OrderLine_UU`) = 32;--> statement-breakpoint
UPDATE `wf_activity` SET `uid` = substr(`uid`, 1, 8) || '-' || substr(`uid`, 9, 4) || '-' || substr(`uid`, 13, 4) || '-' || substr(`uid`, 17, 4) || '-' || substr(`uid`, 21, 12)
  WHERE length(`uid`) = 32;--> statement-breakpoint
-- Every UUID column is unique (iDempiere indexes them too): records are found by UUID.
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
CREATE UNIQUE INDEX `wf_activity_uid` ON `wf_activity` (`uid`);--> statement-breakpoint
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
CREATE TRIGGER `wf_activity_uuid` AFTER INSERT ON `wf_activity` WHEN length(NEW.`uid`) = 32 BEGIN
  UPDATE `wf_activity` SET `uid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
