-- Every registration is reachable by its private link: a row without the token's hash and
-- its sealed copy is refused (decision 0018). A trigger, because SQLite adds a NOT NULL
-- column to a filled table only by rebuilding it, and dropping `registrations` to rebuild
-- it would cascade into seat assignments and guests of honour. Rows moved by 0027/0028 get
-- both at startup; until then an update that leaves them alone still passes.
CREATE TRIGGER `registrations_access_token_required` BEFORE INSERT ON `registrations`
WHEN NEW.`access_token_hash` IS NULL OR NEW.`access_token_sealed` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a registration needs its access token hash and sealed token');
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_access_token_kept` BEFORE UPDATE OF `access_token_hash`, `access_token_sealed` ON `registrations`
WHEN NEW.`access_token_hash` IS NULL OR NEW.`access_token_sealed` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a registration needs its access token hash and sealed token');
END;
