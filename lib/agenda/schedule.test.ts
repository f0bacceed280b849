import { describe, expect, it } from 'vitest';
import { forecast, overrunMinutes, plan, type ScheduleInput } from './schedule';

// 09:00 in Shanghai on the reference morning; the tests run in Asia/Kathmandu (UTC+5:45).
const start = new Date('2020-04-30T01:00:00Z');
const at = (hhmm: string) => new Date(`2020-04-30T${hhmm}:00+08:00`);
const hhmm = (date: Date) =>
  date.toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

const morning = (): ScheduleInput[] => [
  { id: 1, plannedMinutes: 8, startedAt: null, endedAt: null }, // video
  { id: 2, plannedMinutes: 35, startedAt: null, endedAt: null }, // awards
  { id: 3, plannedMinutes: 20, startedAt: null, endedAt: null }, // pledges
  { id: 4, plannedMinutes: 10, startedAt: null, endedAt: null }, // unveiling
  { id: 5, plannedMinutes: 30, startedAt: null, endedAt: null }, // work plan
];

describe('planned times', () => {
  it('follow from the meeting start and the durations', () => {
    const result = plan(start, morning());
    expect(result.slots.map((slot) => hhmm(slot.plannedStart))).toEqual(['09:00', '09:08', '09:43', '10:03', '10:13']);
    expect(hhmm(result.plannedEnd)).toBe('10:43');
    expect(result.totalMinutes).toBe(103);
  });

  it('an empty agenda ends where it starts', () => {
    expect(plan(start, []).plannedEnd).toEqual(start);
  });

  it('say how far the agenda runs past the meeting end', () => {
    expect(overrunMinutes(start, at('11:00'), morning())).toBe(0);
    expect(overrunMinutes(start, at('10:30'), morning())).toBe(13);
  });
});

