import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { db, openDatabase, type Db } from '@/db';

/**
 * What an attacker with write access to the file does: drop the append-only triggers, run
 * the statement, put the triggers back so nothing looks different. For tests only.
 */
export function withTriggersDropped(sqlite: Database.Database, statements: () => void): void {
  const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
  try {
    statements();
  } finally {
    for (const t of triggers) sqlite.exec(t.sql);
  }
}

/** A copy of the test database as it is now, to tamper with while the original stays intact. */
export function copyOfDatabase(): Db {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const file = path.join(path.dirname(db.$client.name), `${crypto.randomUUID()}.db`);
  fs.copyFileSync(db.$client.name, file);
  return openDatabase(file);
}
