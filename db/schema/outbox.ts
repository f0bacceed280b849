import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from './columns';

/**
 * An attachment as stored: its bytes, or (qrText) a QR code drawn at sending time —
 * drawing a PNG is slow, and the email is queued inside a transaction that holds the
 * database's write lock.
 */
export type OutboxAttachment = {
  filename: string;
  contentType: string;
  base64?: string;
  qrText?: string;
  cid?: string;
};

/**
 * Every email the app sends, written in the same transaction as the change it
 * reports. Sent through SMTP when SMTP_URL is set; otherwise admins read it here.
 */
export const outboxEmails = sqliteTable(
  'outbox_emails',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    attachments: text('attachments', { mode: 'json' }).$type<OutboxAttachment[]>(),
    // The private links the text and HTML show masked, encrypted (lib/mail/secrets.ts);
    // put back only while sending, and dropped once the email is sent.
    secrets: text('secrets'),
    // What it is about, for the admin list (e.g. "registration.confirmed").
    topic: text('topic').notNull(),
    createdAt: createdAt(),
    // Taken by one sender at a time, so two app processes never send the same email twice.
    claimedAt: timestamp('claimed_at'),
    sentAt: timestamp('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_emails_unsent_idx').on(t.sentAt, t.id)],
);

export type OutboxEmail = typeof outboxEmails.$inferSelect;
