import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { memberships, organizations, outboxEmails, registrations } from '@/db/schema';
import { openSecrets } from '@/lib/mail/secrets';
import { openAccessToken } from './access-token';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { listCategories, registrationCounts } from './data';
import {
  addQuestion,
  cancelRegistration,
  checkIn,
  decideRegistration,
  invite,
  register,
  saveSettings,
  setOrganizationSeats,
  sweepAllMeetings,
  updateCategory,
} from './mutations';
import { code } from '@/test/errors';
import { guestInput, registrationContext } from '@/test/registrations';

const organizer = makeUser({ role: 'organizer' });
const at = (iso: string) => registrationContext(iso);
const before = at('2031-04-01T00:00:00Z');
let n = 0;
const guest = (meetingId: number, categoryId: number, extra: Partial<Parameters<typeof register>[0]> = {}) => {
  n += 1;
  return guestInput(meetingId, categoryId, { name: `来宾${n}`, email: `guest${n}@example.cn`, ...extra });
};
const statusOf = (id: number) => db.select().from(registrations).where(eq(registrations.id, id)).get()!;
const lastEmail = () => db.select().from(outboxEmails).orderBy(desc(outboxEmails.id)).limit(1).get()!;
/** The invitation link rests masked in the outbox; its token is opened from the seal, as the sender does. */
const invitationToken = () => {
  const email = lastEmail();
  expect(email.text).toContain('invitation=[••••••]');
  return openSecrets(email.secrets!)[0]!;
};

describe('registering', () => {
  it('confirms up to the capacity, then waitlists in order, and a cancellation promotes the first in line', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '2' });
    const [publicCategory] = listCategories(meeting.id);
    const ids = Array.from({ length: 4 }, () => register(guest(meeting.id, publicCategory!.id), null, before));
    expect(ids.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect(statusOf(ids[0]!.registrationId).ticketCode).toMatch(/^[2-9A-Z]{8}$/);
    expect(statusOf(ids[2]!.registrationId).ticketCode).toBeNull();

    cancelRegistration({ accessToken: ids[1]!.accessToken }, before);
    expect(statusOf(ids[1]!.registrationId).status).toBe('cancelled');
    expect(statusOf(ids[2]!.registrationId).status).toBe('confirmed');
    expect(statusOf(ids[3]!.registrationId).status).toBe('waitlisted');
    expect(lastEmail()).toMatchObject({ to: statusOf(ids[2]!.registrationId).email, topic: 'registration.promoted' });
    expect(lastEmail().attachments?.map((a) => a.filename)).toEqual([`${meeting.slug}.ics`, 'ticket.png']);
  });

  it('skips someone whose category is full for the next person who fits', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '3' });
    const [publicCategory, reps] = listCategories(meeting.id);
    updateCategory(reps!.id, { name: reps!.name, quota: 1, selfService: true }, organizer, before);
    const first = register(guest(meeting.id, reps!.id), null, before);
    register(guest(meeting.id, publicCategory!.id), null, before);
    register(guest(meeting.id, publicCategory!.id), null, before);
    const repWaiting = register(guest(meeting.id, reps!.id), null, before);
    const publicWaiting = register(guest(meeting.id, publicCategory!.id), null, before);
    expect([repWaiting.status, publicWaiting.status]).toEqual(['waitlisted', 'waitlisted']);

    // A public seat frees up: the representative ahead in line cannot take it (their quota is full).
    const publicConfirmed = db
      .select()
      .from(registrations)
      .where(eq(registrations.categoryId, publicCategory!.id))
      .all()[0]!;
    cancelRegistration({ accessToken: openAccessToken(publicConfirmed.accessTokenSealed)! }, before);
    expect(statusOf(repWaiting.registrationId).status).toBe('waitlisted');
    expect(statusOf(publicWaiting.registrationId).status).toBe('confirmed');
    expect(statusOf(first.registrationId).status).toBe('confirmed');
  });

  it('refuses a second registration by the same person, outside the window, and forged categories', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
    const [publicCategory] = listCategories(meeting.id);
    register(guest(meeting.id, publicCategory!.id, { email: 'same@example.cn' }), null, before);
    expect(
      code(() => register(guest(meeting.id, publicCategory!.id, { email: 'same@example.cn' }), null, before)),
    ).toBe('alreadyRegistered');
    register(guest(meeting.id, publicCategory!.id, { email: null, phone: '13800138000' }), null, before);
    expect(
      code(() => register(guest(meeting.id, publicCategory!.id, { email: null, phone: '13800138000' }), null, before)),
    ).toBe('alreadyRegistered');
    expect(code(() => register(guest(meeting.id, 99_999), null, before))).toBe('categoryUnavailable');
    expect(code(() => register(guest(meeting.id, publicCategory!.id), null, at('2031-05-01T00:00:00Z')))).toBe(
      'registrationClosed',
    );

    saveSettings(
      meeting.id,
      {
        mode: 'open',
        opensAt: new Date('2031-04-10T00:00:00Z'),
        closesAt: new Date('2031-04-20T00:00:00Z'),
        organizationSeatsReleaseAt: null,
      },
      organizer,
      before,
    );
    expect(code(() => register(guest(meeting.id, publicCategory!.id), null, before))).toBe('registrationNotOpen');
    expect(code(() => register(guest(meeting.id, publicCategory!.id), null, at('2031-04-21T00:00:00Z')))).toBe(
      'registrationClosed',
    );
    // A cancelled registration frees the person to register again.
    const again = register(
      guest(meeting.id, publicCategory!.id, { email: 'again@example.cn' }),
      null,
      at('2031-04-15T00:00:00Z'),
    );
    cancelRegistration({ accessToken: again.accessToken }, at('2031-04-15T00:00:00Z'));
    expect(
      register(guest(meeting.id, publicCategory!.id, { email: 'again@example.cn' }), null, at('2031-04-15T00:00:00Z'))
        .status,
    ).toBe('confirmed');
  });

  it('checks answers against the questions, and keeps nothing when one is missing', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
    const [publicCategory] = listCategories(meeting.id);
    addQuestion(
      meeting.id,
      { kind: 'choice', label: '用餐', choices: ['需要', '不需要'], required: true },
      organizer,
      before,
    );
    addQuestion(meeting.id, { kind: 'consent', label: '同意拍照', choices: [], required: true }, organizer, before);
    const count = () => db.select().from(registrations).where(eq(registrations.meetingId, meeting.id)).all().length;
    expect(code(() => register(guest(meeting.id, publicCategory!.id), null, before))).toBe('answerRequired');
    const questionIds = db.$client
      .prepare('select id from registration_questions where meeting_id = ? order by id')
      .all(meeting.id) as { id: number }[];
    const [meal, consent] = questionIds.map((q) => String(q.id));
    expect(
      code(() =>
        register(
          guest(meeting.id, publicCategory!.id, { answers: { [meal!]: '随便', [consent!]: 'on' } }),
          null,
          before,
        ),
      ),
    ).toBe('answerInvalid');
    expect(count()).toBe(0);
    register(guest(meeting.id, publicCategory!.id, { answers: { [meal!]: '需要', [consent!]: 'on' } }), null, before);
    expect(count()).toBe(1);
  });
});

