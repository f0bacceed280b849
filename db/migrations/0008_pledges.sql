CREATE TABLE `pledge_campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`body` text NOT NULL,
	`signing_due_at` integer NOT NULL,
	`current_version` integer DEFAULT 1 NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "pledge_campaigns_year_range" CHECK("pledge_campaigns"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE `pledge_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_by_id` integer,
	`viewed_at` integer,
	`declined_at` integer,
	`decline_reason` text,
	`last_reminded_at` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `pledge_campaigns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`issued_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "pledge_issues_decline_reason" CHECK("pledge_issues"."declined_at" is null or length(trim("pledge_issues"."decline_reason")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledge_issues_campaign_organization_unique` ON `pledge_issues` (`campaign_id`,`organization_id`);--> statement-breakpoint
CREATE INDEX `pledge_issues_organization_idx` ON `pledge_issues` (`organization_id`);--> statement-breakpoint
CREATE TABLE `pledge_signatures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issue_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`kind` text NOT NULL,
	`signer_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`typed_name` text NOT NULL,
	`signer_name` text NOT NULL,
	`signed_at` integer NOT NULL,
	`ip` text,
	`user_agent` text,
	`sha256` text NOT NULL,
	`verification_code` text NOT NULL,
	FOREIGN KEY (`issue_id`) REFERENCES `pledge_issues`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`version_id`) REFERENCES `pledge_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`signer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "pledge_signatures_kind_check" CHECK("pledge_signatures"."kind" in ('representative', 'countersign')),
	CONSTRAINT "pledge_signatures_sha256_hex" CHECK(length("pledge_signatures"."sha256") = 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledge_signatures_verification_code_unique` ON `pledge_signatures` (`verification_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `pledge_signatures_issue_kind_unique` ON `pledge_signatures` (`issue_id`,`kind`);--> statement-breakpoint
CREATE TABLE `pledge_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`organization_id` integer,
	`description` text NOT NULL,
	`indicator` text NOT NULL,
	`due_date` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `pledge_campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `pledge_targets_campaign_idx` ON `pledge_targets` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `pledge_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`number` integer NOT NULL,
	`body` text NOT NULL,
	`targets` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `pledge_campaigns`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledge_versions_campaign_number_unique` ON `pledge_versions` (`campaign_id`,`number`);--> statement-breakpoint
CREATE TABLE `progress_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`status` text NOT NULL,
	`percent` integer NOT NULL,
	`note` text,
	`evidence_path` text,
	`evidence_name` text,
	`evidence_type` text,
	`reported_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `pledge_targets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reported_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "progress_reports_status_check" CHECK("progress_reports"."status" in ('not_started', 'in_progress', 'done')),
	CONSTRAINT "progress_reports_percent_range" CHECK("progress_reports"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE INDEX `progress_reports_target_organization_idx` ON `progress_reports` (`target_id`,`organization_id`,`id`);