-- Undoes 0072_datagerry_media: the media library's tables (their triggers go with them) and data versions.
-- The bytes of its files (core file store, tenant `cmdb`) go too, each with its audit row as the system.
INSERT INTO `audit_log` (`table_name`, `record_id`, `action`, `before`, `request_id`)
  SELECT 'atrium_files', `id`, 'DELETE', json_object('tenant', `tenant`, 'owner', `owner`, 'name', `name`, 'contentType', `content_type`, 'size', `size`, 'sha256', `sha256`), 'setup'
  FROM `atrium_files` WHERE `tenant` = 'cmdb';--> statement-breakpoint
DELETE FROM `atrium_files` WHERE `tenant` = 'cmdb';--> statement-breakpoint
DELETE FROM `atrium_table_versions` WHERE `name` IN ('dg_media_files', 'dg_media_file_refs');--> statement-breakpoint
DROP TABLE IF EXISTS `dg_media_file_refs`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_media_files`;
