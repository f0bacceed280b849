CREATE TABLE `seat_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`registration_id` integer NOT NULL,
	`block_id` integer NOT NULL,
	`row` integer NOT NULL,
	`seat` integer NOT NULL,
	`assigned_by_id` integer,
	`assigned_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`block_id`) REFERENCES `seating_blocks`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assigned_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "seat_assignments_row_positive" CHECK("seat_assignments"."row" >= 1),
	CONSTRAINT "seat_assignments_seat_positive" CHECK("seat_assignments"."seat" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seat_assignments_registration_unique` ON `seat_assignments` (`registration_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `seat_assignments_seat_unique` ON `seat_assignments` (`meeting_id`,`block_id`,`row`,`seat`);--> statement-breakpoint
CREATE INDEX `seat_assignments_block_idx` ON `seat_assignments` (`block_id`);--> statement-breakpoint
CREATE TABLE `seat_reservations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`block_id` integer NOT NULL,
	`row` integer NOT NULL,
	`seat` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`block_id`) REFERENCES `seating_blocks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seat_reservations_seat_unique` ON `seat_reservations` (`block_id`,`row`,`seat`);--> statement-breakpoint
CREATE TABLE `seating_blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`kind` text NOT NULL,
	`rows` integer NOT NULL,
	`seats` integer NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "seating_blocks_kind_check" CHECK("seating_blocks"."kind" in ('rows', 'tables')),
	CONSTRAINT "seating_blocks_rows_range" CHECK("seating_blocks"."rows" between 1 and 200),
	CONSTRAINT "seating_blocks_seats_range" CHECK("seating_blocks"."seats" between 1 and 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seating_blocks_meeting_name_unique` ON `seating_blocks` (`meeting_id`,`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `seating_blocks_meeting_position_unique` ON `seating_blocks` (`meeting_id`,`position`);