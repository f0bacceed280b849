export async function register() {
  // Only the Node.js server touches SQLite; the edge runtime never runs this.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Before anything opens the database: what the app writes is readable by its owner only.
    const { ownerOnlyFromNowOn, restrictDataFiles } = await import('./lib/storage/owner-only');
    ownerOnlyFromNowOn();
    restrictDataFiles();
    const { startUp } = await import('./db/startup');
    startUp();
    const { startBackgroundWork } = await import('./lib/registrations/background');
    startBackgroundWork();
    const { startBackupSchedule } = await import('./lib/backup/schedule');
    startBackupSchedule();
  }
}
