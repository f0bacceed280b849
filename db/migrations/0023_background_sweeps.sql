CREATE TABLE `background_sweeps` (
	`slot` integer PRIMARY KEY NOT NULL,
	`claimed_by` text NOT NULL,
	`claimed_at` integer NOT NULL,
	`runs` integer DEFAULT 0 NOT NULL
);
