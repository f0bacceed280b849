CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`planned_minutes` integer NOT NULL,
	`presenters` text,
	`description` text,
	`crew_notes` text,
	`award_id` integer,
	`pledge_campaign_id` integer,
	`started_at` integer,
	`ended_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "agenda_items_kind_check" CHECK("agenda_items"."kind" in ('speech', 'video', 'award_ceremony', 'pledge_handover', 'unveiling', 'break', 'other')),
	CONSTRAINT "agenda_items_minutes_range" CHECK("agenda_items"."planned_minutes" between 1 and 600),
	CONSTRAINT "agenda_items_position_positive" CHECK("agenda_items"."position" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_meeting_position_unique` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `meeting_organizers` (
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_organizers_user_idx` ON `meeting_organizers` (`user_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`theme` text,
	`description` text,
	`venue_name` text,
	`venue_address` text,
	`time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`capacity` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`agenda_version` integer DEFAULT 0 NOT NULL,
	`current_item_id` integer,
	`live_ended_at` integer,
	`live_version` integer DEFAULT 0 NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meetings_status_check" CHECK("meetings"."status" in ('draft', 'published', 'closed', 'cancelled')),
	CONSTRAINT "meetings_ends_after_start" CHECK("meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_capacity_positive" CHECK("meetings"."capacity" is null or "meetings"."capacity" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slug_unique` ON `meetings` (`slug`);--> statement-breakpoint
CREATE INDEX `meetings_starts_at_idx` ON `meetings` (`starts_at`);