CREATE TABLE `ceremony_awards` (
	`agenda_item_id` integer NOT NULL,
	`award_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`agenda_item_id`, `award_id`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ceremony_awards_award_idx` ON `ceremony_awards` (`award_id`);--> statement-breakpoint
-- Hand-added: the one award an item linked to so far becomes its first ceremony award.
INSERT INTO `ceremony_awards` (`agenda_item_id`, `award_id`, `position`)
  SELECT `id`, `award_id`, 1 FROM `agenda_items`
  WHERE `award_id` IS NOT NULL AND `award_id` IN (SELECT `id` FROM `awards`);--> statement-breakpoint
ALTER TABLE `agenda_items` DROP COLUMN `award_id`;