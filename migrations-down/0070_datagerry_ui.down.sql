-- Undoes 0070_datagerry_ui: the new tables (their triggers go with them), their data versions, the rights.
DELETE FROM `atrium_table_versions` WHERE `name` IN ('dg_docapi_templates', 'dg_object_links', 'dg_section_templates', 'dg_system_settings');--> statement-breakpoint
DELETE FROM `group_rights` WHERE `right_name` LIKE 'base.framework.sectionTemplate.%' OR `right_name` LIKE 'base.docapi.%';--> statement-breakpoint
DELETE FROM `rights` WHERE `name` LIKE 'base.framework.sectionTemplate.%' OR `name` LIKE 'base.docapi.%';--> statement-breakpoint
DROP TABLE IF EXISTS `dg_object_links`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_section_templates`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_docapi_templates`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_system_settings`;
