/**
 * Planned and forecast times of a run of show. Pure: the same sums serve the
 * agenda builder, the public page, the printouts, the control page and the
 * venue display, and the tests can replay a whole morning.
 */

const MINUTE = 60_000;
/**
 * How long after the planned start a meeting that has not started yet counts as
 * "running late" (its forecast starts now). Past that it is simply a meeting that
 * was never run here, and its plan is shown as it was.
 */
const LATE_START_WINDOW = 12 * 60 * MINUTE;

export type ScheduleInput = {
  id: number;
  plannedMinutes: number;
  startedAt: Date | null;
  endedAt: Date | null;
};

export type ItemState = 'done' | 'current' | 'skipped' | 'upcoming';

export type Slot = {
  id: number;
  plannedStart: Date;
  plannedEnd: Date;
  forecastStart: Date;
  forecastEnd: Date;
  state: ItemState;
};

export type Plan = {
  slots: { id: number; plannedStart: Date; plannedEnd: Date }[];
  plannedEnd: Date;
  totalMinutes: number;
};

/** Each item starts when the one before it is planned to end; the first at the meeting's start. */
export function plan(meetingStart: Date, items: Pick<ScheduleInput, 'id' | 'plannedMinutes'>[]): Plan {
  let cursor = meetingStart.getTime();
  const slots = items.map((item) => {
    const plannedStart = new Date(cursor);
    cursor += item.plannedMinutes * MINUTE;
    return { id: item.id, plannedStart, plannedEnd: new Date(cursor) };
  });
  return { slots, plannedEnd: new Date(cursor), totalMinutes: (cursor - meetingStart.getTime()) / MINUTE };
}

/** Minutes the planned agenda runs past the meeting's end (0 when it fits). */
export function overrunMinutes(
  meetingStart: Date,
  meetingEnd: Date,
  items: Pick<ScheduleInput, 'id' | 'plannedMinutes'>[],
): number {
  return Math.max(0, Math.ceil((plan(meetingStart, items).plannedEnd.getTime() - meetingEnd.getTime()) / MINUTE));
}

export type Forecast = {
  slots: Slot[];
  forecastEnd: Date;
  plannedEnd: Date;
  /** Forecast end minus planned end: positive when behind, negative when ahead. */
  driftMs: number;
  started: boolean;
  finished: boolean;
  /**
   * When the run started on another day than planned (a rehearsal, a postponed
   * meeting): the real start, from which planned times and the drift are then
   * measured. Null when it runs on its day, or has not started.
   */
  offDayStart: Date | null;
};

/**
 * The real start, if it is so far from the planned one that the meeting is being run
 * on another day: nobody is "3463692 minutes behind"; the plan moves to the real start.
 */
export function offDayStart(meetingStart: Date, items: Pick<ScheduleInput, 'startedAt'>[]): Date | null {
  const starts = items.flatMap((item) => (item.startedAt ? [item.startedAt.getTime()] : []));
  if (starts.length === 0) return null;
  const first = Math.min(...starts);
  return Math.abs(first - meetingStart.getTime()) >= LATE_START_WINDOW ? new Date(first) : null;
}

/**
 * Where the run of show stands at `now`. Finished items keep their real times;
 * the item on stage is forecast to end at its planned length, or now if it is
 * running long; every later item follows on from there. Before the start, the
 * agenda is as planned, unless the planned start has just passed (then it starts now).
 */
export function forecast(
  meetingStart: Date,
  items: ScheduleInput[],
  live: { currentItemId: number | null; endedAt: Date | null },
  now: Date,
): Forecast {
  const moved = offDayStart(meetingStart, items);
  const baseline = moved ?? meetingStart;
  const planned = plan(baseline, items);
  const started = items.some((item) => item.startedAt);
  const finished = !!live.endedAt;
  const lateBy = now.getTime() - baseline.getTime();
  let cursor = !started && lateBy > 0 && lateBy < LATE_START_WINDOW ? now.getTime() : baseline.getTime();
  let passedCurrent = live.currentItemId === null && !finished;

  const slots = items.map((item, index): Slot => {
    const { plannedStart, plannedEnd } = planned.slots[index]!;
    const base = { id: item.id, plannedStart, plannedEnd };
    const isCurrent = item.id === live.currentItemId && item.startedAt;
    if (isCurrent) {
      passedCurrent = true;
      const start = item.startedAt!.getTime();
      cursor = Math.max(start + item.plannedMinutes * MINUTE, now.getTime());
      return { ...base, forecastStart: new Date(start), forecastEnd: new Date(cursor), state: 'current' };
    }
    if (item.startedAt && item.endedAt) {
      cursor = item.endedAt.getTime();
      return { ...base, forecastStart: item.startedAt, forecastEnd: item.endedAt, state: 'done' };
    }
    if (!passedCurrent && started) {
      // Left behind the item on stage without being run (e.g. added late above it).
      return { ...base, forecastStart: new Date(cursor), forecastEnd: new Date(cursor), state: 'skipped' };
    }
    const forecastStart = new Date(cursor);
    cursor += item.plannedMinutes * MINUTE;
    return { ...base, forecastStart, forecastEnd: new Date(cursor), state: 'upcoming' };
  });

  const forecastEnd = new Date(cursor);
  return {
    slots,
    forecastEnd,
    plannedEnd: planned.plannedEnd,
    driftMs: forecastEnd.getTime() - planned.plannedEnd.getTime(),
    started,
    finished,
    offDayStart: moved,
  };
}
