CREATE TABLE `cache_revalidations` (
	`tag` text PRIMARY KEY NOT NULL,
	`revalidated_at` integer NOT NULL
);
