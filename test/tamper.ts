import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { db, openDatabase, type Db } from '@/db';
import { bodyHash, CHAIN_COLUMNS, GENESIS, linkFromRow, linkHash, type ChainRow } from '@/lib/audit/chain';

/**
 * What an attacker with write access to the file does: drop the append-only triggers, run
 * the statement, put the triggers back so nothing looks different. For tests only.
 */
export function withTriggersDropped(sqlite: Database.Database, statements: () => void): void {
  const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
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

/**
 * The stronger attack: after changing an event, recompute its hash and every later one, so the
 * chain checks again from GENESIS to a new head. Only an anchor kept outside catches this.
 */
export function rehashChainFrom(sqlite: Database.Database, fromId: number): void {
  withTriggersDropped(sqlite, () => {
    const rows = sqlite
      .prepare(`select ${CHAIN_COLUMNS} from audit_events where id >= ? order by id`)
      .raw()
      .all(fromId) as ChainRow[];
    const before = sqlite
      .prepare('select hash from audit_events where id < ? order by id desc limit 1')
      .pluck()
      .get(fromId) as string | undefined;
    let prevHash = before ?? GENESIS;
    const update = sqlite.prepare('update audit_events set prev_hash = ?, hash = ? where id = ?');
    for (const row of rows) {
      const link = linkFromRow(row);
      const hash = linkHash(link.id, prevHash, bodyHash(link.body));
      update.run(prevHash, hash, link.id);
      prevHash = hash;
    }
  });
}
