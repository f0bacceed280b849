import { and, count, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
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
  type OrganizationKind,
  type TargetSnapshot,
} from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/mutations';
import { isCalendarDay } from '@/lib/meetings/time';
import { newVerificationCode, pledgeDocument } from './canonical';
import { pledgeEmail } from './emails';
import { pledgeError } from './errors';
import { campaignManagerIds } from './data';
import { canCreateCampaigns, canManageCampaign } from './permissions';
import { parseTargetLines, type CampaignInput } from './schema';

export type SigningContext = { now: Date; ip: string | null; userAgent: string | null; origin: string };

/**
 * The campaign, if `actor` manages it — checked inside the caller's transaction against
 * the manager list as it is now (decision 0014).
 */
export function loadManagedCampaign(tx: Tx, campaignId: number, actor: Actor) {
  const campaign = tx.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get();
  if (!campaign) throw new AppError('notFound');
  if (!canManageCampaign(actor, campaignManagerIds(campaignId, tx))) throw new AppError('forbidden');
  return campaign;
}

/** The due date as the end of that day in the host's zone (Shanghai, UTC+8, no daylight saving). */
export function dueInstant(day: string): Date {
  // `new Date` would roll an impossible day over ("2021-02-30" → 2 March), so the shared check comes first.
  if (!isCalendarDay(day)) throw pledgeError('invalidDate', { field: 'signingDue' });
  return new Date(`${day}T23:59:59+08:00`);
}

/**
 * The campaign's targets from the typed lines, or a refusal that names the first
 * line at fault and what is wrong on it (and how many more lines need fixing).
 */
function resolveTargets(tx: Tx, text: string) {
  const { targets, problems } = parseTargetLines(text);
  const resolved = targets.map((target) => {
    const { line: _line, ...fields } = target;
    if (!target.organizationName) return { ...fields, organizationId: null };
    const organization = tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, target.organizationName)).get();
    if (!organization) problems.push({ line: target.line, problem: 'organization', value: target.organizationName });
    return { ...fields, organizationId: organization?.id ?? null };
  });
  if (problems.length === 0 && resolved.length === 0) problems.push({ line: 1, problem: 'format' });
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    const first = problems[0]!;
    const reason = first.problem === 'format' ? 'targetLineFormat' : first.problem === 'date' ? 'targetLineDate' : 'targetLineOrganization';
    throw pledgeError(reason, { field: 'targets', values: { line: first.line, value: first.value ?? '', more: problems.length - 1 } });
  }
  return resolved;
}

function snapshot(tx: Tx, campaignId: number): TargetSnapshot[] {
  return tx
    .select({ id: pledgeTargets.id, description: pledgeTargets.description, indicator: pledgeTargets.indicator, dueDate: pledgeTargets.dueDate, organizationId: pledgeTargets.organizationId })
    .from(pledgeTargets)
    .where(eq(pledgeTargets.campaignId, campaignId))
    .orderBy(pledgeTargets.position)
    .all();
}

export function createCampaign(input: CampaignInput, actor: Actor): number {
  if (!canCreateCampaigns(actor)) throw new AppError('forbidden');
  return db.transaction((tx) => {
    const targets = resolveTargets(tx, input.targets);
    const now = new Date();
    const { id } = tx
      .insert(pledgeCampaigns)
      .values({ title: input.title, year: input.year, body: input.body, signingDueAt: dueInstant(input.signingDue), createdById: actor!.id, createdAt: now, updatedAt: now })
      .returning({ id: pledgeCampaigns.id })
      .get();
    tx.insert(pledgeCampaignManagers).values({ campaignId: id, userId: actor!.id, createdAt: now }).run();
    targets.forEach((target, index) => {
      tx.insert(pledgeTargets).values({ campaignId: id, organizationId: target.organizationId, description: target.description, indicator: target.indicator, dueDate: target.dueDate, position: index + 1 }).run();
    });
    tx.insert(pledgeVersions).values({ campaignId: id, number: 1, body: input.body, targets: snapshot(tx, id), createdAt: now }).run();
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeCampaign.create', entityType: 'pledgeCampaign', entityId: id, changes: { title: input.title, year: input.year } });
    return id;
  }, IMMEDIATE);
}

