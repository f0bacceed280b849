import { count, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { outboxEmails } from '@/db/schema';
import { pageOffset, PAGE_SIZE } from '@/lib/search';

export function listOutbox(page: number) {
  const rows = db
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
    .orderBy(desc(outboxEmails.id))
    .limit(PAGE_SIZE)
    .offset(pageOffset(page))
    .all();
  const total = db.select({ n: count() }).from(outboxEmails).get()?.n ?? 0;
  return { rows, total };
}

export function getOutboxEmail(id: number) {
  return db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).get();
}
