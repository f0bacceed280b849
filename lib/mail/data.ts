import { count, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { outboxEmails } from '@/db/schema';
import { onePage } from '@/lib/search';

export function listOutbox(page: number) {
  const list = db
    .select({
      id: outboxEmails.id,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      topic: outboxEmails.topic,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
      attempts: outboxEmails.attempts,
      lastError: outboxEmails.lastError,
    })
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.id));
  return onePage(list, db.select({ n: count() }).from(outboxEmails), page);
}

export function getOutboxEmail(id: number) {
  return db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).get();
}
