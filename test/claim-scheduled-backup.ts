// One app process racing for the scheduled backup (lib/backup/schedule.test.ts):
// says "ready", waits for "go" on stdin, claims, prints what it got.
import { claimScheduledBackup } from '@/lib/backup/mutations';

const at = new Date(Number(process.argv[2]));
console.log('ready');
process.stdin.once('data', () => {
  const id = claimScheduledBackup(at, 24 * 3_600_000, `race-${process.pid}`);
  console.log(JSON.stringify({ id }));
  process.exit(0);
});
