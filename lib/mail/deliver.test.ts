import type { AddressInfo } from 'node:net';
import { desc } from 'drizzle-orm';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { outboxEmails } from '@/db/schema';
import { listCategories } from '@/lib/registrations/data';
import { register } from '@/lib/registrations/mutations';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { deliverOutbox } from './deliver';

// A real SMTP server on loopback: the email has to survive nodemailer and the wire.
const received: ParsedMail[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => received.push(mail))
      .then(() => callback(), callback);
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('email through SMTP', () => {
  it('delivers the confirmation in the registrant’s language with the ticket and the calendar file', async () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
    const [category] = listCategories(meeting.id);
    register(
      { meetingId: meeting.id, categoryId: category!.id, name: 'Li Wei', email: 'li.wei@example.com', phone: null, organizationId: null, organizationName: null, invitation: null, answers: {} },
      null,
      { now: new Date('2031-04-01T00:00:00Z'), origin: 'https://convene.example', locale: 'en' },
    );

    expect(await deliverOutbox()).toBe(1);
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('li.wei@example.com');
    expect(mail.subject).toBe('You are registered: 2020年南京西路街道党建和精神文明建设大会');
    expect(mail.text).toMatch(/Ticket: [2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(mail.text).toContain('https://convene.example/en/registrations/');
    // mailparser inlines images whose cid matches an attachment: the QR really is embedded.
    expect(mail.html).toContain('<img src="data:image/png;base64,');

    const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))!;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-04-30T01:00:00.000Z');
    const qr = mail.attachments.find((attachment) => attachment.cid === 'ticket-qr')!;
    expect(qr.contentType).toBe('image/png');
    expect([...qr.content.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

    const row = db.select().from(outboxEmails).orderBy(desc(outboxEmails.id)).limit(1).get()!;
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await deliverOutbox()).toBe(0); // nothing is sent twice
  });
});
