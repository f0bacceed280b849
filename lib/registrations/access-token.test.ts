import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { and, desc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents, outboxEmails, registrations } from '@/db/schema';
import { databaseFile } from '@/lib/env';
import { openSecrets, revealSecrets } from '@/lib/mail/secrets';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { getRegistrationByToken, listCategories } from './data';
import { cancelRegistration, register, type Context } from './mutations';

/**
 * Issue 12 §9, decision 0018: a guest's private link opens their registration (name, phone,
 * ticket, cancel), so its token must not rest in clear in the database file, its WAL, or
 * whatever a copy of them gives once checkpointed; and it must still open the registration,
 * and every later email (the promotion) must carry the link of the first.
 */

const organizer = makeUser({ role: 'organizer' });
const context: Context = { now: new Date('2031-04-01T00:00:00Z'), origin: 'https://convene.example', locale: 'zh-CN' };
let n = 0;
const guest = (meetingId: number, categoryId: number) => {
  n += 1;
  return {
    meetingId,
    categoryId,
    name: `来宾${n}`,
    email: `link${n}@example.cn`,
    phone: `1380000${String(n).padStart(4, '0')}`,
    organizationId: null,
    organizationName: null,
    invitation: null,
    answers: {},
  };
};

/** The links in the latest email to an address, with the secrets put back as the sender does. */
function linksTo(address: string) {
  const email = db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.to, address))
    .orderBy(desc(outboxEmails.id))
    .limit(1)
    .get()!;
  const text = revealSecrets(email.text, email.secrets ? openSecrets(email.secrets) : []);
  return { topic: email.topic, tokens: [...text.matchAll(/\/registrations\/([\w-]{43})/g)].map((m) => m[1]!) };
}

/** Every place a thief with the files finds bytes: the file and its WAL as copied, and the copy checkpointed. */
function fileImages(): Buffer[] {
  const file = databaseFile();
  const live = [fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-links-'));
  const copy = path.join(folder, 'copy.db');
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  const opened = new Database(copy);
  opened.pragma('wal_checkpoint(TRUNCATE)');
  opened.close();
  const checkpointed = fs.readFileSync(copy);
  fs.rmSync(folder, { recursive: true, force: true });
  return [...live, checkpointed];
}

const secretBefore = process.env.NEXTAUTH_SECRET;
afterEach(() => {
  if (secretBefore === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = secretBefore;
});

describe("a guest's private link", () => {
  it('is nowhere in the database file or its WAL, yet opens the registration, and the promotion email carries the first link', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '1' });
    const [category] = listCategories(meeting.id);
    const first = guest(meeting.id, category!.id);
    const second = guest(meeting.id, category!.id);
    const seated = register(first, null, context);
    const waiting = register(second, null, context);
    expect([seated.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);
    expect(linksTo(second.email)).toEqual({ topic: 'registration.waitlisted', tokens: [waiting.accessToken] });

    // The first guest gives the seat back by their link; the second is promoted.
    cancelRegistration({ accessToken: seated.accessToken }, context);
    expect(getRegistrationByToken(waiting.accessToken)).toMatchObject({ status: 'confirmed', name: second.name });
    expect(getRegistrationByToken(waiting.accessToken)?.promotedAt).toBeInstanceOf(Date);
    expect(getRegistrationByToken(seated.accessToken)?.status).toBe('cancelled');
    // The promotion email links to the page the first email did, and its one-tap cancel too.
    expect(linksTo(second.email)).toEqual({
      topic: 'registration.promoted',
      tokens: [waiting.accessToken, waiting.accessToken],
    });

    for (const token of [seated.accessToken, waiting.accessToken]) {
      for (const bytes of fileImages()) {
        expect(bytes.includes(token), 'the clear token in the file bytes').toBe(false);
        expect(bytes.includes(Buffer.from(token, 'base64url')), 'the token as raw bytes').toBe(false);
      }
    }
    // What the row does keep: a hash that finds it, and a seal that is not the token.
    const row = db.select().from(registrations).where(eq(registrations.id, waiting.registrationId)).get()!;
    expect(row.accessTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.accessTokenSealed).toMatch(/^v1\./);
  });

  it('is replaced, and the email carries the new one, when its seal no longer opens (the session secret changed)', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '1' });
    const [category] = listCategories(meeting.id);
    const seated = register(guest(meeting.id, category!.id), null, context);
    const second = guest(meeting.id, category!.id);
    const waiting = register(second, null, context);

    process.env.NEXTAUTH_SECRET = 'a-new-session-secret-for-this-deployment';
    // Lookups need no key: both links still open their registrations.
    expect(getRegistrationByToken(waiting.accessToken)?.status).toBe('waitlisted');
    cancelRegistration({ accessToken: seated.accessToken }, context);

    const { topic, tokens } = linksTo(second.email);
    expect(topic).toBe('registration.promoted');
    const renewed = tokens[0]!;
    expect(renewed).not.toBe(waiting.accessToken);
    expect(getRegistrationByToken(renewed)).toMatchObject({ status: 'confirmed', name: second.name });
    expect(getRegistrationByToken(waiting.accessToken)).toBeUndefined();
    const audit = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'registration.renewLink'), eq(auditEvents.entityId, waiting.registrationId)))
      .all();
    expect(audit).toHaveLength(1);
  });

  it('cannot be left off a registration row', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '5' });
    const { registrationId } = register(guest(meeting.id, listCategories(meeting.id)[0]!.id), null, context);
    expect(() =>
      db.update(registrations).set({ accessTokenHash: null }).where(eq(registrations.id, registrationId)).run(),
    ).toThrow(/access token hash and sealed token/);
  });
});
