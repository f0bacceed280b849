/** Progress on a signed pledge's targets, reported by the organization with its evidence. */
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { pledgeSignatures, pledgeTargets, progressReports } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { pledgeError } from '../errors';
import { loadRepresentedIssue } from './signing';

export type EvidenceFile = { path: string; name: string; type: string };

/**
 * Files progress on one target for the representative's organization; the issue must be signed.
 * "In progress" needs a percentage (the dashboard averages them, and a blank must not count
 * as 0 %); "done" is 100 % and "not started" 0 %, whatever was typed.
 */
export function reportProgress(
  input: {
    issueId: number;
    targetId: number;
    status: 'not_started' | 'in_progress' | 'done';
    percent: number | null;
    note: string | null;
  },
  evidence: EvidenceFile | null,
  actor: Actor,
  now = new Date(),
): number {
  if (input.status === 'in_progress' && input.percent === null)
    throw pledgeError('percentRequired', { field: 'percent' });
  return db.transaction((tx) => {
    const issue = loadRepresentedIssue(tx, input.issueId, actor);
    const target = tx.select().from(pledgeTargets).where(eq(pledgeTargets.id, input.targetId)).get();
    if (
      !target ||
      target.campaignId !== issue.campaignId ||
      (target.organizationId !== null && target.organizationId !== issue.organizationId)
    ) {
      throw pledgeError('targetNotYours', { field: 'targetId' });
    }
    const signed = tx
      .select({ id: pledgeSignatures.id })
      .from(pledgeSignatures)
      .where(eq(pledgeSignatures.issueId, issue.id))
      .get();
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
    recordAudit(
      tx,
      {
        actorId: actor!.id,
        action: 'pledgeIssue.progress',
        entityType: 'pledgeIssue',
        entityId: issue.id,
        changes: { targetId: target.id, status: input.status, percent },
      },
      now,
    );
    return id;
  }, IMMEDIATE);
}