/**
 * Saves the text and targets. Targets keep their ids by position (progress reports point
 * to them); while nobody signed the current version it is rewritten, afterwards the edit
 * becomes the next version and earlier signatures stay with the text they signed.
 */
export function updateCampaign(campaignId: number, input: CampaignInput, actor: Actor): { version: number } {
  return db.transaction((tx) => {
    const campaign = loadManagedCampaign(tx, campaignId, actor);
    const targets = resolveTargets(tx, input.targets);
    const existing = tx.select({ id: pledgeTargets.id }).from(pledgeTargets).where(eq(pledgeTargets.campaignId, campaignId)).orderBy(pledgeTargets.position).all();
    targets.forEach((target, index) => {
      const values = { organizationId: target.organizationId, description: target.description, indicator: target.indicator, dueDate: target.dueDate, position: index + 1 };
      const row = existing[index];
      if (row) tx.update(pledgeTargets).set(values).where(eq(pledgeTargets.id, row.id)).run();
      else tx.insert(pledgeTargets).values({ ...values, campaignId }).run();
    });
    const removed = existing.slice(targets.length).map((row) => row.id);
    if (removed.length > 0) {
      const reported = tx.select({ id: progressReports.id }).from(progressReports).where(inArray(progressReports.targetId, removed)).get();
      if (reported) throw pledgeError('targetInUse', { field: 'targets' });
      tx.delete(pledgeTargets).where(inArray(pledgeTargets.id, removed)).run();
    }
    const now = new Date();
    const current = tx.select().from(pledgeVersions).where(and(eq(pledgeVersions.campaignId, campaignId), eq(pledgeVersions.number, campaign.currentVersion))).get()!;
    const frozen = snapshot(tx, campaignId);
    const changed = current.body !== input.body || JSON.stringify(current.targets) !== JSON.stringify(frozen);
    const signed = !!tx.select({ id: pledgeSignatures.id }).from(pledgeSignatures).where(eq(pledgeSignatures.versionId, current.id)).get();
    let version = campaign.currentVersion;
    if (changed && signed) {
      version += 1;
      tx.insert(pledgeVersions).values({ campaignId, number: version, body: input.body, targets: frozen, createdAt: now }).run();
    } else if (changed) {
      tx.update(pledgeVersions).set({ body: input.body, targets: frozen }).where(eq(pledgeVersions.id, current.id)).run();
    }
    tx.update(pledgeCampaigns)
      .set({ title: input.title, year: input.year, body: input.body, signingDueAt: dueInstant(input.signingDue), currentVersion: version, updatedAt: now })
      .where(eq(pledgeCampaigns.id, campaignId))
      .run();
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeCampaign.update', entityType: 'pledgeCampaign', entityId: campaignId, changes: { version: [campaign.currentVersion, version], textChanged: changed } });
    return { version };
  }, IMMEDIATE);
}

function representativesOf(tx: Tx, organizationId: number) {
  return tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.isRepresentative, true), isNull(users.archivedAt)))
    .all();
}

/** Issues to every organization of a kind and/or the chosen ones; ones already issued are skipped. Returns how many are new. */
export function issueCampaign(campaignId: number, selection: { kind?: OrganizationKind; organizationIds: number[] }, actor: Actor, context: SigningContext): number {
  return db.transaction((tx) => {
    const campaign = loadManagedCampaign(tx, campaignId, actor);
    const chosen = tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(
        and(
          isNull(organizations.archivedAt),
          selection.kind && selection.organizationIds.length > 0
            ? sql`(${organizations.kind} = ${selection.kind} or ${inArray(organizations.id, selection.organizationIds)})`
            : selection.kind
              ? eq(organizations.kind, selection.kind)
              : inArray(organizations.id, selection.organizationIds.length > 0 ? selection.organizationIds : [-1]),
        ),
      )
      .all();
    // A forged id names no (active) organization: refuse rather than issue to fewer than asked.
    const found = new Set(chosen.map((o) => o.id));
    if (selection.organizationIds.some((id) => !found.has(id)) || chosen.length === 0) throw pledgeError('noOrganizations', { field: 'organizationIds' });
    let issued = 0;
    for (const organization of chosen) {
      const row = tx
        .insert(pledgeIssues)
        .values({ campaignId, organizationId: organization.id, issuedAt: context.now, issuedById: actor!.id })
        .onConflictDoNothing()
        .returning({ id: pledgeIssues.id })
        .get();
      if (!row) continue;
      issued += 1;
      recordAudit(tx, { actorId: actor!.id, action: 'pledgeIssue.issue', entityType: 'pledgeIssue', entityId: row.id, changes: { campaignId, organizationId: organization.id } }, context.now);
      for (const person of representativesOf(tx, organization.id)) {
        enqueueEmail(tx, pledgeEmail('issued', person, { issueId: row.id, campaign: campaign.title, organization: organization.name, due: campaign.signingDueAt, origin: context.origin }));
      }
    }
    return issued;
  }, IMMEDIATE);
}

