import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { outboxEmails, type OutboxAttachment, type OutboxEmail } from '@/db/schema';
import { maskSecrets, sealSecrets } from './secrets';

export type Email = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutboxAttachment[];
  topic: string;
  /** Private values that appear in text and html (link tokens): stored masked, sealed apart. */
  secrets?: string[];
};

/** Queues an email inside the caller's transaction: it exists exactly when the change it reports does. */
export function enqueueEmail(tx: Tx, email: Email): void {
  const { secrets, ...rest } = email;
  const hidden = secrets?.filter(Boolean) ?? [];
  tx.insert(outboxEmails)
    .values({
      ...rest,
      text: maskSecrets(rest.text, hidden),
      html: rest.html ? maskSecrets(rest.html, hidden) : null,
      attachments: rest.attachments ?? null,
      secrets: hidden.length > 0 ? sealSecrets(hidden) : null,
    })
    .run();
}

const CLAIM_TIMEOUT_MS = 60_000;
export const MAX_ATTEMPTS = 5;

/**
 * Takes the oldest unsent email for this sender. The claim is a conditional
 * update, so of two processes racing for one email only one gets it; a claim
 * left by a crashed sender lapses after a minute.
 */
export function claimNextEmail(now = new Date()): OutboxEmail | undefined {
  const candidate = db
    .select({ id: outboxEmails.id })
    .from(outboxEmails)
    .where(
      and(
        isNull(outboxEmails.sentAt),
        lt(outboxEmails.attempts, MAX_ATTEMPTS),
        or(isNull(outboxEmails.claimedAt), lt(outboxEmails.claimedAt, new Date(now.getTime() - CLAIM_TIMEOUT_MS))),
      ),
    )
    .orderBy(outboxEmails.id)
    .limit(1)
    .get();
  if (!candidate) return undefined;
  const claimed = db
    .update(outboxEmails)
    .set({ claimedAt: now, attempts: sql`${outboxEmails.attempts} + 1` })
    .where(
      and(
        eq(outboxEmails.id, candidate.id),
        isNull(outboxEmails.sentAt),
        or(isNull(outboxEmails.claimedAt), lt(outboxEmails.claimedAt, new Date(now.getTime() - CLAIM_TIMEOUT_MS))),
      ),
    )
    .returning()
    .get();
  // Someone else took it between the two statements: try the next one.
  return claimed ?? claimNextEmail(now);
}

/** Sent: the sealed secrets go, so the stored email no longer opens anything. */
export function markEmailSent(id: number, at = new Date()): void {
  db.update(outboxEmails).set({ sentAt: at, lastError: null, secrets: null }).where(eq(outboxEmails.id, id)).run();
}

export function markEmailFailed(id: number, error: string): void {
  db.update(outboxEmails)
    .set({ claimedAt: null, lastError: error.slice(0, 500) })
    .where(eq(outboxEmails.id, id))
    .run();
}
