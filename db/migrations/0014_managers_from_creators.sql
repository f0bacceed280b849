-- Awards and campaigns made before managers existed: their creator becomes their first manager (decision 0014).
INSERT OR IGNORE INTO award_managers (award_id, user_id, created_at)
SELECT id, created_by_id, created_at FROM awards WHERE created_by_id IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO pledge_campaign_managers (campaign_id, user_id, created_at)
SELECT id, created_by_id, created_at FROM pledge_campaigns WHERE created_by_id IS NOT NULL;
