DROP TABLE IF EXISTS `atrium_revisions`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_QRY_SQL`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_QRY_FMW`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_DICTIONARY`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_THEMES_COLORS`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_THEMES`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_MODULES`;--> statement-breakpoint
DROP TABLE IF EXISTS `LY_APPLICATIONS`;
