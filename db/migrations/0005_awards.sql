CREATE TABLE `award_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`award_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`winners` integer DEFAULT 1 NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "award_categories_winners_range" CHECK("award_categories"."winners" between 1 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_categories_award_name_unique` ON `award_categories` (`award_id`,`name`);--> statement-breakpoint
CREATE TABLE `awards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`cycle_year` integer NOT NULL,
	`description` text,
	`rules` text,
	`nominations_open_at` integer NOT NULL,
	`nominations_close_at` integer NOT NULL,
	`voting_opens_at` integer NOT NULL,
	`voting_closes_at` integer NOT NULL,
	`public_nominations` integer DEFAULT false NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "awards_cycle_range" CHECK("awards"."cycle_year" between 1900 and 2200),
	CONSTRAINT "awards_nomination_window" CHECK("awards"."nominations_close_at" > "awards"."nominations_open_at"),
	CONSTRAINT "awards_voting_window" CHECK("awards"."voting_closes_at" > "awards"."voting_opens_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `awards_name_cycle_unique` ON `awards` (`name`,`cycle_year`);--> statement-breakpoint
CREATE TABLE `committee_members` (
	`award_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	PRIMARY KEY(`award_id`, `user_id`),
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "committee_members_role_check" CHECK("committee_members"."role" in ('chair', 'member'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committee_members_one_chair` ON `committee_members` (`award_id`) WHERE role = 'chair';--> statement-breakpoint
CREATE INDEX `committee_members_user_idx` ON `committee_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`category_id` integer NOT NULL,
	`kind` text NOT NULL,
	`nominee_names` text NOT NULL,
	`organization` text,
	`citation` text NOT NULL,
	`photo_path` text,
	`nominator_id` integer,
	`nominator_name` text NOT NULL,
	`nominator_email` text NOT NULL,
	`locale` text DEFAULT 'zh-CN' NOT NULL,
	`edit_token_hash` text NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`ineligible_reason` text,
	`shortlisted` integer DEFAULT false NOT NULL,
	`duplicate_of_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `award_categories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`nominator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "nominations_kind_check" CHECK("nominations"."kind" in ('individual', 'group', 'organization')),
	CONSTRAINT "nominations_status_check" CHECK("nominations"."status" in ('submitted', 'eligible', 'ineligible', 'withdrawn')),
	CONSTRAINT "nominations_citation_length" CHECK(length("nominations"."citation") between 1 and 2000),
	CONSTRAINT "nominations_reason_when_ineligible" CHECK("nominations"."status" <> 'ineligible' or "nominations"."ineligible_reason" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nominations_edit_token_hash_unique` ON `nominations` (`edit_token_hash`);--> statement-breakpoint
CREATE INDEX `nominations_category_idx` ON `nominations` (`category_id`,`status`);--> statement-breakpoint
CREATE TABLE `open_ballots` (
	`round_id` integer NOT NULL,
	`voter_id` integer NOT NULL,
	`choices` text NOT NULL,
	`receipt_hash` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `voter_id`),
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `open_ballots_receipt_hash_unique` ON `open_ballots` (`receipt_hash`);--> statement-breakpoint
CREATE TABLE `recusals` (
	`round_id` integer NOT NULL,
	`nomination_id` integer NOT NULL,
	`voter_id` integer NOT NULL,
	PRIMARY KEY(`round_id`, `nomination_id`, `voter_id`),
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `round_participations` (
	`round_id` integer NOT NULL,
	`voter_id` integer NOT NULL,
	PRIMARY KEY(`round_id`, `voter_id`),
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `secret_ballots` (
	`receipt_hash` text PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`choices` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `voting_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`award_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`name` text NOT NULL,
	`method` text NOT NULL,
	`max_choices` integer NOT NULL,
	`secret` integer DEFAULT true NOT NULL,
	`allow_changes` integer DEFAULT false NOT NULL,
	`quorum_numerator` integer DEFAULT 2 NOT NULL,
	`quorum_denominator` integer DEFAULT 3 NOT NULL,
	`threshold_numerator` integer DEFAULT 1 NOT NULL,
	`threshold_denominator` integer DEFAULT 2 NOT NULL,
	`tie_rule` text DEFAULT 'runoff' NOT NULL,
	`presence_meeting_id` integer,
	`candidate_ids` text,
	`casting_vote_ids` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`opens_at` integer,
	`closes_at` integer,
	`published_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `award_categories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`presence_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "voting_rounds_method_check" CHECK("voting_rounds"."method" in ('approval', 'ranked')),
	CONSTRAINT "voting_rounds_tie_rule_check" CHECK("voting_rounds"."tie_rule" in ('runoff', 'chair')),
	CONSTRAINT "voting_rounds_status_check" CHECK("voting_rounds"."status" in ('draft', 'open', 'closed', 'published')),
	CONSTRAINT "voting_rounds_max_choices" CHECK("voting_rounds"."max_choices" between 1 and 100),
	CONSTRAINT "voting_rounds_quorum" CHECK("voting_rounds"."quorum_numerator" between 0 and "voting_rounds"."quorum_denominator" and "voting_rounds"."quorum_denominator" > 0),
	CONSTRAINT "voting_rounds_threshold" CHECK("voting_rounds"."threshold_numerator" between 0 and "voting_rounds"."threshold_denominator" and "voting_rounds"."threshold_denominator" > 0)
);
--> statement-breakpoint
CREATE INDEX `voting_rounds_award_idx` ON `voting_rounds` (`award_id`);