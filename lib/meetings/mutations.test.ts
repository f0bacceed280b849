import { desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { makeMeeting, meetingForm } from '@/test/meetings';
import { getMeeting, getPublicMeeting, listManagedMeetings, listPublicMeetings } from './data';
import {
  addMeetingOrganizer,
  changeMeetingStatus,
  createMeeting,
  removeMeetingOrganizer,
  updateMeeting,
} from './mutations';
import { meetingInput } from './schema';
import { code } from '@/test/errors';

const organizer = makeUser({ role: 'organizer' });
const otherOrganizer = makeUser({ role: 'organizer' });
const admin = makeUser({ role: 'admin' });
const lastAudit = () => db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get();

describe('meeting form', () => {
  const parse = (overrides: Record<string, string>) => {
    const result = meetingInput.safeParse({ ...baseForm, ...overrides });
    return result.success
      ? 'ok'
      : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
  };
  const baseForm = {
    title: '大会',
    timeZone: 'Asia/Shanghai',
    startsAt: '2020-04-30T09:00',
    endsAt: '2020-04-30T11:30',
  };

  it('stores the instants the wall-clock times name in the meeting zone', () => {
    const input = meetingForm();
    expect(input.startsAt.toISOString()).toBe('2020-04-30T01:00:00.000Z');
    expect(input.endsAt.toISOString()).toBe('2020-04-30T03:30:00.000Z');
  });

  it('names the field that is wrong', () => {
    expect(parse({})).toBe('ok');
    expect(parse({ endsAt: '2020-04-30T08:00' })).toEqual({ endsAt: 'validation.endBeforeStart' });
    expect(parse({ startsAt: '2020-04-31T09:00' })).toEqual({ startsAt: 'validation.dateTime' });
    expect(parse({ startsAt: '明天上午' })).toEqual({ startsAt: 'validation.dateTime' });
    expect(parse({ timeZone: 'Mars/Base' })).toMatchObject({ timeZone: 'validation.timeZone' });
    expect(parse({ endsAt: '2020-06-30T09:00' })).toEqual({ endsAt: 'validation.meetingTooLong' });
    expect(parse({ title: '  ' })).toHaveProperty('title');
    expect(parse({ description: '长'.repeat(10_000) })).toHaveProperty('description');
    expect(parse({ capacity: '0' })).toHaveProperty('capacity');
    expect(parse({ capacity: '七十' })).toHaveProperty('capacity');
    expect(parse({ slug: 'Bad Slug!' })).toEqual({ slug: 'validation.slug' });
    expect(parse({ slug: '2020-Annual' })).toBe('ok');
  });
});

describe('meetings', () => {
  it('a new meeting is a draft at a readable address, owned by its creator', () => {
    const first = createMeeting(meetingForm(), organizer);
    const second = createMeeting(meetingForm(), organizer);
    expect(first.slug).toBe('2020-04-30');
    expect(second.slug).toBe('2020-04-30-2');
    expect(getMeeting(first.id)).toMatchObject({ status: 'draft', timeZone: 'Asia/Shanghai', capacity: 80 });
    expect(lastAudit()).toMatchObject({ action: 'meeting.create', entityId: second.id, actorId: organizer.id });
    expect(listManagedMeetings(organizer).map((m) => m.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(listManagedMeetings(otherOrganizer).map((m) => m.id)).not.toContain(first.id);
    expect(listManagedMeetings(admin).map((m) => m.id)).toContain(first.id);
  });

  it("refuses another organizer's edits, but not once they are added as an organizer", () => {
    const meeting = makeMeeting(organizer);
    expect(code(() => updateMeeting(meeting.id, meetingForm({ title: '改名' }), otherOrganizer))).toBe('forbidden');
    expect(getMeeting(meeting.id)?.title).not.toBe('改名');
    addMeetingOrganizer(meeting.id, otherOrganizer.id, organizer);
    updateMeeting(meeting.id, meetingForm({ title: '改名' }), otherOrganizer);
    expect(getMeeting(meeting.id)?.title).toBe('改名');
    expect(code(() => addMeetingOrganizer(meeting.id, otherOrganizer.id, organizer))).toBe('alreadyOrganizer');
    removeMeetingOrganizer(meeting.id, organizer.id, admin);
    expect(code(() => removeMeetingOrganizer(meeting.id, otherOrganizer.id, otherOrganizer))).toBe('lastOrganizer');
    expect(code(() => updateMeeting(meeting.id, meetingForm(), organizer))).toBe('forbidden');
  });

  it('publishes only with an agenda, and keeps the address once published', () => {
    const empty = makeMeeting(organizer, [], { slug: 'empty-agenda' });
    expect(code(() => changeMeetingStatus(empty.id, 'publish', organizer))).toBe('agendaEmpty');
    expect(getPublicMeeting('empty-agenda')).toBeUndefined();

    const meeting = makeMeeting(organizer, [10], { slug: 'draft-address' });
    updateMeeting(meeting.id, meetingForm({ slug: 'final-address' }), organizer);
    changeMeetingStatus(meeting.id, 'publish', organizer);
    expect(getPublicMeeting('final-address')?.publishedAt).toBeInstanceOf(Date);
    expect(code(() => updateMeeting(meeting.id, meetingForm({ slug: 'another-address' }), organizer))).toBe(
      'slugLocked',
    );
    expect(code(() => changeMeetingStatus(meeting.id, 'publish', organizer))).toBe('statusChange');
    expect(lastAudit()).toMatchObject({ action: 'meeting.publish', changes: { status: ['draft', 'published'] } });

    changeMeetingStatus(meeting.id, 'cancel', organizer);
    expect(getPublicMeeting('final-address')?.status).toBe('cancelled'); // people had seen it
    const neverShown = makeMeeting(organizer, [10], { slug: 'never-shown' });
    changeMeetingStatus(neverShown.id, 'cancel', organizer);
    expect(getPublicMeeting('never-shown')).toBeUndefined();
  });

  it('lists upcoming public meetings before past ones', () => {
    const future = makeMeeting(organizer, [10], {
      slug: 'next-year',
      startsAt: '2099-04-30T09:00',
      endsAt: '2099-04-30T11:00',
    });
    changeMeetingStatus(future.id, 'publish', organizer);
    const { upcoming, past } = listPublicMeetings(new Date('2026-01-01T00:00:00Z'));
    expect(upcoming.map((m) => m.slug)).toContain('next-year');
    expect(past.map((m) => m.slug)).not.toContain('next-year');
    expect([...upcoming, ...past].every((m) => m.status !== 'draft')).toBe(true);
  });
});
