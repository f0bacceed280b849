// `npm run restore <folder>`: puts a backup back in place of DATABASE_FILE and its uploads.
// Refuses while any process has the database open, and before replacing anything checks
// the backup (manifest hashes, integrity_check). See docs/decisions/0013.
import '@/lib/storage/owner-only-umask';
import { restoreBackup } from '@/db/backup/restore';
import { databaseDriver, databaseFile } from '@/lib/env';

const from = process.argv[2];
if (!from) {
  console.error('Usage: npm run restore <backup folder>');
  process.exit(2);
}
if (databaseDriver().replica) {
  // The file here is an embedded replica: replacing it would be undone by the next sync, or worse.
  console.error(
    'Restore refused: DATABASE_SYNC_URL is set, so this file is a replica of the sqld primary; restore the primary instead (docs/deploy.md).',
  );
  process.exit(1);
}
restoreBackup({ from, databaseFile: databaseFile(), now: new Date() }).then(
  ({ manifest, setAside }) => {
    console.log(
      `Restored ${from} (taken ${manifest.createdAt}, schema ${manifest.schemaVersion ?? 'unknown'}) to ${databaseFile()}.`,
    );
    if (setAside) console.log(`What it replaced is kept in ${setAside}.`);
    console.log('Start the server: it applies any newer migrations.');
  },
  (error: Error) => {
    console.error(`Restore refused: ${error.message}`);
    process.exitCode = 1;
  },
);
