import { readEnv } from '@/lib/env';
import { runScheduledBackup } from './mutations';

const MINUTE = 60_000;

/**
 * The automatic backup (default daily, BACKUP_INTERVAL_HOURS; 0 turns it off). Every
 * app process looks every ten minutes whether one is due; the claim in the database
 * lets exactly one of them take it.
 */
export function startBackupSchedule(): void {
  const intervalMs = readEnv().BACKUP_INTERVAL_HOURS * 60 * MINUTE;
  if (intervalMs === 0) return;
  const tick = () => {
    runScheduledBackup(new Date()).catch((error) => console.error('scheduled backup failed', error));
  };
  setTimeout(tick, MINUTE).unref();
  setInterval(tick, Math.min(10 * MINUTE, intervalMs)).unref();
}
