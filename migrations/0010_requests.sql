-- Conditional requests and idempotent retries (issue 17): the precondition assertion table (always empty)
-- and the idempotency keys of POST requests.
CREATE TABLE `atrium_idempotency` (
	`user_id` integer NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`status` integer,
	`content_type` text,
	`body` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `atrium_idempotency_expires_idx` ON `atrium_idempotency` (`expires_at`);--> statement-breakpoint
CREATE TABLE `atrium_preconditions` (
	`ok` integer NOT NULL,
	CONSTRAINT "atrium_precondition" CHECK("atrium_preconditions"."ok" = 1)
);
