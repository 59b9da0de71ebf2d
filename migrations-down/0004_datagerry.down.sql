DROP TABLE IF EXISTS `dg_settings`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_categories`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_objects`;--> statement-breakpoint
DROP TABLE IF EXISTS `dg_types`;
