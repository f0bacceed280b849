-- Registration links stop resting in clear (decision 0018): the next migration replaces
-- `access_token` with its SHA-256 (for lookup) and the token sealed under the session
-- secret (for later emails). Neither can be computed in SQL, so the clear tokens wait
-- here for startup (db/registration-tokens.ts sealRegistrationTokens), which fills both
-- columns, then empties and drops this table in one transaction.
CREATE TABLE `registration_tokens_to_seal` (
	`registration_id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `registration_tokens_to_seal` (`registration_id`, `token`)
SELECT `id`, `access_token` FROM `registrations`;
