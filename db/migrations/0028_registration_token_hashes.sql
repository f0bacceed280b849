DROP INDEX `registrations_access_token_unique`;--> statement-breakpoint
ALTER TABLE `registrations` ADD `access_token_hash` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `access_token_sealed` text;--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_access_token_hash_unique` ON `registrations` (`access_token_hash`);--> statement-breakpoint
ALTER TABLE `registrations` DROP COLUMN `access_token`;