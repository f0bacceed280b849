import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { db, openDatabase } from './index';
import { isLibsqlConnection, openLibsqlConnection } from './libsql';

// The same promises asked of both drivers: each `it` below failed (or aborted the process) on
// the bare `libsql` package before db/libsql.ts smoothed it (docs/decisions/0023-database-driver.md).
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-driver-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const drivers = [
  ['better-sqlite3', (file: string) => new Database(file)],
  ['libsql', (file: string) => openLibsqlConnection(file)],
] as const;

describe.each(drivers)('the %s connection', (driver, open) => {
  const file = path.join(folder, `${driver}.db`);
  const sqlite = open(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('create table things (id integer primary key, label text unique, data blob, note)');

  it('knows its file', () => {
    expect(sqlite.name).toBe(file);
  });

  it('binds numbers as both drivers do: as REAL, which a column of integer affinity stores as an integer', () => {
    expect(sqlite.prepare('select typeof(?) as kind, 7 / ? as quotient, typeof(?) as big').get(1, 2, 2n)).toEqual({
      kind: 'real',
      quotient: 3.5,
      big: 'integer',
    });
    sqlite.prepare('insert into things (id, label) values (?, ?)').run(1000, 'numbers');
    expect(sqlite.prepare("select typeof(id) as kind from things where label = 'numbers'").get()).toEqual({
      kind: 'integer',
    });
  });

  it('binds one Buffer, one null, one Uint8Array alone, and returns blobs as Buffers from get, all and iterate', () => {
    const insert = sqlite.prepare('insert into things (data) values (?)');
    const ids = [
      insert.run(Buffer.from([1, 2])),
      insert.run(null),
      insert.run(new Uint8Array([3])),
      insert.run(Buffer.alloc(0)),
    ].map((result) => Number(result.lastInsertRowid));
    const read = sqlite.prepare(`select data from things where id in (${ids.join(',')}) order by id`);
    const expected = [Buffer.from([1, 2]), null, Buffer.from([3]), Buffer.alloc(0)];
    expect(read.pluck().all()).toEqual(expected);
    expect(Array.from(read.pluck(false).iterate(), (row) => (row as { data: unknown }).data)).toEqual(expected);
    expect(sqlite.prepare('select data from things where id = ?').get(ids[0])).toEqual({ data: Buffer.from([1, 2]) });
  });

  it('refuses values SQLite cannot store with a TypeError, and the process lives on', () => {
    for (const value of [true, new Date(), { a: 1 }])
      expect(() => sqlite.prepare('select ? as v').get([value])).toThrow(TypeError);
  });

  it('returns rows with their columns only, run results with changes and lastInsertRowid only', () => {
    expect(sqlite.prepare('select 1 as a, :b as b').get({ b: 'two' })).toEqual({ a: 1, b: 'two' });
    expect(Object.keys(sqlite.prepare("insert into things (label) values ('keys')").run()).sort()).toEqual([
      'changes',
      'lastInsertRowid',
    ]);
    expect(sqlite.prepare('select 1 as a, 2 as b').raw().get()).toEqual([1, 2]);
  });

  it('plucks the first column from get and pragma(…, { simple: true })', () => {
    expect(sqlite.prepare("select 'x' as a, 'y' as b").pluck().get()).toBe('x');
    sqlite.pragma('busy_timeout = 1234');
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(1234);
  });

  it('reports a unique violation with better-sqlite3’s code', () => {
    sqlite.prepare("insert into things (label) values ('once')").run();
    expect(() => sqlite.prepare("insert into things (label) values ('once')").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }),
    );
  });

  it('nests a transaction as a savepoint: the inner one rolls back alone', () => {
    const count = () => sqlite.prepare("select count(*) from things where label like 'nest%'").pluck().get();
    sqlite
      .transaction(() => {
        sqlite.prepare("insert into things (label) values ('nest-outer')").run();
        expect(() =>
          sqlite.transaction(() => {
            sqlite.prepare("insert into things (label) values ('nest-inner')").run();
            throw new Error('inner fails');
          })(),
        ).toThrow('inner fails');
      })
      .immediate();
    expect(count()).toBe(1);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('refuses an async transaction callback and keeps none of its writes', () => {
    const before = sqlite.prepare('select count(*) from things').pluck().get();
    expect(() =>
      sqlite
        .transaction(async () => {
          sqlite.prepare("insert into things (label) values ('async')").run();
        })
        .immediate(),
    ).toThrow(/cannot return a promise/);
    expect(sqlite.prepare('select count(*) from things').pluck().get()).toBe(before);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('copies itself with VACUUM INTO (the backup path both drivers share)', () => {
    const copy = path.join(folder, `${driver}-copy.db`);
    sqlite.prepare('VACUUM INTO ?').run(copy);
    const check = new Database(copy, { readonly: true });
    expect(check.prepare("select count(*) from things where label = 'once'").pluck().get()).toBe(1);
    check.close();
  });
});

describe('DATABASE_DRIVER', () => {
  it('decides which library the app’s own connection uses (so the libsql run in CI really runs libsql)', () => {
    expect(isLibsqlConnection(db.$client)).toBe(process.env.DATABASE_DRIVER === 'libsql');
  });

  it('opens a file through either driver with the same settings', () => {
    for (const driver of ['better-sqlite3', 'libsql'] as const) {
      const database = openDatabase(path.join(folder, `open-${driver}.db`), { driver, replica: undefined });
      expect(isLibsqlConnection(database.$client)).toBe(driver === 'libsql');
      expect(database.$client.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(database.$client.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(database.$client.pragma('secure_delete', { simple: true })).toBe(1);
      database.$client.close();
    }
  });
});
