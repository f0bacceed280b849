import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents, checkInEvents, registrations } from '@/db/schema';
import { buildEvidencePackage } from '@/lib/evidence/data';
import { getMeeting } from '@/lib/meetings/data';
import { listCategories } from '@/lib/registrations/data';
import { cancelRegistration } from '@/lib/registrations/mutations';
import { assignSeat, saveBlock } from '@/lib/seating/mutations';
import { code } from '@/test/errors';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { registerGuest, registrationContext } from '@/test/registrations';
import { checkInSnapshot } from './data';
import { syncInput } from './schema';
import { syncCheckIns } from './mutations';

const organizer = makeUser({ role: 'organizer' });
// The meeting starts 2031-04-30 09:00 in Shanghai (01:00 UTC); the sync arrives at 02:00 UTC.
const now = new Date('2031-04-30T02:00:00Z');
const ms = (iso: string) => new Date(iso).getTime();
const context = registrationContext();
let n = 0;
let events = 0;

function meetingWithGuests(count: number) {
  const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
  const [category] = listCategories(meeting.id);
  const guests = Array.from({ length: count }, () => {
    n += 1;
    const made = registerGuest(meeting.id, category!.id, { name: `来宾${n}`, email: `door${n}@example.cn` });
    const row = db.select().from(registrations).where(eq(registrations.id, made.registrationId)).get()!;
    return { ...made, code: row.ticketCode! };
  });
  return { meeting, guests };
}

const queued = (ticket: string, at: string, station = 'A1', id = `event-${(events += 1)}`) => ({
  id,
  code: ticket,
  at: ms(at),
  station,
});
const row = (id: number) => db.select().from(registrations).where(eq(registrations.id, id)).get()!;

