-- The core file store (src/core/files/): files, their parts (base64 text, at most 1 MiB of raw bytes per
-- row, within D1's 2 MB row limit) and iDempiere's chunked upload sessions. atrium_files and atrium_uploads
-- get data versions like every table (0013); atrium_file_parts does not: its rows are bytes, written per
-- chunk and never listed or counted (UNVERSIONED_TABLES in src/core/ops/table-versions.ts).
CREATE TABLE `atrium_file_parts` (
	`file_id` text NOT NULL,
	`seq` integer NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`file_id`, `seq`),
	FOREIGN KEY (`file_id`) REFERENCES `atrium_files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `atrium_files` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`owner` text NOT NULL,
	`name` text NOT NULL,
	`content_type` text DEFAULT 'application/octet-stream' NOT NULL,
	`size` integer DEFAULT 0 NOT NULL,
	`sha256` text,
	`parts` integer DEFAULT 0 NOT NULL,
	`state` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` integer,
	`expires_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `atrium_files_name` ON `atrium_files` (`tenant`,`owner`,`name`) WHERE state = 'ready';--> statement-breakpoint
CREATE INDEX `atrium_files_expires_idx` ON `atrium_files` (`expires_at`);--> statement-breakpoint
CREATE TABLE `atrium_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`user_id` integer NOT NULL,
	`file_id` text,
	`file_name` text NOT NULL,
	`content_type` text,
	`file_size` integer DEFAULT 0 NOT NULL,
	`chunk_size` integer NOT NULL,
	`sha256` text,
	`location` text DEFAULT 'ARCHIVE' NOT NULL,
	`status` text NOT NULL,
	`total_chunks` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`file_id`) REFERENCES `atrium_files`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `atrium_uploads_user_idx` ON `atrium_uploads` (`tenant`,`user_id`,`status`);--> statement-breakpoint
CREATE INDEX `atrium_uploads_expires_idx` ON `atrium_uploads` (`expires_at`);--> statement-breakpoint
INSERT INTO `atrium_table_versions` (`name`, `version`) VALUES ('atrium_files', random()), ('atrium_uploads', random());--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_files_insert` AFTER INSERT ON `atrium_files` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_files'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_files_update` AFTER UPDATE ON `atrium_files` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_files'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_files_delete` AFTER DELETE ON `atrium_files` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_files'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_uploads_insert` AFTER INSERT ON `atrium_uploads` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_uploads'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_uploads_update` AFTER UPDATE ON `atrium_uploads` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_uploads'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_atrium_uploads_delete` AFTER DELETE ON `atrium_uploads` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'atrium_uploads'; END;
