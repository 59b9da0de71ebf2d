DROP TABLE IF EXISTS `atrium_preconditions`;--> statement-breakpoint
DROP TABLE IF EXISTS `atrium_idempotency`;
