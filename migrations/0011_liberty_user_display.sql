-- Liberty's USR_THEME is the name of the user's theme and USR_MODE the colour mode (the seed's user has
-- `USR_THEME: "liberty"`, `USR_MODE: "light"`). The columns held other defaults: `theme` 'light' (a colour
-- mode) and `mode` 'session' (the login's session mode, which is a token claim, not a user setting).
-- New defaults: theme 'liberty', mode 'light'; existing rows move over: a colour mode found in `theme`
-- becomes the user's `mode` (and the theme 'liberty'); any other theme is kept; `mode` is 'light' unless
-- `theme` held a colour mode.
-- SQLite changes a default only by rebuilding the column. Rebuilding the `users` table would fire the
-- ON DELETE CASCADE of its children (user_groups, dg_settings) when the old table is dropped, so each
-- column is rebuilt in place instead: renamed, added again with its new default, filled, the old one
-- dropped. Both columns end up last in the table (the drizzle schema declares them there).
-- Undone by migrations-down/0011_liberty_user_display.down.sql.
ALTER TABLE `users` RENAME COLUMN `theme` TO `theme__old`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN `mode` TO `mode__old`;--> statement-breakpoint
ALTER TABLE `users` ADD COLUMN `theme` text DEFAULT 'liberty' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD COLUMN `mode` text DEFAULT 'light' NOT NULL;--> statement-breakpoint
UPDATE `users` SET
  `theme` = CASE WHEN `theme__old` IN ('light', 'dark') THEN 'liberty' ELSE `theme__old` END,
  `mode` = CASE WHEN `theme__old` IN ('light', 'dark') THEN `theme__old` ELSE 'light' END;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `theme__old`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `mode__old`;
