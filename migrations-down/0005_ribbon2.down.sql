DROP TABLE IF EXISTS `r2_io_assignments`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_io_schemes`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_properties`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_property_types`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_message_tags`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_message_dirs`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_messages`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_access`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_directories`;--> statement-breakpoint
DROP TABLE IF EXISTS `r2_permissions`;