describe('merging queued check-ins from door stations', () => {
  it('counts a ticket checked in at two stations once, and the earliest time wins even when it arrives last', () => {
    const { meeting, guests } = meetingWithGuests(1);
    const [guest] = guests;
    const later = syncCheckIns(meeting.id, [queued(guest!.code, '2031-04-30T01:10:00Z', 'B2')], organizer, now);
    expect(later[0]).toMatchObject({ outcome: 'checkedIn', checkedInAt: ms('2031-04-30T01:10:00Z'), station: 'B2' });
    const earlier = syncCheckIns(meeting.id, [queued(guest!.code, '2031-04-30T01:02:00Z', 'A1')], organizer, now);
    expect(earlier[0]).toMatchObject({ outcome: 'earlier', checkedInAt: ms('2031-04-30T01:02:00Z'), station: 'A1' });
    const latest = syncCheckIns(meeting.id, [queued(guest!.code, '2031-04-30T01:30:00Z', 'C3')], organizer, now);
    // The third station is told when and where the person came in.
    expect(latest[0]).toMatchObject({ outcome: 'already', checkedInAt: ms('2031-04-30T01:02:00Z'), station: 'A1' });
    expect(row(guest!.registrationId)).toMatchObject({
      checkedInAt: new Date('2031-04-30T01:02:00Z'),
      checkedInStation: 'A1',
    });

    // The move is in the audit chain, and the evidence package still names one check-in at the earliest time.
    const audited = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'registration.checkIn'), eq(auditEvents.entityId, guest!.registrationId)))
      .all();
    expect(audited.map((e) => e.createdAt.getTime())).toEqual([ms('2031-04-30T01:10:00Z'), ms('2031-04-30T01:02:00Z')]);
    expect(audited[1]!.changes).toMatchObject({ earlierThan: '2031-04-30T01:10:00.000Z', station: 'A1' });
    const attendance = buildEvidencePackage(meeting.id, now)!.attendance;
    expect(attendance).toHaveLength(1);
    expect(attendance[0]!.checkedInAt).toBe('2031-04-30T01:02:00.000Z');
  });

  it('does nothing on a replayed queue, even one edited on the device, and answers as before', () => {
    const { meeting, guests } = meetingWithGuests(2);
    const batch = [queued(guests[0]!.code, '2031-04-30T01:05:00Z'), queued(guests[1]!.code, '2031-04-30T01:06:00Z')];
    expect(syncCheckIns(meeting.id, batch, organizer, now).map((r) => r.outcome)).toEqual(['checkedIn', 'checkedIn']);
    const auditCount = () => db.select().from(auditEvents).all().length;
    const before = auditCount();
    // The same events again, one with its time pulled earlier on the device: the event id was seen, so nothing moves.
    const tampered = [batch[0]!, { ...batch[1]!, at: ms('2031-04-30T01:00:00Z') }];
    const replay = syncCheckIns(meeting.id, tampered, organizer, now);
    expect(replay.map((r) => r.outcome)).toEqual(['replay', 'replay']);
    expect(replay[1]).toMatchObject({ checkedInAt: ms('2031-04-30T01:06:00Z') });
    expect(row(guests[1]!.registrationId).checkedInAt).toEqual(new Date('2031-04-30T01:06:00Z'));
    expect(auditCount()).toBe(before);
    expect(db.select().from(checkInEvents).where(eq(checkInEvents.meetingId, meeting.id)).all()).toHaveLength(2);
    // One event twice in one batch counts once too.
    const { meeting: second, guests: others } = meetingWithGuests(1);
    const twice = queued(others[0]!.code, '2031-04-30T01:07:00Z');
    expect(syncCheckIns(second.id, [twice, twice], organizer, now).map((r) => r.outcome)).toEqual([
      'checkedIn',
      'replay',
    ]);
  });

  it("reports a ticket cancelled meanwhile, an unknown code and another meeting's ticket as conflicts, and counts none", () => {
    const { meeting, guests } = meetingWithGuests(2);
    const { guests: elsewhere } = meetingWithGuests(1);
    cancelRegistration({ accessToken: guests[1]!.accessToken }, context);
    const results = syncCheckIns(
      meeting.id,
      [
        queued(guests[1]!.code, '2031-04-30T01:05:00Z'),
        queued('ZZZZ-2222', '2031-04-30T01:05:00Z'),
        queued(elsewhere[0]!.code, '2031-04-30T01:05:00Z'),
        queued(guests[0]!.code.toLowerCase(), '2031-04-30T01:05:00Z'),
      ],
      organizer,
      now,
    );
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['conflict', 'cancelled'],
      ['conflict', 'unknown'],
      ['conflict', 'unknown'],
      ['checkedIn', undefined],
    ]);
    // The other meeting's ticket learns nothing about its holder.
    expect(results[2]!.name).toBeUndefined();
    expect(row(guests[1]!.registrationId).checkedInAt).toBeNull();
    expect(row(elsewhere[0]!.registrationId).checkedInAt).toBeNull();
  });

  it('refuses, per event, a time in the future or long before the meeting; the rest of the batch goes on', () => {
    const { meeting, guests } = meetingWithGuests(3);
    const results = syncCheckIns(
      meeting.id,
      [
        queued(guests[0]!.code, '2031-04-30T03:00:00Z'),
        queued(guests[1]!.code, '2031-04-20T01:00:00Z'),
        queued(guests[2]!.code, '2031-04-30T00:30:00Z'),
      ],
      organizer,
      now,
    );
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['refused', 'future'],
      ['refused', 'tooEarly'],
      ['checkedIn', undefined],
    ]);
    expect(row(guests[0]!.registrationId).checkedInAt).toBeNull();
    expect(row(guests[1]!.registrationId).checkedInAt).toBeNull();
  });

  it('refuses the whole batch to someone who does not organize the meeting, and writes nothing', () => {
    const { meeting, guests } = meetingWithGuests(1);
    const otherOrganizer = makeUser({ role: 'organizer' });
    const member = makeUser({ role: 'member' });
    for (const actor of [otherOrganizer, member, null]) {
      expect(code(() => syncCheckIns(meeting.id, [queued(guests[0]!.code, '2031-04-30T01:05:00Z')], actor, now))).toBe(
        'forbidden',
      );
    }
    expect(row(guests[0]!.registrationId).checkedInAt).toBeNull();
    expect(db.select().from(checkInEvents).where(eq(checkInEvents.meetingId, meeting.id)).all()).toHaveLength(0);
  });

  it('gives the station confirmed tickets only, with who is in and where', () => {
    const { meeting, guests } = meetingWithGuests(3);
    cancelRegistration({ accessToken: guests[2]!.accessToken }, context);
    syncCheckIns(meeting.id, [queued(guests[0]!.code, '2031-04-30T01:05:00Z', 'K7QM')], organizer, now);
    const snapshot = checkInSnapshot(getMeeting(meeting.id)!);
    expect(snapshot.tickets.map((t) => t.code)).toEqual([guests[0]!.code, guests[1]!.code]);
    expect(snapshot.tickets[0]).toMatchObject({
      name: expect.stringMatching(/^来宾/),
      category: '公众',
      checkedInAt: ms('2031-04-30T01:05:00Z'),
      station: 'K7QM',
    });
    expect(snapshot.tickets[1]).not.toHaveProperty('checkedInAt');
  });

  it('carries the seat in words in both languages, so the offline desk can say where to sit', () => {
    const { meeting, guests } = meetingWithGuests(2);
    const blockId = saveBlock(
      { meetingId: meeting.id, blockId: null, name: '前区', nameEn: 'Front', kind: 'rows', rows: 3, seats: 12 },
      organizer,
    );
    assignSeat(meeting.id, guests[1]!.registrationId, { blockId, row: 3, seat: 12 }, organizer, context);
    const snapshot = checkInSnapshot(getMeeting(meeting.id)!);
    expect(snapshot.tickets[0]).not.toHaveProperty('seat');
    expect(snapshot.tickets[1]).toMatchObject({
      seat: '前区 第3排12座',
      seatEn: expect.stringMatching(/^Front, row 3, seat 12$/i),
    });
  });
});

describe('what a door station sends', () => {
  it('refuses a station name with control characters or bidi overrides, as form text is refused', () => {
    const event = (station: string) => ({ events: [queued('ABCDEFGH', '2031-04-30T01:10:00Z', station)] });
    expect(syncInput.safeParse(event('K7QM')).success).toBe(true);
    for (const station of ['K7\u202eQM', 'K7\u0000QM', 'K7\u001b[2J', 'K7\u2066QM']) {
      const parsed = syncInput.safeParse(event(station));
      expect(parsed.success, JSON.stringify(station)).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toContain('validation.controlCharacters');
    }
  });
});