/** The issue, if `actor` represents its organization (checked against memberships as they are now). */
function loadRepresentedIssue(tx: Tx, issueId: number, actor: Actor) {
  if (!actor) throw new AppError('forbidden');
  const issue = tx.select().from(pledgeIssues).where(eq(pledgeIssues.id, issueId)).get();
  if (!issue) throw new AppError('notFound');
  const membership = tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, actor.id), eq(memberships.organizationId, issue.organizationId), eq(memberships.isRepresentative, true)))
    .get();
  if (!membership) throw pledgeError('notRepresentative');
  return issue;
}

/** The representative opened the document: first time only. */
export function markViewed(issueId: number, actor: Actor, now = new Date()): void {
  db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, issueId, actor);
    if (issue.viewedAt) return;
    tx.update(pledgeIssues).set({ viewedAt: now }).where(and(eq(pledgeIssues.id, issueId), isNull(pledgeIssues.viewedAt))).run();
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeIssue.view', entityType: 'pledgeIssue', entityId: issueId }, now);
  }, IMMEDIATE);
}

/** Names match when they are the same words: spacing, width and case aside. */
export function sameName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/[\s·•.]+/g, '').toLowerCase();
  return norm(typed) !== '' && norm(typed) === norm(name);
}

function signerName(tx: Tx, userId: number): string {
  return tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? '';
}

export function signPledge(input: { issueId: number; versionId: number; typedName: string; confirm: boolean }, actor: Actor, context: SigningContext) {
  return db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, input.issueId, actor);
    const campaign = tx.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, issue.campaignId)).get()!;
    const version = tx.select().from(pledgeVersions).where(and(eq(pledgeVersions.campaignId, campaign.id), eq(pledgeVersions.number, campaign.currentVersion))).get()!;
    const existing = tx.select({ id: pledgeSignatures.id }).from(pledgeSignatures).where(and(eq(pledgeSignatures.issueId, issue.id), eq(pledgeSignatures.kind, 'representative'))).get();
    if (existing) throw pledgeError('alreadySigned');
    if (issue.declinedAt) throw pledgeError('declined');
    if (input.versionId !== version.id) throw pledgeError('oldVersion');
    const name = signerName(tx, actor!.id);
    if (!sameName(input.typedName, name)) throw pledgeError('nameMismatch', { field: 'typedName' });
    if (!input.confirm) throw pledgeError('confirmRequired', { field: 'confirm' });
    const { hash } = pledgeDocument(version, issue.organizationId);
    const verificationCode = newVerificationCode();
    // The unique (issue, kind) index settles a race: the second insert changes nothing.
    const row = tx
      .insert(pledgeSignatures)
      .values({
        issueId: issue.id,
        versionId: version.id,
        kind: 'representative',
        signerId: actor!.id,
        organizationId: issue.organizationId,
        typedName: input.typedName.trim(),
        signerName: name,
        signedAt: context.now,
        ip: context.ip,
        userAgent: context.userAgent?.slice(0, 500) ?? null,
        sha256: hash,
        verificationCode,
      })
      .onConflictDoNothing()
      .returning({ id: pledgeSignatures.id })
      .get();
    if (!row) throw pledgeError('alreadySigned');
    if (!issue.viewedAt) tx.update(pledgeIssues).set({ viewedAt: context.now }).where(eq(pledgeIssues.id, issue.id)).run();
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeIssue.sign', entityType: 'pledgeIssue', entityId: issue.id, changes: { version: version.number, sha256: hash } }, context.now);
    return { signatureId: row.id, hash, verificationCode };
  }, IMMEDIATE);
}