describe('approvals and invitations', () => {
  it('queues registrations for approval; approval gives a seat or the waiting list, rejection needs a reason', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '1' });
    const [publicCategory] = listCategories(meeting.id);
    saveSettings(
      meeting.id,
      { mode: 'approval', opensAt: null, closesAt: null, organizationSeatsReleaseAt: null },
      organizer,
      before,
    );
    const a = register(guest(meeting.id, publicCategory!.id), null, before);
    const b = register(guest(meeting.id, publicCategory!.id), null, before);
    const c = register(guest(meeting.id, publicCategory!.id), null, before);
    expect([a.status, b.status, c.status]).toEqual(['pending', 'pending', 'pending']);
    expect(decideRegistration(a.registrationId, 'approve', null, organizer, before).status).toBe('confirmed');
    expect(decideRegistration(b.registrationId, 'approve', null, organizer, before).status).toBe('waitlisted');
    expect(code(() => decideRegistration(c.registrationId, 'reject', null, organizer, before))).toBe('reasonRequired');
    decideRegistration(c.registrationId, 'reject', '名额已满，欢迎关注下次活动', organizer, before);
    expect(lastEmail()).toMatchObject({ topic: 'registration.rejected' });
    expect(lastEmail().text).toContain('名额已满，欢迎关注下次活动');
    expect(code(() => decideRegistration(c.registrationId, 'approve', null, organizer, before))).toBe('notPending');
    const member = makeUser({ role: 'member' });
    expect(code(() => decideRegistration(b.registrationId, 'approve', null, member, before))).toBe('forbidden');
  });

  it('an invitation holds a seat until used or expired; a used or expired link is refused', () => {
    const meeting = makeRegistrableMeeting(organizer, {
      capacity: '2',
      categories: [{ name: '领导和嘉宾', selfService: false }, { name: '公众' }],
    });
    const [leaders, publicCategory] = listCategories(meeting.id);
    invite(meeting.id, leaders!.id, [{ name: '周建国', email: 'zhou@example.cn' }], 7, organizer, before);
    const token = invitationToken();
    expect(lastEmail()).toMatchObject({ to: 'zhou@example.cn', topic: 'invitation' });
    expect(register(guest(meeting.id, publicCategory!.id), null, before).status).toBe('confirmed');
    // One seat left, held by the invitation.
    expect(register(guest(meeting.id, publicCategory!.id), null, before).status).toBe('waitlisted');
    expect(code(() => register(guest(meeting.id, leaders!.id), null, before))).toBe('categoryUnavailable');
    expect(
      code(() => invite(meeting.id, leaders!.id, [{ name: '吴海燕', email: 'wu@example.cn' }], 7, organizer, before)),
    ).toBe('notEnoughSeats');

    const invited = register(
      guest(meeting.id, publicCategory!.id, { invitation: token, name: null, email: null }),
      null,
      before,
    );
    expect(invited.status).toBe('confirmed');
    expect(statusOf(invited.registrationId)).toMatchObject({
      name: '周建国',
      email: 'zhou@example.cn',
      categoryId: leaders!.id,
    });
    expect(code(() => register(guest(meeting.id, publicCategory!.id, { invitation: token }), null, before))).toBe(
      'invitationUsed',
    );
    expect(code(() => register(guest(meeting.id, publicCategory!.id, { invitation: 'made-up' }), null, before))).toBe(
      'invitationInvalid',
    );
  });

  it('an expired invitation gives its seat to the waiting list', () => {
    const meeting = makeRegistrableMeeting(organizer, {
      capacity: '1',
      categories: [{ name: '领导和嘉宾', selfService: false }, { name: '公众' }],
    });
    const [leaders, publicCategory] = listCategories(meeting.id);
    invite(meeting.id, leaders!.id, [{ name: '周建国', email: 'zhou2@example.cn' }], 1, organizer, before);
    const token = invitationToken();
    const waiting = register(guest(meeting.id, publicCategory!.id), null, before);
    expect(waiting.status).toBe('waitlisted');
    const later = at('2031-04-03T00:00:00Z');
    sweepAllMeetings(later);
    expect(statusOf(waiting.registrationId).status).toBe('confirmed');
    expect(code(() => register(guest(meeting.id, publicCategory!.id, { invitation: token }), null, later))).toBe(
      'invitationExpired',
    );
  });
});

