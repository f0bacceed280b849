CREATE TABLE `ceremony_reveals` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`nomination_id` integer NOT NULL,
	`revealed_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE cascade
);
