CREATE TABLE `backups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trigger` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`location` text NOT NULL,
	`ok` integer,
	`bytes` integer,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `backups_ok_finished_idx` ON `backups` (`ok`,`finished_at`);