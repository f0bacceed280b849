ALTER TABLE `meetings` ADD `previous_edition_id` integer REFERENCES meetings(id);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_previous_edition_id_unique` ON `meetings` (`previous_edition_id`);--> statement-breakpoint
ALTER TABLE `pledge_campaigns` ADD `previous_campaign_id` integer REFERENCES pledge_campaigns(id);