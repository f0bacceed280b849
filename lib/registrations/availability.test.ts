import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { outboxEmails, registrations } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { availabilityBySlug, availabilityOf, getRegistrationByToken, listCategories } from './data';
import { cancelRegistration, register, saveSettings, updateCategory } from './mutations';
import { getMeeting } from '@/lib/meetings/data';
import { openSecrets, revealSecrets } from '@/lib/mail/secrets';
import { guestInput, registrationContext } from '@/test/registrations';
import { hashToken } from './tokens';

const organizer = makeUser({ role: 'organizer' });
const at = (iso: string) => registrationContext(iso);
const before = at('2031-04-01T00:00:00Z');
let n = 0;
const guest = (meetingId: number, categoryId: number) => {
  n += 1;
  return guestInput(meetingId, categoryId, { name: `来宾${n}`, email: `seat${n}@example.cn` });
};

describe('seats left, told before registering', () => {
  it('counts down, then promises the waiting-list place the next registrant really gets', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '2' });
    const [category] = listCategories(meeting.id);
    const full = getMeeting(meeting.id)!;
    expect(availabilityOf(full, before.now)).toMatchObject({ state: 'open', seatsLeft: 2 });
    register(guest(meeting.id, category!.id), null, before);
    expect(availabilityOf(full, before.now)).toMatchObject({ state: 'open', seatsLeft: 1 });
    register(guest(meeting.id, category!.id), null, before);
    register(guest(meeting.id, category!.id), null, before);
    const promised = availabilityOf(full, before.now);
    expect(promised).toMatchObject({ state: 'full', seatsLeft: 0, waitlistPlace: 2 });
    const next = register(guest(meeting.id, category!.id), null, before);
    expect(next.status).toBe('waitlisted');
    expect(getRegistrationByToken(next.accessToken)?.waitlistPosition).toBe(promised.waitlistPlace);
    // By slug, as the cached pages ask; unknown slugs are left out.
    expect(Object.keys(availabilityBySlug([meeting.slug, 'no-such-meeting'], before.now))).toEqual([meeting.slug]);
  });

  it('names a category whose own quota is used up, while the meeting still has room', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
    const [publicCategory, reps] = listCategories(meeting.id);
    updateCategory(reps!.id, { name: reps!.name, quota: 1, selfService: true }, organizer, before);
    register(guest(meeting.id, reps!.id), null, before);
    expect(availabilityOf(getMeeting(meeting.id)!, before.now)).toMatchObject({
      state: 'open',
      seatsLeft: 9,
      fullCategoryIds: [reps!.id],
    });
    expect(publicCategory).toBeDefined();
  });

  it('says closed, not yet open, or past instead of seats', () => {
    const meeting = makeRegistrableMeeting(organizer);
    saveSettings(
      meeting.id,
      {
        mode: 'open',
        opensAt: new Date('2031-03-01T00:00:00Z'),
        closesAt: new Date('2031-04-20T00:00:00Z'),
        organizationSeatsReleaseAt: null,
      },
      organizer,
      before,
    );
    const full = getMeeting(meeting.id)!;
    expect(availabilityOf(full, new Date('2031-02-01T00:00:00Z')).state).toBe('notOpenYet');
    expect(availabilityOf(full, new Date('2031-04-21T00:00:00Z')).state).toBe('closed');
    expect(availabilityOf(full, new Date('2031-05-01T00:00:00Z')).state).toBe('past');
  });
});

describe('promotion from the waiting list', () => {
  it('marks the seat as promoted and emails a one-tap link to give it back', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '1' });
    const [category] = listCategories(meeting.id);
    const first = register(guest(meeting.id, category!.id), null, before);
    const waiting = register(guest(meeting.id, category!.id), null, before);
    expect(getRegistrationByToken(waiting.accessToken)?.promotedAt).toBeNull();
    cancelRegistration({ accessToken: first.accessToken }, at('2031-04-02T00:00:00Z'));
    expect(getRegistrationByToken(waiting.accessToken)).toMatchObject({
      status: 'confirmed',
      promotedAt: new Date('2031-04-02T00:00:00Z'),
    });
    const email = db.select().from(outboxEmails).where(eq(outboxEmails.topic, 'registration.promoted')).all().at(-1)!;
    // As sent: the outbox keeps the ticket token sealed (decision 0018), the sender puts it back.
    expect(revealSecrets(email.text, openSecrets(email.secrets!))).toContain(
      `https://convene.example/registrations/${waiting.accessToken}?cancel=1`,
    );
    expect(email.text).not.toContain(waiting.accessToken);
    expect(revealSecrets(email.html!, openSecrets(email.secrets!))).toContain(
      `/registrations/${waiting.accessToken}?cancel=1`,
    );
    // A seat given at once is not "promoted".
    expect(
      db
        .select()
        .from(registrations)
        .where(eq(registrations.accessTokenHash, hashToken(first.accessToken)))
        .get()?.promotedAt,
    ).toBeNull();
  });
});
