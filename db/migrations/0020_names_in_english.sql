ALTER TABLE `agenda_items` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `theme_en` text;--> statement-breakpoint
ALTER TABLE `registration_categories` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `award_categories` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `awards` ADD `name_en` text;