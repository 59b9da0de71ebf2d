-- Data versions (src/core/ops/table-versions.ts): every table but the high-churn bookkeeping ones
-- (audit_log, token_revocations, atrium_refresh_tokens, atrium_idempotency, atrium_preconditions) gets a row
-- here and three triggers that set it to a new random value on every insert, update and delete, whoever
-- writes (services, stored queries, cascades, direct SQL). A table added later needs the same row and
-- triggers (test/core/ops/table-versions.test.ts lists what is missing).
-- Random values, not a counter: a restored or re-created database never repeats a version with other rows.
CREATE TABLE `atrium_table_versions` (
	`name` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO `atrium_table_versions` (`name`, `version`) VALUES
  ('AD_Client', random()),
  ('AD_Form', random()),
  ('AD_Org', random()),
  ('AD_Role', random()),
  ('AD_Table_Access', random()),
  ('AD_Val_Rule', random()),
  ('C_BP_Group', random()),
  ('C_BPartner', random()),
  ('C_Order', random()),
  ('C_OrderLine', random()),
  ('LY_APPLICATIONS', random()),
  ('LY_DICTIONARY', random()),
  ('LY_MODULES', random()),
  ('LY_QRY_FMW', random()),
  ('LY_QRY_SQL', random()),
  ('LY_THEMES', random()),
  ('LY_THEMES_COLORS', random()),
  ('M_Product', random()),
  ('M_Warehouse', random()),
  ('atrium_revisions', random()),
  ('dg_categories', random()),
  ('dg_objects', random()),
  ('dg_settings', random()),
  ('dg_types', random()),
  ('group_rights', random()),
  ('groups', random()),
  ('pools', random()),
  ('r2_access', random()),
  ('r2_directories', random()),
  ('r2_io_assignments', random()),
  ('r2_io_schemes', random()),
  ('r2_message_dirs', random()),
  ('r2_message_tags', random()),
  ('r2_messages', random()),
  ('r2_permissions', random()),
  ('r2_properties', random()),
  ('r2_property_types', random()),
  ('rights', random()),
  ('user_groups', random()),
  ('users', random()),
  ('wf_activity', random()),
  ('wf_history', random());--> statement-breakpoint
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
CREATE TRIGGER `atrium_version_LY_APPLICATIONS_insert` AFTER INSERT ON `LY_APPLICATIONS` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_APPLICATIONS'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_APPLICATIONS_update` AFTER UPDATE ON `LY_APPLICATIONS` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_APPLICATIONS'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_APPLICATIONS_delete` AFTER DELETE ON `LY_APPLICATIONS` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_APPLICATIONS'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_DICTIONARY_insert` AFTER INSERT ON `LY_DICTIONARY` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_DICTIONARY'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_DICTIONARY_update` AFTER UPDATE ON `LY_DICTIONARY` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_DICTIONARY'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_DICTIONARY_delete` AFTER DELETE ON `LY_DICTIONARY` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_DICTIONARY'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_MODULES_insert` AFTER INSERT ON `LY_MODULES` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_MODULES'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_MODULES_update` AFTER UPDATE ON `LY_MODULES` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_MODULES'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_MODULES_delete` AFTER DELETE ON `LY_MODULES` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_MODULES'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_QRY_FMW_insert` AFTER INSERT ON `LY_QRY_FMW` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_QRY_FMW'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_QRY_FMW_update` AFTER UPDATE ON `LY_QRY_FMW` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_QRY_FMW'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_QRY_FMW_delete` AFTER DELETE ON `LY_QRY_FMW` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_QRY_FMW'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_QRY_SQL_insert` AFTER INSERT ON `LY_QRY_SQL` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_QRY_SQL'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_QRY_SQL_update` AFTER UPDATE ON `LY_QRY_SQL` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_QRY_SQL'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_QRY_SQL_delete` AFTER DELETE ON `LY_QRY_SQL` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_QRY_SQL'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_THEMES_insert` AFTER INSERT ON `LY_THEMES` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_THEMES'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_THEMES_update` AFTER UPDATE ON `LY_THEMES` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_THEMES'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_THEMES_delete` AFTER DELETE ON `LY_THEMES` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_THEMES'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_THEMES_COLORS_insert` AFTER INSERT ON `LY_THEMES_COLORS` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_THEMES_COLORS'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_THEMES_COLORS_update` AFTER UPDATE ON `LY_THEMES_COLORS` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_THEMES_COLORS'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_LY_THEMES_COLORS_delete` AFTER DELETE ON `LY_THEMES_COLORS` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'LY_THEMES_COLORS'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_insert` AFTER INSERT ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_update` AFTER UPDATE ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Product_delete` AFTER DELETE ON `M_Product` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Product'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_insert` AFTER INSERT ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_update` AFTER UPDATE ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_M_Warehouse_delete` AFTER DELETE ON `M_Warehouse` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'M_Warehouse'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_revisions_insert` AFTER INSERT ON `atrium_revisions` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_revisions'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_revisions_update` AFTER UPDATE ON `atrium_revisions` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_revisions'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_revisions_delete` AFTER DELETE ON `atrium_revisions` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_revisions'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_categories_insert` AFTER INSERT ON `dg_categories` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_categories'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_categories_update` AFTER UPDATE ON `dg_categories` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_categories'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_categories_delete` AFTER DELETE ON `dg_categories` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_categories'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_objects_insert` AFTER INSERT ON `dg_objects` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_objects'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_objects_update` AFTER UPDATE ON `dg_objects` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_objects'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_objects_delete` AFTER DELETE ON `dg_objects` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_objects'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_settings_insert` AFTER INSERT ON `dg_settings` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_settings'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_settings_update` AFTER UPDATE ON `dg_settings` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_settings'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_settings_delete` AFTER DELETE ON `dg_settings` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_settings'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_types_insert` AFTER INSERT ON `dg_types` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_types'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_types_update` AFTER UPDATE ON `dg_types` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_types'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_types_delete` AFTER DELETE ON `dg_types` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_types'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_group_rights_insert` AFTER INSERT ON `group_rights` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'group_rights'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_group_rights_update` AFTER UPDATE ON `group_rights` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'group_rights'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_group_rights_delete` AFTER DELETE ON `group_rights` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'group_rights'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_groups_insert` AFTER INSERT ON `groups` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'groups'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_groups_update` AFTER UPDATE ON `groups` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'groups'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_groups_delete` AFTER DELETE ON `groups` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'groups'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_pools_insert` AFTER INSERT ON `pools` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'pools'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_pools_update` AFTER UPDATE ON `pools` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'pools'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_pools_delete` AFTER DELETE ON `pools` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'pools'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_access_insert` AFTER INSERT ON `r2_access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_access_update` AFTER UPDATE ON `r2_access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_access_delete` AFTER DELETE ON `r2_access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_directories_insert` AFTER INSERT ON `r2_directories` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_directories'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_directories_update` AFTER UPDATE ON `r2_directories` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_directories'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_directories_delete` AFTER DELETE ON `r2_directories` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_directories'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_io_assignments_insert` AFTER INSERT ON `r2_io_assignments` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_io_assignments'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_io_assignments_update` AFTER UPDATE ON `r2_io_assignments` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_io_assignments'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_io_assignments_delete` AFTER DELETE ON `r2_io_assignments` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_io_assignments'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_io_schemes_insert` AFTER INSERT ON `r2_io_schemes` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_io_schemes'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_io_schemes_update` AFTER UPDATE ON `r2_io_schemes` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_io_schemes'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_io_schemes_delete` AFTER DELETE ON `r2_io_schemes` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_io_schemes'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_message_dirs_insert` AFTER INSERT ON `r2_message_dirs` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_message_dirs'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_message_dirs_update` AFTER UPDATE ON `r2_message_dirs` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_message_dirs'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_message_dirs_delete` AFTER DELETE ON `r2_message_dirs` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_message_dirs'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_message_tags_insert` AFTER INSERT ON `r2_message_tags` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_message_tags'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_message_tags_update` AFTER UPDATE ON `r2_message_tags` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_message_tags'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_message_tags_delete` AFTER DELETE ON `r2_message_tags` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_message_tags'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_messages_insert` AFTER INSERT ON `r2_messages` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_messages'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_messages_update` AFTER UPDATE ON `r2_messages` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_messages'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_messages_delete` AFTER DELETE ON `r2_messages` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_messages'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_permissions_insert` AFTER INSERT ON `r2_permissions` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_permissions'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_permissions_update` AFTER UPDATE ON `r2_permissions` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_permissions'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_permissions_delete` AFTER DELETE ON `r2_permissions` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_permissions'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_properties_insert` AFTER INSERT ON `r2_properties` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_properties'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_properties_update` AFTER UPDATE ON `r2_properties` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_properties'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_properties_delete` AFTER DELETE ON `r2_properties` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_properties'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_property_types_insert` AFTER INSERT ON `r2_property_types` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_property_types'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_property_types_update` AFTER UPDATE ON `r2_property_types` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_property_types'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_r2_property_types_delete` AFTER DELETE ON `r2_property_types` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'r2_property_types'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_rights_insert` AFTER INSERT ON `rights` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'rights'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_rights_update` AFTER UPDATE ON `rights` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'rights'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_rights_delete` AFTER DELETE ON `rights` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'rights'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_user_groups_insert` AFTER INSERT ON `user_groups` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'user_groups'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_user_groups_update` AFTER UPDATE ON `user_groups` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'user_groups'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_user_groups_delete` AFTER DELETE ON `user_groups` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'user_groups'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_users_insert` AFTER INSERT ON `users` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'users'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_users_update` AFTER UPDATE ON `users` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'users'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_users_delete` AFTER DELETE ON `users` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'users'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_wf_activity_insert` AFTER INSERT ON `wf_activity` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'wf_activity'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_wf_activity_update` AFTER UPDATE ON `wf_activity` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'wf_activity'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_wf_activity_delete` AFTER DELETE ON `wf_activity` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'wf_activity'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_wf_history_insert` AFTER INSERT ON `wf_history` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'wf_history'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_wf_history_update` AFTER UPDATE ON `wf_history` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'wf_history'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_wf_history_delete` AFTER DELETE ON `wf_history` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'wf_history'; END;
