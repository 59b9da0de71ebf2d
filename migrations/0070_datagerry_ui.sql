-- DATAGERRY's own web UI (issue 27): object links, section templates, DocAPI templates and the system
-- settings sections the UI edits (`auth`, `date`); the rights DATAGERRY checks for section templates and
-- DocAPI templates (group `user` gets `base.docapi.template.view`, as DATAGERRY's default user group);
-- the new tables' data versions (as migrations/0013_table_versions.sql). Undone by
-- migrations-down/0070_datagerry_ui.down.sql.
CREATE TABLE `dg_docapi_templates` (
	`public_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`label` text,
	`description` text,
	`active` integer DEFAULT 1 NOT NULL,
	`author_id` integer,
	`template_data` text DEFAULT '' NOT NULL,
	`template_style` text DEFAULT '' NOT NULL,
	`template_type` text DEFAULT 'OBJECT' NOT NULL,
	`template_parameters` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dg_docapi_templates_name` ON `dg_docapi_templates` (`name`);--> statement-breakpoint
CREATE INDEX `dg_docapi_templates_kind` ON `dg_docapi_templates` (`template_type`);--> statement-breakpoint
CREATE TABLE `dg_object_links` (
	`public_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`primary_id` integer NOT NULL,
	`secondary_id` integer NOT NULL,
	`creation_time` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`primary_id`) REFERENCES `dg_objects`(`public_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`secondary_id`) REFERENCES `dg_objects`(`public_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dg_object_links_pair` ON `dg_object_links` (`primary_id`,`secondary_id`);--> statement-breakpoint
CREATE INDEX `dg_object_links_secondary` ON `dg_object_links` (`secondary_id`);--> statement-breakpoint
CREATE TABLE `dg_section_templates` (
	`public_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`label` text,
	`type` text DEFAULT 'section' NOT NULL,
	`is_global` integer DEFAULT 0 NOT NULL,
	`predefined` integer DEFAULT 0 NOT NULL,
	`fields` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dg_section_templates_name` ON `dg_section_templates` (`name`);--> statement-breakpoint
CREATE TABLE `dg_system_settings` (
	`section` text PRIMARY KEY NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL
);--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.sectionTemplate.*', 50, 'base.framework.sectionTemplate.*', 'Manage section templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.sectionTemplate.view', 10, 'base.framework.sectionTemplate.view', 'View section templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.sectionTemplate.add', 30, 'base.framework.sectionTemplate.add', 'Add section templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.sectionTemplate.edit', 30, 'base.framework.sectionTemplate.edit', 'Edit section templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.sectionTemplate.delete', 50, 'base.framework.sectionTemplate.delete', 'Delete section templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.docapi.*', 50, 'base.docapi.*', 'Manage DocAPI');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.docapi.template.*', 50, 'base.docapi.template.*', 'Manage DocAPI templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.docapi.template.view', 10, 'base.docapi.template.view', 'View DocAPI templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.docapi.template.add', 30, 'base.docapi.template.add', 'Add DocAPI templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.docapi.template.edit', 50, 'base.docapi.template.edit', 'Edit DocAPI templates');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.docapi.template.delete', 50, 'base.docapi.template.delete', 'Delete DocAPI templates');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.docapi.template.view');--> statement-breakpoint
INSERT OR IGNORE INTO `atrium_table_versions` (`name`, `version`) VALUES
  ('dg_docapi_templates', random()),
  ('dg_object_links', random()),
  ('dg_section_templates', random()),
  ('dg_system_settings', random());--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_docapi_templates_insert` AFTER INSERT ON `dg_docapi_templates` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_docapi_templates'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_docapi_templates_update` AFTER UPDATE ON `dg_docapi_templates` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_docapi_templates'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_docapi_templates_delete` AFTER DELETE ON `dg_docapi_templates` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_docapi_templates'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_object_links_insert` AFTER INSERT ON `dg_object_links` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_object_links'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_object_links_update` AFTER UPDATE ON `dg_object_links` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_object_links'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_object_links_delete` AFTER DELETE ON `dg_object_links` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_object_links'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_section_templates_insert` AFTER INSERT ON `dg_section_templates` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_section_templates'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_section_templates_update` AFTER UPDATE ON `dg_section_templates` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_section_templates'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_section_templates_delete` AFTER DELETE ON `dg_section_templates` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_section_templates'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_system_settings_insert` AFTER INSERT ON `dg_system_settings` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_system_settings'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_system_settings_update` AFTER UPDATE ON `dg_system_settings` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_system_settings'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_system_settings_delete` AFTER DELETE ON `dg_system_settings` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_system_settings'; END;
