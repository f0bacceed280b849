import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents, guestsOfHonour } from '@/db/schema';
import { listCategories } from '@/lib/registrations/data';
import { cancelRegistration } from '@/lib/registrations/mutations';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { registerGuest, registrationContext } from '@/test/registrations';
import { guestsOfHonourByRegistration } from './data';
import { markGuestOfHonour, unmarkGuestOfHonour } from './mutations';

const before = registrationContext();
const lastAudit = (registrationId: number) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'registration'), eq(auditEvents.entityId, registrationId)))
    .orderBy(desc(auditEvents.id))
    .limit(1)
    .get();

describe('the guest-of-honour mark', () => {
  it("is set, retitled and taken away by the meeting's organizer, each step audited", () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer);
    const { registrationId } = registerGuest(meeting.id, listCategories(meeting.id)[0]!.id, {
      name: 'sun',
      email: 'sun@example.cn',
    });
    markGuestOfHonour({ registrationId, title: '区委副书记' }, organizer);
    expect(guestsOfHonourByRegistration(meeting.id).get(registrationId)).toBe('区委副书记');
    expect(lastAudit(registrationId)).toMatchObject({ action: 'registration.guestOfHonour', actorId: organizer.id });
    markGuestOfHonour({ registrationId, title: '区委书记' }, organizer);
    expect(guestsOfHonourByRegistration(meeting.id).get(registrationId)).toBe('区委书记');
    expect(lastAudit(registrationId)!.changes).toMatchObject({ title: ['区委副书记', '区委书记'] });
    unmarkGuestOfHonour({ registrationId }, organizer);
    expect(guestsOfHonourByRegistration(meeting.id).size).toBe(0);
    expect(lastAudit(registrationId)!.changes).toMatchObject({ title: ['区委书记', null] });
  });

  it('is refused to an organizer of another meeting and to a member, and leaves nothing behind', () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer);
    const { registrationId } = registerGuest(meeting.id, listCategories(meeting.id)[0]!.id, {
      name: 'ma',
      email: 'ma@example.cn',
    });
    for (const outsider of [makeUser({ role: 'organizer' }), makeUser({ role: 'member' })]) {
      expect(() => markGuestOfHonour({ registrationId, title: '主任' }, outsider)).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
    }
    markGuestOfHonour({ registrationId, title: '主任' }, organizer);
    expect(() => unmarkGuestOfHonour({ registrationId }, makeUser({ role: 'organizer' }))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(db.select().from(guestsOfHonour).where(eq(guestsOfHonour.registrationId, registrationId)).get()?.title).toBe(
      '主任',
    );
  });

  it('is refused on a cancelled registration', () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer);
    const { registrationId, accessToken } = registerGuest(meeting.id, listCategories(meeting.id)[0]!.id, {
      name: 'zhu',
      email: 'zhu@example.cn',
    });
    cancelRegistration({ accessToken }, before);
    expect(() => markGuestOfHonour({ registrationId, title: '部长' }, organizer)).toThrow(
      expect.objectContaining({ code: 'guests.errors.notActive' }),
    );
    expect(guestsOfHonourByRegistration(meeting.id).size).toBe(0);
  });
});
