import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db';
import { migrationsFolder, runMigrations } from '@/db/migrate';
import { GENESIS } from './chain';
import { verifyAuditChain } from './data';
import { recordAudit } from './mutations';

/** A database migrated only up to the migration before the chain, as an existing install is. */
function databaseBeforeTheChain() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-seal-'));
  const old = path.join(folder, 'migrations');
  fs.mkdirSync(path.join(old, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag.endsWith('audit_hash_chain'));
  journal.entries = journal.entries.slice(0, cut);
  fs.writeFileSync(path.join(old, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(old, `${e.tag}.sql`));
  const database = openDatabase(path.join(folder, 'old.db'));
  migrate(database, { migrationsFolder: old });
  return database;
}

describe('events written before the chain existed', () => {
  it('are hashed into it, from GENESIS, when the migrations run; new events follow them', () => {
    const database = databaseBeforeTheChain();
    const insert = database.$client.prepare(
      "insert into audit_events (action, entity_type, entity_id, changes, created_at) values (?, 'meeting', 1, ?, ?)",
    );
    for (let i = 0; i < 5; i += 1)
      insert.run(`meeting.update`, JSON.stringify({ title: [`旧${i}`, `新${i}`] }), 1_588_208_400_000 + i);

    runMigrations(database);
    const first = database.$client.prepare('select prev_hash as prevHash from audit_events where id = 1').get() as {
      prevHash: string;
    };
    expect(first.prevHash).toBe(GENESIS);
    const link = database.transaction((tx) =>
      recordAudit(tx, { actorId: null, action: 'meeting.publish', entityType: 'meeting', entityId: 1 }),
    );
    expect(link.id).toBe(6);
    expect(verifyAuditChain(database)).toMatchObject({ broken: null, count: 6, verifiedUpTo: 6 });

    // Sealed once: the legacy events are now as frozen as the rest, and a second run changes nothing.
    expect(() => database.$client.prepare('update audit_events set changes = null where id = 2').run()).toThrow(
      /append-only/,
    );
    runMigrations(database);
    expect(verifyAuditChain(database).head).toBe(link.hash);
  });

  it('a new event without hashes is refused by the database', () => {
    const database = databaseBeforeTheChain();
    runMigrations(database);
    expect(() =>
      database.$client
        .prepare("insert into audit_events (action, entity_type, created_at) values ('x', 'user', 0)")
        .run(),
    ).toThrow(/chain hashes/);
  });
});
