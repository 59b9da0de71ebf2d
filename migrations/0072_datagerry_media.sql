-- DATAGERRY's media library (`/media_file/`, issue 27): files and folders (a file's bytes are in the core
-- file store, tenant `cmdb`), and the objects a file is attached to; their data versions (as
-- migrations/0013_table_versions.sql). Undone by migrations-down/0072_datagerry_media.down.sql.
CREATE TABLE `dg_media_files` (
	`public_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`filename` text NOT NULL,
	`owner` text,
	`size` integer DEFAULT 0 NOT NULL,
	`folder` integer DEFAULT 0 NOT NULL,
	`parent` integer,
	`reference_type` text,
	`mime_type` text DEFAULT 'application/octet-stream' NOT NULL,
	`author_id` integer,
	`permission` text,
	`upload_date` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent`) REFERENCES `dg_media_files`(`public_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dg_media_files_parent` ON `dg_media_files` (`parent`,`filename`);--> statement-breakpoint
CREATE INDEX `dg_media_files_name` ON `dg_media_files` (`filename`);--> statement-breakpoint
CREATE TABLE `dg_media_file_refs` (
	`media_id` integer NOT NULL,
	`object_id` integer NOT NULL,
	PRIMARY KEY(`media_id`, `object_id`),
	FOREIGN KEY (`media_id`) REFERENCES `dg_media_files`(`public_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dg_media_file_refs_object` ON `dg_media_file_refs` (`object_id`,`media_id`);--> statement-breakpoint
INSERT OR IGNORE INTO `atrium_table_versions` (`name`, `version`) VALUES
  ('dg_media_files', random()),
  ('dg_media_file_refs', random());--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_media_files_insert` AFTER INSERT ON `dg_media_files` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_media_files'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_media_files_update` AFTER UPDATE ON `dg_media_files` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_media_files'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_media_files_delete` AFTER DELETE ON `dg_media_files` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_media_files'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_media_file_refs_insert` AFTER INSERT ON `dg_media_file_refs` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_media_file_refs'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_media_file_refs_update` AFTER UPDATE ON `dg_media_file_refs` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_media_file_refs'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_dg_media_file_refs_delete` AFTER DELETE ON `dg_media_file_refs` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'dg_media_file_refs'; END;