export function declinePledge(issueId: number, reason: string, actor: Actor, now = new Date()): void {
  db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, issueId, actor);
    if (!reason.trim()) throw pledgeError('reasonRequired', { field: 'reason' });
    const signed = tx.select({ id: pledgeSignatures.id }).from(pledgeSignatures).where(eq(pledgeSignatures.issueId, issueId)).get();
    if (signed) throw pledgeError('alreadySigned');
    if (issue.declinedAt) throw pledgeError('declined');
    tx.update(pledgeIssues).set({ declinedAt: now, declineReason: reason.trim(), viewedAt: issue.viewedAt ?? now }).where(eq(pledgeIssues.id, issueId)).run();
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeIssue.decline', entityType: 'pledgeIssue', entityId: issueId, changes: { reason } }, now);
  }, IMMEDIATE);
}

/** The host's organizer signs under the representative, on the same text (same version and hash). */
export function countersignPledge(issueId: number, actor: Actor, context: SigningContext) {
  return db.transaction((tx) => {
    const issue = tx.select({ campaignId: pledgeIssues.campaignId }).from(pledgeIssues).where(eq(pledgeIssues.id, issueId)).get();
    if (!issue) throw new AppError('notFound');
    loadManagedCampaign(tx, issue.campaignId, actor);
    const signature = tx.select().from(pledgeSignatures).where(and(eq(pledgeSignatures.issueId, issueId), eq(pledgeSignatures.kind, 'representative'))).get();
    if (!signature) throw pledgeError('notSigned');
    const name = signerName(tx, actor!.id);
    const row = tx
      .insert(pledgeSignatures)
      .values({
        issueId,
        versionId: signature.versionId,
        kind: 'countersign',
        signerId: actor!.id,
        organizationId: signature.organizationId,
        typedName: name,
        signerName: name,
        signedAt: context.now,
        ip: context.ip,
        userAgent: context.userAgent?.slice(0, 500) ?? null,
        sha256: signature.sha256,
        verificationCode: newVerificationCode(),
      })
      .onConflictDoNothing()
      .returning({ id: pledgeSignatures.id })
      .get();
    if (!row) throw pledgeError('alreadyCountersigned');
    // The hash countersigned goes into the chain too, as with the representative's signature (decision 0012).
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeIssue.countersign', entityType: 'pledgeIssue', entityId: issueId, changes: { sha256: signature.sha256 } }, context.now);
  }, IMMEDIATE);
}

/** Emails every representative of organizations that have neither signed nor declined. Returns how many organizations. */
export function sendReminders(campaignId: number, actor: Actor, context: SigningContext): number {
  return db.transaction((tx) => {
    const campaign = loadManagedCampaign(tx, campaignId, actor);
    const open = tx
      .select({ id: pledgeIssues.id, organizationId: pledgeIssues.organizationId, name: organizations.name })
      .from(pledgeIssues)
      .innerJoin(organizations, eq(organizations.id, pledgeIssues.organizationId))
      .where(
        and(
          eq(pledgeIssues.campaignId, campaignId),
          isNull(pledgeIssues.declinedAt),
          sql`not exists (select 1 from ${pledgeSignatures} where ${pledgeSignatures.issueId} = ${pledgeIssues.id} and ${pledgeSignatures.kind} = 'representative')`,
        ),
      )
      .all();
    for (const issue of open) {
      for (const person of representativesOf(tx, issue.organizationId)) {
        enqueueEmail(tx, pledgeEmail('reminder', person, { issueId: issue.id, campaign: campaign.title, organization: issue.name, due: campaign.signingDueAt, origin: context.origin }));
      }
      tx.update(pledgeIssues).set({ lastRemindedAt: context.now }).where(eq(pledgeIssues.id, issue.id)).run();
    }
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeCampaign.remind', entityType: 'pledgeCampaign', entityId: campaignId, changes: { organizations: open.length } }, context.now);
    return open.length;
  }, IMMEDIATE);
}

