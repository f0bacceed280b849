-- Secret ballots become fixed-size slots put in place when a round opens, filled in place
-- by a vote (docs/decisions/0011-secret-ballot-slots.md). WITHOUT ROWID (0006) ordered the
-- keys, not where each cell's bytes landed in the page: those followed the order of voting.
CREATE TABLE `__new_secret_ballots` (
	`slot` integer PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`receipt_hash` text NOT NULL,
	`choices` text NOT NULL,
	`filled` integer DEFAULT false NOT NULL,
	`stir` blob NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "secret_ballots_receipt_width" CHECK(length("__new_secret_ballots"."receipt_hash") = 64)
);
--> statement-breakpoint
-- Ballots already cast become filled slots (choices as 10-digit ids, zero-padded to the
-- round's width); an open secret round also gets one empty slot per committee member who
-- has not voted. Everything is written in the order of the new random slot numbers, so
-- the new pages keep nothing of the order the old rows were written in.
INSERT INTO `__new_secret_ballots` (`slot`, `round_id`, `receipt_hash`, `choices`, `filled`, `stir`)
WITH RECURSIVE
	cast_ballots(round_id, receipt_hash, ids, max_choices) AS (
		SELECT b.round_id, b.receipt_hash,
			coalesce((SELECT group_concat(printf('%010d', j.value), '' ORDER BY j.key) FROM json_each(b.choices) j), ''),
			r.max_choices
		FROM secret_ballots b JOIN voting_rounds r ON r.id = b.round_id
	),
	missing(round_id, max_choices, n) AS (
		SELECT r.id, r.max_choices,
			(SELECT count(*) FROM committee_members c WHERE c.award_id = r.award_id)
			- (SELECT count(*) FROM secret_ballots b WHERE b.round_id = r.id)
		FROM voting_rounds r WHERE r.secret = 1 AND r.status = 'open'
	),
	empty(round_id, max_choices, n) AS (
		SELECT round_id, max_choices, n FROM missing WHERE n > 0
		UNION ALL SELECT round_id, max_choices, n - 1 FROM empty WHERE n > 1
	),
	slots(round_id, receipt_hash, choices, filled) AS (
		SELECT round_id, receipt_hash, ids || substr(hex(zeroblob(max_choices * 5)), 1, max_choices * 10 - length(ids)), 1 FROM cast_ballots
		UNION ALL
		SELECT round_id, lower(hex(randomblob(32))), substr(hex(zeroblob(max_choices * 5)), 1, max_choices * 10), 0 FROM empty
	)
SELECT abs(random() % 281474976710655) + 1 AS slot, round_id, receipt_hash, choices, filled, randomblob(8) FROM slots ORDER BY slot;
--> statement-breakpoint
DROP TABLE `secret_ballots`;
--> statement-breakpoint
ALTER TABLE `__new_secret_ballots` RENAME TO `secret_ballots`;
--> statement-breakpoint
CREATE INDEX `secret_ballots_round_idx` ON `secret_ballots` (`round_id`);
