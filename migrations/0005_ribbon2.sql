-- Ribbon2 face: directories (dotted full names), access rules, the permission registry, messages with
-- directories, tags and properties, and import/export schemes. All r2_* tables are internal: reached
-- only through the messaging services, which apply the directory access rules.
CREATE TABLE `r2_permissions` (
  `key` text PRIMARY KEY,
  `default_value` integer NOT NULL,
  `description` text NOT NULL
);--> statement-breakpoint
INSERT OR IGNORE INTO `r2_permissions` (`key`, `default_value`, `description`) VALUES
  ('canCreateDir', 0, 'Create child directories'),
  ('canUpdateDir', 0, 'Update the directory description'),
  ('canDeleteDir', 0, 'Delete the directory'),
  ('canEditAccessDir', 0, 'Edit the directory access rules'),
  ('canReadMessage', 1, 'Read messages of the directory'),
  ('canCreateMessage', 0, 'Create messages in the directory'),
  ('canUpdateMessage', 0, 'Update messages of the directory'),
  ('canDeleteMessage', 0, 'Delete messages of the directory');--> statement-breakpoint
CREATE TABLE `r2_directories` (
  `id` integer PRIMARY KEY,
  `name` text NOT NULL,
  `full_name` text NOT NULL,
  `parent_id` integer REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  `description` text,
  `created` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  `created_by` text
);--> statement-breakpoint
CREATE UNIQUE INDEX `r2_directories_full_name` ON `r2_directories` (`full_name`);--> statement-breakpoint
CREATE INDEX `r2_directories_parent` ON `r2_directories` (`parent_id`);--> statement-breakpoint
CREATE TABLE `r2_access` (
  `directory_id` integer NOT NULL REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  `subject_type` text NOT NULL,
  `subject_name` text NOT NULL DEFAULT '',
  `permission` text NOT NULL REFERENCES `r2_permissions`(`key`),
  `allowed` integer NOT NULL,
  PRIMARY KEY (`directory_id`, `subject_type`, `subject_name`, `permission`)
);--> statement-breakpoint
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
CREATE UNIQUE INDEX `r2_messages_uid` ON `r2_messages` (`uid`);--> statement-breakpoint
CREATE TABLE `r2_message_dirs` (
  `message_id` integer NOT NULL REFERENCES `r2_messages`(`id`) ON DELETE CASCADE,
  `directory_id` integer NOT NULL REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  PRIMARY KEY (`message_id`, `directory_id`)
);--> statement-breakpoint
CREATE INDEX `r2_message_dirs_directory` ON `r2_message_dirs` (`directory_id`, `message_id`);--> statement-breakpoint
CREATE TABLE `r2_message_tags` (
  `message_id` integer NOT NULL REFERENCES `r2_messages`(`id`) ON DELETE CASCADE,
  `tag` text NOT NULL,
  PRIMARY KEY (`message_id`, `tag`)
);--> statement-breakpoint
CREATE INDEX `r2_message_tags_tag` ON `r2_message_tags` (`tag`, `message_id`);--> statement-breakpoint
CREATE TABLE `r2_property_types` (`type` text PRIMARY KEY, `description` text NOT NULL);--> statement-breakpoint
INSERT OR IGNORE INTO `r2_property_types` (`type`, `description`) VALUES
  ('URGENT', 'Urgent message'), ('MARK', 'Mark'), ('COPYRIGHT', 'Copyright note'), ('RELOCATED', 'Relocated message');--> statement-breakpoint
CREATE TABLE `r2_properties` (
  `id` integer PRIMARY KEY,
  `uid` text NOT NULL,
  `message_id` integer NOT NULL REFERENCES `r2_messages`(`id`) ON DELETE CASCADE,
  `type` text NOT NULL REFERENCES `r2_property_types`(`type`),
  `content` text NOT NULL DEFAULT '',
  `created` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  `created_by` text NOT NULL
);--> statement-breakpoint
CREATE INDEX `r2_properties_message` ON `r2_properties` (`message_id`);--> statement-breakpoint
CREATE TABLE `r2_io_schemes` (
  `type` text NOT NULL,
  `protocol` text NOT NULL,
  `name` text NOT NULL,
  -- JSON object; values of secret keys (password, secret, token, key) are stored encrypted (ENC:…).
  `config` text NOT NULL,
  PRIMARY KEY (`type`, `protocol`, `name`)
);--> statement-breakpoint
CREATE TABLE `r2_io_assignments` (
  `protocol` text NOT NULL,
  `name` text NOT NULL,
  `directory_id` integer NOT NULL REFERENCES `r2_directories`(`id`) ON DELETE CASCADE,
  PRIMARY KEY (`protocol`, `name`, `directory_id`)
);
