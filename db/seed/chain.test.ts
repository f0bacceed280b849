import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { meetings, pledgeSignatures, votingRounds } from '@/db/schema';
import { verifyAuditChain } from '@/lib/audit/data';
import { countRound, getCategory } from '@/lib/awards/data';
import { buildEvidencePackage } from '@/lib/evidence/data';
import { verifyEvidencePackage, type EvidencePackage } from '@/lib/evidence/package';
import { verifyPledge } from '@/lib/pledges/data';
import { seedDemo } from './index';

describe('demo data in the audit chain', () => {
  seedDemo(db);

  it('the chain verifies and every demo pledge checks as intact on /verify', () => {
    expect(verifyAuditChain().broken).toBeNull();
    for (const signature of db.select().from(pledgeSignatures).all())
      expect(verifyPledge(signature.verificationCode)!.check.problem).toBeNull();
  });

  it("the conference's evidence package verifies, and its recorded results are what the count says", () => {
    const meeting = db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()!;
    const pkg = { ...buildEvidencePackage(meeting.id)!, summary: {} } as EvidencePackage;
    expect(pkg.attendance.length).toBeGreaterThan(50);
    expect(pkg.results).toHaveLength(3);
    expect(pkg.signatures.length).toBeGreaterThan(10);
    expect(verifyEvidencePackage(pkg)).toMatchObject({ ok: true, problems: [] });
    for (const result of pkg.results) {
      const round = db.select().from(votingRounds).where(eq(votingRounds.id, result.roundId)).get()!;
      const count = countRound(round, getCategory(round.categoryId)!.winners);
      expect(
        result.nominations.map(({ nominationId, votes, points, outcome }) => ({
          nominationId,
          votes,
          points,
          outcome,
        })),
      ).toEqual(
        count.nominations.map(({ nominationId, votes, points, outcome }) => ({ nominationId, votes, points, outcome })),
      );
    }
  });
});
