import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { meetings, seatReservations } from '@/db/schema';
import { getSeatingBoard, seatsOfMeeting } from '@/lib/seating/data';
import { seedDemo } from './index';

describe('seating demo data', () => {
  it('seats all 70+ attendees: leaders on the head table, award winners and representatives in the front rows, reserved seats empty', () => {
    seedDemo(db);
    const meeting = db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()!;
    const board = getSeatingBoard(meeting.id);
    expect(board.people.length).toBeGreaterThanOrEqual(70);
    expect(board.people.every((p) => p.seat)).toBe(true);
    expect(board.short).toBe(0);
    const seats = seatsOfMeeting(meeting.id);
    const blockOf = (category: string) =>
      new Set(
        board.people.filter((p) => p.categoryName === category).map((p) => seats.get(p.registrationId)!.blockName),
      );
    expect(blockOf('领导和嘉宾')).toEqual(new Set(['主席台']));
    expect(blockOf('获奖个人和集体')).toEqual(new Set(['前区']));
    expect(blockOf('成员单位代表')).toEqual(new Set(['前区']));
    // Award winners take the first seats of the front rows.
    const firstFront = board.people.find(
      (p) =>
        seats.get(p.registrationId)?.blockName === '前区' &&
        seats.get(p.registrationId)?.row === 1 &&
        seats.get(p.registrationId)?.seat === 1,
    )!;
    expect(firstFront.categoryName).toBe('获奖个人和集体');
    const reserved = db.select().from(seatReservations).where(eq(seatReservations.meetingId, meeting.id)).all();
    expect(reserved).toHaveLength(2);
    const taken = new Set(board.people.map((p) => `${p.seat!.blockId}:${p.seat!.row}:${p.seat!.seat}`));
    expect(reserved.some((r) => taken.has(`${r.blockId}:${r.row}:${r.seat}`))).toBe(false);
  });
});
