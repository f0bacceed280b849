import '@/lib/storage/owner-only-umask';
import { db } from './index';
import { runMigrations } from './migrate';
import { truncateWal } from './wal';

runMigrations(db);
// As at startup (db/startup.ts): a migration that rewrote secrets (secret ballots, 0011;
// registration links, 0018) leaves the old pages' versions in the WAL until a checkpoint.
truncateWal(db.$client);
console.log('Migrations applied.');
