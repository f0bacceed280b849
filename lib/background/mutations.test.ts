import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { claimSweepSlot, recordSweepRun } from './mutations';

const MINUTE = 60_000;
const rows = () =>
  db.$client.prepare('select slot, runs from background_sweeps order by slot').all() as {
    slot: number;
    runs: number;
  }[];

describe('the background sweep claim', () => {
  it('gives each slot to the first claim only, counts its run, and forgets slots older than a day', () => {
    db.$client.exec('delete from background_sweeps');
    const now = new Date('2031-03-01T02:00:30Z');
    const slot = Math.floor(now.getTime() / MINUTE);
    expect(claimSweepSlot(slot, now, MINUTE)).toBe(true);
    recordSweepRun(slot);
    // A second worker ticking in the same minute finds the slot taken.
    expect(claimSweepSlot(slot, new Date(now.getTime() + 20_000), MINUTE)).toBe(false);
    expect(claimSweepSlot(slot + 1, new Date(now.getTime() + MINUTE), MINUTE)).toBe(true);
    expect(rows()).toEqual([
      { slot, runs: 1 },
      { slot: slot + 1, runs: 0 },
    ]);
    // A day and a bit later, the first two rows are gone.
    const later = slot + 24 * 60 + 2;
    expect(claimSweepSlot(later, new Date(later * MINUTE), MINUTE)).toBe(true);
    expect(rows().map((row) => row.slot)).toEqual([later]);
  });
});
