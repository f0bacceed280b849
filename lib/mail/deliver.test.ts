import { desc, isNull } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { invitations, outboxEmails, registrations } from '@/db/schema';
import { listCategories } from '@/lib/registrations/data';
import { inviteRepresentatives } from '@/lib/registrations/mutations';
import { hashToken } from '@/lib/registrations/tokens';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { registerGuest, registrationContext } from '@/test/registrations';
import { startSmtpInbox, type SmtpInbox } from '@/test/smtp';
import { deliverOutbox } from './deliver';

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  process.env.SMTP_URL = inbox.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await inbox.close();
});

describe('email through SMTP', () => {
  it('delivers the confirmation in the registrant’s language with the ticket and the calendar file', async () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
    const [category] = listCategories(meeting.id);
    registerGuest(
      meeting.id,
      category!.id,
      { name: 'Li Wei', email: 'li.wei@example.com' },
      registrationContext('2031-04-01T00:00:00Z', 'en'),
    );

    expect(await deliverOutbox()).toBe(1);
    expect(inbox.received).toHaveLength(1);
    const mail = inbox.received[0]!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('li.wei@example.com');
    expect(mail.subject).toBe('You are registered: 2020年南京西路街道党建和精神文明建设大会');
    expect(mail.text).toMatch(/Ticket: [2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(mail.text).toContain('https://convene.example/en/registrations/');
    // mailparser inlines images whose cid matches an attachment: the QR really is embedded.
    expect(mail.html).toContain('<img src="data:image/png;base64,');

    const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))!;
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-04-30T01:00:00.000Z');
    const qr = mail.attachments.find((attachment) => attachment.cid === 'ticket-qr')!;
    expect(qr.contentType).toBe('image/png');
    expect([...qr.content.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

    const row = db.select().from(outboxEmails).orderBy(desc(outboxEmails.id)).limit(1).get()!;
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await deliverOutbox()).toBe(0); // nothing is sent twice
  });
});

/** Every 43-character URL-safe run in a text: the shape of our link tokens. */
const tokenLike = (text: string | null | undefined) => (text ?? '').match(/[A-Za-z0-9_-]{43}/g) ?? [];

describe('private links in the outbox (issue 12, finding 9)', () => {
  it('rest only masked and sealed, travel whole over SMTP, and are dropped once sent', async () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
    const [category] = listCategories(meeting.id);
    const context = registrationContext();
    inviteRepresentatives(
      meeting.id,
      category!.id,
      [],
      [{ name: '赵敏', email: 'zhao.min@example.com' }],
      7,
      organizer,
      context,
    );
    const { accessToken } = registerGuest(
      meeting.id,
      category!.id,
      { name: '钱程', email: 'qian.cheng@example.com' },
      context,
    );

    const invitationHashes = new Set(
      db
        .select({ hash: invitations.tokenHash })
        .from(invitations)
        .all()
        .map((row) => row.hash),
    );
    const accessHashes = new Set(
      db
        .select({ hash: registrations.accessTokenHash })
        .from(registrations)
        .all()
        .map((row) => row.hash),
    );
    expect(accessHashes.has(hashToken(accessToken))).toBe(true);
    const queued = db.select().from(outboxEmails).where(isNull(outboxEmails.sentAt)).all();
    expect(queued).toHaveLength(2);
    for (const row of queued) {
      // Nothing stored in the row opens an invitation or a ticket: not the text, not the HTML, not the sealed column.
      for (const candidate of [row.text, row.html, row.secrets, row.subject].flatMap(tokenLike)) {
        expect(invitationHashes.has(hashToken(candidate))).toBe(false);
        expect(accessHashes.has(hashToken(candidate))).toBe(false);
      }
      // What an admin reads still shows where the link goes.
      expect(row.text).toMatch(/https:\/\/convene\.example\/[^\s]*\[••••••\]/);
      expect(row.secrets).toBeTruthy();
    }

    inbox.received.length = 0;
    expect(await deliverOutbox()).toBe(2);
    const invitation = inbox.received.find((mail) => mail.subject?.startsWith('会议邀请'))!;
    const token = /\?invitation=([A-Za-z0-9_-]{43})/.exec(invitation.text ?? '')?.[1];
    expect(token && invitationHashes.has(hashToken(token))).toBe(true);
    expect(invitation.html).toContain(`invitation=${token}`);
    const ticket = inbox.received.find((mail) => mail.subject?.startsWith('报名成功'))!;
    expect(ticket.text).toContain(`https://convene.example/registrations/${accessToken}`);

    // Sent: the sealed secrets are gone, the stored email opens nothing.
    for (const row of db.select().from(outboxEmails).all()) expect(row.secrets).toBeNull();
  });
});
