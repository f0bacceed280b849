/** Progress against the targets: the dashboard per organization and the year's summary per target. */
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { organizations, pledgeIssues, pledgeTargets, progressReports } from '@/db/schema';
import { targetsFor } from '../canonical';
import { getCampaign, listTargets } from './campaigns';
import { signaturesByIssue, statusOf } from './issues';

/** The latest report per (target, organization). */
function latestReports(campaignId: number) {
  const rows = db
    .select({ report: progressReports })
    .from(progressReports)
    .innerJoin(pledgeTargets, eq(pledgeTargets.id, progressReports.targetId))
    .where(eq(pledgeTargets.campaignId, campaignId))
    .orderBy(progressReports.id)
    .all();
  const latest = new Map<string, typeof progressReports.$inferSelect>();
  for (const { report } of rows) latest.set(`${report.targetId}:${report.organizationId}`, report);
  return latest;
}

/** One row per organization the campaign was issued to: status, version signed, progress. */
export function campaignDashboard(campaignId: number, now = new Date()) {
  const campaign = getCampaign(campaignId);
  if (!campaign) return [];
  const issues = db
    .select({ issue: pledgeIssues, organizationName: organizations.name, organizationKind: organizations.kind })
    .from(pledgeIssues)
    .innerJoin(organizations, eq(organizations.id, pledgeIssues.organizationId))
    .where(eq(pledgeIssues.campaignId, campaignId))
    .orderBy(organizations.name)
    .all();
  const signatures = signaturesByIssue(issues.map((row) => row.issue.id));
  const targets = listTargets(campaignId);
  const reports = latestReports(campaignId);
  return issues.map(({ issue, organizationName, organizationKind }) => {
    const signed = signatures.get(issue.id) ?? {};
    const own = targetsFor(targets, issue.organizationId);
    const percents = own.map((target) => reports.get(`${target.id}:${issue.organizationId}`)?.percent ?? 0);
    const progressPercent = percents.length ? Math.round(percents.reduce((a, b) => a + b, 0) / percents.length) : 0;
    const done = own.filter((target) => reports.get(`${target.id}:${issue.organizationId}`)?.status === 'done').length;
    const reported = own.filter((target) => reports.has(`${target.id}:${issue.organizationId}`)).length;
    return {
      issueId: issue.id,
      organizationId: issue.organizationId,
      organizationName,
      organizationKind,
      status: statusOf(issue, !!signed.representative, !!signed.countersign, campaign.signingDueAt, now),
      issuedAt: issue.issuedAt,
      viewedAt: issue.viewedAt,
      declinedAt: issue.declinedAt,
      declineReason: issue.declineReason,
      signedAt: signed.representative?.signedAt ?? null,
      signerName: signed.representative?.signerName ?? null,
      signedVersion: signed.representative?.versionNumber ?? null,
      sha256: signed.representative?.sha256 ?? null,
      verificationCode: signed.representative?.verificationCode ?? null,
      countersignedAt: signed.countersign?.signedAt ?? null,
      countersignerName: signed.countersign?.signerName ?? null,
      targets: own.length,
      reported,
      done,
      progressPercent,
      // On track: every target reported, none stuck at "not started".
      onTrack:
        reported === own.length &&
        own.every((target) => reports.get(`${target.id}:${issue.organizationId}`)?.status !== 'not_started'),
    };
  });
}

/**
 * Progress per target across the organizations that signed, each with its latest report:
 * the year's summary the host takes to the next meeting. Extra targets list only their organization.
 */
export function progressSummary(campaignId: number, now = new Date()) {
  const signed = campaignDashboard(campaignId, now).filter((row) => row.signedAt);
  const reports = latestReports(campaignId);
  return listTargets(campaignId).map((target) => {
    const rows = signed
      .filter((row) => target.organizationId === null || target.organizationId === row.organizationId)
      .map((row) => {
        const report = reports.get(`${target.id}:${row.organizationId}`);
        return {
          organizationId: row.organizationId,
          organizationName: row.organizationName,
          status: report?.status ?? null,
          percent: report?.percent ?? 0,
          note: report?.note ?? null,
          reportedAt: report?.createdAt ?? null,
        };
      });
    return { ...target, rows, done: rows.filter((row) => row.status === 'done').length };
  });
}

/** Latest report per target for one organization, with who filed it. */
export function progressOf(campaignId: number, organizationId: number) {
  const latest = latestReports(campaignId);
  const result = new Map<number, typeof progressReports.$inferSelect>();
  for (const report of latest.values())
    if (report.organizationId === organizationId) result.set(report.targetId, report);
  return result;
}

export function getProgressReport(reportId: number) {
  return db
    .select({ report: progressReports, campaignId: pledgeTargets.campaignId })
    .from(progressReports)
    .innerJoin(pledgeTargets, eq(pledgeTargets.id, progressReports.targetId))
    .where(eq(progressReports.id, reportId))
    .get();
}
