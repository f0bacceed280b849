CREATE TABLE `meeting_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`locale` text NOT NULL,
	`version` integer NOT NULL,
	`body` text NOT NULL,
	`source` text NOT NULL,
	`author_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meeting_reports_locale_check" CHECK("meeting_reports"."locale" in ('zh-CN', 'en')),
	CONSTRAINT "meeting_reports_source_check" CHECK("meeting_reports"."source" in ('draft', 'edit'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_reports_meeting_locale_version_unique` ON `meeting_reports` (`meeting_id`,`locale`,`version`);