-- A signature is evidence: refuse any change or removal, from the app or by hand.
CREATE TRIGGER `pledge_signatures_no_update` BEFORE UPDATE ON `pledge_signatures`
BEGIN
  SELECT RAISE(ABORT, 'pledge signatures are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `pledge_signatures_no_delete` BEFORE DELETE ON `pledge_signatures`
BEGIN
  SELECT RAISE(ABORT, 'pledge signatures are immutable');
END;
--> statement-breakpoint
-- A version someone signed keeps the exact text they signed; edits make a new version.
CREATE TRIGGER `pledge_versions_signed_no_update` BEFORE UPDATE ON `pledge_versions`
WHEN EXISTS (SELECT 1 FROM `pledge_signatures` WHERE `version_id` = OLD.`id`)
BEGIN
  SELECT RAISE(ABORT, 'a signed pledge version is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `pledge_versions_signed_no_delete` BEFORE DELETE ON `pledge_versions`
WHEN EXISTS (SELECT 1 FROM `pledge_signatures` WHERE `version_id` = OLD.`id`)
BEGIN
  SELECT RAISE(ABORT, 'a signed pledge version is immutable');
END;
