/** What an organization's representative does with an issued pledge: read, sign or decline; then the countersignature. */
import { and, eq, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { memberships, pledgeIssues, pledgeSignatures, users } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { newVerificationCode, pledgeDocument } from '../canonical';
import { pledgeError } from '../errors';
import { currentVersion, getCampaign } from '../data';
import { loadManagedCampaign, type SigningContext } from './campaigns';

/** The issue, if `actor` represents its organization (checked against memberships as they are now). */
export function loadRepresentedIssue(tx: Tx, issueId: number, actor: Actor) {
  if (!actor) throw new AppError('forbidden');
  const issue = tx.select().from(pledgeIssues).where(eq(pledgeIssues.id, issueId)).get();
  if (!issue) throw new AppError('notFound');
  const membership = tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, actor.id),
        eq(memberships.organizationId, issue.organizationId),
        eq(memberships.isRepresentative, true),
      ),
    )
    .get();
  if (!membership) throw pledgeError('notRepresentative');
  return issue;
}

/** The representative opened the document: first time only. */
export function markViewed(issueId: number, actor: Actor, now = new Date()): void {
  db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, issueId, actor);
    if (issue.viewedAt) return;
    tx.update(pledgeIssues)
      .set({ viewedAt: now })
      .where(and(eq(pledgeIssues.id, issueId), isNull(pledgeIssues.viewedAt)))
      .run();
    recordAudit(
      tx,
      { actorId: actor!.id, action: 'pledgeIssue.view', entityType: 'pledgeIssue', entityId: issueId },
      now,
    );
  }, IMMEDIATE);
}

/** Names match when they are the same words: spacing, width and case aside. */
export function sameName(typed: string, name: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\s·•.]+/g, '')
      .toLowerCase();
  return norm(typed) !== '' && norm(typed) === norm(name);
}

function signerName(tx: Tx, userId: number): string {
  return tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? '';
}

export function signPledge(
  input: { issueId: number; versionId: number; typedName: string; confirm: boolean },
  actor: Actor,
  context: SigningContext,
) {
  return db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, input.issueId, actor);
    const campaign = getCampaign(issue.campaignId, tx)!;
    const version = currentVersion(campaign, tx);
    const existing = tx
      .select({ id: pledgeSignatures.id })
      .from(pledgeSignatures)
      .where(and(eq(pledgeSignatures.issueId, issue.id), eq(pledgeSignatures.kind, 'representative')))
      .get();
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
    if (!issue.viewedAt)
      tx.update(pledgeIssues).set({ viewedAt: context.now }).where(eq(pledgeIssues.id, issue.id)).run();
    recordAudit(
      tx,
      {
        actorId: actor!.id,
        action: 'pledgeIssue.sign',
        entityType: 'pledgeIssue',
        entityId: issue.id,
        changes: { version: version.number, sha256: hash },
      },
      context.now,
    );
    return { signatureId: row.id, hash, verificationCode };
  }, IMMEDIATE);
}

export function declinePledge(issueId: number, reason: string, actor: Actor, now = new Date()): void {
  db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, issueId, actor);
    if (!reason.trim()) throw pledgeError('reasonRequired', { field: 'reason' });
    const signed = tx
      .select({ id: pledgeSignatures.id })
      .from(pledgeSignatures)
      .where(eq(pledgeSignatures.issueId, issueId))
      .get();
    if (signed) throw pledgeError('alreadySigned');
    if (issue.declinedAt) throw pledgeError('declined');
    tx.update(pledgeIssues)
      .set({ declinedAt: now, declineReason: reason.trim(), viewedAt: issue.viewedAt ?? now })
      .where(eq(pledgeIssues.id, issueId))
      .run();
    recordAudit(
      tx,
      {
        actorId: actor!.id,
        action: 'pledgeIssue.decline',
        entityType: 'pledgeIssue',
        entityId: issueId,
        changes: { reason },
      },
      now,
    );
  }, IMMEDIATE);
}

/** The host's organizer signs under the representative, on the same text (same version and hash). */
export function countersignPledge(issueId: number, actor: Actor, context: SigningContext) {
  return db.transaction((tx) => {
    const issue = tx
      .select({ campaignId: pledgeIssues.campaignId })
      .from(pledgeIssues)
      .where(eq(pledgeIssues.id, issueId))
      .get();
    if (!issue) throw new AppError('notFound');
    loadManagedCampaign(tx, issue.campaignId, actor);
    const signature = tx
      .select()
      .from(pledgeSignatures)
      .where(and(eq(pledgeSignatures.issueId, issueId), eq(pledgeSignatures.kind, 'representative')))
      .get();
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
    recordAudit(
      tx,
      {
        actorId: actor!.id,
        action: 'pledgeIssue.countersign',
        entityType: 'pledgeIssue',
        entityId: issueId,
        changes: { sha256: signature.sha256 },
      },
      context.now,
    );
  }, IMMEDIATE);
}
