import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

// Runs before each test file imports anything: point the app's one connection
// at a fresh copy of the migrated base file, so files never see each other's rows.
const base = inject('baseDatabase');
const copy = path.join(path.dirname(base), `${crypto.randomUUID()}.db`);
fs.copyFileSync(base, copy);
process.env.DATABASE_FILE = copy;
