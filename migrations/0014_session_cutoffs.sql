CREATE TABLE IF NOT EXISTS `atrium_session_cutoffs` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`ended_at` integer NOT NULL,
	`kept_session` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