describe('organization seats', () => {
  it('are kept for their organization until the deadline, then go to the waiting list', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '3' });
    const [publicCategory] = listCategories(meeting.id);
    const organizationId = db.$client.prepare("select id from organizations where name = '新成居民区党总支'").get() as
      { id: number } | undefined;
    const xincheng =
      organizationId?.id ??
      (
        db.$client
          .prepare(
            "insert into organizations (name, kind, created_at, updated_at) values ('新成居民区党总支', 'residential', 0, 0) returning id",
          )
          .get() as { id: number }
      ).id;
    setOrganizationSeats(meeting.id, xincheng, 2, organizer, before);
    saveSettings(
      meeting.id,
      { mode: 'open', opensAt: null, closesAt: null, organizationSeatsReleaseAt: new Date('2031-04-20T00:00:00Z') },
      organizer,
      before,
    );

    expect(register(guest(meeting.id, publicCategory!.id), null, before).status).toBe('confirmed');
    const waiting1 = register(guest(meeting.id, publicCategory!.id), null, before);
    const waiting2 = register(guest(meeting.id, publicCategory!.id), null, before);
    expect([waiting1.status, waiting2.status]).toEqual(['waitlisted', 'waitlisted']);
    const resident = makeUser({ name: '新成居民' });
    db.insert(memberships).values({ userId: resident.id, organizationId: xincheng }).run();
    expect(register(guest(meeting.id, publicCategory!.id, { organizationId: xincheng }), resident, before).status).toBe(
      'confirmed',
    );

    // The deadline passes with one of 新成's two seats unclaimed: it goes to the first in line.
    sweepAllMeetings(at('2031-04-20T00:00:01Z'));
    expect(statusOf(waiting1.registrationId).status).toBe('confirmed');
    expect(statusOf(waiting2.registrationId).status).toBe('waitlisted');
  });
});

