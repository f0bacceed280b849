CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`revoked_at` integer,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `registration_categories`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_meeting_idx` ON `invitations` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `organization_seats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`seats` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "organization_seats_positive" CHECK("organization_seats"."seats" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_seats_meeting_organization_unique` ON `organization_seats` (`meeting_id`,`organization_id`);--> statement-breakpoint
CREATE TABLE `registration_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`quota` integer,
	`self_service` integer DEFAULT true NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "registration_categories_quota_positive" CHECK("registration_categories"."quota" is null or "registration_categories"."quota" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registration_categories_meeting_name_unique` ON `registration_categories` (`meeting_id`,`name`);--> statement-breakpoint
CREATE TABLE `registration_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`choices` text,
	`required` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "registration_questions_kind_check" CHECK("registration_questions"."kind" in ('text', 'choice', 'consent'))
);
--> statement-breakpoint
CREATE TABLE `registration_settings` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`opens_at` integer,
	`closes_at` integer,
	`mode` text DEFAULT 'open' NOT NULL,
	`organization_seats_release_at` integer,
	`organization_seats_released_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "registration_settings_mode_check" CHECK("registration_settings"."mode" in ('open', 'approval', 'invitation'))
);
--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`user_id` integer,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`organization_id` integer,
	`organization_name` text,
	`status` text NOT NULL,
	`answers` text,
	`locale` text DEFAULT 'zh-CN' NOT NULL,
	`ticket_code` text,
	`access_token` text NOT NULL,
	`invitation_id` integer,
	`rejection_reason` text,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`cancelled_at` integer,
	`checked_in_at` integer,
	`checked_in_by_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `registration_categories`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`checked_in_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "registrations_status_check" CHECK("registrations"."status" in ('confirmed', 'pending', 'waitlisted', 'cancelled', 'rejected')),
	CONSTRAINT "registrations_contact_check" CHECK("registrations"."email" is not null or "registrations"."phone" is not null),
	CONSTRAINT "registrations_ticket_when_confirmed" CHECK("registrations"."status" <> 'confirmed' or "registrations"."ticket_code" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_ticket_code_unique` ON `registrations` (`ticket_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_access_token_unique` ON `registrations` (`access_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_meeting_user_active` ON `registrations` (`meeting_id`,`user_id`) WHERE user_id is not null and status in ('confirmed', 'pending', 'waitlisted');--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_meeting_email_active` ON `registrations` (`meeting_id`,`email`) WHERE email is not null and status in ('confirmed', 'pending', 'waitlisted');--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_meeting_phone_active` ON `registrations` (`meeting_id`,`phone`) WHERE phone is not null and status in ('confirmed', 'pending', 'waitlisted');--> statement-breakpoint
CREATE INDEX `registrations_meeting_status_idx` ON `registrations` (`meeting_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `registrations_user_idx` ON `registrations` (`user_id`);--> statement-breakpoint
CREATE TABLE `outbox_emails` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text,
	`attachments` text,
	`topic` text NOT NULL,
	`created_at` integer NOT NULL,
	`claimed_at` integer,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `outbox_emails_unsent_idx` ON `outbox_emails` (`sent_at`,`id`);