-- Custom SQL migration file, put your code below! --
-- Secret ballot contents must not keep the order they arrived in: an ordinary table's
-- hidden rowid counts up with each insert and would pair the n-th ballot with the n-th
-- voter. WITHOUT ROWID stores rows in the order of the primary key, a hash of a random
-- receipt code, so the physical order is random. The table is empty at this point.
DROP TABLE `secret_ballots`;
--> statement-breakpoint
CREATE TABLE `secret_ballots` (
	`receipt_hash` text PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`choices` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
