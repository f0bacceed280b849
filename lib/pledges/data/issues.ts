/** A campaign issued to an organization: its status, its signatures, and the pledges a representative holds. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import {
  memberships,
  organizations,
  pledgeCampaigns,
  pledgeIssues,
  pledgeSignatures,
  pledgeVersions,
  type PledgeSignature,
} from '@/db/schema';

export type PledgeStatus = 'issued' | 'viewed' | 'overdue' | 'signed' | 'countersigned' | 'declined';

export function statusOf(
  issue: { declinedAt: Date | null; viewedAt: Date | null },
  signed: boolean,
  countersigned: boolean,
  due: Date,
  now: Date,
): PledgeStatus {
  if (countersigned) return 'countersigned';
  if (signed) return 'signed';
  if (issue.declinedAt) return 'declined';
  if (now > due) return 'overdue';
  return issue.viewedAt ? 'viewed' : 'issued';
}

export function signaturesByIssue(issueIds: number[]) {
  const map = new Map<
    number,
    {
      representative?: PledgeSignature & { versionNumber: number };
      countersign?: PledgeSignature & { versionNumber: number };
    }
  >();
  if (issueIds.length === 0) return map;
  const rows = db
    .select({ signature: pledgeSignatures, versionNumber: pledgeVersions.number })
    .from(pledgeSignatures)
    .innerJoin(pledgeVersions, eq(pledgeVersions.id, pledgeSignatures.versionId))
    .where(inArray(pledgeSignatures.issueId, issueIds))
    .all();
  for (const { signature, versionNumber } of rows) {
    const entry = map.get(signature.issueId) ?? {};
    entry[signature.kind] = { ...signature, versionNumber };
    map.set(signature.issueId, entry);
  }
  return map;
}

/** The organizations a user represents. */
export function representedOrganizationIds(userId: number): number[] {
  return db
    .select({ id: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.isRepresentative, true)))
    .all()
    .map((row) => row.id);
}

/** The pledges issued to organizations the user represents, newest campaign first. */
export function pledgesForRepresentative(userId: number, now = new Date()) {
  const ids = representedOrganizationIds(userId);
  if (ids.length === 0) return [];
  const rows = db
    .select({ issue: pledgeIssues, campaign: pledgeCampaigns, organizationName: organizations.name })
    .from(pledgeIssues)
    .innerJoin(pledgeCampaigns, eq(pledgeCampaigns.id, pledgeIssues.campaignId))
    .innerJoin(organizations, eq(organizations.id, pledgeIssues.organizationId))
    .where(inArray(pledgeIssues.organizationId, ids))
    .orderBy(desc(pledgeCampaigns.year), desc(pledgeIssues.id))
    .all();
  const signatures = signaturesByIssue(rows.map((row) => row.issue.id));
  return rows.map(({ issue, campaign, organizationName }) => {
    const signed = signatures.get(issue.id) ?? {};
    return {
      issueId: issue.id,
      title: campaign.title,
      year: campaign.year,
      organizationName,
      due: campaign.signingDueAt,
      status: statusOf(issue, !!signed.representative, !!signed.countersign, campaign.signingDueAt, now),
    };
  });
}

export function getIssue(issueId: number) {
  return db
    .select({ issue: pledgeIssues, campaign: pledgeCampaigns, organizationName: organizations.name })
    .from(pledgeIssues)
    .innerJoin(pledgeCampaigns, eq(pledgeCampaigns.id, pledgeIssues.campaignId))
    .innerJoin(organizations, eq(organizations.id, pledgeIssues.organizationId))
    .where(eq(pledgeIssues.id, issueId))
    .get();
}

export function signaturesOfIssue(issueId: number) {
  return signaturesByIssue([issueId]).get(issueId) ?? {};
}
