import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { agendaItems, pledgeCampaigns, pledgeSignatures, pledgeVersions, progressReports } from '@/db/schema';
import { pledgeDocument } from '@/lib/pledges/canonical';
import { seedDemo } from './index';

describe('pledge demo data', () => {
  it('issues the 2020 pledge, mostly signed with real hashes, linked to the handover item, once', () => {
    seedDemo(db);
    seedDemo(db);
    // The 2020 pledge (the 2021 draft starts its own from it: db/seed/next-edition.test.ts).
    const campaigns = db.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.year, 2020)).all();
    expect(campaigns).toHaveLength(1);
    const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaigns[0]!.id)).get()!;
    const signatures = db.select().from(pledgeSignatures).all();
    const representative = signatures.filter((s) => s.kind === 'representative');
    expect(representative.length).toBeGreaterThanOrEqual(10);
    expect(signatures.filter((s) => s.kind === 'countersign').length).toBe(representative.length - 1);
    for (const s of representative) expect(s.sha256).toBe(pledgeDocument(version, s.organizationId).hash);
    expect(db.select().from(progressReports).all().length).toBeGreaterThan(0);
    const handover = db.select().from(agendaItems).where(eq(agendaItems.kind, 'pledge_handover')).get()!;
    expect(handover.pledgeCampaignId).toBe(campaigns[0]!.id);
  });
});
