import os from 'node:os';
import { eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { backgroundSweeps } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';

const DAY = 24 * 60 * 60_000;

/** Who claimed a slot: this machine and process, for whoever reads the table. */
export const workerName = () => `${os.hostname()}:${process.pid}`;

/**
 * Claims sweep slot `slot` for this process. One IMMEDIATE transaction, like the backup
 * schedule's claim: of all workers (and machines) on the file, exactly one inserts the
 * row and gets true; the others find it and get false. Old slots are forgotten here.
 */
export function claimSweepSlot(slot: number, now: Date, slotMs: number): boolean {
  return db.transaction((tx) => {
    tx.delete(backgroundSweeps)
      .where(lt(backgroundSweeps.slot, slot - Math.ceil(DAY / slotMs)))
      .run();
    const inserted = tx
      .insert(backgroundSweeps)
      .values({ slot, claimedBy: workerName(), claimedAt: now })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }, IMMEDIATE);
}

/** Notes that the claimed slot's sweep ran (the multi-worker test checks it runs once per slot). */
export function recordSweepRun(slot: number): void {
  db.update(backgroundSweeps)
    .set({ runs: sql`${backgroundSweeps.runs} + 1` })
    .where(eq(backgroundSweeps.slot, slot))
    .run();
}
