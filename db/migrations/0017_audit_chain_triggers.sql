-- Custom SQL migration file, put your code below! --
-- The hash chain (decision 0012). Events written before it have no hash yet: startup seals
-- them once, in id order (lib/audit/mutations.ts sealAuditChain). So the append-only rule
-- now lets exactly one kind of UPDATE through: filling prev_hash and hash of an unsealed
-- event, every other column unchanged. Everything else stays refused.
DROP TRIGGER `audit_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL OR NEW.`prev_hash` IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`actor_id` IS NOT OLD.`actor_id` OR NEW.`action` IS NOT OLD.`action`
  OR NEW.`entity_type` IS NOT OLD.`entity_type` OR NEW.`entity_id` IS NOT OLD.`entity_id`
  OR NEW.`changes` IS NOT OLD.`changes` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
--> statement-breakpoint
-- Every new event is a link of the chain: an insert without its hashes is refused.
CREATE TRIGGER `audit_events_chained` BEFORE INSERT ON `audit_events`
WHEN NEW.`hash` IS NULL OR NEW.`prev_hash` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'audit events must carry their chain hashes');
END;
