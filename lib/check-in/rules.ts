/**
 * The plausibility rules for a time a station reports (decision 0024). A device clock can be
 * wrong and a queue can be edited on the device; a time the door could not have seen is
 * refused per event, and the rest of the batch goes on.
 */

/** A little slack for device clocks that run ahead. */
export const FUTURE_SLACK_MS = 5 * 60 * 1000;
/** Doors open before the meeting starts, but not days before. */
export const EARLIEST_BEFORE_START_MS = 24 * 60 * 60 * 1000;

export type TimeVerdict = 'ok' | 'future' | 'tooEarly';

export function judgeTime(at: number, meetingStartsAt: Date, now: Date): TimeVerdict {
  if (at > now.getTime() + FUTURE_SLACK_MS) return 'future';
  if (at < meetingStartsAt.getTime() - EARLIEST_BEFORE_START_MS) return 'tooEarly';
  return 'ok';
}
