import path from 'node:path';
import { eq, max } from 'drizzle-orm';
import { db } from '@/db';
import { backups } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { backupDirectory, dataDirectory, readEnv } from '@/lib/env';
import { pruneBackups } from '@/db/backup/prune';
import { backupFolderName, writeBackup } from '@/db/backup/snapshot';

const HOUR = 3_600_000;
// A failed or abandoned scheduled backup is tried again after this long (or the interval, if shorter).
const RETRY_AFTER = HOUR;

/**
 * Claims the scheduled backup if one is due: the last good backup is older than the
 * interval, and no attempt started within the retry delay. The read and the insert
 * are one IMMEDIATE transaction, so of several app processes on one file exactly one
 * gets the claim; the others see its row and wait for the next interval.
 */
export function claimScheduledBackup(now: Date, intervalMs: number, location: string): number | null {
  return db.transaction((tx) => {
    const lastGood = tx
      .select({ at: max(backups.finishedAt) })
      .from(backups)
      .where(eq(backups.ok, true))
      .get()?.at;
    const lastStart = tx
      .select({ at: max(backups.startedAt) })
      .from(backups)
      .get()?.at;
    if (lastGood && now.getTime() - lastGood.getTime() < intervalMs) return null;
    if (lastStart && now.getTime() - lastStart.getTime() < Math.min(intervalMs, RETRY_AFTER)) return null;
    return tx
      .insert(backups)
      .values({ trigger: 'schedule', startedAt: now, location })
      .returning({ id: backups.id })
      .get().id;
  }, IMMEDIATE);
}

function finishBackup(id: number, outcome: { ok: true; bytes: number } | { ok: false; error: string }) {
  db.update(backups)
    .set({
      finishedAt: new Date(),
      ok: outcome.ok,
      bytes: outcome.ok ? outcome.bytes : null,
      error: outcome.ok ? null : outcome.error.slice(0, 1000),
    })
    .where(eq(backups.id, id))
    .run();
}

/** Writes one backup folder and records how it went. */
async function backUp(id: number, target: string, now: Date) {
  try {
    const written = await writeBackup(db.$client, { dataDirectory: dataDirectory(), target, now });
    finishBackup(id, { ok: true, bytes: written.bytes });
    return written;
  } catch (error) {
    finishBackup(id, { ok: false, error: (error as Error).message });
    throw error;
  }
}

/** `npm run backup [-- <folder>]`: a backup now, recorded like the scheduled ones. */
export async function backUpNow(now: Date, target?: string) {
  const location = path.resolve(target ?? path.join(backupDirectory(), backupFolderName(now)));
  const id = db
    .insert(backups)
    .values({ trigger: 'command', startedAt: now, location })
    .returning({ id: backups.id })
    .get().id;
  return { location, ...(await backUp(id, location, now)) };
}

/** One turn of the schedule: take the backup if this process wins the claim, then drop the expired ones. */
export async function runScheduledBackup(now: Date): Promise<string | null> {
  const env = readEnv();
  const location = path.join(backupDirectory(), backupFolderName(now));
  const id = claimScheduledBackup(now, env.BACKUP_INTERVAL_HOURS * HOUR, location);
  if (id === null) return null;
  await backUp(id, location, now);
  pruneBackups(backupDirectory(), { keepDays: env.BACKUP_KEEP_DAYS, now });
  return location;
}
