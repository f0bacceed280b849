import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, openDatabase } from '@/db';
import { IMMEDIATE } from '@/db/transaction';
import { databaseFile } from '@/lib/env';
import { withoutBlocking } from './mutations';

describe('a write while another process holds the write lock', () => {
  it('waits without stalling this process, then writes once', async () => {
    db.$client.exec("delete from cache_revalidations where tag like 'test:contention%'");
    // Another process (a second connection is the same to SQLite) takes the write lock,
    // through the same driver as the app: libsql and better-sqlite3 connections on one file
    // do not see each other's write lock, so a mixed pair would prove nothing.
    const other = openDatabase(databaseFile()).$client;
    other.exec('begin immediate');
    const order: string[] = [];
    const write = withoutBlocking(() =>
      db.transaction((tx) => {
        order.push('write');
        tx.run(sql`insert into cache_revalidations (tag, revalidated_at) values ('test:contention', 1)`);
      }, IMMEDIATE),
    );
    // This process keeps serving: a timer set now runs while the write waits for the lock.
    await new Promise((resolve) => setTimeout(resolve, 30));
    order.push('timer');
    other.exec('commit');
    other.close();
    await write;
    expect(order).toEqual(['timer', 'write']);
    expect(
      db.$client.prepare("select count(*) as n from cache_revalidations where tag = 'test:contention'").get(),
    ).toEqual({ n: 1 });
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('passes on any other error at once', async () => {
    await expect(withoutBlocking(() => db.$client.prepare('select * from no_such_table').all())).rejects.toThrow(
      /no such table/,
    );
  });
});
