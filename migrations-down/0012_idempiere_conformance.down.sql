-- Undoes 0010: triggers, UUID dashes (new rows' UUIDs keep their digits), the AD_User view, the columns.
DROP TRIGGER IF EXISTS `ad_client_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `ad_role_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `ad_org_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `m_warehouse_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `ad_val_rule_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `ad_form_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `c_bp_group_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `c_bpartner_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `m_product_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `c_order_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `c_orderline_uuid`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `wf_activity_uuid`;--> statement-breakpoint
UPDATE `AD_Client` SET `AD_Client_UU` = replace(`AD_Client_UU`, '-', '') WHERE length(`AD_Client_UU`) = 36;--> statement-breakpoint
UPDATE `AD_Role` SET `AD_Role_UU` = replace(`AD_Role_UU`, '-', '') WHERE length(`AD_Role_UU`) = 36;--> statement-breakpoint
UPDATE `AD_Org` SET `AD_Org_UU` = replace(`AD_Org_UU`, '-', '') WHERE length(`AD_Org_UU`) = 36;--> statement-breakpoint
UPDATE `M_Warehouse` SET `M_Warehouse_UU` = replace(`M_Warehouse_UU`, '-', '') WHERE length(`M_Warehouse_UU`) = 36;--> statement-breakpoint
UPDATE `AD_Val_Rule` SET `AD_Val_Rule_UU` = replace(`AD_Val_Rule_UU`, '-', '') WHERE length(`AD_Val_Rule_UU`) = 36;--> statement-breakpoint
UPDATE `AD_Form` SET `AD_Form_UU` = replace(`AD_Form_UU`, '-', '') WHERE length(`AD_Form_UU`) = 36;--> statement-breakpoint
UPDATE `C_BP_Group` SET `C_BP_Group_UU` = replace(`C_BP_Group_UU`, '-', '') WHERE length(`C_BP_Group_UU`) = 36;--> statement-breakpoint
UPDATE `C_BPartner` SET `C_BPartner_UU` = replace(`C_BPartner_UU`, '-', '') WHERE length(`C_BPartner_UU`) = 36;--> statement-breakpoint
UPDATE `M_Product` SET `M_Product_UU` = replace(`M_Product_UU`, '-', '') WHERE length(`M_Product_UU`) = 36;--> statement-breakpoint
UPDATE `C_Order` SET `C_Order_UU` = replace(`C_Order_UU`, '-', '') WHERE length(`C_Order_UU`) = 36;--> statement-breakpoint
UPDATE `C_OrderLine` SET `C_OrderLine_UU` = replace(`C_OrderLine_UU`, '-', '') WHERE length(`C_OrderLine_UU`) = 36;--> statement-breakpoint
UPDATE `wf_activity` SET `uid` = replace(`uid`, '-', '') WHERE length(`uid`) = 36;--> statement-breakpoint
DROP INDEX IF EXISTS `ad_client_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `ad_form_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `ad_org_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `ad_role_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `ad_val_rule_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `c_bp_group_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `c_order_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `c_orderline_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `m_product_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `m_warehouse_uu`;--> statement-breakpoint
DROP INDEX IF EXISTS `wf_activity_uid`;--> statement-breakpoint
DROP VIEW IF EXISTS `AD_User`;--> statement-breakpoint
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
ALTER TABLE `C_OrderLine` DROP COLUMN `QtyEntered`;--> statement-breakpoint
ALTER TABLE `AD_Role` DROP COLUMN `IsAccessAllOrgs`;
