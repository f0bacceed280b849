import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibsqlConnection } from './libsql';

// What db/libsql.ts cannot smooth over, pinned so that a libsql upgrade that changes it is noticed
// (docs/decisions/0023-database-driver.md, "Limits"). better-sqlite3 beside it for contrast.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-driver-limits-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A statement fails with SQLITE_BUSY_SNAPSHOT inside a DEFERRED read-then-write; can the connection then take the write lock? */
function afterBusySnapshot(open: (file: string) => Database.Database, name: string): string {
  const file = path.join(folder, `${name}.db`);
  const a = open(file);
  a.pragma('journal_mode = WAL');
  a.exec('create table seats (id integer primary key, holder text)');
  const b = open(file);
  const take = a.prepare('insert into seats (holder) values (?)');
  try {
    a.transaction(() => {
      a.prepare('select count(*) from seats').get();
      b.prepare("insert into seats (holder) values ('b')").run();
      take.run('a');
    }).deferred();
  } catch (error) {
    expect((error as { code: string }).code).toBe('SQLITE_BUSY_SNAPSHOT');
  }
  b.prepare("insert into seats (holder) values ('b again')").run();
  try {
    a.transaction(() => take.run('a, second try')).immediate();
    return 'writes';
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    a.close();
    b.close();
  }
}

describe('after a DEFERRED read-then-write loses to another writer', () => {
  it('better-sqlite3 resets the failed statement: the next IMMEDIATE transaction writes', () => {
    expect(afterBusySnapshot((file) => new Database(file), 'better')).toBe('writes');
  });

  it('libsql keeps the failed statement open on its stale snapshot: the connection cannot write until that statement runs again', () => {
    // This is why every read-then-write in Convene is IMMEDIATE (db/transaction.ts), under either driver.
    expect(afterBusySnapshot((file) => openLibsqlConnection(file), 'libsql')).toBe('SQLITE_BUSY_SNAPSHOT');
  });
});
