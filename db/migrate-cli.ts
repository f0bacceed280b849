import '@/lib/storage/owner-only-umask';
import { db } from './index';
import { runMigrations } from './migrate';

runMigrations(db);
console.log('Migrations applied.');
