import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db, type Db, type Tx } from '@/db';
import {
  agendaItems,
  auditEvents,
  memberships,
  organizations,
  pledgeCampaignManagers,
  pledgeCampaigns,
  pledgeIssues,
  pledgeSignatures,
  pledgeTargets,
  pledgeVersions,
  progressReports,
  users,
  type PledgeSignature,
} from '@/db/schema';
import { auditChainHead, chainEventFor, verifyChainFrom } from '@/lib/audit/data';
import type { AnchorMismatch } from '@/lib/audit/anchor-report';
import type { AuditLink } from '@/lib/audit/mutations';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { pledgeDocument, targetsFor } from './canonical';
import { listManagerCandidatesOf, listManagersOf } from '@/lib/managers/data';

export type PledgeStatus = 'issued' | 'viewed' | 'overdue' | 'signed' | 'countersigned' | 'declined';

/** Campaigns the actor runs: all for an admin, else those they manage (decision 0014). */
export function listManagedCampaigns(actor: NonNullable<Actor>) {
  const mine = hasRole(actor, 'admin')
    ? undefined
    : inArray(
        pledgeCampaigns.id,
        db
          .select({ id: pledgeCampaignManagers.campaignId })
          .from(pledgeCampaignManagers)
          .where(eq(pledgeCampaignManagers.userId, actor.id)),
      );
  return db
    .select()
    .from(pledgeCampaigns)
    .where(mine)
    .orderBy(desc(pledgeCampaigns.year), desc(pledgeCampaigns.id))
    .all();
}

export const campaignManagerIds = (campaignId: number, reader: Tx | typeof db = db): number[] =>
  reader
    .select({ userId: pledgeCampaignManagers.userId })
    .from(pledgeCampaignManagers)
    .where(eq(pledgeCampaignManagers.campaignId, campaignId))
    .all()
    .map((row) => row.userId);

export const listCampaignManagers = (campaignId: number) =>
  listManagersOf(pledgeCampaignManagers, pledgeCampaignManagers.campaignId, campaignId);

/** Who could become a manager: active site organizers and admins not yet managing the campaign. */
export const listCampaignManagerCandidates = (campaignId: number) =>
  listManagerCandidatesOf(pledgeCampaignManagers, pledgeCampaignManagers.campaignId, campaignId);

export function getCampaign(campaignId: number) {
  return db.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get();
}

export function listTargets(campaignId: number) {
  return db
    .select({
      id: pledgeTargets.id,
      description: pledgeTargets.description,
      indicator: pledgeTargets.indicator,
      dueDate: pledgeTargets.dueDate,
      organizationId: pledgeTargets.organizationId,
      organizationName: organizations.name,
    })
    .from(pledgeTargets)
    .leftJoin(organizations, eq(organizations.id, pledgeTargets.organizationId))
    .where(eq(pledgeTargets.campaignId, campaignId))
    .orderBy(pledgeTargets.position)
    .all();
}

export function getVersion(versionId: number) {
  return db.select().from(pledgeVersions).where(eq(pledgeVersions.id, versionId)).get();
}

export function currentVersion(campaign: { id: number; currentVersion: number }) {
  return db
    .select()
    .from(pledgeVersions)
    .where(and(eq(pledgeVersions.campaignId, campaign.id), eq(pledgeVersions.number, campaign.currentVersion)))
    .get()!;
}

/** For the agenda form: campaigns an item can hand over. */
export function campaignChoices() {
  return db
    .select({ id: pledgeCampaigns.id, title: pledgeCampaigns.title, year: pledgeCampaigns.year })
    .from(pledgeCampaigns)
    .orderBy(desc(pledgeCampaigns.year))
    .all();
}

