-- Liberty face: the framework tables with their original names. Applications list the pools
-- (APPS_POOL); modules and themes configure the front end; the data dictionary gives column labels per
-- language; stored queries (LY_QRY_FMW: framework, LY_QRY_SQL: applications) hold one statement per
-- query id and HTTP verb with its target pool (SESSION = the caller's pool). Named parameters `:NAME`
-- in statements are bound, never pasted.
CREATE TABLE `LY_APPLICATIONS` (
  `APPS_ID` integer PRIMARY KEY,
  `APPS_NAME` text NOT NULL,
  `APPS_DESCRIPTION` text,
  `APPS_POOL` text NOT NULL DEFAULT 'default',
  `APPS_OFFSET` integer NOT NULL DEFAULT 5000,
  `APPS_LIMIT` integer NOT NULL DEFAULT 10000,
  `APPS_VERSION` integer NOT NULL DEFAULT 500,
  `APPS_DASHBOARD` integer,
  `APPS_THEME` text
);--> statement-breakpoint
CREATE TABLE `LY_MODULES` (
  `MODULE_ID` text PRIMARY KEY,
  `MODULE_DESCRIPTION` text,
  `MODULE_ENABLED` text NOT NULL DEFAULT 'N',
  `MODULE_PARAMS` json,
  `MODULE_ORDER` integer NOT NULL DEFAULT 0
);--> statement-breakpoint
CREATE TABLE `LY_THEMES` (
  `THM_ID` integer PRIMARY KEY,
  `THM_NAME` text NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX `ly_themes_name` ON `LY_THEMES` (`THM_NAME`);--> statement-breakpoint
CREATE TABLE `LY_THEMES_COLORS` (
  `TCL_ID` integer PRIMARY KEY,
  `THM_ID` integer NOT NULL REFERENCES `LY_THEMES`(`THM_ID`) ON DELETE CASCADE,
  `TCL_KEY` text NOT NULL,
  `TCL_LIGHT` text,
  `TCL_DARK` text
);--> statement-breakpoint
CREATE INDEX `ly_themes_colors_theme` ON `LY_THEMES_COLORS` (`THM_ID`, `TCL_KEY`);--> statement-breakpoint
CREATE TABLE `LY_DICTIONARY` (
  `DD_ID` text NOT NULL,
  `DD_LANGUAGE` text NOT NULL DEFAULT 'en',
  `DD_LABEL` text NOT NULL,
  PRIMARY KEY (`DD_ID`, `DD_LANGUAGE`)
);--> statement-breakpoint
CREATE INDEX `ly_dictionary_language_label` ON `LY_DICTIONARY` (`DD_LANGUAGE`, `DD_LABEL`);--> statement-breakpoint
CREATE TABLE `LY_QRY_FMW` (
  `QUERY` integer NOT NULL,
  `CRUD` text NOT NULL,
  `QUERY_POOL` text NOT NULL DEFAULT 'SESSION',
  `QUERY_SQLITE` text NOT NULL,
  `QUERY_DESCRIPTION` text,
  PRIMARY KEY (`QUERY`, `CRUD`)
);--> statement-breakpoint
CREATE TABLE `LY_QRY_SQL` (
  `QUERY` integer NOT NULL,
  `CRUD` text NOT NULL,
  `QUERY_POOL` text NOT NULL DEFAULT 'SESSION',
  `QUERY_SQLITE` text NOT NULL,
  `QUERY_DESCRIPTION` text,
  PRIMARY KEY (`QUERY`, `CRUD`)
);--> statement-breakpoint
CREATE TABLE `atrium_revisions` (
  `id` integer PRIMARY KEY,
  `pool` text NOT NULL,
  `migration` text,
  `created_at` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  `created_by` text
);