describe('organization seats are only for the organization (issue 12, finding 3)', () => {
  function heldMeeting() {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '2' });
    const [publicCategory] = listCategories(meeting.id);
    const held = db
      .insert(organizations)
      .values({ name: `留座居民区${Math.random()}`, kind: 'residential' })
      .returning()
      .get();
    const elsewhere = db
      .insert(organizations)
      .values({ name: `别的居民区${Math.random()}`, kind: 'residential' })
      .returning()
      .get();
    setOrganizationSeats(meeting.id, held.id, 2, organizer, before);
    saveSettings(
      meeting.id,
      { mode: 'open', opensAt: null, closesAt: null, organizationSeatsReleaseAt: new Date('2031-04-20T00:00:00Z') },
      organizer,
      before,
    );
    return { meeting, categoryId: publicCategory!.id, held, elsewhere };
  }
  const countOf = (meetingId: number) =>
    db.select().from(registrations).where(eq(registrations.meetingId, meetingId)).all().length;

  it('refuses a guest who names the organization, beside the field, leaving nothing behind', () => {
    const { meeting, categoryId, held } = heldMeeting();
    expect(code(() => register(guest(meeting.id, categoryId, { organizationId: held.id }), null, before))).toBe(
      'organizationNotYours',
    );
    expect(countOf(meeting.id)).toBe(0);
  });

  it('refuses a signed-in member of another organization', () => {
    const { meeting, categoryId, held, elsewhere } = heldMeeting();
    const outsider = makeUser();
    db.insert(memberships).values({ userId: outsider.id, organizationId: elsewhere.id }).run();
    expect(code(() => register(guest(meeting.id, categoryId, { organizationId: held.id }), outsider, before))).toBe(
      'organizationNotYours',
    );
    expect(countOf(meeting.id)).toBe(0);
  });

  it('confirms a member of the organization into its held seats', () => {
    const { meeting, categoryId, held } = heldMeeting();
    const insider = makeUser();
    db.insert(memberships).values({ userId: insider.id, organizationId: held.id }).run();
    const result = register(guest(meeting.id, categoryId, { organizationId: held.id }), insider, before);
    expect(result.status).toBe('confirmed');
    expect(statusOf(result.registrationId).organizationId).toBe(held.id);
  });

  it('answers a forged organization id beside the field, not with an unexpected error', () => {
    const { meeting, categoryId } = heldMeeting();
    let field: string | undefined;
    try {
      register(guest(meeting.id, categoryId, { organizationId: 987_654 }), null, before);
    } catch (error) {
      field = (error as { field?: string }).field;
    }
    expect(field).toBe('organizationId');
    expect(code(() => setOrganizationSeats(meeting.id, 987_654, 3, organizer, before))).toBe('notFound');
  });
});

describe('check-in', () => {
  it('is idempotent, refuses other meetings and cancelled tickets, and counts per category', () => {
    const meeting = makeRegistrableMeeting(organizer, { capacity: '5' });
    const other = makeRegistrableMeeting(organizer, { capacity: '5' });
    const [publicCategory] = listCategories(meeting.id);
    const [otherCategory] = listCategories(other.id);
    const mine = statusOf(register(guest(meeting.id, publicCategory!.id), null, before).registrationId);
    const theirs = statusOf(register(guest(other.id, otherCategory!.id), null, before).registrationId);
    const gone = register(guest(meeting.id, publicCategory!.id), null, before);

    const first = checkIn(meeting.id, { code: mine.ticketCode! }, organizer, new Date('2031-04-30T00:55:00Z'));
    expect(first.outcome).toBe('checkedIn');
    const second = checkIn(meeting.id, { code: mine.ticketCode! }, organizer, new Date('2031-04-30T00:58:00Z'));
    expect(second).toMatchObject({ outcome: 'already', checkedInAt: new Date('2031-04-30T00:55:00Z') });
    // Another meeting's ticket is "not found", the same answer as a made-up code (issue 12, finding 11).
    expect(code(() => checkIn(meeting.id, { code: theirs.ticketCode! }, organizer))).toBe('ticketUnknown');
    expect(code(() => checkIn(meeting.id, { registrationId: theirs.id }, organizer))).toBe('ticketUnknown');
    expect(code(() => checkIn(meeting.id, { code: 'NOSUCH22' }, organizer))).toBe('ticketUnknown');
    const goneCode = statusOf(gone.registrationId).ticketCode!;
    cancelRegistration({ accessToken: gone.accessToken }, before);
    expect(code(() => checkIn(meeting.id, { code: goneCode }, organizer))).toBe('ticketNotConfirmed');
    expect(code(() => checkIn(meeting.id, { code: mine.ticketCode! }, makeUser({ role: 'member' })))).toBe('forbidden');

    const counts = registrationCounts(meeting.id).find((row) => row.categoryId === publicCategory!.id)!;
    expect(counts).toMatchObject({ confirmed: 1, checkedIn: 1 });
  });
});

it('categories of a new meeting come from the organizer', () => {
  const meeting = makeRegistrableMeeting(organizer, {
    categories: [{ name: '领导和嘉宾', selfService: false }, { name: '公众' }],
  });
  expect(listCategories(meeting.id).map(({ name, selfService }) => ({ name, selfService }))).toEqual([
    { name: '领导和嘉宾', selfService: false },
    { name: '公众', selfService: true },
  ]);
});
