-- Undoes 0055_files: the version triggers and rows, then the tables (parts before files).
DROP TRIGGER IF EXISTS `atrium_version_atrium_files_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_version_atrium_files_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_version_atrium_files_delete`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_version_atrium_uploads_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_version_atrium_uploads_update`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `atrium_version_atrium_uploads_delete`;--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` IN ('atrium_files', 'atrium_uploads');--> statement-breakpoint
DROP TABLE IF EXISTS `atrium_uploads`;--> statement-breakpoint
DROP TABLE IF EXISTS `atrium_file_parts`;--> statement-breakpoint
DROP TABLE IF EXISTS `atrium_files`;
