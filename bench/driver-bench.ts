// The two database drivers side by side, in one process and one run (docs/decisions/0023):
// each opens its own fresh migrated file in embedded mode and does the same work through
// drizzle and the app's own code. Printed as operations per second and as the ratio of
// libsql to better-sqlite3 measured here, since absolute figures on a shared machine are noise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { desc, eq, sql } from 'drizzle-orm';
import { openDatabase, type Db } from '../db/index';
import { runMigrations } from '../db/migrate';
import { auditEvents, users } from '../db/schema';
import { IMMEDIATE } from '../db/transaction';
import { recordAudit } from '../lib/audit/mutations';

const drivers = ['better-sqlite3', 'libsql'] as const;
type Driver = (typeof drivers)[number];

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-driver-bench-'));

function open(driver: Driver): Db {
  const database = openDatabase(path.join(folder, `${driver}.db`), { driver, replica: undefined });
  runMigrations(database);
  database
    .insert(users)
    .values(Array.from({ length: 200 }, (_, i) => ({ email: `bench${i}@example.cn`, name: `参会者${i}` })))
    .run();
  return database;
}

/** Each task: a name, how many times, and one operation. */
const tasks: { name: string; times: number; run: (database: Db, i: number) => void }[] = [
  {
    // A seat decision's shape: IMMEDIATE, read what is taken, then write (with its audit event).
    name: 'write: IMMEDIATE read-then-write + audit event',
    times: 2_000,
    run: (database, i) =>
      database.transaction((tx) => {
        tx.get(sql`select count(*) from audit_events where entity_type = 'registration'`);
        recordAudit(tx, {
          actorId: null,
          action: 'registration.create',
          entityType: 'registration',
          entityId: i,
          changes: { seat: i },
        });
      }, IMMEDIATE),
  },
  {
    name: 'read: one user by id (drizzle select … get)',
    times: 20_000,
    run: (database, i) =>
      database
        .select()
        .from(users)
        .where(eq(users.id, (i % 200) + 1))
        .get(),
  },
  {
    name: 'read: 100 newest audit events (drizzle select … all)',
    times: 2_000,
    run: (database) => database.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(100).all(),
  },
];

const databases = Object.fromEntries(drivers.map((driver) => [driver, open(driver)])) as Record<Driver, Db>;
const rows: string[][] = [];
for (const task of tasks) {
  const perSecond: Partial<Record<Driver, number>> = {};
  // Alternate which driver goes first, best of three rounds each, so neither always runs on a warmer machine.
  for (let round = 0; round < 3; round += 1) {
    for (const driver of round % 2 ? [...drivers].reverse() : drivers) {
      const start = performance.now();
      for (let i = 0; i < task.times; i += 1) task.run(databases[driver], round * task.times + i);
      const rate = (task.times * 1000) / (performance.now() - start);
      perSecond[driver] = Math.max(perSecond[driver] ?? 0, rate);
    }
  }
  const base = perSecond['better-sqlite3']!;
  const other = perSecond.libsql!;
  rows.push([
    task.name,
    Math.round(base).toLocaleString('en'),
    Math.round(other).toLocaleString('en'),
    `${Math.round((other / base) * 100)} %`,
  ]);
}
for (const database of Object.values(databases)) database.$client.close();
fs.rmSync(folder, { recursive: true, force: true });

console.log('| operation | better-sqlite3 /s | libsql /s | libsql ÷ better-sqlite3 |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
