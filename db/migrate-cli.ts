import { db } from './index';
import { runMigrations } from './migrate';

runMigrations(db);
console.log('Migrations applied.');
