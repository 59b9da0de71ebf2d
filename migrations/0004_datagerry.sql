-- DATAGERRY face: CMDB types, objects, categories and user settings. All dg_* tables are internal: reached
-- only through the cmdb services, which apply rights and type ACLs. JSON columns hold DATAGERRY's nested
-- documents (render_meta, fields, acl, meta, payload).
CREATE TABLE `dg_types` (
  `public_id` integer PRIMARY KEY,
  `name` text NOT NULL,
  `label` text,
  `description` text,
  `active` integer NOT NULL DEFAULT 1,
  `author_id` integer,
  `creation_time` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `version` text NOT NULL DEFAULT '1.0.0',
  `render_meta` text NOT NULL DEFAULT '{}',
  `fields` text NOT NULL DEFAULT '[]',
  `acl` text NOT NULL DEFAULT '{"activated":false,"groups":{"includes":{}}}'
);--> statement-breakpoint
CREATE UNIQUE INDEX `dg_types_name` ON `dg_types` (`name`);--> statement-breakpoint
CREATE TABLE `dg_objects` (
  `public_id` integer PRIMARY KEY,
  `type_id` integer NOT NULL REFERENCES `dg_types`(`public_id`),
  `status` integer,
  `version` text NOT NULL DEFAULT '1.0.0',
  `creation_time` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `author_id` integer,
  `last_edit_time` text,
  `editor_id` integer,
  `active` integer NOT NULL DEFAULT 1,
  `fields` text NOT NULL DEFAULT '[]',
  `views` integer NOT NULL DEFAULT 0
);--> statement-breakpoint
CREATE INDEX `dg_objects_type` ON `dg_objects` (`type_id`, `public_id`);--> statement-breakpoint
CREATE INDEX `dg_objects_active` ON `dg_objects` (`active`, `public_id`);--> statement-breakpoint
CREATE TABLE `dg_categories` (
  `public_id` integer PRIMARY KEY,
  `name` text NOT NULL,
  `label` text,
  `meta` text NOT NULL DEFAULT '{"icon":"","order":null}',
  `parent` integer REFERENCES `dg_categories`(`public_id`) ON DELETE SET NULL,
  `types` text NOT NULL DEFAULT '[]'
);--> statement-breakpoint
CREATE UNIQUE INDEX `dg_categories_name` ON `dg_categories` (`name`);--> statement-breakpoint
CREATE TABLE `dg_settings` (
  `user_id` integer NOT NULL REFERENCES `users`(`id`) ON DELETE CASCADE,
  `identifier` text NOT NULL,
  `payload` text NOT NULL DEFAULT '{}',
  `setting_type` text NOT NULL DEFAULT 'GLOBAL',
  PRIMARY KEY (`user_id`, `identifier`)
);
