import { spawn } from 'node:child_process';
import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { outboxEmails, seatAssignments } from '@/db/schema';
import { listCategories } from '@/lib/registrations/data';
import { cancelRegistration } from '@/lib/registrations/mutations';
import { code } from '@/test/errors';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { registerGuest, registrationContext } from '@/test/registrations';
import { seatOf, seatsOfMeeting } from './data';
import { seatText } from './format';
import {
  assignSeat,
  autoAssignSeats,
  clearSeats,
  removeBlock,
  saveBlock,
  toggleReservation,
  unassignSeat,
} from './mutations';

const organizer = makeUser({ role: 'organizer' });
const stranger = makeUser({ role: 'organizer' });
const context = registrationContext();
let n = 0;

function meetingWithPeople(people: number, categories?: { name: string }[]) {
  const meeting = makeRegistrableMeeting(organizer, { capacity: String(Math.max(people, 1)), categories });
  const cats = listCategories(meeting.id);
  const registrations = Array.from({ length: people }, (_, i) => {
    n += 1;
    const category = cats[i % cats.length]!;
    return {
      ...registerGuest(meeting.id, category.id, {
        name: `来宾${n}`,
        email: `seat${n}@example.cn`,
        organizationName: i % 2 ? '新成居民区' : '静安寺社区',
      }),
      categoryId: category.id,
    };
  });
  return { meeting, registrations, categories: cats };
}

const block = (meetingId: number, extra: Partial<Parameters<typeof saveBlock>[0]> = {}) =>
  saveBlock(
    { meetingId, blockId: null, name: '前区', nameEn: 'Front', kind: 'rows', rows: 2, seats: 3, ...extra },
    organizer,
  );

describe('seating by hand', () => {
  it('seats, moves and unseats; the seat reads as "前区 第2排3座" and the registrant is told', () => {
    const { meeting, registrations } = meetingWithPeople(2);
    const blockId = block(meeting.id);
    const person = registrations[0]!.registrationId;
    assignSeat(meeting.id, person, { blockId, row: 1, seat: 1 }, organizer, context);
    assignSeat(meeting.id, person, { blockId, row: 2, seat: 3 }, organizer, context);
    const position = seatOf([person]).get(person)!;
    expect(seatText(position, 'zh-CN')).toBe('前区 第2排3座');
    expect(seatText(position, 'en')).toBe('Front, row 2, seat 3');
    const email = db.select().from(outboxEmails).orderBy(desc(outboxEmails.id)).limit(1).get()!;
    expect(email.topic).toBe('registration.seat');
    expect(email.text).toContain('前区 第2排3座');
    unassignSeat(meeting.id, person, organizer);
    expect(seatOf([person]).size).toBe(0);
  });

  it('refuses a seat outside the hall, a seat already taken, a second seat for one person and a stranger', () => {
    const { meeting, registrations } = meetingWithPeople(2);
    const blockId = block(meeting.id);
    const [a, b] = registrations.map((r) => r.registrationId) as [number, number];
    expect(code(() => assignSeat(meeting.id, a, { blockId, row: 3, seat: 1 }, organizer, context))).toBe(
      'seating.errors.outsideHall',
    );
    expect(code(() => assignSeat(meeting.id, a, { blockId, row: 1, seat: 4 }, organizer, context))).toBe(
      'seating.errors.outsideHall',
    );
    expect(code(() => assignSeat(meeting.id, a, { blockId: blockId + 999, row: 1, seat: 1 }, organizer, context))).toBe(
      'seating.errors.outsideHall',
    );
    assignSeat(meeting.id, a, { blockId, row: 1, seat: 1 }, organizer, context);
    expect(code(() => assignSeat(meeting.id, b, { blockId, row: 1, seat: 1 }, organizer, context))).toBe(
      'seating.errors.seatTaken',
    );
    expect(code(() => assignSeat(meeting.id, b, { blockId, row: 1, seat: 2 }, stranger, context))).toBe('forbidden');
    // The database holds the rules even for a write that skips the checks.
    expect(() =>
      db.insert(seatAssignments).values({ meetingId: meeting.id, registrationId: b, blockId, row: 1, seat: 1 }).run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.insert(seatAssignments).values({ meetingId: meeting.id, registrationId: a, blockId, row: 2, seat: 2 }).run(),
    ).toThrow(/UNIQUE/);
  });

  it('cancelling frees the seat in the same step, and the seat can be given again', () => {
    const { meeting, registrations } = meetingWithPeople(2);
    const blockId = block(meeting.id);
    const [a, b] = registrations as [(typeof registrations)[0], (typeof registrations)[0]];
    assignSeat(meeting.id, a.registrationId, { blockId, row: 1, seat: 1 }, organizer, context);
    cancelRegistration({ accessToken: a.accessToken }, context);
    expect(seatOf([a.registrationId]).size).toBe(0);
    assignSeat(meeting.id, b.registrationId, { blockId, row: 1, seat: 1 }, organizer, context);
    expect(seatsOfMeeting(meeting.id).get(b.registrationId)?.row).toBe(1);
  });
});

