import '@/lib/storage/owner-only-umask';
import { db } from '../index';
import { runMigrations } from '../migrate';
import { seedDemo } from './index';

runMigrations(db);
const loaded = seedDemo(db);
console.log(`Demo data loaded: ${loaded.organizations} organizations, ${loaded.people} people.`);
