/** A campaign, run by its managers: written, revised, issued to organizations, chased up, linked from the agenda. */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
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
} from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/mutations';
import { isCalendarDay } from '@/lib/meetings/time';
import { pledgeEmail } from '../emails';
import { pledgeError } from '../errors';
import { campaignManagerIds, currentVersion, getCampaign, targetSnapshot } from '../data';
import { canCreateCampaigns, canManageCampaign } from '../permissions';
import { parseTargetLines, type CampaignInput } from '../schema';

export type SigningContext = { now: Date; ip: string | null; userAgent: string | null; origin: string };

/**
 * The campaign, if `actor` manages it — checked inside the caller's transaction against
 * the manager list as it is now (decision 0014).
 */
export function loadManagedCampaign(tx: Tx, campaignId: number, actor: Actor) {
  const campaign = getCampaign(campaignId, tx);
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
    const organization = tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, target.organizationName))
      .get();
    if (!organization) problems.push({ line: target.line, problem: 'organization', value: target.organizationName });
    return { ...fields, organizationId: organization?.id ?? null };
  });
  if (problems.length === 0 && resolved.length === 0) problems.push({ line: 1, problem: 'format' });
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    const first = problems[0]!;
    const reason =
      first.problem === 'format'
        ? 'targetLineFormat'
        : first.problem === 'date'
          ? 'targetLineDate'
          : 'targetLineOrganization';
    throw pledgeError(reason, {
      field: 'targets',
      values: { line: first.line, value: first.value ?? '', more: problems.length - 1 },
    });
  }
  return resolved;
}

type NewTarget = Pick<typeof pledgeTargets.$inferInsert, 'organizationId' | 'description' | 'indicator' | 'dueDate'>;

/**
 * A new campaign as every path makes one (the form, next year's edition, the demo seed): the row,
 * its managers, its targets in order, and version 1, unsigned and editable until issued and signed.
 * The caller checks who may and writes the audit row.
 */
export function insertCampaign(
  tx: Tx,
  campaign: Omit<typeof pledgeCampaigns.$inferInsert, 'createdAt' | 'updatedAt'>,
  managerIds: readonly number[],
  targets: readonly NewTarget[],
  now: Date,
) {
  const { id } = tx
    .insert(pledgeCampaigns)
    .values({ ...campaign, createdAt: now, updatedAt: now })
    .returning({ id: pledgeCampaigns.id })
    .get();
  for (const userId of new Set(managerIds))
    tx.insert(pledgeCampaignManagers).values({ campaignId: id, userId, createdAt: now }).run();
  targets.forEach((target, index) => {
    tx.insert(pledgeTargets)
      .values({
        campaignId: id,
        organizationId: target.organizationId,
        description: target.description,
        indicator: target.indicator,
        dueDate: target.dueDate,
        position: index + 1,
      })
      .run();
  });
  const version = tx
    .insert(pledgeVersions)
    .values({ campaignId: id, number: 1, body: campaign.body, targets: targetSnapshot(id, tx), createdAt: now })
    .returning()
    .get();
  return { id, version };
}