function statusOf(
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

function signaturesByIssue(issueIds: number[]) {
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

/** For the public verification page: the signatures of the document a code belongs to. */
export function verificationByCode(code: string) {
  const signature = db.select().from(pledgeSignatures).where(eq(pledgeSignatures.verificationCode, code)).get();
  if (!signature) return undefined;
  const issue = getIssue(signature.issueId)!;
  const version = getVersion(signature.versionId)!;
  const all = db
    .select({
      kind: pledgeSignatures.kind,
      signerName: pledgeSignatures.signerName,
      signedAt: pledgeSignatures.signedAt,
      sha256: pledgeSignatures.sha256,
      organizationName: organizations.name,
      signerId: users.id,
    })
    .from(pledgeSignatures)
    .innerJoin(organizations, eq(organizations.id, pledgeSignatures.organizationId))
    .innerJoin(users, eq(users.id, pledgeSignatures.signerId))
    .where(eq(pledgeSignatures.issueId, signature.issueId))
    .orderBy(pledgeSignatures.id)
    .all();
  return { signature, issue, version, signatures: all };
}

/** For a meeting's run sheet: each pledge-handover item with a campaign, and the organizations receiving it. */
export function pledgeHandovers(meetingId: number) {
  const items = db
    .select({
      itemId: agendaItems.id,
      itemTitle: agendaItems.title,
      campaignId: pledgeCampaigns.id,
      campaignTitle: pledgeCampaigns.title,
    })
    .from(agendaItems)
    .innerJoin(pledgeCampaigns, eq(pledgeCampaigns.id, agendaItems.pledgeCampaignId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(agendaItems.position)
    .all();
  return items.map((item) => ({
    ...item,
    organizations: db
      .select({ name: organizations.name })
      .from(pledgeIssues)
      .innerJoin(organizations, eq(organizations.id, pledgeIssues.organizationId))
      .where(and(eq(pledgeIssues.campaignId, item.campaignId), isNull(pledgeIssues.declinedAt)))
      .orderBy(organizations.name)
      .all()
      .map((row) => row.name),
  }));
}

export type SignatureCheck = {
  intact: boolean;
  /** text: the rebuilt text no longer hashes to the signature's stored hash; notInChain: no
   *  signature event; chainText: the event records another hash; chainBroken: the chain does not
   *  check from the event to the head (decision 0012). */
  problem: null | 'text' | 'notInChain' | 'chainText' | 'chainBroken';
  /** The signature event: the chain position printed on the pledge. */
  event: AuditLink | null;
  head: AuditLink | null;
};

/** The representative's signature event in the audit chain: the pledge's anchor. */
export function signatureEvent(issueId: number): AuditLink | null {
  const event = chainEventFor('pledgeIssue.sign', 'pledgeIssue', issueId);
  return event?.hash ? { id: event.id, hash: event.hash } : null;
}

/**
 * Checks a signed text against the chain, not only against the hash stored beside it: the
 * SHA-256 the signer signed is recorded in the signature's audit event, so rewriting the
 * version body and the stored hash together still shows, and so does rewriting the event.
 */
export function checkSignature(
  signature: Pick<PledgeSignature, 'issueId' | 'sha256'>,
  documentHash: string,
): SignatureCheck {
  const event = chainEventFor('pledgeIssue.sign', 'pledgeIssue', signature.issueId);
  const head = auditChainHead();
  if (!event?.hash) return { intact: false, problem: 'notInChain', event: null, head };
  const link = { id: event.id, hash: event.hash };
  const fail = (problem: SignatureCheck['problem']): SignatureCheck => ({ intact: false, problem, event: link, head });
  if (verifyChainFrom(event.id).broken) return fail('chainBroken');
  if ((event.changes as { sha256?: unknown } | null)?.sha256 !== documentHash) return fail('chainText');
  if (signature.sha256 !== documentHash) return fail('text');
  return { intact: true, problem: null, event: link, head };
}

/** What /verify/<code> shows: the signed document rebuilt from the database, and its check against the chain. */
export function verifyPledge(code: string) {
  const found = verificationByCode(code);
  if (!found) return undefined;
  const document = pledgeDocument(found.version, found.issue.issue.organizationId);
  return { ...found, document, check: checkSignature(found.signature, document.hash) };
}

const signatureActions = { representative: 'pledgeIssue.sign', countersign: 'pledgeIssue.countersign' } as const;

/**
 * For `npm run audit:verify`: the first signature (in id order) that disagrees with the chain.
 * Each signature's event records the SHA-256 signed; the stored hash must equal it (catches the
 * body and stored hash rewritten together, issue 11 finding 2) and the version's text must still
 * hash to it (catches the body rewritten alone). Events from before the countersignature recorded
 * a hash carry none and are not compared.
 */
export function firstPledgeSignatureMismatch(database: Db = db): AnchorMismatch | null {
  const events = new Map<string, { id: number; changes: unknown }>();
  for (const event of database
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityId: auditEvents.entityId,
      changes: auditEvents.changes,
    })
    .from(auditEvents)
    .where(and(inArray(auditEvents.action, Object.values(signatureActions)), eq(auditEvents.entityType, 'pledgeIssue')))
    .orderBy(auditEvents.id)
    .all()) {
    const key = `${event.action}:${event.entityId}`;
    if (!events.has(key)) events.set(key, event);
  }
  const signatures = database
    .select({
      id: pledgeSignatures.id,
      issueId: pledgeSignatures.issueId,
      kind: pledgeSignatures.kind,
      sha256: pledgeSignatures.sha256,
      organizationId: pledgeSignatures.organizationId,
      body: pledgeVersions.body,
      targets: pledgeVersions.targets,
    })
    .from(pledgeSignatures)
    .innerJoin(pledgeVersions, eq(pledgeVersions.id, pledgeSignatures.versionId))
    .orderBy(pledgeSignatures.id)
    .all();
  for (const signature of signatures) {
    const event = events.get(`${signatureActions[signature.kind]}:${signature.issueId}`);
    const mismatch = (problem: AnchorMismatch['problem']): AnchorMismatch => ({
      record: 'pledgeSignature',
      id: signature.id,
      eventId: event?.id ?? null,
      problem,
    });
    if (!event) return mismatch('notInChain');
    const recorded = (event.changes as { sha256?: unknown } | null)?.sha256;
    if (recorded !== undefined && recorded !== signature.sha256) return mismatch('chainHash');
    if (pledgeDocument(signature, signature.organizationId).hash !== signature.sha256) return mismatch('text');
  }
  return null;
}
