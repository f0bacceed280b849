// Imported by audit:verify before anything opens the database. Opening a path that does not
// exist creates an empty database there (and its folder), and an empty chain then "verifies":
// a typo in DATABASE_FILE would leave a stray file and a misleading answer. So refuse first;
// ES imports run in order, so nothing after this import has run yet.
import fs from 'node:fs';
import { databaseFile } from '@/lib/env';

const file = databaseFile();
if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
  console.error(
    `audit:verify: no database file at ${file}. Set DATABASE_FILE to an existing Convene database; nothing was created.`,
  );
  process.exit(2);
}
