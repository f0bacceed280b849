// `npm run backup [-- <folder>]`: a consistent backup of DATABASE_FILE and its uploads,
// taken while the server runs. Default folder: BACKUP_DIR/backup-<time>.
import '@/lib/storage/owner-only-umask';
import { backUpNow } from '@/lib/backup/mutations';

const target = process.argv[2];
backUpNow(new Date(), target).then(
  (backup) => {
    console.log(
      `Backup written: ${backup.location} (${backup.manifest.files.length} files, ${backup.bytes} bytes, schema ${backup.manifest.schemaVersion ?? 'unknown'}).`,
    );
  },
  (error: Error) => {
    console.error(`Backup failed: ${error.message}`);
    process.exitCode = 1;
  },
);