describe('the plan while people are seated', () => {
  it('refuses a change or removal that would unseat someone, naming how many; growing is fine', () => {
    const { meeting, registrations } = meetingWithPeople(3);
    const blockId = block(meeting.id);
    registrations.forEach((r, i) =>
      assignSeat(meeting.id, r.registrationId, { blockId, row: 2, seat: i + 1 }, organizer, context),
    );
    let refusal: unknown;
    try {
      block(meeting.id, { blockId, rows: 1 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'seating.errors.planOrphans', values: { count: 3 } });
    expect(code(() => block(meeting.id, { blockId, seats: 2 }))).toBe('seating.errors.planOrphans');
    expect(code(() => block(meeting.id, { blockId, kind: 'tables' }))).toBe('seating.errors.planOrphans');
    expect(code(() => removeBlock(meeting.id, blockId, organizer))).toBe('seating.errors.planOrphans');
    expect(block(meeting.id, { blockId, rows: 5, seats: 10 })).toBe(blockId);
    expect(seatsOfMeeting(meeting.id).size).toBe(3);
    clearSeats(meeting.id, organizer);
    removeBlock(meeting.id, blockId, organizer);
  });

  it('refuses two blocks with one name', () => {
    const { meeting } = meetingWithPeople(0);
    block(meeting.id);
    expect(code(() => block(meeting.id))).toBe('seating.errors.blockNameTaken');
  });
});

describe('automatic seating in the database', () => {
  it('seats the chosen category in the head block, keeps reserved and hand-made seats, and counts who is left over', () => {
    const { meeting, registrations, categories } = meetingWithPeople(8);
    const head = block(meeting.id, { name: '主席台', nameEn: 'Head table', kind: 'tables', rows: 1, seats: 4 });
    const hall = block(meeting.id, { rows: 1, seats: 3 });
    toggleReservation(meeting.id, { blockId: head, row: 1, seat: 1 }, organizer);
    const handPicked = registrations[7]!.registrationId;
    assignSeat(meeting.id, handPicked, { blockId: hall, row: 1, seat: 3 }, organizer, context);
    const front = categories[1]!.id;
    const result = autoAssignSeats(meeting.id, [front], organizer, context);
    // 7 seats, 1 reserved, 1 taken by hand: 5 for the 7 still unseated.
    expect(result).toEqual({ placed: 5, unplaced: 2 });
    const seats = seatsOfMeeting(meeting.id);
    expect(seats.get(handPicked)).toMatchObject({ blockName: '前区', row: 1, seat: 3 });
    const inFront = registrations
      .filter((r) => r.categoryId === front && r.registrationId !== handPicked)
      .map((r) => seats.get(r.registrationId)?.blockName);
    expect(inFront).toEqual(['主席台', '主席台', '主席台']);
    expect([...seats.values()].some((p) => p.blockName === '主席台' && p.seat === 1)).toBe(false);
    expect(seatText(seats.get(registrations[1]!.registrationId)!, 'zh-CN')).toMatch(/^主席台 第1桌\d座$/);
  });

  it('refuses when the hall has no plan yet', () => {
    const { meeting } = meetingWithPeople(1);
    expect(code(() => autoAssignSeats(meeting.id, [], organizer, context))).toBe('seating.errors.noPlan');
  });
});

function writer(args: number[]): Promise<{ ok: boolean; code?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'test/seat-writer.ts', ...args.map(String)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out.trim().split('\n').at(-1)!)));
  });
}

describe('two organizers choosing one seat at once', () => {
  it('one wins, the other is told the seat is taken; one row in the database', async () => {
    const { meeting, registrations } = meetingWithPeople(2);
    const blockId = block(meeting.id);
    const [a, b] = registrations.map((r) => r.registrationId) as [number, number];
    const results = await Promise.all([
      writer([meeting.id, a, blockId, 1, 2, organizer.id, 2]),
      writer([meeting.id, b, blockId, 1, 2, organizer.id, 2]),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: 'seating.errors.seatTaken' }]);
    expect(db.select().from(seatAssignments).where(eq(seatAssignments.meetingId, meeting.id)).all()).toHaveLength(1);
  }, 120_000);
});