describe('forecast', () => {
  it('is the plan before the meeting starts', () => {
    const result = forecast(start, morning(), { currentItemId: null, endedAt: null }, at('08:30'));
    expect(result.slots.map((slot) => hhmm(slot.forecastStart))).toEqual(['09:00', '09:08', '09:43', '10:03', '10:13']);
    expect(result.driftMs).toBe(0);
    expect(result.slots.every((slot) => slot.state === 'upcoming')).toBe(true);
  });

  it('starts from now when the planned start has passed without a start', () => {
    const result = forecast(start, morning(), { currentItemId: null, endedAt: null }, at('09:05'));
    expect(hhmm(result.slots[0]!.forecastStart)).toBe('09:05');
    expect(result.driftMs).toBe(5 * 60_000);
  });

  it('keeps the plan of a meeting that was never run once its day is over', () => {
    const result = forecast(start, morning(), { currentItemId: null, endedAt: null }, new Date('2026-11-28T00:00:00Z'));
    expect(hhmm(result.slots[0]!.forecastStart)).toBe('09:00');
    expect(result.driftMs).toBe(0);
  });

  it('pushes later items when the item on stage runs long', () => {
    const items = morning();
    items[0] = { ...items[0]!, startedAt: at('09:00'), endedAt: at('09:10') }; // video ran 2 min long
    items[1] = { ...items[1]!, startedAt: at('09:10'), endedAt: null };
    // The award ceremony should end at 09:45 but is still going at 09:52.
    const result = forecast(start, items, { currentItemId: 2, endedAt: null }, at('09:52'));
    expect(result.slots.map((slot) => slot.state)).toEqual(['done', 'current', 'upcoming', 'upcoming', 'upcoming']);
    expect(hhmm(result.slots[1]!.forecastEnd)).toBe('09:52');
    expect(result.slots.slice(2).map((slot) => hhmm(slot.forecastStart))).toEqual(['09:52', '10:12', '10:22']);
    expect(hhmm(result.forecastEnd)).toBe('10:52');
    expect(result.driftMs).toBe(9 * 60_000);
  });

  it('keeps the planned length of the item on stage while it is on time', () => {
    const items = morning();
    items[0] = { ...items[0]!, startedAt: at('09:00'), endedAt: at('09:10') };
    items[1] = { ...items[1]!, startedAt: at('09:10'), endedAt: null };
    const result = forecast(start, items, { currentItemId: 2, endedAt: null }, at('09:20'));
    expect(hhmm(result.slots[1]!.forecastEnd)).toBe('09:45');
    expect(result.driftMs).toBe(2 * 60_000);
  });

  it('pulls later items earlier after an early finish', () => {
    const items = morning();
    items[0] = { ...items[0]!, startedAt: at('09:00'), endedAt: at('09:05') };
    items[1] = { ...items[1]!, startedAt: at('09:05'), endedAt: at('09:30') }; // 10 minutes early
    items[2] = { ...items[2]!, startedAt: at('09:30'), endedAt: null };
    const result = forecast(start, items, { currentItemId: 3, endedAt: null }, at('09:31'));
    expect(result.slots.slice(3).map((slot) => hhmm(slot.forecastStart))).toEqual(['09:50', '10:00']);
    expect(hhmm(result.forecastEnd)).toBe('10:30');
    expect(result.driftMs).toBe(-13 * 60_000);
  });

  it('uses the real times once the run has ended', () => {
    const items = morning().map((item, index) => ({
      ...item,
      startedAt: at(`09:${String(index * 10).padStart(2, '0')}`),
      endedAt: at(`09:${String(index * 10 + 10).padStart(2, '0')}`),
    }));
    const result = forecast(start, items, { currentItemId: null, endedAt: at('09:50') }, at('11:00'));
    expect(result.finished).toBe(true);
    expect(result.slots.every((slot) => slot.state === 'done')).toBe(true);
    expect(hhmm(result.forecastEnd)).toBe('09:50');
    expect(result.driftMs).toBe(-53 * 60_000);
  });

  it('treats an item left above the one on stage as skipped', () => {
    const items = morning();
    items[0] = { ...items[0]!, startedAt: at('09:00'), endedAt: at('09:08') };
    items[2] = { ...items[2]!, startedAt: at('09:08'), endedAt: null };
    const result = forecast(start, items, { currentItemId: 3, endedAt: null }, at('09:10'));
    expect(result.slots[1]!.state).toBe('skipped');
    expect(hhmm(result.slots[3]!.forecastStart)).toBe('09:28');
  });

  it('measures a run on another day from its real start, not from the meeting day', () => {
    // The 2020 demo meeting started on 30 November 2026 at 10:26 Shanghai time.
    const realStart = new Date('2026-11-30T10:26:00+08:00');
    const items = morning();
    items[0] = { ...items[0]!, startedAt: realStart, endedAt: null };
    const result = forecast(start, items, { currentItemId: 1, endedAt: null }, new Date('2026-11-30T10:30:00+08:00'));
    expect(result.offDayStart).toEqual(realStart);
    expect(result.driftMs).toBe(0);
    expect(result.slots[0]!.plannedStart).toEqual(realStart);
    expect(result.plannedEnd).toEqual(new Date(realStart.getTime() + 103 * 60_000));
    // Ten minutes over on the first item: ten minutes behind, as on the day.
    const late = forecast(start, items, { currentItemId: 1, endedAt: null }, new Date('2026-11-30T10:44:00+08:00'));
    expect(late.driftMs).toBe(10 * 60_000);
  });

  it('measures a rehearsal the day before from its real start too', () => {
    const items = morning();
    items[0] = { ...items[0]!, startedAt: new Date('2020-04-29T15:00:00+08:00'), endedAt: null };
    const result = forecast(start, items, { currentItemId: 1, endedAt: null }, new Date('2020-04-29T15:01:00+08:00'));
    expect(result.offDayStart).not.toBeNull();
    expect(result.driftMs).toBe(0);
  });

  it('keeps measuring against the plan when the meeting starts late on its own day', () => {
    const items = morning();
    items[0] = { ...items[0]!, startedAt: at('09:20'), endedAt: null };
    const result = forecast(start, items, { currentItemId: 1, endedAt: null }, at('09:21'));
    expect(result.offDayStart).toBeNull();
    expect(result.driftMs).toBe(20 * 60_000);
  });
});