export function addCampaignManager(campaignId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedCampaign(tx, campaignId, actor);
    const person = tx.select({ archivedAt: users.archivedAt, role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!person || person.archivedAt) throw new AppError('notFound', { field: 'userId' });
    // Managing happens on the organizer pages, which need the site role.
    if (person.role === 'member') throw new AppError('managerNeedsRole', { field: 'userId' });
    const inserted = tx.insert(pledgeCampaignManagers).values({ campaignId, userId, createdAt: new Date() }).onConflictDoNothing().run();
    if (inserted.changes === 0) throw new AppError('alreadyManager', { field: 'userId' });
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeCampaign.addManager', entityType: 'pledgeCampaign', entityId: campaignId, changes: { userId } });
  }, IMMEDIATE);
}

export function removeCampaignManager(campaignId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedCampaign(tx, campaignId, actor);
    const remaining =
      tx
        .select({ n: count() })
        .from(pledgeCampaignManagers)
        .where(and(eq(pledgeCampaignManagers.campaignId, campaignId), ne(pledgeCampaignManagers.userId, userId)))
        .get()?.n ?? 0;
    // Someone must be left who can run the campaign without calling an admin.
    if (remaining === 0) throw new AppError('lastManager');
    const removed = tx.delete(pledgeCampaignManagers).where(and(eq(pledgeCampaignManagers.campaignId, campaignId), eq(pledgeCampaignManagers.userId, userId))).run();
    if (removed.changes === 0) throw new AppError('notFound');
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeCampaign.removeManager', entityType: 'pledgeCampaign', entityId: campaignId, changes: { userId } });
  }, IMMEDIATE);
}

export type EvidenceFile = { path: string; name: string; type: string };

/**
 * Files progress on one target for the representative's organization; the issue must be signed.
 * "In progress" needs a percentage (the dashboard averages them, and a blank must not count
 * as 0 %); "done" is 100 % and "not started" 0 %, whatever was typed.
 */
export function reportProgress(
  input: { issueId: number; targetId: number; status: 'not_started' | 'in_progress' | 'done'; percent: number | null; note: string | null },
  evidence: EvidenceFile | null,
  actor: Actor,
  now = new Date(),
): number {
  if (input.status === 'in_progress' && input.percent === null) throw pledgeError('percentRequired', { field: 'percent' });
  return db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, input.issueId, actor);
    const target = tx.select().from(pledgeTargets).where(eq(pledgeTargets.id, input.targetId)).get();
    if (!target || target.campaignId !== issue.campaignId || (target.organizationId !== null && target.organizationId !== issue.organizationId)) {
      throw pledgeError('targetNotYours', { field: 'targetId' });
    }
    const signed = tx.select({ id: pledgeSignatures.id }).from(pledgeSignatures).where(eq(pledgeSignatures.issueId, issue.id)).get();
    if (!signed) throw pledgeError('notSigned');
    const percent = input.status === 'done' ? 100 : input.status === 'not_started' ? 0 : input.percent!;
    const { id } = tx
      .insert(progressReports)
      .values({
        targetId: target.id,
        organizationId: issue.organizationId,
        status: input.status,
        percent,
        note: input.note,
        evidencePath: evidence?.path ?? null,
        evidenceName: evidence?.name ?? null,
        evidenceType: evidence?.type ?? null,
        reportedById: actor!.id,
        createdAt: now,
      })
      .returning({ id: progressReports.id })
      .get();
    recordAudit(tx, { actorId: actor!.id, action: 'pledgeIssue.progress', entityType: 'pledgeIssue', entityId: issue.id, changes: { targetId: target.id, status: input.status, percent } }, now);
    return id;
  }, IMMEDIATE);
}

/**
 * For the agenda: agenda_items.pledge_campaign_id has no foreign key (see decision 0010),
 * so a forged or stale id is refused here, inside the agenda write's transaction.
 */
export function assertPledgeCampaign(tx: Tx, campaignId: number | null | undefined): void {
  if (campaignId == null) return;
  if (!tx.select({ id: pledgeCampaigns.id }).from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get()) {
    throw new AppError('notFound', { field: 'pledgeCampaignId' });
  }
}
