-- Back to the defaults before 0010: theme 'light', mode 'session'. The colour mode goes back into
-- `theme` where the theme is the default 'liberty'; `mode` becomes 'session' again. Columns are rebuilt
-- in place (see the up migration), in the same order, so that upgrading again gives the same table.
ALTER TABLE `users` RENAME COLUMN `theme` TO `theme__new`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN `mode` TO `mode__new`;--> statement-breakpoint
ALTER TABLE `users` ADD COLUMN `theme` text DEFAULT 'light' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD COLUMN `mode` text DEFAULT 'session' NOT NULL;--> statement-breakpoint
UPDATE `users` SET `theme` = CASE WHEN `theme__new` = 'liberty' THEN `mode__new` ELSE `theme__new` END;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `theme__new`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `mode__new`;
