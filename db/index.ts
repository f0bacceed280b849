import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databaseDriver, databaseFile } from '@/lib/env';
import { openLibsqlConnection } from './libsql';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** What a synchronous transaction callback receives. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Opens a file with the configured driver (DATABASE_DRIVER; docs/decisions/0023-database-driver.md). */
export function openDatabase(file: string, { driver, replica } = databaseDriver()): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = driver === 'libsql' ? openLibsqlConnection(file, replica) : new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Two app processes (or a test and the server) may write at once; wait instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  // Safe with WAL: a power cut may lose the last commits, never corrupt the file.
  sqlite.pragma('synchronous = NORMAL');
  // Deleted rows and freed pages are overwritten with zeros, not left readable in the
  // file's free space (secret ballots: docs/decisions/0011-secret-ballot-slots.md).
  sqlite.pragma('secure_delete = ON');
  return drizzle(sqlite, { schema });
}

// One connection per process and file, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { conveneDb?: { file: string; db: Db } };
const file = databaseFile();
if (globalForDb.conveneDb?.file !== file) globalForDb.conveneDb = { file, db: openDatabase(file) };

export const db: Db = globalForDb.conveneDb.db;

export { schema };
