CREATE TABLE `check_in_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`client_event_id` text NOT NULL,
	`station_id` text NOT NULL,
	`ticket_code` text NOT NULL,
	`registration_id` integer,
	`checked_in_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	`outcome` text NOT NULL,
	`reason` text,
	`synced_by_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`synced_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "check_in_events_outcome_check" CHECK("check_in_events"."outcome" in ('checkedIn', 'earlier', 'already', 'conflict', 'refused'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `check_in_events_meeting_client_event` ON `check_in_events` (`meeting_id`,`client_event_id`);--> statement-breakpoint
CREATE INDEX `check_in_events_registration_idx` ON `check_in_events` (`registration_id`);--> statement-breakpoint
ALTER TABLE `registrations` ADD `checked_in_station` text;