export function createCampaign(input: CampaignInput, actor: Actor): number {
  if (!canCreateCampaigns(actor)) throw new AppError('forbidden');
  return db.transaction((tx) => {
    const targets = resolveTargets(tx, input.targets);
    const { id } = insertCampaign(
      tx,
      {
        title: input.title,
        year: input.year,
        body: input.body,
        signingDueAt: dueInstant(input.signingDue),
        createdById: actor!.id,
      },
      [actor!.id],
      targets,
      new Date(),
    );
    recordAudit(tx, {
      actorId: actor!.id,
      action: 'pledgeCampaign.create',
      entityType: 'pledgeCampaign',
      entityId: id,
      changes: { title: input.title, year: input.year },
    });
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
    const existing = tx
      .select({ id: pledgeTargets.id })
      .from(pledgeTargets)
      .where(eq(pledgeTargets.campaignId, campaignId))
      .orderBy(pledgeTargets.position)
      .all();
    targets.forEach((target, index) => {
      const values = {
        organizationId: target.organizationId,
        description: target.description,
        indicator: target.indicator,
        dueDate: target.dueDate,
        position: index + 1,
      };
      const row = existing[index];
      if (row) tx.update(pledgeTargets).set(values).where(eq(pledgeTargets.id, row.id)).run();
      else
        tx.insert(pledgeTargets)
          .values({ ...values, campaignId })
          .run();
    });
    const removed = existing.slice(targets.length).map((row) => row.id);
    if (removed.length > 0) {
      const reported = tx
        .select({ id: progressReports.id })
        .from(progressReports)
        .where(inArray(progressReports.targetId, removed))
        .get();
      if (reported) throw pledgeError('targetInUse', { field: 'targets' });
      tx.delete(pledgeTargets).where(inArray(pledgeTargets.id, removed)).run();
    }
    const now = new Date();
    const current = currentVersion(campaign, tx);
    const frozen = targetSnapshot(campaignId, tx);
    const changed = current.body !== input.body || JSON.stringify(current.targets) !== JSON.stringify(frozen);
    const signed = !!tx
      .select({ id: pledgeSignatures.id })
      .from(pledgeSignatures)
      .where(eq(pledgeSignatures.versionId, current.id))
      .get();
    let version = campaign.currentVersion;
    if (changed && signed) {
      version += 1;
      tx.insert(pledgeVersions)
        .values({ campaignId, number: version, body: input.body, targets: frozen, createdAt: now })
        .run();
    } else if (changed) {
      tx.update(pledgeVersions)
        .set({ body: input.body, targets: frozen })
        .where(eq(pledgeVersions.id, current.id))
        .run();
    }
    tx.update(pledgeCampaigns)
      .set({
        title: input.title,
        year: input.year,
        body: input.body,
        signingDueAt: dueInstant(input.signingDue),
        currentVersion: version,
        updatedAt: now,
      })
      .where(eq(pledgeCampaigns.id, campaignId))
      .run();
    recordAudit(tx, {
      actorId: actor!.id,
      action: 'pledgeCampaign.update',
      entityType: 'pledgeCampaign',
      entityId: campaignId,
      changes: { version: [campaign.currentVersion, version], textChanged: changed },
    });
    return { version };
  }, IMMEDIATE);
}

function representativesOf(tx: Tx, organizationId: number) {
  return tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.isRepresentative, true),
        isNull(users.archivedAt),
      ),
    )
    .all();
}

/** Issues to every organization of a kind and/or the chosen ones; ones already issued are skipped. Returns how many are new. */
export function issueCampaign(
  campaignId: number,
  selection: { kind?: OrganizationKind; organizationIds: number[] },
  actor: Actor,
  context: SigningContext,
): number {
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
    if (selection.organizationIds.some((id) => !found.has(id)) || chosen.length === 0)
      throw pledgeError('noOrganizations', { field: 'organizationIds' });
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
      recordAudit(
        tx,
        {
          actorId: actor!.id,
          action: 'pledgeIssue.issue',
          entityType: 'pledgeIssue',
          entityId: row.id,
          changes: { campaignId, organizationId: organization.id },
        },
        context.now,
      );
      for (const person of representativesOf(tx, organization.id)) {
        enqueueEmail(
          tx,
          pledgeEmail('issued', person, {
            issueId: row.id,
            campaign: campaign.title,
            organization: organization.name,
            due: campaign.signingDueAt,
            origin: context.origin,
          }),
        );
      }
    }
    return issued;
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
        enqueueEmail(
          tx,
          pledgeEmail('reminder', person, {
            issueId: issue.id,
            campaign: campaign.title,
            organization: issue.name,
            due: campaign.signingDueAt,
            origin: context.origin,
          }),
        );
      }
      tx.update(pledgeIssues).set({ lastRemindedAt: context.now }).where(eq(pledgeIssues.id, issue.id)).run();
    }
    recordAudit(
      tx,
      {
        actorId: actor!.id,
        action: 'pledgeCampaign.remind',
        entityType: 'pledgeCampaign',
        entityId: campaignId,
        changes: { organizations: open.length },
      },
      context.now,
    );
    return open.length;
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
